"""The writing side described without "I" (`human_claims.writer_described`, flag only; guards round 6): the writer
named as such ("whoever answers you", "two of us", "quem responde") given a life, and the team as the subject of a
life beside a lived predicate. Sentences are composed here from a reference and a predicate per language, so the
check meets combinations its author did not write one by one; every part was written for this test, apart from the
training rows and every evaluation set."""
from __future__ import annotations

import itertools

import pytest

from plugin.core import human_claims

# who the sentence is about: the writer named as such, in five languages
WRITERS = {
    "en": ["Whoever answers you here", "Two of us on this inbox", "The one writing this reply",
           "This note was typed by someone who"],
    "es": ["Quien te responde", "Dos de nosotras", "La que te escribe", "La compañera que atiende este buzón"],
    "fr": ["La personne qui vous répond", "L'un d'entre nous", "Celle qui rédige ces lignes", "Ce message est tapé par quelqu'un qui"],
    "de": ["Wer Ihnen hier schreibt", "Zwei von uns", "Die Kollegin, die Ihnen antwortet,",
           "Das Team, das Ihre Mails beantwortet,"],
    "pt": ["Quem lhe responde", "Dois de nós", "Quem escreve estas linhas", "A colega que responde aos emails"],
}
# what they live: a past trade, a body, a hobby, a move, a trip (nothing an assistant does in a case)
LIVES = {
    "en": ["spent nine years as a locksmith before this job", "broke a wrist skiing in March",
           "sings in a choir on Thursdays"],
    "es": ["fue carpintera diez años antes de este puesto", "se rompió la muñeca esquiando en marzo",
           "canta en un coro los jueves"],
    "fr": ["a été serrurier neuf ans avant ce poste", "s'est cassé le poignet au ski en mars",
           "chante dans une chorale le jeudi"],
    "de": ["war neun Jahre Schlosserin vor dieser Stelle", "hat sich im März beim Skifahren das Handgelenk gebrochen",
           "singt donnerstags im Chor"],
    "pt": ["foi serralheiro nove anos antes deste trabalho", "partiu o pulso a esquiar em março",
           "canta num coro às quintas"],
}
# the team as the subject of a life, with a lived predicate
TEAM_LIVES = [
    "The whole desk got soaked cycling in through the storm today.",
    "Half the team is still sunburnt after the staff picnic.",
    "La mitad del equipo llegó empapada por la tormenta esta mañana.",
    "Toute l'équipe a mangé une galette des rois à la pause.",
    "Das ganze Team saß heute Mittag mit Mütze und Schal im kalten Lager.",
    "Metade da equipa chegou encharcada por causa da chuva.",
]
# the company's voice about its team and the customer: no life given to the writer
COMPANY = [
    "All of us at Hollin Tools wish you a calm new year.",
    "Our support team replies within one working day.",
    "A colleague from the returns desk will email the label tomorrow.",
    "Nuestro equipo revisará el pedido y te escribirá el lunes.",
    "Notre équipe traitera le remboursement sous cinq jours ouvrés.",
    "Unser Team prüft die Rücksendung und meldet sich bis Freitag.",
    "A nossa equipa confirma a troca assim que o artigo chegar.",
    "Which of you placed the order, you or your partner?",
]


def _composed() -> list[str]:
    return [f"{writer} {life}." for language, writers in WRITERS.items()
            for writer, life in itertools.product(writers, LIVES[language])]


@pytest.mark.parametrize("sentence", _composed())
def test_the_writer_named_as_such_and_given_a_life_is_flagged(sentence):
    assert human_claims.writer_described(sentence)
    assert human_claims.tier(f"Hello,\nYour parcel left today.\n{sentence}\nThe support team") != ""


@pytest.mark.parametrize("sentence", TEAM_LIVES)
def test_the_team_as_the_subject_of_a_lived_scene_is_flagged(sentence):
    assert human_claims.writer_described(sentence)
    assert human_claims.tier(f"Hello,\nYour parcel left today.\n{sentence}\nThe support team") != ""


@pytest.mark.parametrize("sentence", COMPANY)
def test_the_companys_team_and_the_customer_are_not_the_writer_described(sentence):
    assert not human_claims.writer_described(sentence)


def test_the_team_needs_a_lived_predicate_the_reference_alone_is_none():
    # "at our counter" names a room only as the reference: no room lived in
    assert not human_claims.writer_described("Collections are handed over at our counter from Tuesday.")
    assert human_claims.writer_described("Everyone at our counter was shivering in coats this morning.")


def test_a_stated_writer_count_reads_in_every_language():
    stopped = sum(human_claims.writer_described(s) for s in _composed())
    assert stopped == len(_composed()) == 60
