"""Overlap check run before freezing blind set 35: no row may reach character 5-gram Jaccard 0.5 with the routing
benchmarks, blind sets 2-33, the written test sets or the training data (eval/tools/routing_overlap.py); this set's
own target was stricter (max below 0.3 and no shared 6-word sequence, see README).

    .venv/bin/python -m eval.routing_blind35.src.overlap
"""
from pathlib import Path

from eval.tools.routing_overlap import nearest

EARLIER = tuple(f"routing_blind{n}" for n in range(2, 34))

if __name__ == "__main__":
    raise SystemExit(nearest(Path(__file__).resolve().parents[1] / "blind35.jsonl", EARLIER))
