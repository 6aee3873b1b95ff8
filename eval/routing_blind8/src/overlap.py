"""Overlap check run before freezing. For every row of blind set 8 it finds the most similar row (character
5-gram Jaccard, case- and accent-folded, whitespace collapsed) among the routing training data, the routing
benchmarks, the earlier blind sets and the written test sets, and fails if any reaches 0.5. It also reports rows
that share a 6-word sequence with those files (the check of blind sets 5 and 6). Prints only this set's ids and
figures, never the other files' rows.

    .venv/bin/python -m eval.routing_blind8.src.overlap
"""
from __future__ import annotations

import importlib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OTHERS = (sorted((ROOT / "benchmarks" / "routing").glob("*.jsonl"))
          + [p for d in ("routing_blind2", "routing_blind3", "routing_blind4", "routing_blind5", "routing_blind6",
                       "routing_blind7")
             for p in sorted((ROOT / "eval" / d).glob("*.jsonl"))]
          + sorted((ROOT / "training" / "routing" / "data").glob("*.jsonl")))
WRITTEN = sorted(p.name for p in (ROOT / "eval").glob("routing_written_test*") if (p / "rows.py").exists())
LIMIT = 0.5
N_CHARS = 5
N_WORDS = 6


def fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


def char_grams(text: str) -> set[str]:
    t = fold(text)
    return {t[i:i + N_CHARS] for i in range(max(len(t) - N_CHARS + 1, 1))}


def word_grams(text: str) -> set[tuple[str, ...]]:
    w = re.findall(r"\w+", fold(text))
    return {tuple(w[i:i + N_WORDS]) for i in range(len(w) - N_WORDS + 1)}


def strings(obj: object) -> list[str]:
    """Every string inside the written test sets' ROWS (their texts sit in tuples inside a dict)."""
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in strings(v)]
    if isinstance(obj, (list, tuple)):
        return [s for v in obj for s in strings(v)]
    return []


def other_texts() -> list[str]:
    texts = []
    for path in OTHERS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line).get("text", ""))
    for name in WRITTEN:
        texts += [s for s in strings(importlib.import_module(f"eval.{name}.rows").ROWS) if len(s) > 3]
    return texts


def main() -> int:
    texts = other_texts()
    sizes = []
    index: dict[str, list[int]] = defaultdict(list)
    seen_words: set[tuple[str, ...]] = set()
    for k, text in enumerate(texts):
        grams = char_grams(text)
        sizes.append(len(grams))
        for g in grams:
            index[g].append(k)
        seen_words |= word_grams(text)
    mine = [json.loads(line) for line in (ROOT / "eval" / "routing_blind8" / "blind8.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    worst = []
    for row in mine:
        grams = char_grams(row["text"])
        shared = Counter(k for g in grams for k in index.get(g, ()))
        best = max((n / (len(grams) + sizes[k] - n) for k, n in shared.items()), default=0.0)
        worst.append((best, row["id"]))
    worst.sort(reverse=True)
    bad = [(j, i) for j, i in worst if j >= LIMIT]
    for j, i in bad:
        print(f"{i} | Jaccard {j:.3f}")
    words = [row["id"] for row in mine if word_grams(row["text"]) & seen_words]
    js = sorted(j for j, _ in worst)
    print(f"compared {len(mine)} rows with {len(texts)} texts ({len(OTHERS)} files, {len(WRITTEN)} written test sets)")
    print(f"character {N_CHARS}-gram Jaccard: max {js[-1]:.3f} ({worst[0][1]}), median {js[len(js) // 2]:.3f}; "
          f"rows at or above {LIMIT}: {len(bad)}")
    print(f"rows sharing a {N_WORDS}-word sequence (information): {len(words)}" + (f" ({', '.join(words)})"
                                                                                   if words else ""))
    print("top 5 nearest: " + ", ".join(f"{i} {j:.3f}" for j, i in worst[:5]))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
