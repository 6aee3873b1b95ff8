"""Overlap check run before freezing blind set 36: no row may reach character 5-gram Jaccard 0.5 with the routing
benchmarks, blind sets 2-33, the written test sets or the
training data (eval/tools/routing_overlap.py).

    .venv/bin/python -m eval.routing_blind36.src.overlap
"""
from pathlib import Path

from eval.tools.routing_overlap import nearest

EARLIER = ("routing_blind2", "routing_blind3", "routing_blind4", "routing_blind5", "routing_blind6", "routing_blind7",
           "routing_blind8", "routing_blind9", "routing_blind10", "routing_blind11", "routing_blind12",
           "routing_blind13", "routing_blind14", "routing_blind15", "routing_blind16", "routing_blind17",
           "routing_blind18", "routing_blind19", "routing_blind20", "routing_blind21", "routing_blind22",
           "routing_blind23", "routing_blind24", "routing_blind25",
           "routing_blind26", "routing_blind27", "routing_blind28", "routing_blind29", "routing_blind30",
           "routing_blind31", "routing_blind32", "routing_blind33")

if __name__ == "__main__":
    raise SystemExit(nearest(Path(__file__).resolve().parents[1] / "blind36.jsonl", EARLIER))
