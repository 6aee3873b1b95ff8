"""Round 12 of issue 12: a message that asks for a person goes to bias review only on stronger bias evidence
(decision.route_bias, Model.bias_with_person, chosen by training/routing/train.py on out-of-fold scores). Both routes
reach a person; a request for a person that names a characteristic, or an appeal of an automated refusal, is a
handoff unless the bias evidence is strong. Unit tests of the rule on hand-made head scores (no training row, no
evaluation-set row) and of the trained weights file."""
from __future__ import annotations

import json

import pytest

from plugin.core.routing import classify, decision


def heads(bias: float, human: float) -> dict[str, decision.HeadScore]:
    return {"bias": decision.HeadScore(bias, 0.40, (0, 1)), "human": decision.HeadScore(human, 0.35, (0, 1)),
            "opt_out": decision.HeadScore(0.0, 0.10, (0, 1))}


def model(with_person: float) -> decision.Model:
    return decision.Model({}, (0.0, 0.0, 0.0), (0.40, 0.35, 0.10), 3, "", with_person)


@pytest.mark.parametrize(("bias", "human", "expected"), [
    (0.50, 0.10, True),    # no person asked for: the bias threshold
    (0.39, 0.10, False),
    (0.50, 0.90, False),   # a person asked for: the higher threshold
    (0.60, 0.90, True),
    (0.30, 0.90, False),
])
def test_a_request_for_a_person_raises_the_bias_threshold(bias, human, expected):
    assert decision.route_bias(heads(bias, human), model(0.57)) is expected


def test_the_person_threshold_never_lowers_the_bias_threshold():
    assert decision.route_bias(heads(0.39, 0.90), model(0.20)) is False
    assert decision.route_bias(heads(0.41, 0.90), model(0.20)) is True


def test_the_trained_weights_carry_a_person_threshold_at_or_above_the_bias_threshold():
    bias = json.loads(decision.WEIGHTS.read_text(encoding="utf-8"))["heads"]["bias"]
    assert bias["threshold"] <= bias["threshold_with_person"] < 1
    assert decision.model().bias_with_person == bias["threshold_with_person"]


def test_a_request_for_a_person_that_names_a_characteristic_goes_to_a_person():
    # bias review on the router of round 11 (bias 0.41-0.48 over its threshold 0.40); written for this test
    text = "Ich bin blind und komme mit dem Formular nicht weiter. Kann mich bitte jemand anrufen und es mit mir durchgehen?"
    assert classify(text).route == "human"


@pytest.mark.parametrize("text", [
    "The agent said wheelchair users can't book the upper deck, yet my friend booked it a minute later without a "
    "question. I want a manager to call me.",
    "En la tienda me dijeron que a los gitanos no les fían, pero a mi vecina le dieron el crédito al momento. Quiero "
    "hablar con un responsable.",
    "Le vigile a fouillé mon sac parce que je porte le voile, les autres clientes sont passées sans contrôle. Je veux "
    "parler à un responsable.",
    "Seit ich erwähnt habe, dass ich schwanger bin, wurde mein Praktikumsplatz 'neu vergeben'. Ich möchte mit einer "
    "Führungskraft sprechen.",
    "O porteiro barrou meu namorado e eu porque somos dois homens; o casal hétero atrás entrou direto. Quero falar "
    "com o gerente.",
])
def test_a_bias_complaint_that_asks_for_a_person_stays_a_bias_complaint(text):
    assert classify(text).route == "bias_review"
