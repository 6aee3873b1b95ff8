"""Names seen only next to other findings, run after every recognizer (spaCy and regex) has spoken.

- lists: in "Morrison, Rogers and Torres" or "silvana, adam, christopher and caleb", when one item is already a
  name (or most items are names from the lists) every item is a name; two capitalised words joined by "y", "et",
  "und", "e": when one is a name, so is the other ("Loïc et Gaël");
- the line above an address block: "Sara Schwarz\\n28245 Puruntie 5" or "Billing address: Sara Schwarz\\n...";
- PERSON spans one space apart are merged ("Maria" + "Gonzalez");
- spans that are only a role word ("Bot", "Agent" in a chat transcript) or only place words ("South Africa",
  "Italian", which spaCy-small tags PERSON) are not names.
"""
from __future__ import annotations

import re

from plugin.core.model import Span

from .name_lists import NOT_NAME_PARTS, ORG_WORDS, STOP, bare, capitalised, fold, is_name, is_place, unambiguous

_ITEM = r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?"
_LIST = re.compile(rf"({_ITEM})((?:,[ \t]+{_ITEM}){{0,8}}),?[ \t]+(?:and|or|&)[ \t]+({_ITEM})")
# Two single capitalised words joined by "and" in the other languages ("Garazi y Mikeldi", "Loïc et Gaël", "Vitus und
# Engelbert", "Rute e Ulisses"): when one is already a name, so is the other (in German, where nouns are
# capitalised, only a listed name).
_PAIR = re.compile(r"(?<![\w'’-])([A-ZÀ-Þ][\w'’-]+)[ \t]+(y|e|et|und|i)[ \t]+([A-ZÀ-Þ][\w'’-]+)(?![\w'’-])")
_LINE_PREFIX = re.compile(r"^[ \t>?*•-]*(?:[A-Za-z][A-Za-z ]{0,20}:[ \t]*)?")


def _items(m: re.Match[str]) -> list[tuple[int, int]]:
    spans = [(m.start(1), m.end(1))]
    for extra in re.finditer(_ITEM, m.group(2)):
        spans.append((m.start(2) + extra.start(), m.start(2) + extra.end()))
    spans.append((m.start(3), m.end(3)))
    return spans


def _trim(text: str, start: int, end: int, caps: bool, first: bool) -> tuple[int, int]:
    """"spoke to Maria" -> "Maria", "Pearson were" -> "Pearson": items may touch words outside the list."""
    words = list(re.finditer(r"\S+", text[start:end]))
    edge = 0 if first else -1
    while len(words) > 1 and (fold(words[edge].group()) in STOP or capitalised(words[edge].group()) != caps):
        words.pop(edge)
    return start + words[0].start(), start + words[-1].end()


def _from_lists(text: str, persons: list[Span]) -> list[Span]:
    out = []
    for m in _LIST.finditer(text):
        items = _items(m)
        caps = capitalised(text[items[-1][0]:items[-1][1]])
        items[0] = _trim(text, *items[0], caps, first=True)
        items[-1] = _trim(text, *items[-1], caps, first=False)
        values = [text[s:e] for s, e in items]
        words = [[fold(bare(w)) for w in v.split()] for v in values]
        if any(capitalised(v) != caps or any(w in STOP or w in NOT_NAME_PARTS for w in ws)
               for v, ws in zip(values, words, strict=True)):
            continue
        named = sum(any(is_name(w) and unambiguous(w) for w in ws) for ws in words)
        seen = any(p.start < e and s < p.end for s, e in items for p in persons)
        if seen or named * 2 >= len(items):
            out += [Span("PERSON", s, s + len(bare(text[s:e])), 0.55) for s, e in items]
    return out


def _from_pairs(text: str, persons: list[Span]) -> list[Span]:
    out = []
    for m in _PAIR.finditer(text):
        sides = [(m.start(1), m.end(1)), (m.start(3), m.end(3))]
        seen = [any(p.start <= s and e <= p.end for p in persons) for s, e in sides]
        if seen.count(True) != 1:
            continue
        lo, hi = sides[seen.index(False)]
        word = fold(text[lo:hi])
        if word in STOP or word in NOT_NAME_PARTS or word in ORG_WORDS or is_place(word) or \
                m.group(2) == "und" and not is_name(word) or re.match(r"[ \t]+[A-ZÀ-Þ]", text[hi:]):
            continue  # "Mamie Jo et Tonton Riri": a word that opens a longer run is no name of its own
        out.append(Span("PERSON", lo, hi, 0.6))
    return out


def _line_before(text: str, pos: int) -> list[tuple[int, int]]:
    """Start/end of the (at most two) non-empty lines above position `pos`."""
    lines = []
    end = text.rfind("\n", 0, pos)
    while end > 0 and len(lines) < 2:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip(" \t>?*•-"):
            lines.append((start, end))
        end = start - 1
    return lines


def _from_address_blocks(text: str, addresses: list[Span]) -> list[Span]:
    out = []
    for addr in addresses:
        line_start = text.rfind("\n", 0, addr.start) + 1
        if text[line_start:addr.start].strip(" \t>?*•-"):
            continue  # the address does not open its line
        for start, end in _line_before(text, addr.start):
            start += _LINE_PREFIX.match(text[start:end]).end()
            value = text[start:end].rstrip(" \t,")
            words = [fold(bare(w)) for w in value.split()]
            if not 1 <= len(words) <= 4 or re.search(r"\d", value) or not all(capitalised(w) for w in value.split()):
                continue
            if any(w in STOP or w in NOT_NAME_PARTS for w in words) or not any(is_name(w) for w in words):
                continue
            out.append(Span("PERSON", start, start + len(value), 0.55))
            break
    return out


def _not_a_person(value: str) -> bool:
    """A role word ("Bot"), an organisation ("Apple Support") or only place words ("South Africa", "Italian"):
    spaCy-small tags those PERSON."""
    words = [fold(bare(w)) for w in value.split()]
    # "st" before another word is Saint in a surname ("st clair-boyd"), a street only at the end ("Nicholas St")
    org = [w for i, w in enumerate(words) if w in ORG_WORDS and not (w == "st" and i < len(words) - 1)]
    return fold(value) in NOT_NAME_PARTS or bool(org) or all(is_place(w) or w in _FILLERS for w in words) and \
        any(is_place(w) for w in words)


_FILLERS = frozenset("new south north east west united republic of the and saint san santa st".split())


def refine_names(text: str, spans: list[Span]) -> list[Span]:
    """All spans, plus names in lists and above addresses, minus PERSON spans that are only a role word."""
    kept = [s for s in spans if not (s.type == "PERSON" and _not_a_person(text[s.start:s.end]))]
    persons = [s for s in kept if s.type == "PERSON"]
    addresses = [s for s in kept if s.type == "STREET_ADDRESS"]
    others = [s for s in kept if s.type != "PERSON"]
    found = persons + _from_lists(text, persons) + _from_pairs(text, persons) + _from_address_blocks(text, addresses)
    return others + _merge_adjacent(text, found)


def _merge_adjacent(text: str, persons: list[Span]) -> list[Span]:
    """"Maria" (spaCy) + " " + "Gonzalez" (lists) is one name: one placeholder for the drafter, not two."""
    out: list[Span] = []
    for span in sorted(persons, key=lambda s: (s.start, -s.end)):
        last = out[-1] if out else None
        if last and span.start <= last.end + 1 and not text[last.end:span.start].strip(" \t"):
            out[-1] = Span("PERSON", last.start, max(last.end, span.end), max(last.score, span.score))
        else:
            out.append(span)
    return out
