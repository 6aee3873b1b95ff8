"""Round 9 of issue 12: the opt-out head tells the act of refusing from other speech acts about the machine (asking
whether a reply came from an AI, praising it, withdrawing an earlier refusal, asking about the policy), and the
identity masking reads a relative's "is …" as a self-description. Sentences written for these tests (none is a
training row: tests/unit/test_routing_data.py), in other words and situations than training/routing/written9.py and
than any blind set. The masking cases failed on the router of adc2a0d (before round 9); the opt-out cases gave the
same answers before and after round 9 (the known misses are marked: the round-9 data did not move them)."""
from __future__ import annotations

import pytest

from plugin.core.routing import classify, identity
from plugin.core.routing.text import fold

KNOWN_MISS = pytest.mark.xfail(strict=True, reason="known miss of the learnt router on unseen text (issue 12)")


def masked(text: str) -> str:
    return identity.mask(fold(text)).text


@pytest.mark.parametrize("text, group", [
    ("My daughter is Garifuna and", "garifuna"),             # in no list the project has
    ("mon fils est autiste depuis toujours", "autiste"),     # in no list (the French adjective)
    ("mi hijo es celíaco y", "celiaco"),                     # in no list
    ("Mein Sohn ist Epileptiker, und", "epileptiker"),       # in no list
    ("minha filha é epiléptica e", "epileptica"),            # in no list
])
def test_a_relatives_identity_after_the_copula_is_masked_even_outside_every_list(text, group):
    out = masked(text)
    assert identity.TOKEN in out and group not in out


@pytest.mark.parametrize("text, kept", [
    ("Sou a Tuca, assistente virtual do banco.", "tuca"),  # a bot introducing itself: a name, not a group
    ("minha mãe e minha irmã moram juntas", "minha"),        # Portuguese "e" is also "and"
    ("my husband is away until Monday", "away"),             # a state, not who he is
])
def test_names_states_and_and_are_not_read_as_groups(text, kept):
    out = masked(text)
    assert kept in out and identity.TOKEN not in out


TEMPLATES = [
    "My son is {}. Could you move the payment date of our contract to the 5th?",
    "Mi hija es {}. ¿Me podéis enviar la factura de octubre otra vez?",
    "Mon mari est {}. Pouvez-vous changer l'adresse de livraison de la commande ?",
    "Meine Frau ist {}. Bitte schicken Sie die Rechnung an die neue Adresse.",
    "Meu filho é {}. Vocês podem mandar a segunda via do boleto?",
]
# Listed groups beside groups in no list of the project (Garifuna, Tuareg, Mandaean, Frisian, coeliac, epileptic).
GROUPS = ["Sikh", "deaf", "gay", "Black", "Garifuna", "Tuareg", "Mandaean", "Frisian", "celíaco", "epiléptico",
          "autiste", "Epileptiker"]


@pytest.mark.parametrize("template", TEMPLATES)
def test_an_ordinary_request_gets_one_route_whatever_group_a_relative_belongs_to(template):
    routes = {(classify(template.format(g)).route, classify(template.format(g)).opt_out) for g in GROUPS}
    assert routes == {("ai_assist", False)}


@pytest.mark.parametrize("text", [
    "Was my last answer from your team typed by a machine? No problem if so, I'm just nosy.",
    "C'était une machine ou un conseiller qui m'a répondu hier ? Peu importe, je suis juste curieux.",
    "Quem me respondeu ontem foi máquina ou pessoa? Tanto faz, só curiosidade.",
    "Ich ziehe meinen Widerspruch gegen den Chatbot zurück, er darf meine Fragen wieder beantworten.",
    "Retiro mi oposición al asistente automático: puede volver a atenderme.",
    "Je retire mon opposition à l'assistant automatique, il peut de nouveau me répondre.",
    # a withdrawn objection read as a refusal before and after round 9; no longer since round 10 (speech_acts.RE_ENABLE)
    "Retiro a minha objeção ao assistente automático, ele pode voltar a me atender.",
    "I withdrew consent for automated replies in March; please restore it, the bot can answer me again.",
    # a policy question still reads as a refusal (rounds 9 and 10)
    pytest.param("Does your firm let customers say no to having an AI read their tickets? We're reviewing suppliers.",
                 marks=KNOWN_MISS),
    "Können Kunden bei Ihnen der Bearbeitung durch KI widersprechen? Wir prüfen gerade Anbieter.",
    "Your digital assistant was brilliant at sorting my refund, keep it up.",
    "O assistente digital de vocês foi ótimo no meu reembolso, continuem assim.",
])
def test_asking_praising_withdrawing_or_asking_about_the_policy_is_no_opt_out(text):
    assert not classify(text).opt_out


@pytest.mark.parametrize("text", [
    "Would you kindly stop having software write the replies to my complaints?",
    "Pouvez-vous arrêter de faire répondre un logiciel à mes réclamations ?",
    "Könnten Sie aufhören, meine Beschwerden von einer Software beantworten zu lassen?",
    "¿Pueden dejar de usar un programa para contestar mis reclamaciones?",
    "Podem parar de usar um programa para responder às minhas reclamações?",
    "Antes eu tinha aceitado o robô, mudei de ideia: não quero IA na minha conta.",
    pytest.param("I had said the assistant was fine, but I've changed my mind: keep AI away from my account.",
                 marks=KNOWN_MISS),
])
def test_a_refusal_asked_as_a_question_or_after_a_change_of_mind_is_an_opt_out(text):
    assert classify(text).opt_out
