"""Scores a router on blind set 12; prints and logs aggregates only (never texts).

    .venv/bin/python -m eval.routing_blind12.score --run-note "run 1: the router before the change"

The router is reached through its fixed CLI contract (``python -m plugin classify --jsonl``), so the scorer does
not depend on the router's insides. At most two runs may be logged (the set is then spent: see README).
``--dry`` prints the keyword baseline without logging and never runs the router."""
from __future__ import annotations

from pathlib import Path

from eval.routing_blind4.score import main as score_set

FROZEN_SHA256 = "d45a48adead6b02b8a8889c202a57f32fd7401dfa7aa78cfb5c0e6beb0adcbf3"

if __name__ == "__main__":
    score_set(Path(__file__).resolve().parent / "blind12.jsonl", FROZEN_SHA256, "blind set 12", __doc__)
