"""Overlap check run before freezing blind set 33: no row may reach character 5-gram Jaccard 0.5 with the routing
benchmarks, blind sets 2-30 (31 and 32 are fresh and were not opened), the written test sets or the training data
(eval/tools/routing_overlap.py). The set's own target was stricter: max Jaccard < 0.3 and no shared 6-word sequence.

    .venv/bin/python -m eval.routing_blind33.src.overlap
"""
from pathlib import Path

from eval.tools.routing_overlap import nearest

EARLIER = tuple(f"routing_blind{n}" for n in range(2, 31))

if __name__ == "__main__":
    raise SystemExit(nearest(Path(__file__).resolve().parents[1] / "blind33.jsonl", EARLIER))
