"""The rule recognizers, per language, and the steps every finding goes through after them.

Each rule is a pure function `(text, lang) -> spans`. recognizers.py registers each one in Presidio's registry as a
recognizer of every language (beside spaCy NER and Presidio's country recognizers); InMemoryRedactor runs them
directly, without Presidio. After the recognizers: `keep_filter` (identifiers agents need, keep.py), then
`finish.finish` (address blocks, names next to other findings, nicknames).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from plugin.core.model import Span

from . import addresses, keep, name_tagger, names, patterns
from .address_blocks import find_address_fields, find_block_streets, find_labelled_addresses, find_machine_addresses
from .casual_ids import find_casual_ids
from .documents import find_bank_details, find_documents, find_far_documents
from .forms import find_form_fields, find_form_names
from .keyed import find_keyed_values
from .name_cues import find_name_cues, find_social
from .name_lists import fold
from .name_roles import find_role_names
from .name_spoken import find_spoken_names
from .name_structure import find_encoded_names, find_structural_names
from .plates import find_plates
from .salaries import find_salaries
from .secrets import find_secrets, find_url_secrets, find_usernames
from .social import find_social_names, find_social_usernames
from .spans import inside, trim
from .spelt_ids import find_spelt_ids
from .spoken import find_spoken


@dataclass(frozen=True)
class Rule:
    name: str
    entities: tuple[str, ...]
    find: Callable[[str, str], list[Span]]


RULES = (
    Rule("contact", ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS"),
         lambda text, lang: patterns.find_emails(text) + patterns.find_phones(text) + patterns.find_phone_words(text)
         + patterns.find_cards(text) + patterns.find_ibans(text) + patterns.find_ssns(text) + patterns.find_ips(text)),
    Rule("street_address", ("STREET_ADDRESS",),
         lambda text, lang: addresses.find_addresses(text) + find_block_streets(text) + find_labelled_addresses(text)
         + find_address_fields(text) + [s for s in find_keyed_values(text) if s.type == "STREET_ADDRESS"]
         + [s for s in find_machine_addresses(text) if s.type == "STREET_ADDRESS"]),
    Rule("person_rules", ("PERSON", "SOCIAL_HANDLE"),
         lambda text, lang: names.find_names(text, lang) + find_name_cues(text) + find_social(text, lang)
         + find_structural_names(text) + find_role_names(text, lang) + find_spoken_names(text)
         + [s for s in find_machine_addresses(text) if s.type == "PERSON"] + find_encoded_names(text)
         + find_social_names(text) + find_form_names(text) + find_form_fields(text)),  # (round 21) chat addressees, booking names
    # a rule of its own so that the engine knows its findings (engine._places_overrule_tagger)
    Rule("person_tagger", ("PERSON",), name_tagger.find),
    Rule("documents", ("DATE_OF_BIRTH", "DRIVER_LICENSE", "PASSPORT", "NATIONAL_ID", "BANK_ACCOUNT", "CARD_SECURITY"),
         lambda text, lang: find_documents(text) + find_bank_details(text) + find_casual_ids(text)  # (round 23)
         + find_spelt_ids(text) + find_far_documents(text)  # (round 38)
         + [s for s in find_keyed_values(text) if s.type != "STREET_ADDRESS"]),
    Rule("plates", ("LICENCE_PLATE",), lambda text, lang: find_plates(text)),  # (round 34)
    Rule("salaries", ("SALARY",), lambda text, lang: find_salaries(text)),  # (round 39) pay on a payroll line
    Rule("credentials", ("SECRET", "USERNAME", "URL_SECRET"),
         lambda text, lang: find_secrets(text) + find_usernames(text) + find_url_secrets(text)
         + find_social_usernames(text)),  # (round 21) thread headers, senders, platforms
    # (round 19) values said aloud: e-mails read with words, answers on a call's next line, passwords in words
    Rule("spoken", ("EMAIL_ADDRESS", "CARD_SECURITY", "DATE_OF_BIRTH", "STREET_ADDRESS", "SECRET", "USERNAME"),
         lambda text, lang: find_spoken(text)),
)
ENTITIES = tuple(sorted({e for rule in RULES for e in rule.entities}))


def find_raw(text: str, lang: str, skip: tuple[str, ...] = ()) -> list[Span]:
    """Every candidate of every rule (but those named in `skip`), unfiltered and possibly overlapping."""
    return [span for rule in RULES if rule.name not in skip for span in rule.find(text, lang)]


def _words_protected(text: str, span: Span, protected: list[tuple[int, int]]) -> bool:
    """Every word of a name lies in some protected range ("Nissan Versa Gris Oxford": a car, then a colour)."""
    words = [(span.start + m.start(), span.start + m.end()) for m in re.finditer(r"\w+", text[span.start:span.end])]
    return bool(words) and all(any(lo <= a and b <= hi for lo, hi in protected) for a, b in words)


def _tenant_words(text: str, span: Span, terms: frozenset[str]) -> bool:
    words = re.findall(r"[^\W_][\w.-]*[^\W_]|[^\W_]", text[span.start:span.end])
    return bool(terms) and bool(words) and all(fold(w) in terms for w in words)


def keep_filter(text: str, spans: list[Span], tenant_terms: frozenset[str] = frozenset()) -> list[Span]:
    """Trim spans; drop those the keep list protects (order numbers, tracking numbers, prices, company names...).

    `tenant_terms` (folded words from the tenant's knowledge-base titles and the ticket's fields, core/keep_terms.py)
    free a PERSON or LOCATION finding whose every word is one of them: the shop itself calls it a product.

    Values found by their own cue or unmistakable format (keep.CUED_TYPES: a birth date, a password, an id after
    "DNI") stay whatever the keep list says.
    """
    protected = keep.protected_ranges(text)
    named = keep.noun_named(text)
    out = []
    for span in spans:
        if span.type in ("PERSON", "LOCATION") and "\n" in text[span.start:span.end]:
            span = Span(span.type, span.start, text.index("\n", span.start), span.score)  # NER ran over a line end
        if span.type == "PERSON" and " | " in text[span.start:span.end]:
            span = Span(span.type, span.start, text.index(" | ", span.start), span.score)  # (round 24) "Yanis | Shop"
        trimmed = trim(text, span)
        if trimmed is None:
            continue
        if trimmed.type == "EMAIL_ADDRESS" and keep.role_mailbox(text[trimmed.start:trimmed.end]):
            continue  # "noreply@shop.example", "entregas@…": a company's team, no person (round 15)
        if trimmed.type == "URL_SECRET" and keep.url_identifier(text, trimmed.start, trimmed.end):
            continue  # "?orden=PX-90314": an order's reference after its key, not a secret (round 18)
        if trimmed.type in ("PERSON", "LOCATION") and re.match(r"-\d", text[trimmed.end:trimmed.end + 2]):
            continue  # "es el HL-5092": the finding ends inside a reference (round 18)
        if trimmed.type in keep.CUED_TYPES or trimmed.type == "SOCIAL_HANDLE" and "-" in text[trimmed.start:trimmed.end] \
                and text[trimmed.start - 1:trimmed.start] == "@" and re.search(r"[a-z]{3}", text[trimmed.start:trimmed.end]):
            # (round 23) "@tdavenport-7731": a handle written with its "@" is an account, not a reference's code
            out.append(trimmed)
            continue
        if inside(trimmed, protected) or trimmed.type in ("PERSON", "LOCATION") and (
                _words_protected(text, trimmed, protected + named) or _tenant_words(text, trimmed, tenant_terms)):
            continue
        value = text[trimmed.start:trimmed.end]
        if trimmed.type in ("PERSON", "LOCATION") and any(c.isdigit() for c in re.sub(r"[%=][0-9A-Fa-f]{2}", "", value)):
            continue  # NER tags "Order ORD-2024-9470" as PERSON; names and places have no digits (a URL's "%20" and
            # a mail header's encoded "=C3=A9" aside)
        if keep.is_identifier(value):
            continue
        out.append(trimmed)
    return out
