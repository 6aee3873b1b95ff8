"""InMemoryRedactor: the redaction package's rules without Presidio or spaCy, for tests that must not load a model.

The same rule recognizers, keep list and known values as PresidioRedactor (plugin/adapters/redaction); it misses
names only NER can see and the ids only Presidio's country recognizers check.
"""
from __future__ import annotations

from collections.abc import Sequence

from plugin.core.model import KnownValue, Span

from .redaction import engine


class InMemoryRedactor:
    def find(self, text: str, known: Sequence[KnownValue] = ()) -> list[Span]:
        return engine.find(text, known, ner=False)
