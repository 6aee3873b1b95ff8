"""Overlap check run before freezing blind set 45: no row may reach character 5-gram Jaccard 0.5 (target for this set:
max < 0.3 and no shared 6-word sequence) with the routing benchmarks, blind sets 2-43, the written test sets or the
training data (eval/tools/routing_overlap.py).

    .venv/bin/python -m eval.routing_blind45.src.overlap
"""
from pathlib import Path

from eval.tools.routing_overlap import nearest

EARLIER = tuple(f"routing_blind{n}" for n in range(2, 44))

if __name__ == "__main__":
    raise SystemExit(nearest(Path(__file__).resolve().parents[1] / "blind45.jsonl", EARLIER))
