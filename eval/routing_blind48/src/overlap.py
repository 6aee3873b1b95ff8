"""Overlap check run before freezing blind set 48: no row may reach character 5-gram Jaccard 0.5 with the routing
benchmarks, blind sets 2-46 (not 47, which is fresh), the written test sets or the training data
(eval/tools/routing_overlap.py). The brief for this set asked for max < 0.3 and no shared 6-word sequence.

    .venv/bin/python -m eval.routing_blind48.src.overlap
"""
from pathlib import Path

from eval.tools.routing_overlap import nearest

EARLIER = tuple(f"routing_blind{n}" for n in range(2, 47))

if __name__ == "__main__":
    raise SystemExit(nearest(Path(__file__).resolve().parents[1] / "blind48.jsonl", EARLIER))
