"""Redaction round 38 (issue 11): dates of birth in form fields whose key names whose birth it is, secrets of several
words to the end of their clause, bank code and account pairs, card codes in brackets after their cue. Every sentence
here was written for this file (none is taken from an evaluation or development set)."""
from __future__ import annotations

import pytest

from tests.redaction_spans import covered, untouched


@pytest.mark.parametrize("text,value", [
    ("titular: Ana Pires\nnascimento_conjuge: 1974-03-19\ncidade: Braga", "1974-03-19"),
    ("fecha_nacimiento_titular: 1982/07/23\nplan: básico", "1982/07/23"),
    ("locataire_nom : Roy\ndate_naissance_conjoint : 4 juin 1971\n", "4 juin 1971"),
    ("date_fete : 1988-11-02\nville : Laval", "1988-11-02"),
    ("geburtsdatum_mieter: 08.09.1969\nort: Kassel", "08.09.1969"),
])
def test_birth_dates_in_qualified_form_fields(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("nascimento_cidade: Recife\nplano: anual", "Recife"),
    ("fecha_pedido: 2026-10-04\nestado: enviado", "2026-10-04"),
])
def test_other_fields_stay(text: str, value: str) -> None:
    assert untouched(text, value)
