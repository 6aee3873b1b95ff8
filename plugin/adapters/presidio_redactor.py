"""PresidioRedactor: the Redactor port over the redaction package (plugin/adapters/redaction).

Presidio's analyzer with a registry per language (en, es, fr, de, pt), spaCy NER where a model for the comment's
language is installed, and Candor's rule recognizers; see plugin/adapters/redaction/engine.py.

LOCATION (spaCy GPE/LOC/FAC) is off by default: a city or country alone rarely identifies a customer, and
the drafter needs it ("shipping to Canada"). Street addresses are always redacted (STREET_ADDRESS).
Pass `locations=True` to redact places as well.
"""
from __future__ import annotations

from collections.abc import Sequence

from plugin.core.model import KnownValue, Span

from .redaction import engine
from .redaction.engine import MODELS, NER_CONFIG, WARM_UP_TEXT, analyzer  # noqa: F401 - benchmarks read these

MODEL = MODELS["en"]


class PresidioRedactor:
    """Redactor port: Presidio + spaCy NER per language + rule recognizers + known values, non-overlapping spans."""

    def __init__(self, score_threshold: float = 0.35, locations: bool = False) -> None:
        self.score_threshold = score_threshold
        self.locations = locations

    def warm_up(self) -> None:
        """Build the shared engine and load the name lists now (Lambda INIT / SnapStart), not on the first ticket."""
        engine.analyzer()
        engine.find(WARM_UP_TEXT, ner=False)

    def find(self, text: str, known: Sequence[KnownValue] = ()) -> list[Span]:
        return engine.find(text, known, ner=True, locations=self.locations, score_threshold=self.score_threshold)
