"""Scores a router on blind set 57; prints and logs aggregates only (never texts).

    .venv/bin/python -m eval.routing_blind57.score --run-note "run 1: the router before the change"

The router is reached through its fixed CLI contract (``python -m plugin classify --jsonl``), so the scorer does
not depend on the router's insides. At most two runs may be logged (the set is then spent: see README).
``--dry`` prints the keyword baseline without logging and never runs the router."""
from __future__ import annotations

from pathlib import Path

from eval.routing_blind4.score import main as score_set

FROZEN_SHA256 = "9513b4b4379e48487ab69d02d6779e92af8fa2c248e80740eef7aa69c22d83a6"

if __name__ == "__main__":
    score_set(Path(__file__).resolve().parent / "blind57.jsonl", FROZEN_SHA256, "blind set 57", __doc__)
