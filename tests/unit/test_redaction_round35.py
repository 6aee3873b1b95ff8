"""Redaction round 35 (issue 11): dotted phones of four groups, logins in capitals heading chat lines, OCR digits
written as letters, the security code's other names, a call's opening that names the agent, names broken over a line
by a hyphen. Every sentence here was written for this file (none is taken from an evaluation or development set)."""
from __future__ import annotations

import pytest

from plugin.adapters.redaction.engine import find
from plugin.adapters.redaction.patterns import find_phones
from plugin.adapters.redaction.spans import prepare
from tests.redaction_spans import inside_one_span, untouched


@pytest.mark.parametrize("text,value", [
    ("Rappelez-moi au 078.612.44.90 après midi.", "078.612.44.90"),
    ("Mi móvil es el 644.21.83.17, gracias.", "644.21.83.17"),
])
def test_dotted_phones_of_four_groups(text: str, value: str) -> None:
    assert value in [text[s.start:s.end] for s in find_phones(text)]


@pytest.mark.parametrize("text", [
    "The router answers on 192.168.20.14 only.",
    "Installed firmware 2.10.300.4 yesterday.",
])
def test_ip_addresses_and_versions_are_no_phones(text: str) -> None:
    assert find_phones(text) == []


def test_capital_login_heading_chat_lines() -> None:
    text = ("Comprador: LUPEVARGAS42\n\nLUPEVARGAS42 · 12 oct 18:20\nNo me llegó la batidora.\n\n"
            "Tienda · 12 oct 19:02\nLo revisamos hoy.\n\nLUPEVARGAS42 · 13 oct 08:15\nGracias.")
    starts = [i for i in range(len(text)) if text.startswith("LUPEVARGAS42", i)]
    spans = find(text, ner=False)
    for start in starts:
        assert any(s.start <= start and start + 12 <= s.end for s in spans)


def test_ocr_digits_keep_the_length_and_spare_words() -> None:
    text = "Tel. 06 4O 21 88 l3, terminal 2 o 3, O2 Vertrag, I think"
    prepared = prepare(text)
    assert len(prepared) == len(text)
    assert "06 40 21 88 13" in prepared
    assert "terminal 2 o 3, O2 Vertrag, I think" in prepared


@pytest.mark.parametrize("text,value", [
    ("Telefone do escritório: 21 555 O4 17", "21 555 O4 17"),
    ("Karte 4000 0566 5566 5556, gültig bis l1/29.", "l1/29"),
    ("Ma carte 4000 0566 5566 5556, code de sécurité 7l3.", "7l3"),
    ("Meine Karte, Sicherheitscode 905, bitte löschen.", "905"),
    ("Cartão terminado em 5556, código de segu-\nrança 318 no verso.", "318"),
])
def test_ocr_and_security_code_values(text: str, value: str) -> None:
    assert inside_one_span(text, value)


def test_call_opening_names_the_agent() -> None:
    text = "Seguros Miramar, buenas tardes, le atiende Itziar, ¿en qué puedo ayudarle?"
    assert inside_one_span(text, "Itziar")


def test_name_broken_by_a_hyphen_over_a_line() -> None:
    text = "Der Unfallgegner, Herr Matthias Kessel-\nring, hat die Polizei gerufen."
    assert inside_one_span(text, "Matthias Kessel-\nring")


def test_hyphen_before_an_ordinary_next_line_stays_alone() -> None:
    text = "Bitte senden Sie Vor-\nund Nachnamen noch einmal."
    assert untouched(text, "und Nachnamen")


@pytest.mark.parametrize("text,value", [
    ("Hello, this is Margaret (Peggy) Ashdown, my policy lapsed.", "Margaret (Peggy) Ashdown"),
    ("Versicherte: Johanna (Hanni) Steinbichler, Vertrag 4471.", "Johanna (Hanni) Steinbichler"),
])
def test_surname_after_a_nickname_in_brackets(text: str, value: str) -> None:
    assert inside_one_span(text, value)


def test_word_after_a_bracket_that_is_no_surname() -> None:
    text = "Lucía (la agente) Pero nadie me llamó."
    assert untouched(text, "Pero")


@pytest.mark.parametrize("text,value", [
    ("Vous pouvez m'appeler au 06 21 48 77 35 ou au 0745128890 le soir.", "0745128890"),
    ("Llámame al 622 41 09 83 o al 934125678 por la tarde.", "934125678"),
])
def test_second_number_joined_by_or(text: str, value: str) -> None:
    assert value in [text[s.start:s.end] for s in find_phones(text)]


@pytest.mark.parametrize("text,value", [
    ("Benutzerkennung: HBRANDT61\nBitte entsperren.", "HBRANDT61"),
    ("Pseudo : grenouille_42\nMerci d'avance.", "grenouille_42"),
])
def test_login_after_more_labels(text: str, value: str) -> None:
    assert inside_one_span(text, value)


@pytest.mark.parametrize("text,address,phone", [
    ("Schreiben Sie an Jonas Pichler, Hainbuchenweg 8, 6020 Innsbruck, 0664 5557 2190, danke.",
     "Hainbuchenweg 8, 6020 Innsbruck", "0664 5557 2190"),
    ("Lieferadresse Ulmenstraße 14, 28195 Bremen, erreichbar unter 0421 5553 870.",
     "Ulmenstraße 14, 28195 Bremen", "0421 5553 870"),
])
def test_phone_after_an_address_is_a_phone(text: str, address: str, phone: str) -> None:
    spans = find(text, ner=False)
    start = text.index(phone)
    assert any(s.type == "PHONE_NUMBER" and s.start <= start and start + len(phone) <= s.end for s in spans)
    assert inside_one_span(text, address)


@pytest.mark.parametrize("text,value", [
    ("Payé avec la carte 4929 1736 5402 8187 03/28 code 615, merci.", "03/28"),
    ("Essai avec la carte 4929 1736 5402 8187, échéance 06/29, refusé.", "06/29"),
    ("Cartão 4929 1736 5402 8187 val 09/28 sem problemas.", "09/28"),
    ("Karte 4929 1736 5402 8187, Prüfnr. 553 bitte nicht speichern.", "553"),
    ("Bezahlt mit Karte 4929 1736 5402 8187 bis 07/29, bitte prüfen.", "07/29"),
])
def test_card_expiry_and_code_written_short(text: str, value: str) -> None:
    assert inside_one_span(text, value)
