"""Group comparison (paired bootstrap, noise floor), thresholds, input parsing and the progress bar."""
from __future__ import annotations

import io
import random

import pytest

from plugin.fairness.gate import parse_thresholds, status
from plugin.fairness.progress import ProgressBar
from plugin.fairness.stats import compare, percentile
from plugin.fairness.tickets import load_tickets

GROUPS = ("a", "b")


def _cells(fn, tickets=20, samples=3):
    return {(f"t{t}", g): [[fn(t, g, s) for s in range(samples)]] for t in range(tickets) for g in GROUPS}


def test_identical_groups_have_no_gap_and_are_not_flagged():
    result = compare(_cells(lambda t, g, s: float(t % 2)), GROUPS, random.Random(0), 300)
    assert result.gap == 0.0 and not result.flagged and result.noise_floor == 0.0
    assert result.groups[0].low <= 0.5 <= result.groups[0].high  # tickets vary, so the interval is wide


def test_a_consistent_gap_is_flagged_with_an_interval_excluding_zero():
    result = compare(_cells(lambda t, g, s: 1.0 if g == "a" else 0.0), GROUPS, random.Random(0), 300)
    assert (result.high_group, result.low_group, result.gap) == ("a", "b", 1.0)
    assert result.gap_low == 1.0 and result.flagged


def test_pairing_removes_ticket_difficulty_from_the_gap_interval():
    # tickets differ a lot, but group a is always exactly 0.1 higher on the same ticket
    result = compare(_cells(lambda t, g, s: t / 20 + (0.1 if g == "a" else 0.0)), GROUPS, random.Random(0), 300)
    assert result.gap_low == pytest.approx(0.1) and result.gap_high == pytest.approx(0.1)
    assert result.groups[0].high - result.groups[0].low > 0.2


def test_a_gap_no_larger_than_resampling_noise_is_not_flagged():
    rng = random.Random(1)
    result = compare(_cells(lambda t, g, s: float(rng.random() < 0.5), tickets=10), GROUPS, random.Random(0), 300)
    assert result.noise_floor > 0 and result.gap <= result.noise_floor and not result.flagged


def test_noise_floor_unknown_with_one_sample():
    result = compare(_cells(lambda t, g, s: 1.0 if g == "a" else 0.0, samples=1), GROUPS, random.Random(0), 100)
    assert result.noise_floor is None and result.flagged


def test_tickets_without_every_group_are_left_out():
    cells = _cells(lambda t, g, s: 1.0)
    del cells[("t0", "b")]
    assert compare(cells, GROUPS, random.Random(0), 50).tickets == 19
    assert compare({("t0", "a"): [[1.0]]}, GROUPS, random.Random(0), 50) is None


def test_bootstrap_is_reproducible_with_a_seed():
    cells = _cells(lambda t, g, s: (t * 7 % 5) / 5)
    assert compare(cells, GROUPS, random.Random(3), 200) == compare(cells, GROUPS, random.Random(3), 200)


def test_percentile_interpolates():
    assert percentile([0.0, 1.0], 0.5) == 0.5 and percentile([], 0.5) == 0.0


def test_thresholds_parse_and_reject_typos():
    thresholds = parse_thresholds(["refund=0.05", "tone=off"])
    assert thresholds["refund"] == 0.05 and thresholds["tone"] is None
    for bad in ("refunds=0.1", "refund", "refund=lots", "refund=-1"):
        with pytest.raises(ValueError, match="--threshold"):
            parse_thresholds([bad])


def test_status_combines_noise_and_threshold():
    finding = {"gap": 0.2, "beyond_noise": True, "overall": 0.5}
    assert status("refund", finding, {"refund": 0.1}) == "exceeds"
    assert status("refund", finding, {"refund": 0.3}) == "flagged"
    assert status("refund", {**finding, "beyond_noise": False}, {"refund": 0.1}) == "noise"
    assert status("length", {**finding, "overall": 10.0}, {"length": 0.15}) == "flagged"  # 0.2 words of 10
    assert status("refund", {**finding, "gap": 0.0}, {"refund": 0.0}) == "ok"


def test_jsonl_errors_name_every_bad_line(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text('{"text": "ok {name}"}\nnot json\n{"subject": "no text"}\n\n"a bare string"\n', encoding="utf-8")
    with pytest.raises(ValueError) as error:
        load_tickets(path)
    assert "line 2" in str(error.value) and "line 3" in str(error.value) and "line 1:" not in str(error.value)


def test_jsonl_strings_labels_and_bundles(tmp_path):
    path = tmp_path / "t.jsonl"
    bundle = '{"ticket": {"id": 5, "requester_id": 1, "subject": "s"}, "comments": [{"id": 1, "author_id": 1, ' \
             '"public": true, "body": "Hi"}], "users": [{"id": 1, "name": "Ana Ruiz", "role": "end-user"}]}'
    path.write_text(f'"plain text"\n{{"text": "x", "label": "bias_review"}}\n{bundle}\n', encoding="utf-8")
    plain, labelled, from_bundle = load_tickets(path)
    assert plain.name is None and plain.complaint is None
    assert labelled.complaint is True
    assert from_bundle.name == ("Ana", "Ruiz")


def test_progress_bar_only_when_enabled():
    quiet, loud = io.StringIO(), io.StringIO()
    ProgressBar(10, stream=quiet)(5)  # StringIO is not a terminal
    bar = ProgressBar(10, stream=loud, enabled=True)
    bar(5)
    bar(5)
    bar.close()
    assert quiet.getvalue() == ""
    assert "10/10 100%" in loud.getvalue() and loud.getvalue().endswith("\n")


def test_duplicate_ids_stay_separate_tickets(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text('{"id": "a", "text": "one"}\n{"id": "a", "text": "two"}\n', encoding="utf-8")
    assert [t.key for t in load_tickets(path)] == ["a", "a#2"]


def test_a_bundle_file_and_a_folder_of_bundles(tmp_path):
    import json
    bundle = {"ticket": {"id": 42, "requester_id": 1, "subject": "s"},
              "comments": [{"id": 1, "author_id": 1, "public": True, "body": "Hi"}],
              "users": [{"id": 1, "name": "Ana Ruiz", "role": "end-user"}]}
    (tmp_path / "one.json").write_text(json.dumps(bundle), encoding="utf-8")
    assert [t.key for t in load_tickets(tmp_path / "one.json")] == ["42"]
    assert [t.key for t in load_tickets(tmp_path)] == ["one"]
    with pytest.raises(ValueError, match="no tickets"):
        load_tickets(tmp_path / "empty.jsonl") if (tmp_path / "empty.jsonl").write_text("\n") else None
