"""Names found by the lists alone (no cue word), run by run.

A run is a sequence of words joined by spaces only: all capitalised ("Zeliha Sultygov", "Ravil G Yefimov",
"Willemine ten Pas") or all lower-case ("lena andersson"). A capitalised run is a name when
- it has two or more words, one of them a known name that is not also an English/place word, the others
  names or unknown words ("Zeliha Sultygov": Sultygov is in no list), or a known first name followed by a
  known surname ("Will Smith");
- it is one known name that is not also an English/place word, three letters or more ("Priya", "Borkowski").
A lower-case run needs a first name followed by a surname, not both English words ("grace lee" is not).
Organisation and place words (Street, Ltd, Bank, Monday...) end a run: "Maria Street" is no one.
"""
from __future__ import annotations

import re

from plugin.core.model import Span

from .name_lists import (
    NOT_NAME_PARTS,
    PARTICLES,
    STOP,
    WORD,
    bare,
    capitalised,
    fold,
    function_words,
    is_first,
    is_last,
    is_name,
    surname_shape,
    unambiguous,
)

_GAP = re.compile(r"[ \t]+|\.[ \t]+")  # a space, or the dot of an initial ("Faina D. Yefremova")
_AFTER_NUMBER = re.compile(r"\d[\w/-]*,?[ \t]+$")  # "35420 Fuller Walks": a street, not a person


def _runs(text: str) -> list[list[re.Match[str]]]:
    """Word runs joined by spaces (or an initial's dot), split where case changes or a stop word stands."""
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for m in WORD.finditer(text):
        token = m.group()
        word = fold(bare(token))
        breaks = word in STOP or word in NOT_NAME_PARTS
        gap = text[current[-1].end():m.start()] if current else ""
        # the dot joins only after an initial ("Faina D. Yefremova"); after a word it ends a sentence ("mit
        # abgebrochenem Brett. Unsere Katzen", round 11)
        joined = bool(current) and _GAP.fullmatch(gap) is not None and (gap[0] != "." or len(current[-1].group()) == 1) \
            and not current[-1].group().endswith(("'s", "’s"))
        same_case = bool(current) and (_case(token) == _case(current[0].group())
                                       or (word in PARTICLES and _upper(current[0].group())))
        if current and not (joined and same_case and not breaks):
            runs.append(current)
            current = []
        if not breaks and (token.islower() or _upper(token)):
            current.append(m)
    if current:
        runs.append(current)
    return runs


def _upper(token: str) -> bool:
    """Capitalised, or in capitals and known to the name lists ("MARÍA GARCÍA" on a form): acronyms ("DHL",
    "IBAN") are in no list."""
    return capitalised(token) or (len(token) > 2 and token.isupper() and is_name(fold(bare(token))))


def _case(token: str) -> str:
    """"title", "caps" (a run in capitals is one only when all its words are: not "PAX Schrank") or "lower"."""
    if capitalised(token):
        return "title"
    return "caps" if _upper(token) else "lower"


def _span(text: str, tokens: list[re.Match[str]], score: float) -> Span:
    last = tokens[-1]
    return Span("PERSON", tokens[0].start(), last.start() + len(bare(last.group())), score)


def _capitalised_run(text: str, run: list[re.Match[str]]) -> Span | None:
    words = [fold(bare(m.group())) for m in run]
    while words and (words[-1] in PARTICLES or len(words[-1]) < 2):  # trailing "de", "G"
        words.pop()
        run = run[:-1]
    if not words:
        return None
    strong = [w for w, m in zip(words, run, strict=True)
              if is_name(w) and unambiguous(w) and len(w) >= 3 or surname_shape(bare(m.group()))]
    if len(words) == 1:
        return _span(text, run, 0.5) if strong else None
    if strong:
        return _span(text, run, 0.65)
    if is_first(words[0]) and any(is_last(w) for w in words[1:]):
        return _span(text, run, 0.6)  # "Will Smith", "Paris Hilton"
    if len(words) == 3 and len(words[1]) == 1 and is_first(words[0]):
        return _span(text, run, 0.6)  # "Sari J. Paavolainen": first name, initial, anything
    return None


def _lower_run(text: str, run: list[re.Match[str]]) -> list[Span]:
    out = []
    words = [fold(bare(m.group())) for m in run]
    for i in range(len(words) - 1):
        first, last = words[i], words[i + 1]
        if first in function_words() or last in function_words():
            continue  # "de la", "ou de": French and Spanish function words are in the name lists too
        if is_first(first) and is_last(last) and len(last) >= 2 and (unambiguous(first) or unambiguous(last)):
            out.append(_span(text, run[i:i + 2], 0.65))
        elif is_first(first) and unambiguous(first) and surname_shape(run[i + 1].group().capitalize()):
            out.append(_span(text, run[i:i + 2], 0.6))  # "monika žilková"
    return out


def _strict_run(text: str, run: list[re.Match[str]]) -> Span | None:
    """Outside English, capitalised nouns (German) and name-like words (Spanish "Rosa", "Cruz") abound: a run is a
    name only as a known first name followed by a known or surname-shaped last name ("María José Fernández Ruiz")."""
    words = [fold(bare(m.group())) for m in run]
    while words and (words[-1] in PARTICLES or len(words[-1]) < 2):  # trailing "y", "de"
        words.pop()
        run = run[:-1]
    if len(words) < 2 or not (is_first(words[0]) and unambiguous(words[0])) or words[0] in function_words():
        return None
    # a particle is no surname of its own ("Bitte den Betrag": "Den" is in the surname list, "den" an article)
    if any(w not in PARTICLES and (is_last(w) or surname_shape(bare(m.group())))
           for w, m in zip(words[1:], run[1:], strict=True)):
        return _span(text, run, 0.6)
    return None


def from_gazetteer(text: str, strict: bool = False, lower: bool | None = None) -> list[Span]:
    """Names from the lists alone; `strict` for text that is not English (see _strict_run); `lower` also reads
    lower-case runs (by default only when not strict: French has no tagger that reads "jean dupont")."""
    lower = not strict if lower is None else lower
    out: list[Span] = []
    for run in _runs(text):
        if _AFTER_NUMBER.search(text, max(0, run[0].start() - 12), run[0].start()):
            continue
        if capitalised(run[0].group()) or _upper(run[0].group()) and len(run) > 1:
            span = _strict_run(text, run) if strict else _capitalised_run(text, run)
            if span:
                out.append(span)
        elif lower:
            out += _lower_run(text, run)
    return out
