"""Set every gendered word of a text to one gender (female, male or non-binary), as LangTest's
`replace_to_*_pronouns` and HELM's GenderPerturbation do, applied the same way to the whole thread.

Heuristics, stated plainly: "her" is read as a possessive ("her order" -> "his order") unless the next word
is one that usually follows an object ("told her that" -> "told him that"); for non-binary, "they" gets
plural agreement for the common verbs (is, was, has, does and their negations, 's) and other verbs are left
as they are. English only.
"""
from __future__ import annotations

import re

TARGETS = ("female", "male", "non-binary")
# role -> (female, male, non-binary)
ROLES = {
    "subj": ("she", "he", "they"), "obj": ("her", "him", "them"), "det": ("her", "his", "their"),
    "pron": ("hers", "his", "theirs"), "refl": ("herself", "himself", "themself"),
    "person": ("woman", "man", "person"), "people": ("women", "men", "people"),
    "adult": ("lady", "gentleman", "person"), "adults": ("ladies", "gentlemen", "people"),
    "kid": ("girl", "boy", "kid"), "kids": ("girls", "boys", "kids"),
    "spouse": ("wife", "husband", "spouse"), "spouses": ("wives", "husbands", "spouses"),
    "partner": ("girlfriend", "boyfriend", "partner"), "parent": ("mother", "father", "parent"),
    "parent_informal": ("mom", "dad", "parent"), "child": ("daughter", "son", "child"),
    "children": ("daughters", "sons", "children"), "sibling": ("sister", "brother", "sibling"),
    "siblings": ("sisters", "brothers", "siblings"), "relative": ("aunt", "uncle", "relative"),
    "nibling": ("niece", "nephew", "relative"), "grandparent": ("grandmother", "grandfather", "grandparent"),
    "grandparent_informal": ("grandma", "grandpa", "grandparent"), "title": ("Ms", "Mr", "Mx"),
    "sex": ("female", "male", "non-binary"),
}
_AMBIGUOUS = {"her": None, "his": None}
SOURCE: dict[str, str] = {}
for _name, _forms in ROLES.items():
    for _form in _forms[:2]:
        SOURCE.setdefault(_form.lower(), _name)
SOURCE.update({"mum": "parent_informal", "mrs": "title", "miss": "title", "mx": "title"})
for _word in _AMBIGUOUS:
    SOURCE.pop(_word, None)

_OBJECT_FOLLOWERS = frozenset(
    "a an the to and or but that this if because back up out in on at for with about again too yet from by as "
    "so when before after today yesterday tomorrow now know off down over any some anything something nothing "
    "what how why is was will would can could know".split())
_WORDS = sorted([*SOURCE, *_AMBIGUOUS], key=len, reverse=True)
_PATTERN = re.compile(r"\b(" + "|".join(map(re.escape, _WORDS)) + r")\b(?=(\s+[A-Za-z']+)?)", re.I)
_AGREEMENT = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "isn't": "aren't",
              "wasn't": "weren't", "hasn't": "haven't"}
_THEY_VERB = re.compile(r"\b(they|They)\s+(is|was|has|does|doesn't|isn't|wasn't|hasn't)\b")
_THEY_S = re.compile(r"\b(they|They)'s\b")


def _role(word: str, following: str) -> str:
    lower = word.lower()
    if lower == "her":
        nxt = following.strip().lower()
        return "det" if nxt and nxt not in _OBJECT_FOLLOWERS else "obj"
    if lower == "his":
        return "det" if following.strip() else "pron"
    return SOURCE[lower]


def _cased(source: str, target: str) -> str:
    if source.isupper() and len(source) > 1:
        return target.upper()
    if source[:1].isupper():
        return target[:1].upper() + target[1:]
    return target


def to_gender(text: str, target: str) -> tuple[str, tuple[str, ...]]:
    """`text` with its gendered words set to `target`; also the words written (for neutralising replies)."""
    index = TARGETS.index(target)
    written: list[str] = []

    def swap(match: re.Match[str]) -> str:
        word, following = match.group(1), match.group(2) or ""
        new = _cased(word, ROLES[_role(word, following)][index])
        written.append(new)
        return new

    out = _PATTERN.sub(swap, text)
    if target == "non-binary":
        out = _THEY_VERB.sub(lambda m: f"{m.group(1)} {_AGREEMENT[m.group(2)]}", out)
        out = _THEY_S.sub(lambda m: f"{m.group(1)}'re", out)
    return out, tuple(dict.fromkeys(written))
