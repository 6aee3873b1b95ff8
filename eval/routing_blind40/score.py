"""Scores a router on blind set 40; prints and logs aggregates only (never texts).

    .venv/bin/python -m eval.routing_blind40.score --run-note "run 1: the router before the change"

The router is reached through its fixed CLI contract (``python -m plugin classify --jsonl``), so the scorer does
not depend on the router's insides. At most two runs may be logged (the set is then spent: see README).
``--dry`` prints the keyword baseline without logging and never runs the router."""
from __future__ import annotations

from pathlib import Path

from eval.routing_blind4.score import main as score_set

FROZEN_SHA256 = "7dee002947f4a01616c1bceadb62dd2720af997f365c37ba52b7b24a09f658fe"

if __name__ == "__main__":
    score_set(Path(__file__).resolve().parent / "blind40.jsonl", FROZEN_SHA256, "blind set 40", __doc__)
