"""Overlap check run before freezing: no row of blind set 6 may share a 6-word sequence with any row of the
project's routing benchmarks, the earlier blind sets, the written test sets or the routing training data. Prints
only the ids of the offending rows of this set and the shared words, never the other files' rows.

    .venv/bin/python -m eval.routing_blind6.src.overlap
"""
from __future__ import annotations

import importlib
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OTHERS = (sorted((ROOT / "benchmarks" / "routing").glob("*.jsonl"))
          + [p for d in ("routing_blind2", "routing_blind3", "routing_blind4", "routing_blind5")
             for p in sorted((ROOT / "eval" / d).glob("*.jsonl"))]
          + sorted((ROOT / "training" / "routing" / "data").glob("*.jsonl")))
WRITTEN = sorted(p.name for p in (ROOT / "eval").glob("routing_written_test*") if (p / "rows.py").exists())
N = 6


def words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return re.findall(r"\w+", "".join(c for c in folded if not unicodedata.combining(c)))


def grams(text: str) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i:i + N]) for i in range(len(w) - N + 1)}


def strings(obj: object) -> list[str]:
    """Every string inside the written test sets' ROWS (their texts sit in tuples inside a dict)."""
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in strings(v)]
    if isinstance(obj, (list, tuple)):
        return [s for v in obj for s in strings(v)]
    return []


def main() -> int:
    seen: set[tuple[str, ...]] = set()
    for path in OTHERS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen |= grams(json.loads(line).get("text", ""))
    for name in WRITTEN:
        for text in strings(importlib.import_module(f"eval.{name}.rows").ROWS):
            seen |= grams(text)
    mine = [json.loads(line) for line in (ROOT / "eval" / "routing_blind6" / "blind6.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    bad = 0
    for row in mine:
        shared = grams(row["text"]) & seen
        if shared:
            bad += 1
            print(row["id"], "|", " / ".join(" ".join(g) for g in sorted(shared)[:3]))
    print(f"{bad} of {len(mine)} rows share a {N}-word sequence with {len(OTHERS)} files and {len(WRITTEN)} "
          f"written test sets")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
