"""Handoff round 3 (2026-11-29): handoff and opt-out wordings and the hard negatives beside them. Since issue 12
the learnt decision reads them; none of these rows is training data (tests/unit/test_routing_data.py)."""
from __future__ import annotations

import pytest

from plugin.core.routing import classify

RULE_HANDOFFS = [
    "Hello, is anybody there?",
    "Please escalate my complaint, this is the third time I write.",
    "Request a callback please, anytime after 5pm.",
    "Can you call me back? Typing this out is hard.",
    "Stop replying with templates and read what I wrote.",
    "All I get is canned replies.",
    "Hand me over to a colleague please.",
    "That answer was completely wrong. The generated response contradicts your own terms.",
    "¿Hay alguien ahí?",
    "Dejen de responderme con plantillas, por favor.",
    "Solicito que me devuelvan la llamada.",
    "Il y a quelqu'un ?",
    "Je n'ai reçu que des réponses automatiques depuis lundi.",
    "Je fais appel de cette décision.",
    "Ist da jemand?",
    "Ich bitte um Rückruf.",
    "Ich möchte mich bei Ihrem Vorgesetzten beschweren.",
    "Tem alguém aí?",
    "Parem de me responder com mensagens prontas.",
    "O chatbot me deu uma informação errada.",
]
RULE_OPT_OUTS = [
    "I withdraw my consent for AI analysis of my messages.",
    "Keep my chat history out of your AI systems.",
    "Do not use any of my emails to train your language models.",
    "Retiro mi consentimiento para el tratamiento de mis datos con IA.",
    "Je retire mon consentement au traitement de mes messages par l'IA.",
    "Ich widerrufe meine Einwilligung zur KI-Auswertung.",
    "Retiro meu consentimento para uso de IA nos meus dados.",
]
NEGATIVES = [
    "Is anyone there to sign for the parcel on Saturday?",
    "Could you ring me a taxi from the hotel desk?",
    "I want to escalate my plan to the premium tier.",
    "Who do I talk to about changing my address?",
    "Your agent was rude, I'd like to make a formal complaint about her attitude.",
    "The human resources department needs a copy of the certificate.",
    "El departamento de recursos humanos necesita el certificado.",
    "Il y a quelqu'un de mon équipe qui passera chercher le colis.",
    "Tem alguém aí na loja que fale inglês?",
    "Do you have templates for automated replies in the helpdesk app?",
]
NOT_OPT_OUT = ["We don't use AI in our shop, does your POS work offline?", "I withdraw consent for marketing emails.",
               "Ich habe meine Einwilligung zum Newsletter widerrufen."]


@pytest.mark.parametrize("text", RULE_HANDOFFS)
def test_round3_handoff_wordings_go_to_a_human(text):
    assert classify(text).route == "human"


@pytest.mark.parametrize("text", RULE_OPT_OUTS)
def test_round3_consent_withdrawals_are_opt_outs(text):
    assert classify(text).opt_out


@pytest.mark.parametrize("text", NEGATIVES)
def test_round3_hard_negatives_are_not_handed_off(text):
    assert classify(text).route != "human"


@pytest.mark.parametrize("text", NOT_OPT_OUT)
def test_consent_or_ai_mentions_without_an_ai_objection_are_not_opt_outs(text):
    assert not classify(text).opt_out
