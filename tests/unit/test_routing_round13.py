"""Round 13 of issue 12 (not shipped: ``python -m training.routing.train --round13``; see train.py's module doc).

The bias head's out-of-fold recall floor counts a complaint as found when it reaches a person (the bias head passes its
threshold or the handoff head fires), since only an AI draft breaks the promise that a customer who complains of bias
reaches a person (best_threshold's ``reached``); and round 12's rule that a message asking for a person goes to bias
review only on stronger evidence (decision.route_bias, Model.bias_with_person), which the shipped weights leave off.
Hand-made scores only (no training row, no evaluation-set row)."""
from __future__ import annotations

import numpy as np
import pytest

from plugin.core.routing import decision
from training.routing import train

# four complaints (two scored low by the bias head) and six other rows
SCORES = np.array([0.90, 0.85, 0.205, 0.105, 0.60, 0.30, 0.30, 0.30, 0.30, 0.05])
Y = np.array([True, True, True, True, False, False, False, False, False, False])


def test_without_reached_rows_the_floor_lowers_the_threshold_to_the_weakest_complaint():
    assert train.best_threshold(SCORES, Y, 1.0, recall_floor=1.0) == 0.10


def test_complaints_that_reach_a_person_anyway_count_for_the_floor_but_not_for_f_beta():
    reached = np.array([False, False, True, True, False, False, False, False, False, False])
    free = train.best_threshold(SCORES, Y, 1.0)
    assert free == 0.61  # the best F1 alone leaves the two low complaints out
    assert train.best_threshold(SCORES, Y, 1.0, recall_floor=1.0, reached=reached) == free
    # one low complaint reaches no one: the floor still pulls the threshold down to it
    reached[3] = False
    assert train.best_threshold(SCORES, Y, 1.0, recall_floor=1.0, reached=reached) == 0.10


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


def test_weights_without_a_person_threshold_route_as_before():
    # the shipped weights (round 11) carry no threshold_with_person: the rule falls back to the bias threshold
    m = decision.model()
    assert m.bias_with_person == m.thresholds[decision.HEADS.index("bias")]
