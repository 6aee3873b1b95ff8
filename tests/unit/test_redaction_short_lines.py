"""Phone numbers typed without separators after a phone word in es/fr/de/pt, and the language of a chat line too
short for langid. Texts written for this test (2026-12-03), not taken from any evaluation or training set.

Before: the bare-digit phone rule knew only English cue words ("phone", "call", "mobile"), so "telefone 912345678"
and "Mein Handy: 015112345678" went to the LLM provider as they were; and a line under 20 letters counted as
English, so "Mein" or "Mon" at the start of a German or French chat line was read as a name."""
from __future__ import annotations

import pytest

from plugin.adapters.inmemory_redactor import InMemoryRedactor
from plugin.adapters.redaction import language


def _phones(text: str) -> list[str]:
    return [text[s.start:s.end] for s in InMemoryRedactor().find(text) if s.type == "PHONE_NUMBER"]


@pytest.mark.parametrize("text, number", [
    ("Mi teléfono es 699887766, llamen por la tarde", "699887766"),
    ("Tfno. 915550123", "915550123"),
    ("mi movil 677001122 gracias", "677001122"),
    ("Pueden llamarme al 5591234567?", "5591234567"),
    ("Mon numéro de portable est le 0698765432.", "0698765432"),
    ("Vous pouvez me joindre au 0155501234", "0155501234"),
    ("Meine Handynummer: 017612345678", "017612345678"),
    ("Ich bin unter 089123456789 erreichbar", "089123456789"),  # the cue after the number
    ("Festnetz 0301234567", "0301234567"),
    ("o meu telemóvel é 934567812", "934567812"),
    ("Pode ligar para 11987654321", "11987654321"),
])
def test_a_bare_number_after_a_phone_word_is_a_phone(text, number):
    assert _phones(text) == [number], text


@pytest.mark.parametrize("text", [
    "Bestellnummer 123456789012 ist noch nicht da",
    "número de pedido 987654321",
    "numéro de commande 123456789",
    "número da encomenda 555123456",
    "Kundennummer 400123456",
])
def test_order_and_customer_numbers_are_not_phones(text):
    assert _phones(text) == []


@pytest.mark.parametrize("text, lang", [
    ("Mein Handy: 015112345678", "de"),
    ("Mon portable : 0612345678", "fr"),
    ("Mi móvil 612345678", "es"),
    ("O meu número", "pt"),
    ("Merci Paul!", "fr"),
    ("Hi Elle", "en"),        # "hi" is in spaCy's French stop words; "Elle" inside the line may be a name
    ("thanks Maria", "en"),
    ("ok merci", "en"),       # an English word: English, the rules with fewest cue requirements
    ("Danke, Anna", "en"),    # no function word at all: English
])
def test_a_short_line_takes_the_language_of_its_function_words(text, lang):
    assert language.detect(text) == lang


def test_a_short_german_line_keeps_its_first_word():
    text = "Mein Handy: 015112345678"
    spans = InMemoryRedactor().find(text)
    assert [(s.type, text[s.start:s.end]) for s in spans] == [("PHONE_NUMBER", "015112345678")]
