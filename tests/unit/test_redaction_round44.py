"""Redaction round 44 (issue 11): a document pasted as label-value rows keeps its labels and hides its values; a
forwarded message's recipient mailbox at a business's domain is the business's and stays. Every sentence here was
written for this file (none is taken from an evaluation or development set)."""
from __future__ import annotations

import pytest

from tests.redaction_spans import covered, untouched

_DE = ("Guten Tag,\n\n"
       "Antragsteller         | Jonas Brettschneider\n"
       "Geburtsdatum          | 21.06.1974\n"
       "Anschrift             | Kastanienallee 58\n"
       "                      | 10119 Berlin\n"
       "Steuer-ID             | 57 318 204 669\n"
       "Telefon               | 0157 3321 9804\n"
       "E-Mail                | j.brettschneider@example.de\n"
       "Reisepass             | C7T2K41LM\n\n"
       "Danke!\n")
_ES = ("Hola, copio la ficha:\n\n"
       "Titular        | Inmaculada Fuertes Cano\n"
       "Teléfono       | 611 482 907\n"
       "Correo         | inma.fuertes@example.es\n"
       "Dirección      | Calle Olmo 14, 3º B, 50004 Zaragoza\n")


@pytest.mark.parametrize("text,label", [
    (_DE, "Geburtsdatum"), (_DE, "Anschrift"), (_DE, "Steuer-ID"), (_DE, "Telefon"), (_DE, "E-Mail"),
    (_DE, "Reisepass"), (_ES, "Teléfono"), (_ES, "Correo"), (_ES, "Dirección"),
])
def test_label_cells_stay(text: str, label: str) -> None:
    assert untouched(text, label)


@pytest.mark.parametrize("text,value", [
    (_DE, "Jonas Brettschneider"), (_DE, "21.06.1974"), (_DE, "0157 3321 9804"), (_DE, "C7T2K41LM"),
    (_ES, "Inmaculada Fuertes Cano"), (_ES, "611 482 907"), (_ES, "inma.fuertes@example.es"),
])
def test_label_value_rows_hide_their_values(text: str, value: str) -> None:
    assert covered(text, value)


def test_a_list_of_people_and_numbers_is_no_label_column() -> None:
    text = "Kontakte:\nRuth Vandersee   | 0160 2231 577\nMalte Osterkamp  | 0171 9902 431\n"
    assert covered(text, "Ruth Vandersee") and covered(text, "Malte Osterkamp")


@pytest.mark.parametrize("text,value", [
    ("---------- Forwarded message ---------\nFrom: Priya Natarajan <priya.n@example.com>\nDate: Tue, 1 Dec 2026\n"
     "To: weddings@thornfield-manor.example\nSubject: Our date\n\nHello, is 12 June still free?", "weddings@thornfield-manor.example"),
    ("-------- Mensaje reenviado --------\nDe: Lucía Berrocal <lucia.berrocal@example.es>\nFecha: 2 dic 2026\n"
     "Para: reservas@casonadelrio.example\nAsunto: Boda\n\nHola, ¿tenéis libre el 3 de julio?", "reservas@casonadelrio.example"),
    ("-------- Message transféré --------\nDe : Anaïs Corbel <anais.corbel@example.fr>\nÀ : mariages@domaine-verdier.example\n"
     "Objet : Date\n\nBonjour, le 5 juin est-il libre ?", "mariages@domaine-verdier.example"),
])
def test_recipient_business_mailbox_stays(text: str, value: str) -> None:
    assert untouched(text, value)


@pytest.mark.parametrize("text,value", [
    ("From: Priya Natarajan <priya.n@example.com>\nTo: mum@gmail.com\nSubject: hi", "mum@gmail.com"),
    ("Von: Jonas Brettschneider <j.b@example.de>\nAn: ruth.vandersee@firma-nord.example\nBetreff: Termin",
     "ruth.vandersee@firma-nord.example"),
])
def test_recipient_person_mailbox_stays_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("Mandé el Galaxia S22 con IMEI 353201774920118, solicitud RCM-5512.", "353201774920118"),
    ("Tenía el Abono Joven nº 0041-552213 del tranvía.", "0041-552213"),
    ("Das Jahresabo Plus Nr. 7712-0031-90 ist gesperrt.", "7712-0031-90"),
    ("meu cartão Bilhete Único nº 3341-2290-11 foi bloqueado", "3341-2290-11"),
])
def test_device_and_season_ticket_numbers_stay(text: str, value: str) -> None:
    assert untouched(text, value)


@pytest.mark.parametrize("text,value", [
    ("ma carte Visa n° 4111 1111 1111 1111 a été débitée", "4111 1111 1111 1111"),
    ("Ma Carte Vitale n° 1 85 05 78 006 084 36", "1 85 05 78 006 084 36"),
])
def test_card_and_health_card_numbers_stay_hidden(text: str, value: str) -> None:
    assert covered(text, value)


def test_postcode_and_town_on_a_continuation_row_are_hidden() -> None:
    text = ("Kundin                | Lena Hartwig\nGeburtsdatum          | 12.03.1982\n"
            "Anschrift             | Hohenzollernstr. 41, Rgb. 2. OG\n                      | 80801 München\n"
            "Steuer-ID             | 12 345 678 901\n")
    assert covered(text, "80801 München") and untouched(text, "Steuer-ID")


@pytest.mark.parametrize("text,label", [
    ("Kennzeichen: M-XY 4410   Marke/modell: Opel Corsa\n", "Marke"),
    ("Adresse : 12 rue des Lilas\nCode postal / Ville : 44000 / Nantes\n", "Ville"),
])
def test_slashed_field_labels_stay(text: str, label: str) -> None:
    assert untouched(text, label)
