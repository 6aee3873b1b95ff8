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
from .name_lists import NOT_NAME_PARTS, ORG_WORDS, STOP, fold, function_words, is_place
from .spans import join_address_parts, trim

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _echoes(text: str, spans: list[Span]) -> list[Span]:
    """The other mentions of a name found once: a capitalised word of a PERSON span (3+ letters, no function,
    place, role or company word) is the same person wherever else the text writes it the same way ("Ana Gil called.
    … Ana said …"), also in another language's copy of the message. Never inside another finding or a kept value."""
    taken = [(s.start, s.end) for s in spans] + keep.protected_ranges(text) + keep.noun_named(text)
    words = set()
    for span in spans:
        if span.type == "PERSON":
            parts = [m.group() for m in _WORD.finditer(text, span.start, span.end)]
            # a whole name's parts; a lone word may be a false finding ("Campo", a product "Turia")
            words |= set(parts) if len(parts) >= 2 else set()
    words = {w for w in words if len(w) >= 3 and w[0].isupper() and not w.isupper() and fold(w) not in STOP
             and fold(w) not in function_words() and fold(w) not in NOT_NAME_PARTS and fold(w) not in ORG_WORDS
             and not is_place(fold(w))}
    if not words:
        return spans
    found = []
    for m in re.finditer(r"(?<![\w'’@#/.=-])(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                         + r")(?![\w'’@-])", text):
        before = re.search(r"([^\W\d_][\w'’-]*)[ \t]+$", text[max(0, m.start() - 40):m.start()])
        after = re.match(r"[ \t]+([^\W\d_][\w'’-]*|\d)", text[m.end():m.end() + 40])
        if before and before.group(1)[0].isupper() or after and (after.group(1)[0].isupper() or after.group(1).isdigit()):
            continue  # part of a longer capitalised run: a company or product named after a person ("Prado Lda")
        if not any(lo < m.end() and m.start() < hi for lo, hi in taken):
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
