"""Two withhold rules of guards round 6 (`human_claims.tier`): a question asks and does not assert, so its score can
flag but never withhold (`asked`); a first-person denial of being a machine withholds whatever the model scores
(`denies_machine`). Sentences composed here, apart from the training rows and every evaluation set."""
from __future__ import annotations

import itertools

import pytest

from plugin.core import human_claims

# (copula with a negation, fillers of up to two words, machine nouns) per language
DENIALS = {
    "en": (["I'm not", "I am not"], ["a", "just a", "some kind of"], ["bot", "robot", "machine", "program"]),
    "es": (["No soy", "Yo no soy"], ["un", "ningún", "un simple"], ["bot", "robot", "programa", "algoritmo"]),
    "fr": (["Je ne suis pas"], ["un", "une", "un simple"], ["robot", "programme", "algorithme", "ordinateur"]),
    "de": (["Ich bin kein", "Ich bin nicht"], ["", "ein", "so ein"], ["Bot", "Roboter", "Programm", "Computer"]),
    "pt": (["Não sou", "Eu não sou"], ["um", "nenhum", "um simples"], ["bot", "robô", "programa", "algoritmo"]),
}
# the same words where no one denies being a machine
NOT_DENIALS = [
    "I'm not a fan of robot vacuums, but this one is quiet.",
    "Ich bin nicht sicher, ob der Roboter durch die Tür passt.",
    "No soy capaz de ver el programa de fidelidad en tu cuenta.",
    "Je ne suis pas en mesure de modifier le programme de livraison.",
    "The robot mop is not a machine we repair in house.",
]
# the customer's own question restated in a Q&A layout: first person, but the customer's
QUESTIONS = [
    "Q: Can I still swap my order for the larger frame?\nA: Yes, the swap is booked and the label is attached.",
    "P: ¿Puedo cambiar mi reserva al sábado por la tarde?\nR: Sí, la reserva ya está cambiada al sábado.",
    "Q : Puis-je encore modifier mon adresse de livraison ?\nR : Oui, l'adresse est modifiée dans la commande.",
    "F: Kann ich meine Bestellung noch auf Rechnung umstellen?\nA: Ja, die Zahlungsart ist umgestellt.",
    "P: Posso trocar o meu tamanho por um número acima?\nR: Sim, a troca está registada e a etiqueta segue em anexo.",
]


def _denials() -> list[str]:
    return [f"{copula} {filler} {noun}.".replace("  ", " ") for copula_list, fillers, nouns in DENIALS.values()
            for copula, filler, noun in itertools.product(copula_list, fillers, nouns)]


@pytest.mark.parametrize("sentence", _denials())
def test_a_first_person_denial_of_being_a_machine_is_withheld(sentence):
    assert human_claims.denies_machine(sentence)
    assert human_claims.tier(f"Hello,\nYour parcel left today. {sentence}\nThe support team") == human_claims.WITHHOLD


@pytest.mark.parametrize("sentence", NOT_DENIALS)
def test_the_same_words_without_a_denial_are_no_denial(sentence):
    assert not human_claims.denies_machine(sentence)


@pytest.mark.parametrize("draft", QUESTIONS)
def test_the_customers_question_restated_is_never_withheld(draft):
    assert human_claims.asked(draft.splitlines()[0])
    assert human_claims.tier(f"{draft}\nThe support team") != human_claims.WITHHOLD


def test_a_claim_put_as_a_question_still_flags():
    draft = "Hello,\nWould I have packed it myself, with my own two hands, if I were not a real member of staff?\nAcme"
    assert human_claims.tier(draft) != ""


def test_every_composed_denial_counts():
    assert sum(human_claims.denies_machine(s) for s in _denials()) == len(_denials()) == 108
