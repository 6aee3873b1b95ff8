"""Scores a router on blind set 53; prints and logs aggregates only (never texts).

    .venv/bin/python -m eval.routing_blind53.score --run-note "run 1: the router before the change"

The router is reached through its fixed CLI contract (``python -m plugin classify --jsonl``), so the scorer does
not depend on the router's insides. At most two runs may be logged (the set is then spent: see README).
``--dry`` prints the keyword baseline without logging and never runs the router."""
from __future__ import annotations

from pathlib import Path

from eval.routing_blind4.score import main as score_set

FROZEN_SHA256 = "738206635b703a262572a1ce236b2c9f8a8ca8a2e1986c0ada5df3593d9f2747"

if __name__ == "__main__":
    score_set(Path(__file__).resolve().parent / "blind53.jsonl", FROZEN_SHA256, "blind set 53", __doc__)
