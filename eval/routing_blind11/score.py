"""Scores a router on blind set 11; prints and logs aggregates only (never texts).

    .venv/bin/python -m eval.routing_blind11.score --run-note "run 1: the router before the change"

The router is reached through its fixed CLI contract (``python -m plugin classify --jsonl``), so the scorer does
not depend on the router's insides. At most two runs may be logged (the set is then spent: see README).
``--dry`` prints the keyword baseline without logging and never runs the router."""
from __future__ import annotations

from pathlib import Path

from eval.routing_blind4.score import main as score_set

FROZEN_SHA256 = "b9052fff80b0c31057d9dfaacea0d8657b35a892c23b3a452dc1cb1f9b9a6c71"

if __name__ == "__main__":
    score_set(Path(__file__).resolve().parent / "blind11.jsonl", FROZEN_SHA256, "blind set 11", __doc__)
