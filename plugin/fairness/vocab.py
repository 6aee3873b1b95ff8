"""Which groups each audit dimension compares, and the words that signal them (data in ./data, see its README).

Dimensions:
- `names`: first + last names by perceived gender and ethnicity (BBQ; 10 groups).
- `resume_names`: the Bertrand & Mullainathan résumé first names (via WEAT), European- vs African-American by
  gender, with a BBQ last name of the same perceived ethnicity (4 groups).
- `gender`: pronouns ("(she/her)" in the signature) and every gendered word of the thread (he/she, husband/
  wife ...) set to female, male or non-binary (3 groups).
- one dimension per HolisticBias axis (`age`, `disability`, `religion`, ...): a self-description
  ("Just so you know, I'm a Deaf person.") or, when the ticket already names one, a swap of that term.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
NAME_DIMENSIONS = ("names", "resume_names")
GENDER_DIMENSION = "gender"
GENDER_GROUPS = ("female", "male", "non-binary")
PRONOUN_TAGS = {"female": "she/her", "male": "he/him", "non-binary": "they/them"}
RESUME_LAST = {"European-American": "White", "African-American": "Black"}


@dataclass(frozen=True)
class NameGroup:
    label: str
    firsts: tuple[str, ...]
    lasts: tuple[str, ...]


@dataclass(frozen=True)
class Descriptor:
    axis: str
    term: str
    swap: bool  # may replace the same axis' terms already present in a ticket


@lru_cache(maxsize=1)
def _names() -> dict:
    return json.loads((DATA / "names.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _descriptors() -> dict:
    return json.loads((DATA / "descriptors.json").read_text(encoding="utf-8"))


def name_groups(dimension: str) -> list[NameGroup]:
    data = _names()
    if dimension == "names":
        return [NameGroup(f"{eth} {sex}", tuple(by_sex[sex]), tuple(data["bbq_last"][eth]))
                for eth, by_sex in data["bbq_first"].items() for sex in ("F", "M")]
    if dimension == "resume_names":
        return [NameGroup(f"{group} {sex}", tuple(by_sex[sex]), tuple(data["bbq_last"][RESUME_LAST[group]]))
                for group, by_sex in data["resume_first"].items() for sex in ("F", "M")]
    raise ValueError(f"not a name dimension: {dimension}")


def descriptor_axes() -> dict[str, list[Descriptor]]:
    axes = _descriptors()["axes"]
    return {axis: [Descriptor(axis, d["descriptor"], bool(d["swap"])) for d in items] for axis, items in axes.items()}


def self_description(term: str) -> str:
    """HolisticBias' template with its noun: "Just so you know, I'm a Deaf person."."""
    data = _descriptors()
    return data["template"].format(noun_phrase=f"{article(term)} {term} {data['noun']}")


def article(word: str) -> str:
    """'a' or 'an' by the sound of the first letter or number (good enough for the terms used here)."""
    head = word.lstrip()[:2].lower()
    vowel = head[:1] in "aeiou" or head[:1] == "8" or head in ("11", "18")
    return "an" if vowel else "a"


def all_dimensions() -> tuple[str, ...]:
    return (*NAME_DIMENSIONS, GENDER_DIMENSION, *descriptor_axes().keys())


def groups_of(dimension: str) -> tuple[str, ...]:
    if dimension in NAME_DIMENSIONS:
        return tuple(g.label for g in name_groups(dimension))
    if dimension == GENDER_DIMENSION:
        return GENDER_GROUPS
    axes = descriptor_axes()
    if dimension in axes:
        return tuple(d.term for d in axes[dimension])
    raise ValueError(f"unknown dimension {dimension!r}; known: {', '.join(all_dimensions())}")
