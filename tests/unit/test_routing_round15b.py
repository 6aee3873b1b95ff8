"""Routing round 15b (issue 12): long e-mails have their own handoff threshold (decision.human_threshold), so the
handoff head, which reads the highest of a long e-mail's many spans, needs stronger evidence there; never below the
handoff threshold, and weights without one route as before. (Round 26 adds fixed thresholds at 40 and 120 words,
decision.HUMAN_MEDIUM and HUMAN_LONGEST, tested in test_routing_round26.py; they are switched off here so that these
tests still read the weights' own long threshold.)"""
from __future__ import annotations

from dataclasses import replace

import pytest

from plugin.core.routing import decision


@pytest.fixture(autouse=True)
def _without_round26_thresholds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decision, "HUMAN_MEDIUM_WORDS", 10**9)
    monkeypatch.setattr(decision, "HUMAN_LONGEST_WORDS", 10**9)


def test_the_weights_carry_a_long_handoff_threshold_no_lower_than_the_handoff_threshold() -> None:
    m = decision.model()
    assert m.long_words > 0
    assert m.thresholds[1] < m.human_long < 1


def test_the_long_handoff_threshold_applies_from_long_words_on() -> None:
    m = replace(decision.model(), long_words=60, human_long=0.7)
    assert decision.human_threshold(59, m) == m.thresholds[1]
    assert decision.human_threshold(60, m) == 0.7
    assert decision.human_threshold(400, replace(m, long_words=0)) == m.thresholds[1]


def test_a_long_handoff_threshold_below_the_handoff_threshold_is_never_used() -> None:
    m = replace(decision.model(), long_words=60, human_long=0.01)
    assert decision.human_threshold(100, m) == m.thresholds[1]


def test_without_a_long_handoff_threshold_long_messages_keep_the_handoff_threshold() -> None:
    m = replace(decision.model(), human_long=0.0)
    assert decision.human_threshold(500, m) == m.thresholds[1]
