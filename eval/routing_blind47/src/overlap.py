"""Overlap check run before freezing blind set 47: no row may reach character 5-gram Jaccard 0.5 with the routing
benchmarks, blind sets 2-43 (not 44-46: fresh, being judged), the written test sets or the training data
(eval/tools/routing_overlap.py).

    .venv/bin/python -m eval.routing_blind47.src.overlap
"""
from pathlib import Path

from eval.tools.routing_overlap import nearest

EARLIER = tuple(f"routing_blind{n}" for n in range(2, 44))

if __name__ == "__main__":
    raise SystemExit(nearest(Path(__file__).resolve().parents[1] / "blind47.jsonl", EARLIER))
