"""Round 35 (issue 12): the recall guard (decision.guard). A message the blended bias head leaves to an AI draft goes
to bias review when the blended head reaches the guard's first cut and the head before the blend fires and reaches
the second; a message that reaches a person anyway is decided as in round 34."""
from dataclasses import replace

import pytest

from plugin.core import routing
from plugin.core.routing import decision

PLAIN = "Where is my parcel? The tracking number has not changed since Monday."
ASKS_FOR_A_PERSON = "Please could a real person from your team ring me back about my gas bill this afternoon?"


def test_the_weights_file_holds_a_guard_for_short_and_long_messages():
    cuts = decision.guard()
    assert cuts is not None and set(cuts) == {"short", "long"}
    assert all(0.0 < a <= 1.0 and 0.0 < b <= 1.0 for a, b in cuts.values())


@pytest.fixture
def heads(monkeypatch):
    def use(before_logit: float, cuts: dict | None) -> None:
        fixed = replace(decision.person_model(), weights={}, words={}, intercepts=(before_logit, 0.0, 0.0))
        monkeypatch.setattr(decision, "person_model", lambda: fixed)
        monkeypatch.setattr(decision, "guard", lambda: cuts)
    return use


def test_the_guard_sends_a_message_both_heads_are_sure_of_to_bias_review(heads):
    assert routing.classify(PLAIN).route == "ai_assist"
    heads(30.0, {"short": (0.0, 0.5), "long": (0.0, 0.5)})
    assert routing.classify(PLAIN).route == "bias_review"


def test_the_guard_needs_the_blended_head_too(heads):
    heads(30.0, {"short": (0.99, 0.5), "long": (0.99, 0.5)})
    assert routing.classify(PLAIN).route == "ai_assist"


def test_no_guard_and_a_head_before_the_blend_that_is_unsure_change_nothing(heads):
    heads(30.0, None)
    assert routing.classify(PLAIN).route == "ai_assist"
    heads(-30.0, {"short": (0.0, 0.0), "long": (0.0, 0.0)})
    assert routing.classify(PLAIN).route == "ai_assist"


def test_a_message_that_reaches_a_person_is_left_to_round_34s_fallback(heads):
    heads(-30.0, {"short": (0.0, 0.0), "long": (0.0, 0.0)})
    assert routing.classify(ASKS_FOR_A_PERSON).route == "human"
