"""Redaction round 14 (issue 11): Austrian house numbers, Galician and French street types, a bank code and its
account as one value, partnerships and professional firms kept (sentences written for this test)."""
from __future__ import annotations

import pytest

from plugin.adapters.redaction import keep
from plugin.adapters.redaction.addresses import find_addresses
from plugin.adapters.redaction.documents import find_bank_details


def _addresses(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_addresses(text)]


def _bank(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_bank_details(text) if s.type == "BANK_ACCOUNT"]


def _kept(text: str) -> list[str]:
    return [text[a:b] for a, b in keep.protected_ranges(text)]


@pytest.mark.parametrize(("text", "street"), [
    # staircase and door after the house number (Austria)
    ("Bitte an die Lerchenfelder Gasse 51/3/12, 1070 Wien liefern.", "Lerchenfelder Gasse 51/3/12"),
    ("Neue Wohnung: Wiedner Hauptstraße 17/2/9, 1040 Wien", "Wiedner Hauptstraße 17/2/9"),
    # Galician "rúa", capitalised or not
    ("Envíenlo a Rúa da Raíña 14, 27001 Lugo por favor.", "Rúa da Raíña 14"),
    ("vivo na rúa do Hórreo 30, 15702 Santiago", "rúa do Hórreo 30"),
    # French street types that are ordinary words too, after a house number and before a capitalised name
    ("Livrez au 7 place des Terreaux, 69001 Lyon, merci.", "7 place des Terreaux"),
    ("Il habite 22 cours Mirabeau, 13100 Aix-en-Provence.", "22 cours Mirabeau"),
    # numbered streets of Yucatán, with the cross streets
    ("Mándenlo a calle 21 n.º 305 x 18 y 20, col. Itzimná, 97100 Mérida", "calle 21 n.º 305 x 18 y 20"),
    ("Vivo en Calle 33 núm. 517, Centro, 97000 Mérida", "Calle 33 núm. 517"),
    ("Chez ma tante, 4 montée de la Grande Côte, 69001 Lyon.", "4 montée de la Grande Côte"),
])
def test_street_forms(text: str, street: str) -> None:
    assert any(street in found for found in _addresses(text)), _addresses(text)


@pytest.mark.parametrize("text", [
    "There are 3 places to go and 2 courses left.",
    "Il reste 3 place pour le cours de 9 heures.",
    "Tengo 3 pedidos en la calle 5 desde ayer.",
])
def test_french_street_words_need_a_capitalised_name(text: str) -> None:
    assert _addresses(text) == []


def test_austrian_house_number_is_no_date() -> None:
    text = "Lieferung an Gumpendorfer Straße 12/4/8, 1060 Wien"
    assert "12/4/8" not in _kept(text)
    assert "12/4/08" in _kept("Termin am 12/4/08 bestätigt")  # a date is still a date


@pytest.mark.parametrize(("text", "value"), [
    ("Please refund to sort code 11-22-33 account 55667788 and thanks.", "11-22-33 account 55667788"),
    ("Refund to routing 021000021 acct 987654321 please.", "021000021 acct 987654321"),
    ("Send it to sort code 30-11-42, account 12093344 instead.", "30-11-42, account 12093344"),
    ("Dados: ag. 5521-0 c/c 88123-4 no banco.", "5521-0 c/c 88123-4"),
])
def test_bank_code_and_account_are_one_value(text: str, value: str) -> None:
    assert value in _bank(text)


def test_written_out_account_word_stays_a_word() -> None:
    text = "Reembolso na agência 2210, conta corrente 77310-2, obrigado."
    assert _bank(text) == ["2210", "77310-2"]


@pytest.mark.parametrize(("text", "company"), [
    ("Our solicitors are Hartley Brennan LLP in Leeds.", "Hartley Brennan LLP"),
    ("Please copy Mendel Quarry PLLC on the reply.", "Mendel Quarry PLLC"),
    ("Nous avons écrit au cabinet Moreau & Associés SELARL hier.", "Moreau & Associés SELARL"),
    ("La livraison par Transports Garnier & Fils est en retard.", "Transports Garnier & Fils"),
    ("El despacho Ibarra & Solís Abogados S.L.P. nos escribió.", "Ibarra & Solís Abogados S.L.P."),
    ("Recebemos a carta de Prates & Moura, Sociedade de Advogados ontem.", "Prates & Moura, Sociedade de Advogados"),
    ("Geliefert hat die Schreinerei Kuhn & Söhne gestern.", "Schreinerei Kuhn & Söhne"),
])
def test_partnerships_are_companies(text: str, company: str) -> None:
    assert company in _kept(text)


def _found(text: str) -> list[tuple[str, str]]:
    from plugin.adapters.redaction import engine
    return [(s.type, text[s.start:s.end]) for s in engine.find(text, ner=False)]


@pytest.mark.parametrize(("text", "address", "other"), [
    # a mobile number after the town is no part of the address (its last digits read as a postcode)
    ("Zustellung: Praterstraße 20/1/5, 1020 Wien, +43 664 555 0192 bitte anrufen", "Praterstraße 20/1/5, 1020 Wien",
     ("PHONE_NUMBER", "+43 664 555 0192")),
    # a kept value after the town no longer costs the tail; a bracket that opens in lower case is no region
    ("We act for Ms Jane Roe of 4 Mill Lane, Leeds LS1 4AP (date of birth 3 May 1990) in this matter.",
     "4 Mill Lane, Leeds LS1 4AP", ("DATE_OF_BIRTH", "3 May 1990")),
    # a ZIP after its state ends the address
    ("CALLER: 12 OAK HOLLOW RD APT 3, ATHENS GA 30601 BORN MARCH 4 1961 PLEASE",
     "12 OAK HOLLOW RD APT 3, ATHENS GA 30601", ("DATE_OF_BIRTH", "MARCH 4 1961")),
])
def test_address_tail_ends_before_the_next_value(text: str, address: str, other: tuple[str, str]) -> None:
    found = _found(text)
    assert ("STREET_ADDRESS", address) in found, found
    assert other in found, found
