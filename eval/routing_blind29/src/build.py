"""Writes ../blind29.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py, plus a
`length` field (short 20-250 characters, long 450-1,200) checked here: half of every family in every language short.

    .venv/bin/python -m eval.routing_blind29.src.build
"""
from collections import Counter
from pathlib import Path

from eval.tools.routing_build import render, rows

STYLES = {"vetbooking", "railhelpline", "onlinecourse", "fitnessclub", "utilitybill"}


def length(text: str) -> str:
    if 20 <= len(text) <= 250:
        return "short"
    assert 450 <= len(text) <= 1200, (len(text), text[:40])
    return "long"


def build() -> list[dict]:
    built = rows("eval.routing_blind29.src", "b29", STYLES)
    for r in built:
        r["length"] = length(r["text"])
    fams = Counter((r["lang"], r["category"].split("/")[0], r["length"]) for r in built)
    for (lang, fam, size), n in fams.items():
        assert n == fams[(lang, fam, "long" if size == "short" else "short")], (lang, fam, size, n)
    styles = Counter((r["lang"], r["style"], r["length"]) for r in built)
    assert all(styles[(lang, s, size)] for lang in {r["lang"] for r in built} for s in STYLES
               for size in ("short", "long")), "a style lacks short or long rows"
    return built


if __name__ == "__main__":
    out = build()
    (Path(__file__).resolve().parents[1] / "blind29.jsonl").write_text(render(out), encoding="utf-8")
    print(len(out))
