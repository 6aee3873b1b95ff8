"""Redaction round 41 (issue 11): a number in brackets right after a business's name is the business's contact and
stays; a person's number in brackets stays hidden. Every sentence here was written for this file (none is taken from
an evaluation or development set)."""
from __future__ import annotations

import pytest

from tests.redaction_spans import covered, untouched


@pytest.mark.parametrize("text,value", [
    ("Wir waren mit dem Hund in der Tierarztpraxis Lindenhof (0511 555 23 40), leider ohne Befund.", "0511 555 23 40"),
    ("Nos mandaron a la Clínica Dental Arroyo (954 55 72 18) para la revisión.", "954 55 72 18"),
])
def test_number_in_brackets_after_a_business(text: str, value: str) -> None:
    assert untouched(text, value)


@pytest.mark.parametrize("text,value", [
    ("Bitte rufen Sie meine Nachbarin Frau Greta Albrecht (0511 555 23 40) an.", "0511 555 23 40"),
    ("Pueden llamar a mi hermano Tomás Iriarte (954 55 72 18) por la tarde.", "954 55 72 18"),
])
def test_person_number_in_brackets_stays_hidden(text: str, value: str) -> None:
    assert covered(text, value)
