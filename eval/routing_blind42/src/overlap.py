"""Overlap check run before freezing blind set 42: character 5-gram Jaccard with the routing benchmarks, blind sets
2-41, the written test sets and the training data (eval/tools/routing_overlap.py); this set's own bar is max < 0.3
and no shared 6-word sequence.

    .venv/bin/python -m eval.routing_blind42.src.overlap
"""
from pathlib import Path

from eval.tools.routing_overlap import nearest

EARLIER = ("routing_blind2", "routing_blind3", "routing_blind4", "routing_blind5", "routing_blind6", "routing_blind7", "routing_blind8", "routing_blind9", "routing_blind10", "routing_blind11", "routing_blind12", "routing_blind13", "routing_blind14", "routing_blind15", "routing_blind16", "routing_blind17", "routing_blind18", "routing_blind19", "routing_blind20", "routing_blind21", "routing_blind22", "routing_blind23", "routing_blind24", "routing_blind25", "routing_blind26", "routing_blind27", "routing_blind28", "routing_blind29", "routing_blind30", "routing_blind31", "routing_blind32", "routing_blind33", "routing_blind34", "routing_blind35", "routing_blind36", "routing_blind37", "routing_blind38", "routing_blind39", "routing_blind40", "routing_blind41")

if __name__ == "__main__":
    raise SystemExit(nearest(Path(__file__).resolve().parents[1] / "blind42.jsonl", EARLIER))
