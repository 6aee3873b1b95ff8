"""Overlap check run before freezing blind set 37: no row may reach character 5-gram Jaccard 0.5 with the routing
benchmarks, blind sets 2-33, 35 and 36, the written test sets or the training data (eval/tools/routing_overlap.py);
this set's own target was stricter (Jaccard max < 0.3, no shared 6-word sequence). `--words` prints this set's ids
with the shared 6-word sequences (this set's words only), used for rewording.

    .venv/bin/python -m eval.routing_blind37.src.overlap [--words]
"""
import sys
from pathlib import Path

from eval.tools.routing_overlap import nearest, shared_sequences

EARLIER = tuple(f"routing_blind{n}" for n in range(2, 37) if n != 34)

if __name__ == "__main__":
    data = Path(__file__).resolve().parents[1] / "blind37.jsonl"
    if "--words" in sys.argv:
        shared_sequences(data, EARLIER)
    raise SystemExit(nearest(data, EARLIER))
