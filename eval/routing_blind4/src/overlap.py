"""Overlap check run before freezing blind set 4: no row may share a 6-word sequence with the routing benchmarks,
blind sets 2-3 or the training data (eval/tools/routing_overlap.py).

    .venv/bin/python -m eval.routing_blind4.src.overlap
"""
from pathlib import Path

from eval.tools.routing_overlap import shared_sequences

EARLIER = ("routing_blind2", "routing_blind3")

if __name__ == "__main__":
    raise SystemExit(shared_sequences(Path(__file__).resolve().parents[1] / "blind4.jsonl", EARLIER,
                                      with_written=False))
