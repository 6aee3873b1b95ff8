"""Redaction round 33 (issue 11): logins written into prose, firms kept by what the customer did there, addresses that
run through postcode and town, sentence-opening words that are no names. Every sentence here was written for this file
(none is taken from an evaluation or development set)."""
from __future__ import annotations

import pytest

from plugin.adapters.redaction import keep
from plugin.adapters.redaction.addresses import find_addresses
from plugin.adapters.redaction.patterns import find_phones
from plugin.adapters.redaction.secrets import find_usernames
from plugin.adapters.redaction.spoken import find_spoken
from tests.redaction_spans import keep_protected


def _users(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_usernames(text)]


@pytest.mark.parametrize("text,value", [
    ("The review was posted as kestrel_fan and it shows my street.", "kestrel_fan"),
    ("Lieber moewe_hamburg, danke für die Bewertung!", "moewe_hamburg"),
    ("» pluie_de_mars : j'ai reçu un colis vide", "pluie_de_mars"),
    ("My Steam name is qQvortexQq and I was charged twice.", "qQvortexQq"),
    ("mon pseudo en jeu est RenardBleu, merci", "RenardBleu"),
])
def test_logins_in_prose_are_usernames(text: str, value: str) -> None:
    assert value in _users(text)


@pytest.mark.parametrize("text", [
    "monthly_fee: 12.50\nstart_date: 2027-01-01",
    'The API answered {"error":"rate_limited"} again.',
    "I attached scan_0042.pdf and the receipt.",
    "Error E_TIMEOUT_LIMIT after the update.",
    "Customer account cus_88213 shows the refund.",
    "name,first_name,last_name\nAna,Ana,Ruiz",
    "Hi, my username is locked since yesterday.",
])
def test_program_names_are_no_usernames(text: str) -> None:
    assert _users(text) == []


@pytest.mark.parametrize("text,value", [
    ("I sold it on Tradewell and listed it on Tradewell again.", "Tradewell"),
    ("address on my Quillbox account is wrong", "Quillbox"),
    ("Hello Ferncart support, the order is late.", "Ferncart"),
    ("Your courier Blueline Parcels left it outside.", "Blueline Parcels"),
    ("Company: Harbourside Consulting\nMessage: invoice wrong", "Harbourside Consulting"),
    ("Empresa: Tornillos Vidal\nMensaje: la factura está mal", "Tornillos Vidal"),
    ("Je travaille chez Lumaville et la facture est fausse.", "Lumaville"),
    ("Bonjour l'équipe Vertambre, ma commande est incomplète.", "Vertambre"),
    ("Die Firma Holzwerk Sauer hat doppelt abgebucht.", "Holzwerk Sauer"),
    ("les pièces de SARL Plomberie Kerlann sont arrivées", "Plomberie Kerlann"),
])
def test_firms_are_kept(text: str, value: str) -> None:
    assert keep_protected(text, value), keep.protected_ranges(text)


def test_a_persons_account_is_no_service() -> None:
    assert not keep_protected("I paid from Maria's account last week.", "Maria")


@pytest.mark.parametrize("text,value", [
    ("Lieferung an Kastanienallee 14, 10435 Berlin bitte.", "Kastanienallee 14"),
    ("Send it to 4 Mill Road, Ennis V95 X2T8 please.", "Ennis V95 X2T8"),
])
def test_addresses_run_through_postcode_and_town(text: str, value: str) -> None:
    start = text.index(value)
    assert any(s.start <= start and start + len(value) <= s.end for s in find_addresses(text))
    assert not keep_protected(text, value)


def test_a_german_area_code_before_a_slash_is_a_phone() -> None:
    text = "Festnetz 0711/2345678, abends erreichbar"
    assert [text[s.start:s.end] for s in find_phones(text)] == ["0711/2345678"]


def test_how_often_is_no_spoken_secret() -> None:
    text = "J'ai changé mon mot de passe trois fois cette semaine."
    assert [s for s in find_spoken(text) if s.type == "SECRET"] == []


@pytest.mark.parametrize("text,value", [
    ("the Corvane 3L kettle leaks from the lid", "Corvane 3L"),
    ("we got Millbrook Oat Flour 25 kg instead of 50", "Millbrook Oat Flour 25 kg"),
])
def test_products_with_a_size_code_are_kept(text: str, value: str) -> None:
    assert keep_protected(text, value), keep.protected_ranges(text)


@pytest.mark.parametrize("text,value", [
    ("Deliver to Flat 4B, 9 Mill Lane please", "Flat 4B"),
    ("send it to Leeds LS6 2QT today", "LS6 2QT"),
])
def test_units_and_postcodes_are_no_sized_products(text: str, value: str) -> None:
    assert not keep_protected(text, value)
