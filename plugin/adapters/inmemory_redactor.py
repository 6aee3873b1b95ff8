"""InMemoryRedactor: the regex-only Redactor (pii_patterns + known values), for tests that must not load spaCy.

It finds e-mails, phones, cards, IBANs, SSNs, IPs, street addresses and names with a cue or in the
gazetteer, and honours the same allow-list as PresidioRedactor; it misses names only NER can see.
"""
from __future__ import annotations

from collections.abc import Sequence

from plugin.core.model import KnownValue, Span

from . import pii_patterns
from .pii_known import find_known
from .pii_spans import prepare, resolve_overlaps


class InMemoryRedactor:
    def find(self, text: str, known: Sequence[KnownValue] = ()) -> list[Span]:
        if not text:
            return []
        text = prepare(text)  # same length: offsets stay valid for the caller's text
        spans = pii_patterns.filter_allowed(text, pii_patterns.find_raw(text))
        spans = pii_patterns.finish(text, spans)
        return resolve_overlaps(spans + find_known(text, known))
