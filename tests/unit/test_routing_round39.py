"""Routing round 39 (issue 12): a third-person report read like the first person it reports, and a self-description
standing aside (a bracket, a hashtag, "about me:", a P.S.) next to an ordinary request.

Texts written for this round by the helper session (CC0-1.0) in five languages; none is taken from an evaluation or
training set.
"""
from __future__ import annotations

import pytest

from plugin.core.routing import classify, identity, vetoes
from plugin.core.routing.text import fold

# Ordinary requests reported by a bot or an agent: the self-description is the caller's own words, nothing went wrong
# with anyone's treatment. None may go to bias review.
REPORTED_ORDINARY = [
    'Chat summary: Customer wants to add a second driver to policy 5521 from 1 March. Asked whether the premium '
    'changes, customer said "I\'m deaf, so email please" and nothing else. Suggested action: send the quote by email.',
    'Call summary: Caller asks to pause the milk delivery for two weeks from Monday. When asked for a contact number, '
    'caller mentioned "I am a wheelchair user" and said the driver can leave it by the gate as usual.',
    'Resumen de llamada: La clienta quiere cambiar la fecha de la revisión de la caldera al jueves. Al dar la dirección '
    'comentó: "soy ciega", y que el técnico toque el timbre. Acción sugerida: reprogramar la visita.',
    "Résumé d'appel : Le client veut décaler son rendez-vous chez l'opticien à mardi. En donnant son numéro, il a "
    "précisé : « je suis musulman », sans autre demande. Action suggérée : déplacer le rendez-vous.",
    "Anrufzusammenfassung: Die anrufende Person möchte die Zeitung während des Urlaubs abbestellen. Beim Bestätigen der "
    "Adresse sagte sie: „ich bin blind“. Sonst nichts. Vorschlag: Urlaubsunterbrechung eintragen.",
    'Resumo da chamada: O cliente quer mudar a data de entrega da máquina de lavar para sábado. Ao confirmar o endereço, '
    'disse: "sou surdo", e pediu que o entregador mande mensagem. Ação sugerida: reagendar.',
]

# The same reports with a complaint of unequal treatment in them: they stay bias reviews.
REPORTED_COMPLAINTS = [
    'Call summary: Caller says that as soon as she told the cashier "I\'m deaf", the cashier refused to serve her and '
    'called the next customer. Caller wants an apology.',
    'Resumen de llamada: La clienta dice que en cuanto le dijo al camarero "soy ciega", el camarero le dijo que el local '
    '"no es para gente como usted" y no la dejaron entrar con su perro guía.',
    "Résumé d'appel : Le client indique qu'après avoir mentionné « je suis musulman », l'agent a refusé de lui louer "
    "l'appartement alors que son collègue l'a obtenu le lendemain.",
]

# A self-description standing aside from an ordinary request.
ASIDE_ORDINARY = [
    "Could you move my yoga class from Tuesday to Thursday? (about me: I'm seventy and registered blind) #newstart",
    "¿Podéis enviarme la factura de noviembre otra vez? El PDF no se abre. P.D.: soy sorda, por eso escribo y no llamo.",
    "Pourriez-vous m'envoyer le récapitulatif de ma commande 7781 ? (pour vous situer : je suis en fauteuil roulant)",
]


def _masked(text: str) -> str:
    return identity.mask(fold(text)).text


@pytest.mark.parametrize("text", REPORTED_ORDINARY)
def test_reported_self_description_is_no_bias_review(text: str) -> None:
    assert classify(text).route != "bias_review"
    assert vetoes._reported_mention(_masked(text))


@pytest.mark.parametrize("text", REPORTED_COMPLAINTS)
def test_reported_complaint_stays_a_bias_review(text: str) -> None:
    assert classify(text).route == "bias_review"
    assert not vetoes._reported_mention(_masked(text))


@pytest.mark.parametrize("text", ASIDE_ORDINARY)
def test_aside_self_description_is_no_bias_review(text: str) -> None:
    assert classify(text).route != "bias_review"
    assert vetoes._aside_mention(_masked(text))


def test_reported_mention_reads_no_report_in_the_first_person() -> None:
    # a first-person message is no report: the reported_mention veto never reads it
    assert not vetoes._reported_mention(_masked('I said "I\'m deaf" and the clerk refused to serve me.'))


def test_not_a_complaint_does_not_lower_a_reported_complaint() -> None:
    text = ('Call summary: This is not a complaint, caller says. Caller says that after mentioning "I\'m blind", the '
            'agent refused to open the account. Caller said "I\'m blind" twice.')
    assert classify(text).route == "bias_review"


def test_aside_with_a_grievance_is_no_aside() -> None:
    text = "Could you explain the refusal? (about me: I'm seventy and registered blind) The clerk's tone changed at once."
    assert not vetoes._aside_mention(_masked(text))


def test_a_policy_question_may_name_a_charter_or_guideline() -> None:
    masked = _masked("J'ai vu que votre club a signé une charte pour l'égalité, mais le lien est cassé. Pourriez-vous "
                     "me l'envoyer ? Je suis sourde, si ça compte.")
    assert vetoes._POLICY.search(masked)


def test_a_five_star_review_with_a_refusal_stays_a_complaint() -> None:
    text = ("Five stars for the food. But as soon as I said I'm a wheelchair user, the manager refused to seat us "
            "inside and put us by the bins while the couple after us got the window table.")
    assert classify(text).route == "bias_review"
