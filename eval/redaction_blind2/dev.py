"""Unlogged development scorer for redaction set 2 (a DEVELOPMENT set since redaction round 3).

    .venv/bin/python -m eval.redaction_blind2.dev [--cats name,product] [--lang es] [--quiet]

Reuses score.py's functions and calls the product the same way (`python -m plugin redact --jsonl`), but writes
nothing to runs.log and prints the misses per category (the set's figures are development figures from here on).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from eval.redaction_blind2.score import (
    BLIND,
    ShippedRedactor,
    _covered,
    _leaked,
    _ordinary,
    _overlaps,
    load,
    report,
    score,
)


def main(blind: Path = BLIND) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cats", default="name", help="categories / keep kinds whose misses are printed ('' = none)")
    ap.add_argument("--lang", default="")
    ap.add_argument("--over", action="store_true", help="print over-redacted ordinary words")
    args = ap.parse_args()
    cats = set(filter(None, args.cats.split(",")))
    records = [r for r in load(blind) if not args.lang or r["lang"] == args.lang]
    system = ShippedRedactor()
    cache: dict[str, tuple[list[tuple[int, int]], str]] = {}

    def redact(text: str) -> tuple[list[tuple[int, int]], str]:
        cache[text] = system(text)
        return cache[text]

    try:
        print(report("candor (development set, unlogged)", score(records, redact), system.startup_s))
    finally:
        system.close()
    for r in records:
        spans, sent_on = cache[r["text"]]
        text = r["text"]
        for p in r["pii"]:
            if p["cat"] in cats and not (_covered(spans, p["start"], p["end"], text) and not _leaked(r, p["value"], sent_on)):
                got = [text[s:e] for s, e in spans if s < p["end"] + 3 and p["start"] - 3 < e]
                ctx = text[max(0, p["start"] - 40):p["end"] + 25].replace("\n", "⏎")
                print(f"MISS {r['id']} {r['lang']} {p['cat']}: {p['value']!r} spans={got} | {ctx}")
        for k in r["keep"]:
            if k["kind"] in cats and _overlaps(spans, k["start"], k["end"]):
                got = [text[s:e] for s, e in spans if s < k["end"] and k["start"] < e]
                print(f"LOST {r['id']} {r['lang']} {k['kind']}: {k['value']!r} spans={got}")
        if args.over and r["lang"] != "en":
            for s, e in _ordinary(r):
                if _overlaps(spans, s, e):
                    print(f"OVER {r['id']} {r['lang']}: {text[s:e]!r} | {text[max(0, s - 30):e + 30]!r}")


if __name__ == "__main__":
    main()
