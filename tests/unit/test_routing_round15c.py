"""Routing round 15c (issue 12): the opt-out head is main's round-14 head, copied into the weights file by
training/routing/train.py (``--opt-out-from``), so long-message changes to the bias and handoff heads leave opt-out
decisions as they were."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from plugin.core.routing import decision
from training.routing.train import opt_out_from


def _weights(vocab: str, opt_w: float, threshold: float) -> dict:
    head = {"intercept": -1.0, "threshold": 0.5, "weights": {"w:a": 1.0}}
    return {"vocabulary_hash": vocab, "max_span": 3, "cross_validation": {"opt_out": {"threshold": threshold}},
            "heads": {"bias": dict(head), "human": dict(head),
                      "opt_out": {"intercept": -2.0, "threshold": threshold, "weights": {"w:b": opt_w}}}}


def test_opt_out_from_copies_the_head_its_report_and_records_the_source(tmp_path: Path) -> None:
    source = tmp_path / "main.json"
    source.write_text(json.dumps(_weights("h1", 3.0, 0.10)), encoding="utf-8")
    trained = _weights("h1", 5.0, 0.08)
    out = opt_out_from(trained, source)
    assert out["heads"]["opt_out"] == {"intercept": -2.0, "threshold": 0.10, "weights": {"w:b": 3.0}}
    assert out["heads"]["bias"] == trained["heads"]["bias"] and out["heads"]["human"] == trained["heads"]["human"]
    assert out["cross_validation"]["opt_out"] == {"threshold": 0.10}
    assert out["opt_out_from"] == {"sha256": hashlib.sha256(source.read_bytes()).hexdigest(), "vocabulary_hash": "h1"}
    assert trained["heads"]["opt_out"]["threshold"] == 0.08  # the trained dict itself is left as it was


def test_opt_out_from_refuses_another_vocabulary(tmp_path: Path) -> None:
    source = tmp_path / "other.json"
    source.write_text(json.dumps(_weights("h2", 3.0, 0.10)), encoding="utf-8")
    with pytest.raises(SystemExit):
        opt_out_from(_weights("h1", 5.0, 0.08), source)


def test_the_shipped_opt_out_head_is_main_round_14s() -> None:
    data = json.loads(decision.WEIGHTS.read_text(encoding="utf-8"))
    assert data["opt_out_from"]["vocabulary_hash"] == data["vocabulary_hash"]
    head = data["heads"]["opt_out"]
    assert (head["threshold"], head["intercept"], len(head["weights"])) == (0.1, -7.6126, 55204)
