"""Scores a router on blind set 55; prints and logs aggregates only (never texts).

    .venv/bin/python -m eval.routing_blind55.score --run-note "run 1: the router before the change"

The router is reached through its fixed CLI contract (``python -m plugin classify --jsonl``), so the scorer does
not depend on the router's insides. At most two runs may be logged (the set is then spent: see README).
``--dry`` prints the keyword baseline without logging and never runs the router."""
from __future__ import annotations

from pathlib import Path

from eval.routing_blind4.score import main as score_set

FROZEN_SHA256 = "45a1017338c90aa5bdf4f3f00c3c1f2bf990d3ff8fd8ae827d87134eeb7f05e2"

if __name__ == "__main__":
    score_set(Path(__file__).resolve().parent / "blind55.jsonl", FROZEN_SHA256, "blind set 55", __doc__)
