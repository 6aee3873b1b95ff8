"""Redaction round 39b (issue 11): phones whose groups are parted by slashes, middle dots or spaced dashes; the
company's own contact after a business's closing cue; an employee's pay after its cue or in a pay column. Every
sentence here was written for this file (none is taken from an evaluation or development set)."""
from __future__ import annotations

import pytest

from tests.redaction_spans import covered, untouched


@pytest.mark.parametrize("text,value", [
    ("Mon portable : 07/61/28/43/90 si jamais.", "07/61/28/43/90"),
    ("Mi móvil: 622 · 31 · 84 · 09, llamad por la tarde.", "622 · 31 · 84 · 09"),
    ("Telefon: 089 – 31 62 / 47 08, vormittags.", "089 – 31 62 / 47 08"),
    ("Telemóvel: (+351) 936.114.208.", "(+351) 936.114.208"),
    ("Call me at (614) 555 ‒ 0182 after six.", "(614) 555 ‒ 0182"),
    ("mon tel : 06 . 27 . 51 . 80 . 44", "06 . 27 . 51 . 80 . 44"),
])
def test_phones_with_odd_separators(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("Le rendez-vous est le 14/03/2026 à 9 h.", "14/03/2026"),
    ("Pages 214 - 219 of the manual, edition 2019 – 2021.", "214 - 219"),
])
def test_dates_and_ranges_stay(text: str, value: str) -> None:
    assert untouched(text, value)


@pytest.mark.parametrize("text,value", [
    ("Your statement for March is attached. Queries: 0113 496 3020.", "0113 496 3020"),
    ("Adjuntamos la factura de enero. Dudas al 81 8344 1200.", "81 8344 1200"),
    ("Die Abrechnung liegt bei. Rückfragen unter 040 889 20 40.", "040 889 20 40"),
    ("Segue o recibo de janeiro. Para esclarecimentos: 21 340 8800.", "21 340 8800"),
    ("Please send the photos to disputes@tradehall.example before Friday.", "disputes@tradehall.example"),
    ("Para: sinistros@seguradora-atlas.example\nAssunto: participação", "sinistros@seguradora-atlas.example"),
])
def test_company_contact_after_a_business_cue(text: str, value: str) -> None:
    assert untouched(text, value)


@pytest.mark.parametrize("text,value", [
    ("Queries? Call me on 0113 496 3020.", "0113 496 3020"),
    ("Dudas: mi teléfono es el 81 8344 1200.", "81 8344 1200"),
])
def test_customer_numbers_after_a_cue_stay_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("staff,ssn,annual_salary\nTom Vale,123-45-6789,$58,250\n", "$58,250"),
    ("Name;Personalnummer;Bruttogehalt;Ort\nJonas Kemper;P-118;3.245,00 €;Bremen\n", "3.245,00 €"),
    ("| Salarié | Brut mensuel | Ville |\n|---|---|---|\n| Lucie Marin | 2 905,00 € | Nantes |\n", "2 905,00 €"),
    ("Sueldo mensual: $31,700.00 MXN\nNombre: Ramiro Tapia\n", "$31,700.00 MXN"),
    ("nome;vencimento base;cidade\nRita Soares;1.275,00 €;Faro\n", "1.275,00 €"),
    ("Her gross salary is £2,480.00 since April.", "£2,480.00"),
])
def test_salaries_on_payroll_lines(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("O plano Folha Pro custa 34,90 €/mês e a adesão 12 €.", "34,90 €"),
    ("Artikel;Menge;Preis\nAkkuschrauber;1;89,90 €\n", "89,90 €"),
])
def test_prices_stay(text: str, value: str) -> None:
    assert untouched(text, value)


@pytest.mark.parametrize("text,value", [
    ("Mi hermano Íñigo (943 55 21 08) recogerá el paquete.", "943 55 21 08"),
    ("El móvil por si cambia el horario de la cita: 6 4 1 - 2 9 - 7 3 - 0 8", "6 4 1 - 2 9 - 7 3 - 0 8"),
])
def test_phones_in_brackets_and_far_after_their_cue(text: str, value: str) -> None:
    assert covered(text, value)


def test_dotted_parcel_number_in_brackets_stays() -> None:
    assert untouched("Le colis (88.01.552.904.17) a été déposé hier.", "88.01.552.904.17")


@pytest.mark.parametrize("text,value", [
    ("Artikel;Menge;Netto;Brutto\nGartenstuhl;2;100,00 €;119,00 €\n", "119,00 €"),
    ("Netto: 84,00 €\nBrutto: 99,96 €\nZahlbar bis 15.01.", "99,96 €"),
    ("Order summary. Gross total: $45.00, shipping included.", "$45.00"),
])
def test_invoice_totals_stay(text: str, value: str) -> None:
    assert untouched(text, value)
