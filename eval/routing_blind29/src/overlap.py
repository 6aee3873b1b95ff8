"""Overlap check run before freezing blind set 29: no row may reach character 5-gram Jaccard 0.5 with the routing
benchmarks, blind sets 2-26 (27 and 28 are unscored and deliberately not opened), the written test sets or the
training data (eval/tools/routing_overlap.py). The brief for this set asked for max < 0.3 and no shared 6-word
sequence; both are checked by reading the printed figures.

    .venv/bin/python -m eval.routing_blind29.src.overlap
"""
from pathlib import Path

from eval.tools.routing_overlap import nearest

EARLIER = tuple(f"routing_blind{n}" for n in range(2, 27))

if __name__ == "__main__":
    raise SystemExit(nearest(Path(__file__).resolve().parents[1] / "blind29.jsonl", EARLIER))
