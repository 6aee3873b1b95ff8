"""Guards round 8 (issue 13): the human-claim verdict split into evidence and cuts (`human_claims.evidence`,
`human_claims.decide`, `human_claims.Cuts`), the cuts chosen on the pooled development sets by
benchmarks/guards/calibrate.py, and the team noun with a one-word qualifier. Sentences composed for this test, apart
from the training rows and every evaluation set; the evidence values are generated."""
from __future__ import annotations

import random

import pytest

from benchmarks.guards import calibrate
from plugin.core import human_claims
from plugin.core.human_claims import FLAG, WITHHOLD, Cuts, Evidence

DRAFTS = [
    "Hello,\nYour parcel left the depot this morning and arrives on Friday.\nThe support team",
    "Hello,\nI've checked your order: it left the depot this morning.\nThe support team",
    "Hello,\nI spent the whole weekend repainting my kitchen, so I know the feeling.\nThe support team",
    "Hello,\nHalf our returns desk was down with the flu last week, hence the delay.\nThe support team",
    "Hello,\nMy direct line is open until six if you want to call me.\nThe support team",
]


def _random_evidence(rng: random.Random) -> Evidence:
    return Evidence(rng.random() < 0.05, rng.random(), rng.random(), rng.random(), rng.random() < 0.1, rng.random(),
                    rng.random(), rng.random())


@pytest.mark.parametrize("draft", DRAFTS)
def test_tier_is_the_evidence_under_the_shipped_cuts(draft):
    assert human_claims.tier(draft) == human_claims.decide(human_claims.evidence(draft), human_claims.SHIPPED)


def test_the_drafts_get_the_verdict_their_evidence_calls_for():
    assert [human_claims.tier(d) for d in DRAFTS] == ["", "", WITHHOLD, FLAG, WITHHOLD]


@pytest.mark.parametrize("name", ["flag", "impersonal", "writer", "lived", "lived_singular"])
def test_a_lower_flag_cut_never_lets_a_draft_through_that_a_higher_one_stopped(name):
    rng = random.Random(8)
    for _ in range(2000):
        found = _random_evidence(rng)
        high, low = sorted((rng.random(), rng.random()), reverse=True)
        stopped_high = human_claims.decide(found, Cuts(**{name: high})) != ""
        stopped_low = human_claims.decide(found, Cuts(**{name: low})) != ""
        assert stopped_low or not stopped_high, (name, found, high, low)


def test_the_withhold_cut_never_decides_whether_a_draft_is_clean():
    rng = random.Random(13)
    for _ in range(2000):
        found = _random_evidence(rng)
        strong = 0.5 + rng.random() / 2
        clean = [human_claims.decide(found, Cuts(strong=s)) == "" for s in (strong, human_claims.STRONG_SCORE)]
        assert clean[0] == clean[1], found


@pytest.mark.parametrize("sentence", [
    "Half our returns desk was down with the flu last week, hence the delay.",
    "Most of our night crew were shivering by the loading door until the heating came back.",
])
def test_the_team_noun_with_a_qualifier_as_the_subject_of_a_life_flags(sentence):
    assert human_claims.writer_described(sentence)


@pytest.mark.parametrize("sentence", [
    "Half our spring orders ship from the Leeds depot.",
    "All our customer accounts are protected by two-step sign-in.",
])
def test_a_qualified_noun_that_is_no_team_is_not_the_writer_described(sentence):
    assert not human_claims.writer_described(sentence)


def test_the_shipped_cuts_are_points_of_the_calibration_grid():
    """The constants are the ones the pooled curve was drawn over (benchmarks/guards/calibrate.py chooses among them)."""
    for name, values in calibrate.GRID.items():
        assert getattr(human_claims.SHIPPED, name) in values, name


def test_the_calibration_recomputes_a_rows_outcome_from_its_evidence():
    quiet = Evidence(False, 0.0, 0.0, 0.0, False, 0.0, 0.3, 0.0)
    row = calibrate.Row("claims_evalN", 1, "en", 1, "clean", False, (quiet,))
    assert calibrate.outcome(row, Cuts()) == "clean"
    assert calibrate.outcome(row, Cuts(lived=0.25)) == "flagged"
    # another guard's withhold stands whatever the cuts
    assert calibrate.outcome(calibrate.Row("claims_evalN", 1, "en", 0, "withheld", True, (quiet,)), Cuts(lived=0.9)) \
        == "withheld"
