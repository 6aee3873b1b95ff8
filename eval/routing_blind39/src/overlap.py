"""Overlap check run before freezing blind set 39 (eval/tools/routing_overlap.py): compared with the routing
benchmarks, blind sets 2-33, 35, 36 and 38, the written test sets and the training data. Stricter than the tool's
default: character 5-gram Jaccard must stay below 0.3, and no row may share a 6-word sequence.

    .venv/bin/python -m eval.routing_blind39.src.overlap
"""
from pathlib import Path

from eval.tools import routing_overlap
from eval.tools.routing_overlap import _rows, nearest, other_files, other_texts, word_grams, written_sets

EARLIER = tuple(f"routing_blind{n}" for n in (*range(2, 34), 35, 36, 38))


def main() -> int:
    data = Path(__file__).resolve().parents[1] / "blind39.jsonl"
    routing_overlap.LIMIT = 0.3
    status = nearest(data, EARLIER)
    seen: set = set()
    for text in other_texts(other_files(EARLIER), written_sets()):
        seen |= word_grams(text)
    bad = 0
    for row in _rows(data):
        shared = word_grams(row["text"]) & seen
        if shared:
            bad += 1
            print(row["id"], "|", " / ".join(" ".join(g) for g in sorted(shared)[:3]))
    print(f"rows sharing a 6-word sequence: {bad}")
    return 1 if status or bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
