"""Redaction round 34 (issue 11): licence plates by country format, the company's own contact lines kept with a reason,
words spelt out with the letters' names. Every sentence here was written for this file (none is taken from an
evaluation or development set)."""
from __future__ import annotations

import pytest

from plugin.adapters.redaction.contacts import company_contact
from plugin.adapters.redaction.engine import find
from plugin.adapters.redaction.plates import find_plates
from plugin.adapters.redaction.spelt import spelt_letters
from plugin.core.model import Span
from tests.redaction_spans import inside_one_span, untouched


def _plates(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_plates(text)]


@pytest.mark.parametrize("text,value", [
    ("The courtesy car is registration BX21 KLM, please check it.", "BX21 KLM"),
    ("Our car (reg no. 08-G-5521) was clamped outside the shop.", "08-G-5521"),
    ("Le véhicule immatriculé FD-482-KR est resté au garage.", "FD-482-KR"),
    ("Das Kennzeichen ist M-TR 2045, bitte prüfen.", "M-TR 2045"),
    ("Kennzeichen: B KX 881E", "B KX 881E"),
    ("Kennzeichen des Leasingautos: G-7712P", "G-7712P"),
    ("plaques VD 123 456 sur le formulaire", "VD 123 456"),
    ("La matrícula es 5531 LRT y el coche es gris.", "5531 LRT"),
    ("A matrícula do carro: 44-XZ-19", "44-XZ-19"),
    ("La targa è FK 271 PL, grazie.", "FK 271 PL"),
    ("A placa do meu carro é QTR-5081.", "QTR-5081"),
    ("My license plate is 8KTR440 (California).", "8KTR440"),
    ("het kenteken is 52-XLB-9", "52-XLB-9"),
])
def test_plates_after_their_cue(text: str, value: str) -> None:
    assert value in _plates(text)


@pytest.mark.parametrize("text,value", [
    ("Someone scratched DV73 HPN in the car park yesterday.", "DV73 HPN"),
    ("J'ai vu GH-305-TN devant la porte.", "GH-305-TN"),
    ("Me cobraron el peaje del 7719 MDS otra vez.", "7719 MDS"),
    ("O guincho levou o QPA3C48 ontem.", "QPA3C48"),
])
def test_distinctive_plates_alone(text: str, value: str) -> None:
    assert value in _plates(text)


@pytest.mark.parametrize("text", [
    "Order AB-123-CD was shipped on Monday.",
    "Producto: lavadora mod. TX-880-WB",
    "SKU HRD4K21 is out of stock.",
    "Please send it to SW1A 2AA, London.",
    "Réservation KL-902-PA pour deux nuits.",
    "Guten Tag, die Bestellung WK-44120 fehlt.",
    "The bag tag reads LHR BA 552190.",
    "Invoice 2291 BCD is attached.",
    "Our company registration no. SC123456 is on the invoice.",
])
def test_no_plate_in_references_or_postcodes(text: str) -> None:
    assert _plates(text) == []


def test_plate_spelt_after_it() -> None:
    text = "the registration is LM68 TFO, Lima Mike six eight, Tango Foxtrot Oscar, and it was towed."
    assert _plates(text) == ["LM68 TFO", "Lima Mike six eight, Tango Foxtrot Oscar"]
    text = "Cliente: la matrícula 3390 GZB, ge, zeta, be."
    assert "ge, zeta, be" in _plates(text)


@pytest.mark.parametrize("text,value", [
    ("Agent: Lovely, and if you need us again ring us on 0800 612 3344. Bye now.", "0800 612 3344"),
    ("If it's urgent, our support line is 020 7946 0321.", "020 7946 0321"),
    ("Nuestro teléfono de atención: 981 555 123.", "981 555 123"),
    ("Pour toute question, appelez-nous au 01 44 55 66 77.", "01 44 55 66 77"),
    ("Sie erreichen unseren Kundenservice unter 089 4455 6600.", "089 4455 6600"),
    ("Qualquer dúvida, nosso SAC: 0800 771 2020.", "0800 771 2020"),
    ("> Anna | Kundenservice | Gartenwelt GmbH | 0221 555 780", "0221 555 780"),
    ("Escríbenos a socios@clubnatacion.example si tienes dudas.", "socios@clubnatacion.example"),
])
def test_company_contact_kept(text: str, value: str) -> None:
    assert untouched(text, value)


@pytest.mark.parametrize("text,value", [
    ("Please call me on 07700 900 412 after six.", "07700 900 412"),
    ("Our home number is 01632 960 118 if the mobile fails.", "01632 960 118"),
    ("Para cualquier duda, llamadme al 915 555 443.", "915 555 443"),
    ("Bei Fragen erreichen Sie mich unter 030 5557 1234.\nViele Grüße\nJonas", "030 5557 1234"),
    ("Merci d'avance,\nClaire Dumont · 04 72 55 10 10", "04 72 55 10 10"),
    ("Agent: So your number is 0161 555 0199, is that right?", "0161 555 0199"),
])
def test_customer_numbers_still_hidden(text: str, value: str) -> None:
    assert inside_one_span(text, value)


def test_contact_reason_is_given() -> None:
    text = "Any problem, call us on 1-800-555-0142."
    start = text.index("1-800")
    reason = company_contact(text, Span("PHONE_NUMBER", start, len(text) - 1, 0.5))
    assert reason == "a free or shared-cost service number"


@pytest.mark.parametrize("text,value", [
    ("Se escribe así: uve, i, ele, a, ere, eme, o.", "uve, i, ele, a, ere, eme, o"),
    ("C'est épelé : bé, o, erre, a, enne, zède.", "bé, o, erre, a, enne, zède"),
])
def test_words_spelt_with_letter_names(text: str, value: str) -> None:
    spans = spelt_letters(text, [])
    assert [text[s.start:s.end] for s in spans] == [value]


@pytest.mark.parametrize("text", [
    "We sell apples, pears, plums, figs and kiwis.",
    "Options: a, b, c, d, e.",
])
def test_lists_are_no_spelling(text: str) -> None:
    assert spelt_letters(text, []) == []


@pytest.mark.parametrize("text,value", [
    ("- Customer: that's all, thanks\n- Agent: TQ", "TQ"),
    ("Agentin: Guten Tag.\nKundin: Die Lieferung fehlt.\nNotiz: Ersatz bestellt. RW", "RW"),
])
def test_agent_initials_closing_a_transcript(text: str, value: str) -> None:
    assert inside_one_span(text, value)


@pytest.mark.parametrize("text", [
    "Agent: hello\nCustomer: thanks, that works. OK",
    "Thanks for the quick help. PS",
])
def test_closing_capitals_that_are_no_initials(text: str) -> None:
    assert not any(s.type == "PERSON" for s in find(text, ner=False))


@pytest.mark.parametrize("text", [
    "La placa de inducción PIX-6034 no calienta.",
    "Ma plaque de cuisson VTX-4410 ne chauffe plus.",
    "Registration went fine, order ABC-1234 is pending.",
])
def test_no_plate_after_a_hob_or_a_reference(text: str) -> None:
    assert _plates(text) == []


def test_agent_calling_the_customer_back_hides_the_number() -> None:
    text = "Agent: I'll call you back on 0161 555 0199 this afternoon."
    assert inside_one_span(text, "0161 555 0199")
