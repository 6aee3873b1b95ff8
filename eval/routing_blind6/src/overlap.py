"""Overlap check run before freezing blind set 6: no row may share a 6-word sequence with the routing benchmarks,
blind sets 2-5, the written test sets or the training data (eval/tools/routing_overlap.py).

    .venv/bin/python -m eval.routing_blind6.src.overlap
"""
from pathlib import Path

from eval.tools.routing_overlap import shared_sequences

EARLIER = ("routing_blind2", "routing_blind3", "routing_blind4", "routing_blind5")

if __name__ == "__main__":
    raise SystemExit(shared_sequences(Path(__file__).resolve().parents[1] / "blind6.jsonl", EARLIER))
