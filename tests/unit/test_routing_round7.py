"""Round 7 of issue 12: sentences written for these tests in other words than the round's training rows
(training/routing/written7.py) and than any blind set (none is a training row: tests/unit/test_routing_data.py).
Three of the cases below failed before round 7 (marked); the rest guard what must not regress."""
from __future__ import annotations

import pytest

from plugin.core.routing import classify, features, identity
from tests.routing_text import sentences

KNOWN_MISS = pytest.mark.xfail(strict=True, reason="known miss of the learnt router on unseen text (issue 12)")


@pytest.mark.parametrize("text", [
    "Unhook that answering contraption from my account, I've had enough of it.",  # no AI word; failed before round 7
    "Saquen a su asistente 'Leo' de mis consultas, no quiero que me conteste más.",
    "Merci de débrancher votre robot de mes dossiers, une fois pour toutes.",
    "Der Chat-Assistent soll bitte ab sofort nichts mehr mit meinen Anfragen zu tun haben.",  # failed before round 7
    "Não quero esse tal de assistente automático mexendo nas minhas solicitações.",
    "Message relayed by the front desk: Mr Ibsen doesn't want software replying to his emails, please flag his file.",
])
def test_refusals_of_the_machine_for_my_own_messages_are_opt_outs(text):
    assert classify(text).opt_out


@pytest.mark.parametrize("text", [
    "Curious: is it a program that writes your answers? Doesn't matter to me. When does my parcel arrive?",
    "The auto-summary feature stopped working in your app, could you repair it? I use it daily.",
    # a known miss until round 8 (a withdrawal in a later sentence cannot lower the best span, and the first sentence
    # alone read as a refusal); passes since round 8's data and opt-out head
    "Earlier this year I blocked the chatbot on my profile. I've reconsidered: it may answer me again, please lift the "
    "block.",
    # "no AI" about a simple request: a known miss until round 8, passes since
    "Nothing fancy needed, no AI: please just resend my March invoice.",
])
def test_mentions_of_the_machine_that_refuse_nothing_are_no_opt_outs(text):
    assert not classify(text).opt_out


@pytest.mark.parametrize("text", [
    # relayed by a colleague, third person; failed before round 7
    "Message from reception: a customer wants a call back this evening about her meter, she is tired of emailing.",
    "Hay alguien de verdad leyendo mis correos o hablo con la pared?",
    "Je demande que le responsable d'équipe reprenne mon dossier, cela fait six semaines.",
    "Könnte mich bitte jemand aus Ihrem Büro morgen Vormittag anrufen? Es geht um meinen Dauerauftrag.",
    "Alguém por aí lê o que eu escrevo??",
])
def test_requests_for_a_person_in_other_registers_reach_one(text):
    assert classify(text).route == "human"


@pytest.mark.parametrize("text", [
    "Reception note: the local association of blind bowlers would like the hall on Friday for 20 people, is it free?",
    "Dear Sirs, on behalf of our client we demand return of the €1,200 deposit within ten days or we will sue.",
    "lol my fridge is ageist, it only beeps at grandma. anyway how do I change the filter?",
    "if my refund isn't here tomorrow i'll tell everyone you're homophobic",
])
def test_bias_hard_negatives_in_other_registers_stay_out_of_review(text):
    assert classify(text).route != "bias_review"


def test_a_relayed_complaint_with_a_comparison_still_goes_to_review():
    text = ("Reception note: the customer says the driver would not let her on with her guide dog, yet took a "
            "passenger with a pet carrier right after.")
    assert classify(text).route == "bias_review"


def test_clause_pairs_keep_the_order_of_the_families_and_stop_at_a_comma():
    [one] = sentences("I don't want the chatbot on my account")
    assert "c:REFUSE>MACHINE" in one.features and "c:MACHINE>REFUSE" not in one.features
    [two] = sentences("The chatbot was quick, I don't want a refund")
    assert not any(f.startswith("c:MACHINE>") for f in two.features)


def test_person_words_inside_an_errand_are_the_errand_s():
    [errand] = sentences("Could you ring me a taxi from the hotel desk?")
    assert "ERRAND" in errand.families and "PERSON" not in errand.families and "CONTACT" not in errand.families
    [call] = sentences("Could you ring me about the hotel booking?")
    assert "CONTACT" in call.families


def test_a_named_characteristic_counts_once_per_span_not_once_per_sentence():
    sents = sentences("We are a choir of Sikh singers. Sikh families come too. Can we book the hall?")
    assert all(f"w:{identity.TOKEN}" not in features.word_features(w) for s in sents for w in s.words)
    assert all(f"w:{identity.TOKEN}" not in features.span_features([s]) for s in sents)
    assert features.span_features(sents)["f:ID"] == 1


@pytest.mark.parametrize("text", ["Is anybody there?", "Y a-t-il quelqu'un là ?", "Liest das jemand?!"])
def test_a_question_is_seen_although_its_mark_ends_the_sentence(text):
    # before round 7 the question mark was cut off with the sentence end and Q never fired
    assert "Q" in sentences(text)[0].families


def test_a_statement_is_no_question():
    assert all("Q" not in s.families for s in sentences("Somebody called me. Thanks!"))
