"""Overlap checks run before freezing a routing blind set. Each set keeps a thin `src/overlap.py` naming its file and
the earlier blind sets it is compared with:

    .venv/bin/python -m eval.routing_blindN.src.overlap

The other texts are every row of `benchmarks/routing/*.jsonl`, of the earlier blind sets (`*.jsonl`), of
`training/routing/data/*.jsonl` and (from blind set 5 on) every string of `eval/routing_written_test*/rows.py`.
- `shared_sequences` (blind sets 4-6): no row may share a 6-word sequence (case- and accent-folded) with them;
  prints the offending ids and the shared words.
- `nearest` (from blind set 7): for every row the most similar other text by character 5-gram Jaccard (case- and
  accent-folded, whitespace collapsed), failing if any reaches 0.5; the 6-word check is reported as information.
Both print only this set's ids, words and figures, never the other files' rows, and return 1 on a failure.
"""
from __future__ import annotations

import importlib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 0.5
N_CHARS = 5
N_WORDS = 6


def other_files(earlier: Sequence[str]) -> list[Path]:
    """The jsonl files compared with: routing benchmarks, the `earlier` blind sets (eval folder names), training."""
    return (sorted((ROOT / "benchmarks" / "routing").glob("*.jsonl"))
            + [p for d in earlier for p in sorted((ROOT / "eval" / d).glob("*.jsonl"))]
            + sorted((ROOT / "training" / "routing" / "data").glob("*.jsonl")))


def written_sets() -> list[str]:
    return sorted(p.name for p in (ROOT / "eval").glob("routing_written_test*") if (p / "rows.py").exists())


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


def other_texts(files: Sequence[Path], written: Sequence[str]) -> list[str]:
    texts = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line).get("text", ""))
    for name in written:
        texts += [s for s in strings(importlib.import_module(f"eval.{name}.rows").ROWS) if len(s) > 3]
    return texts


def _rows(data: Path) -> list[dict]:
    return [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]


def shared_sequences(data: Path, earlier: Sequence[str], with_written: bool = True) -> int:
    """The check of blind sets 4-6 (`with_written=False` for set 4, which did not compare with the written sets)."""
    files = other_files(earlier)
    written = written_sets() if with_written else []
    seen: set[tuple[str, ...]] = set()
    for text in other_texts(files, written):
        seen |= word_grams(text)
    mine = _rows(data)
    bad = 0
    for row in mine:
        shared = word_grams(row["text"]) & seen
        if shared:
            bad += 1
            print(row["id"], "|", " / ".join(" ".join(g) for g in sorted(shared)[:3]))
    against = (f"{len(files)} files and {len(written)} written test sets" if with_written
               else f"{len(files)} other files")
    print(f"{bad} of {len(mine)} rows share a {N_WORDS}-word sequence with {against}")
    return 1 if bad else 0


def nearest(data: Path, earlier: Sequence[str]) -> int:
    """From blind set 7 on: character 5-gram Jaccard with every other text; 6-word sequences as information only."""
    files, written = other_files(earlier), written_sets()
    texts = other_texts(files, written)
    sizes = []
    index: dict[str, list[int]] = defaultdict(list)
    seen_words: set[tuple[str, ...]] = set()
    for k, text in enumerate(texts):
        grams = char_grams(text)
        sizes.append(len(grams))
        for g in grams:
            index[g].append(k)
        seen_words |= word_grams(text)
    mine = _rows(data)
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
    print(f"compared {len(mine)} rows with {len(texts)} texts ({len(files)} files, {len(written)} written test sets)")
    print(f"character {N_CHARS}-gram Jaccard: max {js[-1]:.3f} ({worst[0][1]}), median {js[len(js) // 2]:.3f}; "
          f"rows at or above {LIMIT}: {len(bad)}")
    print(f"rows sharing a {N_WORDS}-word sequence (information): {len(words)}" + (f" ({', '.join(words)})"
                                                                                   if words else ""))
    print("top 5 nearest: " + ", ".join(f"{i} {j:.3f}" for j, i in worst[:5]))
    return 1 if bad else 0
