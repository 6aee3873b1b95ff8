"""Scores a router on blind set 48; prints and logs aggregates only (never texts).

    .venv/bin/python -m eval.routing_blind48.score --run-note "run 1: the router before the change"

The router is reached through its fixed CLI contract (``python -m plugin classify --jsonl``), so the scorer does
not depend on the router's insides. At most two runs may be logged (the set is then spent: see README).
``--dry`` prints the keyword baseline without logging and never runs the router."""
from __future__ import annotations

from pathlib import Path

from eval.routing_blind4.score import main as score_set

FROZEN_SHA256 = "32ccf8378d2bd7d28dd922944cf6eac1b97f7f0c5bce14aa6d6c594fcab1ee45"

if __name__ == "__main__":
    score_set(Path(__file__).resolve().parent / "blind48.jsonl", FROZEN_SHA256, "blind set 48", __doc__)
