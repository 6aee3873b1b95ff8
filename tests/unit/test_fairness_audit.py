"""The audit end to end with fake drafters and classifiers: bias is caught, even-handedness passes."""
from __future__ import annotations

import pytest

from plugin.fairness.audit import AuditOptions, audit_classifier, audit_drafts, run_audit
from plugin.fairness.gate import parse_thresholds
from tests.unit import fairness_fakes as fakes

NAMES = AuditOptions(dimensions=("names",), samples=3, names_per_group=1, bootstrap=200, seed=1)


def _audit(drafter, options=NAMES, gate_arm="on", classify=None):
    return run_audit(fakes.tickets(), drafting_factory=fakes.factory(drafter), tenant=fakes.TENANT,
                     classify_fn=classify, options=options, thresholds=parse_thresholds([]), gate_arm=gate_arm)


def _refund(report, arm, dimension="names"):
    return report["drafts"]["arms"][arm]["dimensions"][dimension]["metrics"]["refund"]


def test_drafter_that_offers_refunds_only_to_white_names_is_caught_with_redaction_off():
    biased = fakes.RefundOnlyForNames(fakes.first_names("White"))
    report = _audit(biased, gate_arm="off")
    refund = _refund(report, "off")
    assert report["verdict"]["passed"] is False
    assert refund["status"] == "exceeds"
    assert refund["high_group"].startswith("White") and refund["gap"] == 1.0
    assert refund["gap_ci"][0] > 0.5
    failing = [f for f in report["findings"] if f["status"] == "exceeds"]
    assert any(f["metric"] == "refund" and f["arm"] == "off" for f in failing)


def test_redaction_hides_names_from_the_biased_drafter_in_production():
    biased = fakes.RefundOnlyForNames(fakes.first_names("White"))
    report = _audit(biased, gate_arm="on")
    assert _refund(report, "on")["gap"] == 0.0
    assert report["verdict"]["passed"] is True  # production (redaction on) is what the default gate judges
    visible = report["drafts"]["arms"]["on"]["dimensions"]["names"]["metrics"]["identity_visible"]
    assert visible["overall"] == 0.0
    assert any("Seen with redaction off but not in production" in line for line in report["summary"])


def test_bias_on_a_self_description_is_caught_even_with_redaction_on():
    options = AuditOptions(dimensions=("religion",), samples=3, bootstrap=200)
    report = _audit(fakes.RefusesWhenMentioned({"Muslim", "Sikh"}), options=options)
    refund = _refund(report, "on", "religion")
    assert refund["status"] == "exceeds"
    assert refund["low_group"] in ("Muslim", "Sikh")
    assert report["verdict"]["passed"] is False


def test_even_handed_drafter_passes_with_no_finding():
    report = _audit(fakes.EvenHanded(), gate_arm="both")
    assert report["verdict"] == {"passed": True, "failing": 0, "flagged": 0}
    for arm in ("on", "off"):
        metrics = report["drafts"]["arms"][arm]["dimensions"]["names"]["metrics"]
        assert all(m["gap"] == 0.0 for name, m in metrics.items() if name != "identity_visible")
        assert metrics["similarity"]["overall"] == pytest.approx(1.0)  # names masked: the same replies
    assert report["drafts"]["arms"]["off"]["worst_pairs"] == []


def test_random_drafter_stays_within_its_noise_floor():
    report = _audit(fakes.Noisy(seed=3), gate_arm="both")
    refund = _refund(report, "on")
    assert refund["noise_floor"] > 0.1  # re-asking the same twin moves the refund rate
    assert refund["gap"] > 0  # groups differ by chance ...
    assert refund["status"] in ("ok", "noise")  # ... but not beyond what re-sampling alone produces
    assert report["verdict"]["passed"] is True


def test_deterministic_offline_drafter_is_not_resampled_unless_asked():
    class Offline(fakes.EvenHanded):
        name = "offline"

    once = audit_drafts(fakes.tickets(), fakes.factory(Offline()), fakes.TENANT, NAMES)
    every = audit_drafts(fakes.tickets(), fakes.factory(Offline()), fakes.TENANT,
                         AuditOptions(**{**NAMES.__dict__, "resample_deterministic": True}))
    assert once["drafter_calls"] * 3 == every["drafter_calls"]
    assert once["resampling"].startswith("copied") and every["resampling"] == "drafted"


def test_classifier_that_misses_complaints_from_black_names_is_caught():
    options = AuditOptions(dimensions=("names",), names_per_group=1, bootstrap=200)
    routing = audit_classifier(fakes.tickets(), fakes.misses_complaints_from(fakes.first_names("Black")), options)
    metrics = routing["dimensions"]["names"]["metrics"]
    assert metrics["flip_rate"]["gap"] == pytest.approx(2 / 6)  # both complaints, none of the 4 others
    assert metrics["flip_rate"]["high_group"].startswith("Black")
    assert metrics["missed_complaint"]["high_group"].startswith("Black")
    assert metrics["missed_complaint"]["gap"] == 1.0
    report = run_audit(fakes.tickets(), drafting_factory=None, tenant=None,
                       classify_fn=fakes.misses_complaints_from(fakes.first_names("Black")), options=options,
                       thresholds=parse_thresholds([]))
    assert report["verdict"]["passed"] is False
    assert {f["metric"] for f in report["findings"] if f["status"] == "exceeds"} >= {"flip_rate", "missed_complaint"}


def test_even_handed_classifier_passes():
    options = AuditOptions(dimensions=("names", "religion"), names_per_group=1, bootstrap=200)
    routing = audit_classifier(fakes.tickets(), fakes.keyword_classifier, options)
    assert routing["flips"] == 0 and routing["self_disagreement"] == 0.0
    for dimension in routing["dimensions"].values():
        assert dimension["metrics"]["flip_rate"]["gap"] == 0.0
        assert dimension["metrics"]["missed_complaint"]["overall"] == 0.0


def test_unstable_classifier_shows_self_disagreement():
    import random
    rng = random.Random(5)
    routing = audit_classifier(["Hi, I'm {name}. Where is my order?"] * 3,
                               lambda text: rng.choice(["ai_assist", "human"]), AuditOptions(dimensions=("gender",)))
    assert routing["self_disagreement"] > 0


def test_thresholds_can_switch_a_metric_off():
    biased = fakes.RefundOnlyForNames(fakes.first_names("White"))
    report = run_audit(fakes.tickets(), drafting_factory=fakes.factory(biased), tenant=fakes.TENANT,
                       classify_fn=None, options=NAMES, gate_arm="off",
                       thresholds=parse_thresholds(["refund=off", "refusal=off", "tone=off", "similarity=off",
                                                    "length=off"]))
    assert report["verdict"]["passed"] is True
    assert report["verdict"]["flagged"] > 0  # still reported, just not gated


def test_failed_drafter_calls_are_reported_not_counted_as_no():
    from plugin.core.errors import TransientError

    class Flaky(fakes.EvenHanded):
        calls = 0

        def draft(self, request):
            Flaky.calls += 1
            if Flaky.calls % 4 == 0:
                raise TransientError("model unavailable", retry_after=1)
            return super().draft(request)

    report = _audit(Flaky(), gate_arm="both")
    errors = report["drafts"]["errors"]
    assert errors == {"TransientError": Flaky.calls // 4}
    assert _refund(report, "on")["overall"] == 1.0  # the failures did not become "no refund"
    assert any("draft calls failed" in line for line in report["summary"])


def test_threaded_drafting_gives_the_same_results_in_the_same_order():
    from plugin.fairness.audit import build_twins
    from plugin.fairness.drafts import run_drafts

    twins = build_twins(fakes.tickets(), NAMES)
    biased = fakes.factory(fakes.RefundOnlyForNames(fakes.first_names("Asian")))
    counted = []
    serial, calls, _ = run_drafts(twins, biased, fakes.TENANT, samples=2)
    threaded, threaded_calls, _ = run_drafts(twins, biased, fakes.TENANT, samples=2, workers=4,
                                             progress=counted.append)
    assert threaded == serial and threaded_calls == calls == len(twins) * 2 * 2
    assert sum(counted) == len(twins) * 2 * 2
