"""(round 34, issue 11) A word spelt out with the letters' names, comma by comma ("be, e, erre, a, ese, a, te",
"efe, u, jota, i, eme, o, tê, o", "Papa, R, Yankee"): five or more items, each a single letter, a letter's name in
es / pt / fr / de or a spelling-alphabet word, of which two at least are names or alphabet words (a list of single
letters is left to name_spoken.py). Found after every other step, so that the finisher never echoes "eme" or "ese"
elsewhere in the text as a name word (name_spoken.py's note). Hidden as PERSON: in a call it spells a surname, an
e-mail's local part or a street.
"""
from __future__ import annotations

import re

from plugin.core.model import Span

from .plates import _LETTER_NAMES, _NATO

_NAMES = {w for ws in _LETTER_NAMES.values() for w in ws.split()} | set(_NATO)
_ITEM = r"(?:[^\W\d_][\w-]*(?:[ \t]+(?:de|as in|like|for|comme|como|wie|für|von)[ \t]+[^\W\d_][\w-]*)?)"
_RUN = re.compile(rf"(?<![\w'’-])({_ITEM}(?:[ \t]*,[ \t]*{_ITEM}){{4,}})(?![\w'’-])")


def _kind(item: str) -> int:
    """2: a letter's name or alphabet word; 1: a single letter; 0: anything else."""
    head = item.split()[0].lower()
    if len(head) == 1:
        return 2 if len(item.split()) > 1 else 1
    return 2 if head in _NAMES else 0


def spelt_letters(text: str, spans: list[Span]) -> list[Span]:
    if text.count(",") < 4:
        return spans
    added = []
    for m in _RUN.finditer(text):
        items = [i.strip() for i in m.group(1).split(",")]
        # the longest run of spelling items inside the match
        best: tuple[int, int] = (0, 0)
        i = 0
        while i < len(items):
            j = i
            while j < len(items) and _kind(items[j]):
                j += 1
            if j - i > best[1] - best[0]:
                best = (i, j)
            i = j + 1
        lo, hi = best
        if hi - lo < 5 or sum(_kind(x) == 2 for x in items[lo:hi]) < 2:
            continue
        pieces = list(re.finditer(_ITEM, m.group(1)))
        start, end = m.start(1) + pieces[lo].start(), m.start(1) + pieces[hi - 1].end()
        if not any(s.start < end and start < s.end for s in spans):
            added.append(Span("PERSON", start, end, 0.7))
    return sorted(spans + added, key=lambda s: s.start) if added else spans
