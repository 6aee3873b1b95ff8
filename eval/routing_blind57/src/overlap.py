"""Overlap check run before freezing blind set 57: no row may reach character 5-gram Jaccard 0.5 with the routing
benchmarks, blind sets 2-55 (not 56, fresh and unopened), the written test sets or the training data
(eval/tools/routing_overlap.py); this script and the tool only print this set's ids and figures.

    .venv/bin/python -m eval.routing_blind57.src.overlap
"""
from pathlib import Path

from eval.tools.routing_overlap import nearest

EARLIER = tuple(f"routing_blind{n}" for n in range(2, 56))

if __name__ == "__main__":
    raise SystemExit(nearest(Path(__file__).resolve().parents[1] / "blind57.jsonl", EARLIER))
