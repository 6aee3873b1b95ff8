"""Placeholders: consistent across a thread, restored locally after the LLM call.

The provider only ever sees `<PERSON_1>`, `<EMAIL_ADDRESS_1>`…; the values stay in a PlaceholderMap that
lives in the worker (and, encrypted, in the vault) and put the personal touch back into the draft.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .model import KnownValue, RedactedEntity, Redaction, Span

PLACEHOLDER_RE = re.compile(r"[<\[{]\s*([A-Z][A-Z_]*?_\d+)\s*[>\]}]")


def _normalise(entity_type: str, value: str) -> str:
    if entity_type in ("PHONE_NUMBER", "CREDIT_CARD", "US_SSN"):
        return re.sub(r"\D", "", value)
    if entity_type == "IBAN_CODE":
        return re.sub(r"\s", "", value).upper()
    return " ".join(value.split()).casefold()


class PlaceholderMap:
    """Value <-> placeholder, one placeholder per distinct value and type, numbered per type."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], str] = {}
        self._values: dict[str, str] = {}
        self._counts: dict[str, int] = {}

    def placeholder_for(self, entity_type: str, value: str) -> str:
        key = (entity_type, _normalise(entity_type, value))
        if key not in self._by_key:
            self._counts[entity_type] = self._counts.get(entity_type, 0) + 1
            token = f"<{entity_type}_{self._counts[entity_type]}>"
            self._by_key[key] = token
            self._values[token] = value
        return self._by_key[key]

    def seed(self, known: Iterable[KnownValue]) -> None:
        """Give known values (the requester's name first) the lowest numbers."""
        for item in known:
            if item.value.strip():
                self.placeholder_for(item.type, item.value.strip())

    def restore(self, text: str) -> tuple[str, tuple[str, ...]]:
        """Put values back. Returns the text and the placeholders it mentioned that we never issued
        (a model inventing `<PERSON_9>`), which the draft checks treat as a failure."""
        unknown: list[str] = []

        def put_back(match: re.Match[str]) -> str:
            token = f"<{match.group(1)}>"
            if token in self._values:
                return str(self._values[token])
            unknown.append(token)
            return match.group(0)

        return PLACEHOLDER_RE.sub(put_back, text), tuple(unknown)

    def values(self) -> tuple[str, ...]:
        return tuple(self._values.values())

    def to_dict(self) -> dict[str, str]:
        """For the encrypted vault only."""
        return dict(self._values)

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> PlaceholderMap:
        mapping = cls()
        for token, value in data.items():
            match = PLACEHOLDER_RE.fullmatch(token)
            if match:
                entity_type = match.group(1).rsplit("_", 1)[0]
                mapping._by_key[(entity_type, _normalise(entity_type, value))] = token
                mapping._values[token] = value
                mapping._counts[entity_type] = max(mapping._counts.get(entity_type, 0),
                                                   int(match.group(1).rsplit("_", 1)[1]))
        return mapping


def non_overlapping(spans: Sequence[Span]) -> list[Span]:
    """Longest span wins an overlap, then the higher score; result sorted by start."""
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), -s.score, s.start)):
        if span.end > span.start and all(span.end <= c.start or span.start >= c.end for c in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def apply(text: str, spans: Sequence[Span], mapping: PlaceholderMap) -> Redaction:
    """Replace each span by its placeholder. Entity offsets refer to the original text."""
    parts: list[str] = []
    entities: list[RedactedEntity] = []
    cursor = 0
    for span in non_overlapping(spans):
        token = mapping.placeholder_for(span.type, text[span.start:span.end])
        parts.append(text[cursor:span.start])
        parts.append(token)
        entities.append(RedactedEntity(span.type, span.start, span.end, token))
        cursor = span.end
    parts.append(text[cursor:])
    return Redaction("".join(parts), tuple(entities))
