"""Overlap check run before freezing blind set 38 (eval/tools/routing_overlap.py), stricter than the tool's default:
no row may reach character 5-gram Jaccard 0.3 (the tool's limit is 0.5) with the routing benchmarks, blind sets
2-33, 35 and 36, the written test sets or the training data, and no row may share a 6-word sequence with them
(`shared_sequences` prints the offending ids and this set's shared words). Blind sets 34 and 37 are not opened.

    .venv/bin/python -m eval.routing_blind38.src.overlap
"""
from pathlib import Path

from eval.tools import routing_overlap

EARLIER = tuple(f"routing_blind{n}" for n in range(2, 34)) + ("routing_blind35", "routing_blind36")
LIMIT = 0.3

if __name__ == "__main__":
    data = Path(__file__).resolve().parents[1] / "blind38.jsonl"
    routing_overlap.LIMIT = LIMIT
    jaccard = routing_overlap.nearest(data, EARLIER)
    words = routing_overlap.shared_sequences(data, EARLIER)
    raise SystemExit(jaccard or words)
