"""Overlap check run before freezing blind set 40: no row may reach character 5-gram Jaccard 0.5 with the routing
benchmarks, blind sets 2-39, the written test sets or the training data (eval/tools/routing_overlap.py); the brief
for this set asked for a stricter bar (Jaccard max < 0.3 and no shared 6-word sequence), checked by hand on the output.

    .venv/bin/python -m eval.routing_blind40.src.overlap
"""
from pathlib import Path

from eval.tools.routing_overlap import nearest

EARLIER = tuple(f"routing_blind{n}" for n in range(2, 40))

if __name__ == "__main__":
    raise SystemExit(nearest(Path(__file__).resolve().parents[1] / "blind40.jsonl", EARLIER))
