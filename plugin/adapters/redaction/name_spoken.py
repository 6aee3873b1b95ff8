"""Names in call and chat transcripts (round 17, issue 11): a name spelt out letter by letter, an agent's name in
the speaker label ("Agent Félix:"), a name introduced by how a call opens ("le atiende Nerea", "Shazza here",
"da ist der Ferdl", "Urs Zwahlen am Apparat").

Cue words are data in data/cues.toml (spell_cue, spelling_join, spelling_alphabet, call_intro,
call_intro_after)."""
from __future__ import annotations

import re

from plugin.core.model import Span

from .cues import alternation
from .name_cues import _name_span
from .name_lists import ORG_WORDS, STOP, capitalised, fold, function_words, is_first, is_last, is_name, unambiguous

_LETTER = r"[^\W\d_](?![\w'’])"
_ALPHA = rf"[^\W\d_][ \t]+(?:{alternation('spelling_alphabet')})[ \t]+[^\W\d_][\w-]*"
_JOIN = rf"(?:{alternation('spelling_join')})(?![\w])"
_SEP = r"(?:[ \t]*[,.\-/][ \t]*|[ \t]+)"
# A run of four or more spelt items: single letters, a spelling-alphabet word ("Z wie Zürich", "B as in Bravo"), a
# joining word ("hyphen", "tiret", "guion", "Bindestrich"). (Letters' Spanish names, "erre, eñe", were tried: the
# finisher then echoes "eñe" elsewhere in the text as a name word.)
_ITEM = rf"(?:{_ALPHA}|{_JOIN}|{_LETTER})"
_SPELT = re.compile(rf"(?i)(?<![\w'’-])({_ITEM}(?:{_SEP}{_ITEM}){{3,}})")
_SPELL_CUE = re.compile(rf"(?i)(?:{alternation('spell_cue')})")
_SINGLE = re.compile(r"(?<![\w'’])[^\W\d_](?![\w'’])")

# "Agent Félix:", "Conseillère Amélie :", "Berater Jonas (Kundendienst):" opening a line: the words after the role.
_AGENT_LABEL = re.compile(rf"(?m)^[ \t>*-]*(?i:{alternation('role_noun')})[ \t]+((?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+)"
                          r"(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+)?)[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*:")
# How a call opens: "le atiende Nerea", "da ist der Ferdl" (the name after), and "Shazza
# here", "Urs Zwahlen am Apparat", "Félix à l'appareil", "Marta al habla" (the name before, one to three words).
_WORD = r"[^\W\d_][\w'’-]*"
_INTRO = re.compile(rf"(?i)(?<![\w'])(?:{alternation('call_intro')})[ \t]+({_WORD}(?:[ \t]+{_WORD}){{0,2}})")
_INTRO_AFTER = re.compile(rf"(?:^|(?<=[\n,.!?:;„“\"«»(]))[ \t]*((?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+)(?:[ \t]+(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+)){{0,2}})"
                          rf"[ \t]+(?i:{alternation('call_intro_after')})(?=[ \t]*(?:[,.!;\n]|$))")


def _spelt_names(text: str) -> list[Span]:
    out = []
    for m in _SPELT.finditer(text):
        run = m.group(1)
        singles = len(_SINGLE.findall(run))
        strong = bool(re.search(rf"(?i){_ALPHA}|{_JOIN}", run))
        cue = bool(_SPELL_CUE.search(text, max(0, m.start() - 100), m.start()))
        if singles < 4:
            continue
        dashed = bool(re.fullmatch(r"[^\W\d_](?:-[^\W\d_]){4,}", run))
        if strong or cue or dashed:
            out.append(Span("PERSON", m.start(1), m.end(1), 0.8))
    return out


def _plain_name(words: str) -> bool:
    folded = [fold(w) for w in words.split()]
    return bool(folded) and not any(w in ORG_WORDS or w in function_words() for w in folded)


# Two people named together, in any case ("für andrea und lukas hofbauer", "au nom de nadia benali et yanis benali",
# "reserva de Marta y Pau Ferrer"): two listed first names joined by "and" in five languages, a listed surname after
# one of them, and one of the first names no ordinary word.
_PAIR = re.compile(rf"(?<![\w'’@.-])({_WORD})(?:[ \t]+({_WORD}))?[ \t]+(?:and|und|et|y|e|&)[ \t]+({_WORD})(?:[ \t]+({_WORD}))?"
                   r"(?![\w'’@-])")


def _first(word: str | None) -> bool:
    return bool(word) and is_first(fold(word or "")) and fold(word or "") not in function_words() and fold(word or "") not in STOP


def _last(word: str | None) -> bool:
    return bool(word) and is_last(fold(word or "")) and fold(word or "") not in function_words() \
        and fold(word or "") not in STOP and fold(word or "") not in ORG_WORDS


def _pairs(text: str) -> list[Span]:
    out = []
    pos = 0
    while (m := _PAIR.search(text, pos)) is not None:
        pos = m.end(1)  # (overlapping: "für andrea und lukas" is tried again from "andrea")
        f1, l1, f2, l2 = m.group(1), m.group(2), m.group(3), m.group(4)
        if not (_first(f1) and _first(f2)) or not (unambiguous(fold(f1)) or unambiguous(fold(f2))):
            continue
        last1, last2 = _last(l1), _last(l2)
        if not (last1 or last2):
            continue
        pos = m.end()
        out.append(Span("PERSON", m.start(1), m.end(2) if last1 else m.end(1), 0.7))
        out.append(Span("PERSON", m.start(3), m.end(4) if last2 else m.end(3), 0.7))
    return out


def find_spoken_names(text: str) -> list[Span]:
    out = _spelt_names(text) + _pairs(text)
    out += [Span("PERSON", m.start(1), m.end(1), 0.75) for m in _AGENT_LABEL.finditer(text)
            if _plain_name(m.group(1)) and is_first(fold(m.group(1).split()[0])) and unambiguous(fold(m.group(1).split()[0]))]
    for m in _INTRO.finditer(text):
        span = _name_span(m.start(1), m.group(1), True, 0.75, text)
        if span is not None and capitalised(text[span.start:span.end].split()[0]):
            out.append(span)
    # (after a comma or a greeting's end, or a listed name: "Tracking here" opening a line is no name)
    out += [Span("PERSON", m.start(1), m.end(1), 0.75) for m in _INTRO_AFTER.finditer(text) if _plain_name(m.group(1))
            and (is_name(fold(m.group(1).split()[0])) or text[:m.start(1)].rstrip(" \t").endswith((",", "„", "\"", "«")))]
    return out
