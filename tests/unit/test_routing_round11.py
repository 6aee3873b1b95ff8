"""Round 11 of issue 12: whose refusal it is and whether it still stands. A third person's refusal for their own
account (speech_acts.OTHER_OWN) is not the writer's opt-out unless the writer acts for the account holder (BEHALF); an
explicit withdrawal (WITHDRAW) takes back every refusal before it in the message (cues.BACK_WIDE); a clause-wide
stance reaches across a comma into a subordinate clause; Portuguese "mais" (more) no longer ends a clause; a help
desk's "reply above this line" marker ends what is read (the notification below it is the company's). Sentences
written for these tests (none is a training row: tests/unit/test_routing_data.py), in other words than blind set 12
and the training rows. The structural cases fail on the router of round 10 (the families and scopes did not exist)."""
from __future__ import annotations

import pytest

from plugin.core.routing import features, identity
from plugin.core.routing.text import clause_spans, fold
from tests.routing_text import families


@pytest.mark.parametrize("text", [
    "My grandfather refuses any chatbot on his own account; I'm only asking about my parcel.",
    "Mi abuela no quiere inteligencia artificial en su propia cuenta, pero yo solo pregunto por un pedido.",
    "Mon mari refuse tout robot sur son propre contrat. Moi, je demande juste un avoir.",
    "Meine Tochter will für ihren eigenen Vertrag keine KI. Ich frage nur nach meiner Rechnung.",
    "Meu irmão não quer robô na sua própria conta; eu só quero a segunda via.",
])
def test_a_third_persons_refusal_for_their_own_account_is_theirs(text):
    found = families(text)
    assert "OTHER_OWN" in found and "OTHER_REFUSE" in found
    assert not found & {"REFUSE", "OPT_OUT"}


@pytest.mark.parametrize("text", [
    "I hold power of attorney for my grandfather: he wants no chatbot on his own account.",
    "Escribo en nombre de mi abuela: no quiere inteligencia artificial en su propia cuenta.",
    "J'écris au nom de mon mari : il refuse tout robot sur son propre contrat.",
    "Ich schreibe im Namen meiner Tochter: sie will für ihren eigenen Vertrag keine KI.",
    "Escrevo em nome do meu irmão: ele não quer robô na sua própria conta.",
])
def test_a_refusal_made_on_behalf_of_the_account_holder_stays_a_refusal(text):
    found = families(text)
    assert "BEHALF" in found and "OTHER_REFUSE" not in found and found & {"REFUSE", "NEGATION", "OPT_OUT"}


@pytest.mark.parametrize("text", [
    "No bots on my tickets, please. I'd like a member of staff to answer me themselves.",
    "Nada de robots: que una persona del equipo me conteste ella misma.",
])
def test_staff_writing_in_person_is_no_third_persons_account(text):
    assert "OTHER_OWN" not in families(text)


@pytest.mark.parametrize("text", [
    "Two weeks ago I told you to keep the chatbot off my account. I no longer object to it.",
    "Hace un mes pedí que ninguna IA tocara mis consultas. Ya no me opongo.",
    "Le mois dernier j'avais refusé l'assistant virtuel. Je ne m'oppose plus à son utilisation.",
    "Im Mai habe ich der automatischen Bearbeitung widersprochen. Ich ziehe meinen Widerspruch zurück.",
    "Em maio recusei o atendimento por robô. Não me oponho mais.",
])
def test_a_withdrawal_takes_back_the_refusals_before_it(text):
    found = families(text)
    assert "WITHDRAW" in found and "REVOKED_REFUSE" in found
    assert not found & {"REFUSE", "OPT_OUT"}


@pytest.mark.parametrize("text", [
    "I no longer object to surveys. Keep the chatbot away from my messages, though.",
    "Ya no me opongo a las encuestas. Eso sí: ningún robot en mis mensajes.",
])
def test_a_refusal_after_the_withdrawal_still_stands(text):
    found = families(text)
    assert "WITHDRAW" in found and found & {"REFUSE", "NEGATION"}


def test_changed_my_mind_alone_withdraws_nothing():
    found = families("No AI on my messages any more, I changed my mind.")
    assert "REVOKED_REFUSE" not in found and found & {"REFUSE", "NEGATION"}


@pytest.mark.parametrize("text", [
    "Dass mir eine KI antwortet, stört mich überhaupt nicht.",
    "Que me conteste un robot, me da igual.",
    "Qu'un assistant automatique me réponde, ça m'est égal.",
    "Whether a bot writes the reply, I don't care.",
])
def test_a_stance_reaches_the_subordinate_clause_across_a_comma(text):
    found = families(text)
    assert "OK_MACHINE" in found and "MACHINE" not in found


def test_a_stance_does_not_reach_a_main_clause_across_a_comma():
    found = families("I don't care about the delay, I want no chatbot on my account.")
    assert "MACHINE" in found or "AI_TERMS" in found


@pytest.mark.parametrize("text, clauses", [
    ("nao quero mais robo nas minhas mensagens", 1),
    ("nao me mandem mais respostas automaticas", 1),
    ("nunca mais ia no meu cadastro", 1),
    ("je veux bien mais pas par un robot", 2),
    ("c'est rapide mais faux", 2),
])
def test_portuguese_mais_is_no_clause_end_french_mais_is(text, clauses):
    assert len(clause_spans(text)) == clauses


def test_the_notification_below_a_reply_marker_is_not_read():
    text = ("Thanks, the new address is right.\n\n## Please type your reply above this line ##\n"
            "Our agent has replied. Call us if you need anything.")
    masked = identity.mask(fold(text)).text
    assert features.sentences(masked) == features.sentences(masked[:masked.index("##")])
    assert "PERSON" not in families(text)


def test_a_marker_with_nothing_above_it_cuts_nothing():
    text = "## Please type your reply above this line ##\nPlease call me back about my order."
    assert "PERSON" in families(text)


@pytest.mark.parametrize("text", [
    "Your terms say I may revoke consent to automated support at any time. I revoke it.",
    "Las condiciones dicen que el consentimiento al asistente automático es revocable. Lo revoco.",
    "Vos conditions disent que le consentement au robot est révocable. Je le révoque.",
    "In den AGB steht, die Einwilligung zum Chatbot sei widerruflich. Ich widerrufe sie.",
    "Os termos dizem que o consentimento ao robô pode ser revogado. Revogo o meu.",
])
def test_a_consent_revoked_as_it_after_the_sentence_that_names_the_machine_is_a_refusal(text):
    last = features.sentences(identity.mask(fold(text)).text)[-1].families
    assert {"REFUSE_IT", "REFUSE", "MACHINE"} <= last


def test_withdrawing_an_objection_as_it_is_no_refusal():
    last = features.sentences(identity.mask(fold("Mi objeción al asistente virtual: la retiro.")).text)[-1].families
    assert "REFUSE_IT" not in last
