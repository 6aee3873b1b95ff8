"""Overlap check run before freezing: no row of blind set 4 may share a 6-word sequence with any row of the
project's routing benchmarks, the earlier blind sets or the routing training data. Prints only the ids of the
offending rows of this set and the shared words, never the other files' rows.

    .venv/bin/python -m eval.routing_blind4.src.overlap
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OTHERS = (sorted((ROOT / "benchmarks" / "routing").glob("*.jsonl")) + sorted((ROOT / "eval" / "routing_blind2").glob("*.jsonl"))
          + sorted((ROOT / "eval" / "routing_blind3").glob("*.jsonl"))
          + sorted((ROOT / "training" / "routing" / "data").glob("*.jsonl")))
N = 6


def words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return re.findall(r"\w+", "".join(c for c in folded if not unicodedata.combining(c)))


def grams(text: str) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i:i + N]) for i in range(len(w) - N + 1)}


def main() -> int:
    seen: set[tuple[str, ...]] = set()
    for path in OTHERS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen |= grams(json.loads(line).get("text", ""))
    mine = [json.loads(line) for line in (ROOT / "eval" / "routing_blind4" / "blind4.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    bad = 0
    for row in mine:
        shared = grams(row["text"]) & seen
        if shared:
            bad += 1
            print(row["id"], "|", " / ".join(" ".join(g) for g in sorted(shared)[:3]))
    print(f"{bad} of {len(mine)} rows share a {N}-word sequence with {len(OTHERS)} other files")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
