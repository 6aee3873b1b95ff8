"""Redaction round 39a (issue 11): names written the way people write them (plugin/adapters/redaction/name_runs.py).
Every sentence here was written for this file (none is taken from an evaluation or development set)."""
from __future__ import annotations

import pytest

from tests.redaction_spans import covered, untouched


@pytest.mark.parametrize("text,value", [
    ("09:41 Cliente (marta oliveira): bom dia, a minha encomenda não chegou", "marta oliveira"),
    ("[11:02] Conseiller (Gaëtan): Bonjour, que puis-je faire ?", "Gaëtan"),
    ("comprei uma bicicleta do @pedal.usado_rj (diego f. barros) por R$ 900", "diego f. barros"),
    ("compré una cámara a @fotoviejas_bcn (laura p.), 120 €", "laura p."),
    ("my son oliver (olly) hartman wants a card too", "oliver (olly) hartman"),
    ("Caller: Mei-ling (May) Chen, cardholder", "Mei-ling (May) Chen"),
    ("et ma nièce héloïse (lolo) garnier veut venir", "héloïse (lolo) garnier"),
    ("llamada atendida por la agente begoña el lunes", "begoña"),
    ("form entered by sandra kowalski on monday", "sandra kowalski"),
    ("Conductor: Aitor Garmendia Olaizola       DNI: 12345678Z", "Aitor Garmendia Olaizola"),
    ("Atenciosamente,\nFernanda Lopes Rocha\n(Fer)", "Fer"),
    ("le colis a été remis à p. girard au comptoir", "p. girard"),
    ("Lead: Sophie Marchetti (« SM »), cliente depuis 2020", "SM"),
])
def test_names_written_the_way_people_write_them(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize("text,value", [
    ("Lina (Service-Team): Danke, ist notiert.", "Service-Team"),
    ("Traceback (most recent call last):\n  File x", "most recent call last"),
    ("Nachricht von @garten_moni (Instagram):\nhallo", "Instagram"),
    ("Sicherheitsfrage (Name des ersten Haustiers): Bello", "Name des ersten Haustiers"),
    ("Vendedor (Loja Central Importados): opa, já envio", "Loja Central Importados"),
    ("Marca/modelo: Seat León\nColor: azul", "Seat León"),
])
def test_labels_and_brackets_that_are_no_names_stay(text: str, value: str) -> None:
    assert untouched(text, value)
