"""The last step of both redactors, once every recognizer has spoken (spaCy, regex, known values aside)."""
from __future__ import annotations

import re

from plugin.core.model import Span

from . import keep
from .address_blocks import complete_lines, extend_blocks
from .identity import drop_identity_names
from .name_bounds import bound_names
from .name_context import refine_names
from .name_cues import add_nicknames
from .name_lists import NOT_NAME_PARTS, ORG_WORDS, STOP, fold, function_words, is_first, is_place, unambiguous
from .spans import join_address_parts, trim

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# A lone word found as a name is echoed only when a cue or the sentence's structure found it (score >= ECHO_SCORE:
# "se llamaba Itahisa", "der Busfahrer Zbigniew"); the name tagger's and NER's lone words (0.45-0.5) may be false
# ("Campo" opening form lines, a product "Turia"), and a listed first name may be an ordinary word ("nota", "campo").
ECHO_SCORE = 0.7


def _echo_words(text: str, spans: list[Span]) -> tuple[set[str], set[str]]:
    """The words to echo: as written, and (a listed first name found in lower case) in any case."""
    words, any_case = set(), set()
    for span in spans:
        if span.type != "PERSON":
            continue
        parts = [m.group() for m in _WORD.finditer(text, span.start, span.end)]
        if len(parts) >= 2:
            words |= set(parts)
        elif parts and span.score >= ECHO_SCORE:
            words.add(parts[0])
    words = {w for w in words if len(w) >= 3 and not w.isupper() and fold(w) not in STOP
             and fold(w) not in function_words() and fold(w) not in NOT_NAME_PARTS and fold(w) not in ORG_WORDS
             and not is_place(fold(w)) and (w[0].isupper() or is_first(fold(w)) and unambiguous(fold(w)))}
    any_case = {w for w in words if w.islower() and len(w) >= 4 and is_first(fold(w)) and unambiguous(fold(w))}
    return words - any_case, any_case


def _echoes(text: str, spans: list[Span]) -> list[Span]:
    """The other mentions of a name found once: a word of a PERSON span (3+ letters, no function, place, role or
    company word; a lone word only when a cue or structure found it) is the same person wherever else the text
    writes it ("Ana Gil called. … Ana said …", "se llamaba Itahisa … Al final Itahisa consiguió"), also in another
    language's copy of the message; a listed first name found in lower case also capitalised ("mahlet" … "Mahlet").
    Never inside another finding or a kept value (the keep filter runs again after this step)."""
    taken = [(s.start, s.end) for s in spans] + keep.protected_ranges(text) + keep.noun_named(text)
    exact, any_case = _echo_words(text, spans)
    found = []
    for words, flags in ((exact, 0), (any_case, re.I)):
        if not words:
            continue
        pattern = re.compile(r"(?<![\w'’@#/.=-])(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                             + r")(?![\w'’@-])", flags)
        for m in pattern.finditer(text):
            before = re.search(r"([^\W\d_][\w'’-]*)[ \t]+$", text[max(0, m.start() - 40):m.start()])
            after = re.match(r"[ \t]+([^\W\d_][\w'’-]*|\d)", text[m.end():m.end() + 40])
            if before and before.group(1)[0].isupper() and m.group()[0].isupper() and \
                    fold(before.group(1)) not in function_words() or \
                    after and (after.group(1)[0].isupper() or after.group(1).isdigit()):
                continue  # part of a longer capitalised run ("Prado Lda"); a sentence's article ("O Vasco") is none
            if not any(lo < m.end() and m.start() < hi for lo, hi in taken + [(f.start, f.end) for f in found]):
                found.append(Span("PERSON", m.start(), m.end(), 0.7))
    return spans + found


def finish(text: str, spans: list[Span]) -> list[Span]:
    """After every recognizer: address blocks grown and joined, then names seen next to other findings.

    A joined address never runs over a protected identifier (order number, date, price): it stops at the line
    before ("...\nOrder 12345"), or just before the identifier when it stands on the address's first line.
    """
    protected = keep.protected_ranges(text)
    spans = join_address_parts(text, complete_lines(text, extend_blocks(text, spans), protected))
    cut = []
    for span in spans:
        clash = [lo for lo, hi in protected if span.start < hi and lo < span.end]
        if span.type == "STREET_ADDRESS" and clash:
            first = min(clash)
            stop = text.rfind("\n", span.start, first)  # the line before "Order 12345", else just before the id
            if stop <= span.start:  # cut on the address's own line: drop the cue words left ("..., order")
                stop = span.start + len(re.sub(r"(?:[\s,;:]+[a-z]+)*[\s,;:#]*$", "", text[span.start:first]))
            span = trim(text, Span(span.type, span.start, stop, span.score)) if stop > span.start else None
        if span is not None:
            cut.append(span)
    return _echoes(text, drop_identity_names(text, add_nicknames(text, bound_names(text, refine_names(text, cut)))))
