"""Scores a router on blind set 32; prints and logs aggregates only (never texts).

    .venv/bin/python -m eval.routing_blind32.score --run-note "run 1: the router before the change"

The router is reached through its fixed CLI contract (``python -m plugin classify --jsonl``), so the scorer does
not depend on the router's insides. At most two runs may be logged (the set is then spent: see README).
``--dry`` prints the keyword baseline without logging and never runs the router."""
from __future__ import annotations

from pathlib import Path

from eval.routing_blind4.score import main as score_set

FROZEN_SHA256 = "0e2d23c5ce85a3a5be78cad66efbad51fa9b4c2198391b2b78c6e2f3e7f95dec"

if __name__ == "__main__":
    score_set(Path(__file__).resolve().parent / "blind32.jsonl", FROZEN_SHA256, "blind set 32", __doc__)
