"""Overlap check run before freezing blind set 43: eval/tools/routing_overlap.py's `nearest` against the routing
benchmarks, blind sets 2-42, the written test sets and the training data, with the stricter bar of this set's
brief: character 5-gram Jaccard below 0.3 and no shared 6-word sequence (this set's ids and words only are printed).

    .venv/bin/python -m eval.routing_blind43.src.overlap
"""
from pathlib import Path

from eval.tools import routing_overlap as ro

EARLIER = tuple(f"routing_blind{n}" for n in range(2, 43))
DATA = Path(__file__).resolve().parents[1] / "blind43.jsonl"

if __name__ == "__main__":
    ro.LIMIT = 0.3
    status = ro.nearest(DATA, EARLIER)
    seen: set[tuple[str, ...]] = set()
    for text in ro.other_texts(ro.other_files(EARLIER), ro.written_sets()):
        seen |= ro.word_grams(text)
    for row in ro._rows(DATA):
        shared = ro.word_grams(row["text"]) & seen
        if shared:
            status = 1
            print(row["id"], "|", " / ".join(" ".join(g) for g in sorted(shared)[:3]))
    raise SystemExit(status)
