"""Redaction round 17 (issue 11): birth dates said aloud as the answer to a spoken or typed question, Roman-numeral
months, abbreviated birth labels. Every sentence here was written for this file (none is taken from an evaluation or
development set); the variants are generated question x speaker x spoken date x language."""
from __future__ import annotations

import itertools

import pytest

from plugin.adapters.redaction.documents import find_documents

QUESTIONS = {
    "en": ["Agent: and your date of birth?", "REP: can I take a DOB to verify?", "me: d.o.b. please."],
    "es": ["Asesor: ¿me da su fecha de nacimiento?", "AGENTE: ¿fecha de nacimiento, por favor?"],
    "fr": ["Conseiller : votre date de naissance ?", "AGENT : et la date de naissance, svp."],
    "de": ["Mitarbeiter: Ihr Geburtsdatum bitte?", "AGENT: und das Geburtsdatum?"],
    "pt": ["Atendente: qual a sua data de nascimento?", "ATENDENTE: e a data de nascimento?"],
}
SPEAKERS = ["Cliente: ", "CALLER: ", "[09:41] Kunde: ", ""]
SPOKEN = {
    "en": ["june the twelfth nineteen seventy-one", "the second of april eighty-nine", "october third 1966"],
    "es": ["el nueve de noviembre del ochenta y tres", "veinte de abril de 1979"],
    "fr": ["le onze mai soixante-quatorze", "le premier décembre quatre-vingt-cinq"],
    "de": ["am siebten Mai neunzehnhundertzweiundsiebzig", "achtzehnter Juli achtundsechzig"],
    "pt": ["doze de outubro de setenta e sete", "no dia quatro de julho de noventa"],
}


def _dobs(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_documents(text) if s.type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("lang,question,speaker,value", [
    (lang, q, sp, v) for lang in QUESTIONS for q, sp, v in itertools.product(QUESTIONS[lang], SPEAKERS, SPOKEN[lang])])
def test_spoken_birth_date_answering_the_question_is_hidden(lang: str, question: str, speaker: str, value: str) -> None:
    text = f"{question}\n{speaker}{value}\nAgent: thanks."
    start = text.index(value)
    found = [s for s in find_documents(text) if s.type == "DATE_OF_BIRTH"]
    assert any(s.start <= start + (3 if value.startswith(("le ", "el ", "am ")) else 0) and s.end >= start + len(value)
               for s in found), (text, _dobs(text))


@pytest.mark.parametrize("text", [
    "Agent: anything else?\nCaller: june the twelfth nineteen seventy-one was our wedding",
    "Did the birthday present arrive?\nMe: the fourth of July weekend, yes",
    "Agent: when was it delivered?\nKunde: am siebten Mai neunzehnhundertzweiundsiebzig",
])
def test_spoken_date_without_a_birth_question_is_kept(text: str) -> None:
    assert _dobs(text) == []


@pytest.mark.parametrize("label,value", itertools.product(
    ["Fecha de nacimiento:", "Data di nascita", "DOB", "fecha nac."], ["3-VII-1946", "14.XI.1980", "2/IX/75"]))
def test_roman_numeral_month_after_a_birth_cue(label: str, value: str) -> None:
    assert value in _dobs(f"{label} {value}\nNIE: pendiente")


def test_roman_numeral_without_cue_is_not_a_birth_date() -> None:
    assert _dobs("Pedido 3-VII-1946 enviado") == []


@pytest.mark.parametrize("label,value", itertools.product(
    ["a minha data nasc. é", "data de nasc:", "fecha de nac.", "date de naiss."], ["7/1/1999", "12.10.1984"]))
def test_abbreviated_birth_labels(label: str, value: str) -> None:
    assert value in _dobs(f"ok {label} {value} pq o site pede")


def test_article_opening_the_answer_joins_the_date_but_not_after_a_verb() -> None:
    text = "Conseiller : votre date de naissance ?\nMoi : le 9 mai 1975"
    assert "le 9 mai 1975" in _dobs(text)
    text = "Conseiller : votre date de naissance ?\nMoi : Anne, née le 9 mai 1975"
    assert all(not d.startswith("le") for d in _dobs(text))
