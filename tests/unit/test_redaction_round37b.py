"""Redaction round 37b (issue 11): identifiers with a letter prefix kept whole, a person cut before "von/de/from + a
carrier", company names with "a"/"of" and Austria's "e.U.", a product title after an order verb over a person, and
words that are no names (capital titles, field labels, an office in brackets, words of endearment). Every sentence here
was written for this file (none is taken from an evaluation or development set)."""
from __future__ import annotations

import pytest

from plugin.adapters.redaction import keep
from plugin.adapters.redaction.whole_ids import (
    cut_person_at_company,
    drop_not_names,
    keep_prefixed_ids,
    products_win,
)
from plugin.core.model import Span
from tests.redaction_spans import covered


def _span(text: str, value: str, kind: str = "PERSON") -> Span:
    start = text.index(value)
    return Span(kind, start, start + len(value), 0.7)


def _values(text: str, spans: list[Span]) -> list[str]:
    return [text[s.start:s.end] for s in spans]


@pytest.mark.parametrize("text,tail,kind", [
    ("Please reset the login of account KTR-5820, thanks.", "5820", "SECRET"),
    ("Votre contrat LM-2290-4417 est résilié.", "2290-4417", "PHONE_NUMBER"),
    ("Die Sendung ZX8841 2207 5519 hängt im Depot.", "2207 5519", "PHONE_NUMBER"),
    ("cliente n.º RVA-00731 sem fatura", "00731", "BANK_ACCOUNT"),
])
def test_a_reference_with_a_letter_prefix_is_kept_whole(text: str, tail: str, kind: str) -> None:
    assert keep_prefixed_ids(text, [_span(text, tail, kind)]) == []


@pytest.mark.parametrize("text,value,kind", [
    ("Mi DNI-48213907 y nada más.", "48213907", "PHONE_NUMBER"),  # a personal document's acronym
    ("Llámame al 0171 5550 123 mañana.", "0171 5550 123", "PHONE_NUMBER"),
    ("Postcode LS6 2QT 0113 496 0871 is my line.", "0113 496 0871", "PHONE_NUMBER"),  # a postcode part, no reference
    ("Ruf an: TEL 555-0190", "555-0190", "PHONE_NUMBER"),
])
def test_personal_digits_stay_redacted(text: str, value: str, kind: str) -> None:
    assert _values(text, keep_prefixed_ids(text, [_span(text, value, kind)])) == [value]


@pytest.mark.parametrize("text,person,kept", [
    ("Gestern klingelte Jannik von DPD zweimal.", "Jannik von DPD", "Jannik"),
    ("Hablé con Marisol de Correos Express ayer.", "Marisol de Correos Express", "Marisol"),
    ("A driver, Kofi from Royal Mail, left a card.", "Kofi from Royal Mail", "Kofi"),
])
def test_a_person_ends_before_a_carrier(text: str, person: str, kept: str) -> None:
    assert _values(text, cut_person_at_company(text, [_span(text, person)])) == [kept]


def test_a_person_ends_before_a_word_the_tenant_keeps() -> None:
    text = "Saludos de Ramiro de Lunaverde, gracias."
    got = cut_person_at_company(text, [_span(text, "Ramiro de Lunaverde")], frozenset({"lunaverde"}))
    assert _values(text, got) == ["Ramiro"]
    assert _values(text, cut_person_at_company(text, [_span(text, "Ramiro de Lunaverde")])) == ["Ramiro de Lunaverde"]


@pytest.mark.parametrize("text,company", [
    ("El coche lo alquilé en Costa Rent a Car S.L. en Málaga.", "Costa Rent a Car S.L."),
    ("Rechnung von Malerei Gernot Aigner e.U. anbei.", "Malerei Gernot Aigner e.U."),
    ("Invoiced by House of Tweed Ltd last week.", "House of Tweed Ltd"),
])
def test_company_names_with_a_connector_or_austrian_form(text: str, company: str) -> None:
    start = text.index(company)
    assert any(lo <= start and start + len(company) <= hi for lo, hi in keep.protected_ranges(text))


@pytest.mark.parametrize("text,title", [
    ("Last week I returned the Harbour Fleece Jacket in a size M.", "Harbour Fleece Jacket"),
    ("Compré la lámpara Brisa Marina Duo y llegó rota.", "Brisa Marina Duo"),
    ("J'ai commandé la cafetière Aube Noire Pro, jamais reçue.", "Aube Noire Pro"),
    ("Comprei uma mochila Trilho Norte 30 e veio rasgada.", "Trilho Norte 30"),
])
def test_a_product_title_after_an_order_verb_wins_over_a_person(text: str, title: str) -> None:
    assert products_win(text, [_span(text, title)]) == []


@pytest.mark.parametrize("text,person", [
    ("We bought the gift Daniel Walsh wanted.", "Daniel Walsh"),   # a first name and a surname: a person
    ("I ordered the cake Tom asked for.", "Tom"),                  # one word: a person
    ("I bought it for Maria Lopez yesterday.", "Maria Lopez"),     # a preposition, no product noun
])
def test_people_after_an_order_verb_stay_redacted(text: str, person: str) -> None:
    assert _values(text, products_win(text, [_span(text, person)])) == [person]


@pytest.mark.parametrize("text,word,left", [
    ("Anmeldung: DI Herwig Lechner, Linz", "DI Herwig Lechner", "Herwig Lechner"),
    ("Albarán 22\nFirma: c. robles", "Firma", None),
    ("Fecha: 3 de mayo", "Fecha", None),
    ("Viele Grüße, Ute (Schriftführerin)", "Schriftführerin", None),
    ("Saludos, Nuria (tesorera)", "tesorera", None),
    ("Cordialement, Loïc (trésorier)", "trésorier", None),
    ("vale, gracias reina", "reina", None),
    ("obrigada querida", "querida", None),
])
def test_words_that_are_no_names(text: str, word: str, left: str | None) -> None:
    got = _values(text, drop_not_names(text, [_span(text, word)], "es"))
    assert got == ([left] if left else [])


@pytest.mark.parametrize("text,name", [
    ("Saludos, Nuria (Pili)", "Pili"),        # a nickname in brackets is a name
    ("Reina Ortega: ya pagué", "Reina Ortega"),  # a capitalised name that is also a word
    ("Di Stefano wrote again", "Di Stefano"),  # an Italian particle, not the title
])
def test_names_that_look_like_those_words_stay(text: str, name: str) -> None:
    assert _values(text, drop_not_names(text, [_span(text, name)], "es")) == [name]


def test_end_to_end_keeps_the_reference_and_redacts_the_name() -> None:
    text = "Hola, soy Rosalinda Quiroga, cuenta KTR-5820, mi teléfono 612 447 903."
    assert covered(text, "Rosalinda Quiroga")
    assert covered(text, "612 447 903")


@pytest.mark.parametrize("text,number", [
    ("Mi guía paquetería 5520 1187 3396 no se mueve.", "5520 1187 3396"),
    ("Colis parti via GLS, 4408 1296 7731 02.", "4408 1296 7731 02"),
    ("Ihre Sendung 99.12.334455.66778 liegt in der Filiale.", "99.12.334455.66778"),
])
def test_a_parcel_number_after_its_cue_is_kept(text: str, number: str) -> None:
    from plugin.adapters.redaction.whole_ids import keep_parcel_numbers

    assert keep_parcel_numbers(text, [_span(text, number, "PHONE_NUMBER")]) == []


@pytest.mark.parametrize("text,number", [
    ("El envío no llegó, mi cel 5512 3456 7890 por favor.", "5512 3456 7890"),  # a phone word between
    ("Sobre el envío: +52 55 1234 5678", "+52 55 1234 5678"),  # a country code
    ("Mi número 5520 1187 3396, gracias.", "5520 1187 3396"),  # no parcel cue
])
def test_phones_near_parcel_words_stay_redacted(text: str, number: str) -> None:
    from plugin.adapters.redaction.whole_ids import keep_parcel_numbers

    assert _values(text, keep_parcel_numbers(text, [_span(text, number, "PHONE_NUMBER")])) == [number]


def test_a_trade_named_company_wins_over_a_later_person_finding() -> None:
    from plugin.adapters.redaction.whole_ids import companies_win

    text = "Agente: Mutuelle Verveine, Bastien à votre écoute."
    assert _values(text, companies_win(text, [_span(text, "Verveine"), _span(text, "Bastien")])) == ["Bastien"]


def test_a_signer_before_the_company_stays_redacted() -> None:
    from plugin.adapters.redaction.whole_ids import companies_win

    text = "Mit freundlichen Grüßen\nDragana Ilić, Pflegedienst Lindenhof Pflege GmbH"
    assert _values(text, companies_win(text, [_span(text, "Dragana Ilić")])) == ["Dragana Ilić"]


@pytest.mark.parametrize("text,word", [
    ("Canal : appel entrant, 4 min", "Canal"),
    ("Nascimento: 03/04/1971", "Nascimento"),
    ("Benutzername: keiner", "Benutzername"),
])
def test_more_field_labels_are_no_names(text: str, word: str) -> None:
    assert drop_not_names(text, [_span(text, word)], "pt") == []


@pytest.mark.parametrize("text,word,kind", [
    ("Fitting booked for Wed Mar 4, 2026 at 9am", "Wed Mar", "PERSON"),
    ("Date: Fri, 12 Sep 2025 at 10:02", "Fri", "PERSON"),
    ("I am sending back RMA 70214 today", "RMA", "STREET_ADDRESS"),
])
def test_date_words_and_id_cues_are_no_names(text: str, word: str, kind: str) -> None:
    assert drop_not_names(text, [_span(text, word, kind)], "en") == []


@pytest.mark.parametrize("text,name", [
    ("Please ask Jun about it tomorrow.", "Jun"),   # no number after it
    ("Sat with Mar Ortega for an hour.", "Mar Ortega"),  # not all date words
])
def test_names_like_date_words_stay(text: str, name: str) -> None:
    assert _values(text, drop_not_names(text, [_span(text, name)], "en")) == [name]


@pytest.mark.parametrize("value,role", [
    ("registrar@northfield-college.example", True),
    ("secretariat@ecole-rives.example", True),
    ("escolares@prepa-sur.example", True),
    ("lucia.benitez@prepa-sur.example", False),
])
def test_school_office_mailboxes_are_role_mailboxes(value: str, role: bool) -> None:
    assert keep.role_mailbox(value) is role


@pytest.mark.parametrize("text,word", [
    ("Aluna: oi, não consigo entrar", "Aluna"),
    ("[10:02] Operatore: Buongiorno", "Operatore"),
    ("Fecha de compra: 2 de mayo", "Fecha"),
])
def test_chat_roles_and_long_labels_are_no_names(text: str, word: str) -> None:
    assert drop_not_names(text, [_span(text, word)], "pt") == []
