"""Round 34 (issue 12, bias precision): the blended bias head decides only between bias review and an AI draft; a
message that reaches a person anyway keeps the bias decision of the head before the blend (decision.person_model)."""
from dataclasses import replace

import pytest

from plugin.core import routing
from plugin.core.routing import decision

ASKS_FOR_A_PERSON = "Please could a real person from your team ring me back about my gas bill this afternoon?"
PLAIN = "Where is my parcel? The tracking number has not changed since Monday."


def test_the_weights_file_keeps_the_bias_head_before_the_blend():
    pm, m = decision.person_model(), decision.model()
    assert pm is not None
    assert pm.intercepts[0] != m.intercepts[0]
    assert pm.thresholds[1:] == m.thresholds[1:] and pm.max_span == m.max_span
    assert pm.vocabulary_hash == m.vocabulary_hash


@pytest.fixture
def person_head(monkeypatch):
    def use(logit: float) -> None:
        fixed = replace(decision.person_model(), weights={}, words={}, intercepts=(logit, 0.0, 0.0))
        monkeypatch.setattr(decision, "person_model", lambda: fixed)
    return use


def test_a_message_that_reaches_a_person_takes_the_bias_decision_of_the_head_before_the_blend(person_head):
    assert routing.classify(ASKS_FOR_A_PERSON).route == "human"
    person_head(30.0)   # the head before the blend would send it to bias review
    assert routing.classify(ASKS_FOR_A_PERSON).route == "bias_review"
    person_head(-30.0)  # it would not
    assert routing.classify(ASKS_FOR_A_PERSON).route == "human"


def test_a_message_that_reaches_no_person_is_decided_by_the_blended_head_alone(person_head):
    person_head(30.0)
    assert routing.classify(PLAIN).route == "ai_assist"
