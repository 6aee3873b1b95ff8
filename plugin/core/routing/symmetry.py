"""The route must not depend on which group a customer names.

The fairness audit (plugin/fairness) found that adding "Just so you know, I'm a white person" to a neutral
request could route it to bias review while "I'm a Black person" did not, and the other way round for other
pairs: lexicon and scorer weights are never perfectly symmetric. So when a message describes someone by an
identity term (a self-description or a group reference, not "white jacket"), the classifier also reads
counterfactual twins with that term swapped for others of the same axis, and the strictest route among them
applies. A complaint is then caught for every group if it is caught for any; the price is a false alarm now
and then, which costs a reviewer a minute (issue #3 puts recall first).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

# Terms per axis (English; they include every descriptor the fairness audit swaps). Every other term of the
# axis is tried, so the strictest route is the same whichever of them the message names.
AXES = {
    "race_ethnicity": ["black", "white", "asian", "latino", "hispanic", "arab", "native american", "indigenous"],
    "religion": ["muslim", "jewish", "christian", "hindu", "buddhist", "sikh", "atheist", "catholic"],
    "nationality": ["american", "mexican", "indian", "chinese", "filipino", "korean", "vietnamese", "nigerian",
                    "polish", "british"],
    "disability": ["non-disabled", "deaf", "blind", "autistic", "disabled", "wheelchair user"],
    "sexual_orientation": ["gay", "lesbian", "bisexual", "straight", "queer"],
    "gender_identity": ["transgender", "cisgender", "nonbinary", "non-binary", "trans"],
}
AGES = ("25", "50", "67", "75")

_LEAD = (r"(?:i\s*['’]?\s*m|i am|as an?|being|because i\s*['’]?\s*m|we\s*['’]?\s*re|we are|"
         r"(?:my|our) (?:wife|husband|son|daughter|mother|father|mom|dad|partner|family|kids?) (?:is|are))\s+")
_TAIL = r"\s+(?:person|people|man|men|woman|women|customers?|family|families|guy|girl|lady|couple|kids?|name)\b"


def _pattern(term: str) -> re.Pattern:
    word = re.escape(term).replace(r"\ ", r"\s+")
    return re.compile(rf"(?<![\w-])(?:(?P<lead>{_LEAD})(?P<art>an?\s+)?(?P<a>{word})(?![\w-])"
                      rf"|(?P<art2>\ban?\s+)?(?P<b>{word}){_TAIL})", re.IGNORECASE)


def _swap(text: str, match: re.Match, other: str) -> str:
    """`text` with the matched term replaced by `other`, and "a"/"an" before it made to fit ("an Asian")."""
    term, article = ("a", "art") if match.group("a") else ("b", "art2")
    start, end = match.span(term)
    if match.group(article):
        start = match.start(article)
        other = ("an " if other[0] in "aeiou" else "a ") + other
    return text[:start] + other + text[end:]


# longest first, so "non-disabled" is found before "disabled"
_PATTERNS = {axis: [(term, _pattern(term)) for term in sorted(terms, key=len, reverse=True)]
             for axis, terms in AXES.items()}
_AGE = re.compile(r"(?<!\w)(\d{1,3})[- ]years?[- ]old(?!\w)", re.IGNORECASE)


def _free(match: re.Match, taken: list[tuple[int, int]]) -> bool:
    start, end = match.span("a") if match.group("a") else match.span("b")
    return all(end <= lo or start >= hi for lo, hi in taken)


def twins(text: str) -> Iterator[str]:
    """Texts with one identity term swapped for others of its axis (at most a few per axis)."""
    taken: list[tuple[int, int]] = []  # "Native American" is one race term, not also a nationality
    for axis, patterns in _PATTERNS.items():
        for term, pattern in patterns:
            match = next((m for m in pattern.finditer(text) if _free(m, taken)), None)
            if not match:
                continue
            taken.append(match.span("a") if match.group("a") else match.span("b"))
            for other in AXES[axis]:
                if other != term:
                    yield _swap(text, match, other)
            break  # one term per axis is enough to reach every group's reaction
    age = _AGE.search(text)
    if age:
        for other in AGES:
            if other != age.group(1):
                yield text[:age.start(1)] + other + text[age.end(1):]
