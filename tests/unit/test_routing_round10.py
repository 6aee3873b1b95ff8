"""Round 10 of issue 12: who refuses what. The speech-act cues of plugin/core/routing/speech_acts.py tie a refusal to
its object inside a clause or sentence (cues.COVERS, CLAUSE_WIDE, SENTENCE_WIDE): a stance that accepts the machine,
a refusal of marketing, a refusal withdrawn, the machine in a job title, a call declined. Sentences written for these
tests (none is a training row: tests/unit/test_routing_data.py), in other words than blind set 11 and the training
rows. The structural cases fail on the router of round 9 (the families did not exist)."""
from __future__ import annotations

import pytest

from plugin.core.routing import classify, cues, features, speech_acts
from tests.routing_text import families


@pytest.mark.parametrize("text", [
    "Honestly I don't care whether a bot writes the answer.",
    "A mí no me importa nada que conteste una inteligencia artificial.",
    "Un assistant automatique ne me dérange pas du tout.",
    "Ein Roboter als Antwort stört mich überhaupt nicht.",  # (a "dass" clause before a comma: round 11, test_routing_round11.py)
    "Um robô me responder tanto faz pra mim.",
])
def test_a_stance_that_accepts_the_machine_refuses_nothing(text):
    found = families(text)
    assert "STANCE_OK" in found and "OK_MACHINE" in found
    assert not found & {"REFUSE", "NEGATION", "NOT_WANTED", "MACHINE"}


@pytest.mark.parametrize("text", [
    "I don't want your newsletters any more.",
    "No quiero publicidad en mi correo, gracias.",
    "Je refuse le démarchage téléphonique.",
    "Ich widerspreche jeder Werbung per Post.",
    "Não quero propaganda no meu e-mail.",
])
def test_a_refusal_of_marketing_is_not_a_refusal_of_the_machine(text):
    found = families(text)
    assert "REFUSE_OTHER" in found and "MARKETING" in found and "REFUSE" not in found


@pytest.mark.parametrize("text", [
    "Earlier I said no bots on my account, but you can let the bot answer me again.",
    "Dije que nada de IA en mis consultas, pueden volver a usar el asistente.",
    "J'avais dit pas d'IA pour mon compte, vous pouvez à nouveau utiliser l'assistant.",
    "Ich hatte keine KI für meine Post gewollt, Sie dürfen wieder den Assistenten nehmen.",
    "Eu tinha dito nada de IA nos meus pedidos, podem voltar a usar o assistente.",
])
def test_a_refusal_in_a_sentence_that_reenables_the_machine_is_withdrawn(text):
    found = families(text)
    assert "RE_ENABLE" in found and "REVOKED_REFUSE" in found and "REFUSE" not in found


@pytest.mark.parametrize("text", [
    "Never use AI on my messages again.",
    "Don't let a bot answer me again, ever.",
])
def test_again_in_a_refusal_is_still_a_refusal(text):
    found = families(text)
    assert "RE_ENABLE" not in found and "MACHINE" in found


@pytest.mark.parametrize("text", [
    "Jordan Pike, AI Engineer, Brightwater Labs",
    "Responsable de IA en una consultora.",
    "Ingénieure IA chez un éditeur de logiciels.",
    "Leiterin des KI-Teams bei einer Bank.",
    "Engenheira de IA numa fintech.",
])
def test_the_machine_in_a_job_title_is_no_machine_handling_the_message(text):
    found = families(text)
    assert "OWN_ROLE" in found and "ROLE_MACHINE" in found and "MACHINE" not in found


@pytest.mark.parametrize("text", [
    "Please don't ring me about it.",
    "No me llamen, por favor.",
    "Ne me rappelez pas, merci.",
    "Rufen Sie mich bitte nicht an.",
    "Não me liguem, obrigado.",
])
def test_a_call_declined_asks_for_no_person(text):
    found = families(text)
    assert "NOT_NEED" in found and "PERSON" not in found


def test_every_language_has_each_speech_act_and_every_cue_is_a_family_of_the_vocabulary():
    for table in (speech_acts.STANCE_OK, speech_acts.RE_ENABLE, speech_acts.MARKETING, speech_acts.OWN_ROLE,
                  speech_acts.NO_CALL, speech_acts.THANKS):
        assert set(table) == {"en", "es", "fr", "de", "pt"} and all(table.values())
    for name in ("STANCE_OK", "RE_ENABLE", "MARKETING", "OWN_ROLE"):
        assert name in cues.CUES and name in features.raw_families()


@pytest.mark.parametrize("text", [
    "I'd rather no AI touched my emails, and please don't send me newsletters either.",
    "No quiero que una IA lea mis correos. Y nada de publicidad, tampoco.",
])
def test_an_opt_out_beside_a_marketing_refusal_is_still_an_opt_out(text):
    assert classify(text).opt_out


@pytest.mark.parametrize("text", [
    "Re: \"Talk to our team today!\"\n\nThanks, but all is sorted.",
    "Betreff: AW: Rufen Sie uns an und sprechen Sie mit einem Berater\n\nDanke, alles erledigt.",
])
def test_a_person_named_in_a_quoted_reply_subject_is_the_companys_line_not_a_request(text):
    found = families(text)
    assert "SUBJECT" in found and "QUOTED_PERSON" in found and "PERSON" not in found


@pytest.mark.parametrize("text", [
    "Subject: please call me back\n\nafter six if possible",      # no reply marker: the customer's own subject
    "Re: my refund - could someone call me back today",            # one line, no body below: the message itself
])
def test_a_subject_line_that_is_the_customers_own_words_still_asks_for_a_person(text):
    assert "PERSON" in families(text)


@pytest.mark.parametrize("text", [
    "Quick question: bot or a real person on the other end?",
    "¿Me atiende un robot o una persona? Por curiosidad.",
    "C'est un robot ou une personne qui répond ?",
    "Antwortet mir ein Bot oder ein Mensch?",
    "Quem responde é um robô ou uma pessoa?",
])
def test_the_machine_inside_a_bot_or_person_question_is_asked_about_not_refused(text):
    found = families(text)
    assert "WHETHER" in found and "ASKED_MACHINE" in found and "MACHINE" not in found
