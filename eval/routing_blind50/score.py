"""Scores a router on blind set 50; prints and logs aggregates only (never texts).

    .venv/bin/python -m eval.routing_blind50.score --run-note "run 1: the router before the change"

The router is reached through its fixed CLI contract (``python -m plugin classify --jsonl``), so the scorer does
not depend on the router's insides. At most two runs may be logged (the set is then spent: see README).
``--dry`` prints the keyword baseline without logging and never runs the router."""
from __future__ import annotations

from pathlib import Path

from eval.routing_blind4.score import main as score_set

FROZEN_SHA256 = "a6a80d40422bc9953116ce4212a62a9d03462f205bab50c99dd54ab2cf20241a"

if __name__ == "__main__":
    score_set(Path(__file__).resolve().parent / "blind50.jsonl", FROZEN_SHA256, "blind set 50", __doc__)
