"""Overlap check run before freezing blind set 50: no row may reach character 5-gram Jaccard 0.5 with the routing
benchmarks, blind sets 2-46 (not 47, 48 or 49, which are fresh and were not opened), the written test sets or the
training data (eval/tools/routing_overlap.py).

    .venv/bin/python -m eval.routing_blind50.src.overlap
"""
from pathlib import Path

from eval.tools.routing_overlap import nearest

EARLIER = tuple(f"routing_blind{n}" for n in range(2, 47))

if __name__ == "__main__":
    raise SystemExit(nearest(Path(__file__).resolve().parents[1] / "blind50.jsonl", EARLIER))
