"""Overlap check run before freezing blind set 34: no row may share a 6-word sequence with, or reach character
5-gram Jaccard 0.3, with the routing benchmarks, blind sets 2-32 (blind 33 is never opened or compared), the written
test sets or the training data (eval/tools/routing_overlap.py; the brief's limit 0.3 is stricter than the tool's 0.5).

    .venv/bin/python -m eval.routing_blind34.src.overlap
"""
from collections import Counter, defaultdict
from pathlib import Path

from eval.tools.routing_overlap import (
    _rows,
    char_grams,
    nearest,
    other_files,
    other_texts,
    shared_sequences,
    written_sets,
)

EARLIER = tuple(f"routing_blind{n}" for n in range(2, 33))
BRIEF_LIMIT = 0.3



def over_brief_limit(data: Path) -> int:
    """Rows whose nearest other text reaches BRIEF_LIMIT (this set's ids and figures only)."""
    texts = other_texts(other_files(EARLIER), written_sets())
    sizes, index = [], defaultdict(list)
    for k, text in enumerate(texts):
        grams = char_grams(text)
        sizes.append(len(grams))
        for g in grams:
            index[g].append(k)
    bad = 0
    for row in _rows(data):
        grams = char_grams(row["text"])
        shared = Counter(k for g in grams for k in index.get(g, ()))
        best = max((n / (len(grams) + sizes[k] - n) for k, n in shared.items()), default=0.0)
        if best >= BRIEF_LIMIT:
            bad += 1
            print(f"{row['id']} | Jaccard {best:.3f} (brief limit {BRIEF_LIMIT})")
    print(f"rows at or above the brief's limit {BRIEF_LIMIT}: {bad}")
    return bad


if __name__ == "__main__":
    data = Path(__file__).resolve().parents[1] / "blind34.jsonl"
    words = shared_sequences(data, EARLIER)
    chars = nearest(data, EARLIER)
    strict = over_brief_limit(data)
    raise SystemExit(1 if words or chars or strict else 0)
