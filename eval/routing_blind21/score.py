"""Scores a router on blind set 21; prints and logs aggregates only (never texts).

    .venv/bin/python -m eval.routing_blind21.score --run-note "run 1: the router before the change"

The router is reached through its fixed CLI contract (``python -m plugin classify --jsonl``), so the scorer does
not depend on the router's insides. At most two runs may be logged (the set is then spent: see README).
``--dry`` prints the keyword baseline without logging and never runs the router."""
from __future__ import annotations

from pathlib import Path

from eval.routing_blind4.score import main as score_set

FROZEN_SHA256 = "759317270808a918b38d0da8869716c0ef7b5b525dda31f516baab2275f42732"

if __name__ == "__main__":
    score_set(Path(__file__).resolve().parent / "blind21.jsonl", FROZEN_SHA256, "blind set 21", __doc__)
