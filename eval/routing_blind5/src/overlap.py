"""Overlap check run before freezing blind set 5: no row may share a 6-word sequence with the routing benchmarks,
blind sets 2-4, the written test sets or the training data (eval/tools/routing_overlap.py).

    .venv/bin/python -m eval.routing_blind5.src.overlap
"""
from pathlib import Path

from eval.tools.routing_overlap import shared_sequences

EARLIER = ("routing_blind2", "routing_blind3", "routing_blind4")

if __name__ == "__main__":
    raise SystemExit(shared_sequences(Path(__file__).resolve().parents[1] / "blind5.jsonl", EARLIER))
