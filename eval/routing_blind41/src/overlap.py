"""Overlap check run before freezing blind set 41 (eval/tools/routing_overlap.py), stricter than its `nearest`:
no row may share a 6-word sequence (case- and accent-folded) with the routing benchmarks, blind sets 2-40, the written
test sets or the training data, and every row's character 5-gram Jaccard with all of them must stay below 0.3.
Prints only this set's ids and figures, never another file's rows.

    .venv/bin/python -m eval.routing_blind41.src.overlap
"""
from collections import Counter, defaultdict
from pathlib import Path

from eval.tools.routing_overlap import _rows, char_grams, nearest, other_files, other_texts, word_grams, written_sets

EARLIER = tuple(f"routing_blind{n}" for n in range(2, 41))
DATA = Path(__file__).resolve().parents[1] / "blind41.jsonl"
LIMIT = 0.3


def strict() -> int:
    files = other_files(EARLIER)
    texts = other_texts(files, written_sets())
    sizes, index, seen = [], defaultdict(list), {}
    for k, text in enumerate(texts):
        grams = char_grams(text)
        sizes.append(len(grams))
        for g in grams:
            index[g].append(k)
        for w in word_grams(text):
            seen[w] = True
    bad = 0
    for row in _rows(DATA):
        grams = char_grams(row["text"])
        shared = Counter(k for g in grams for k in index.get(g, ()))
        best = max((n / (len(grams) + sizes[k] - n) for k, n in shared.items()), default=0.0)
        words = sorted(w for w in word_grams(row["text"]) if w in seen)
        if best >= LIMIT or words:
            bad += 1
            print(row["id"], f"Jaccard {best:.3f}", "|", " / ".join(" ".join(w) for w in words))
    mine = _rows(DATA)
    grams = [char_grams(r["text"]) for r in mine]
    inner = max(((len(a & b) / len(a | b)), mine[i]["id"], mine[j]["id"])
                for i, a in enumerate(grams) for j, b in enumerate(grams) if i < j)
    print(f"strict check: {bad} of {len(mine)} rows fail (6-word sequence shared, or Jaccard >= {LIMIT}); "
          f"{len(files)} files; within the set max pairwise Jaccard {inner[0]:.3f} ({inner[1]}, {inner[2]})")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(nearest(DATA, EARLIER) | strict())
