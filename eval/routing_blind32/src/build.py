"""Writes ../blind32.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py, plus
a `length` field (short = 20-250 characters, long = 450-1,200) checked here: half of each family in each language
short, half long.

    .venv/bin/python -m eval.routing_blind32.src.build
"""
from collections import Counter
from pathlib import Path

from eval.tools.routing_build import render, rows

STYLES = {"loandesk", "toyshop", "carshare", "waterutility", "eventvenue"}


def length(text: str) -> str:
    n = len(text)
    assert 20 <= n <= 250 or 450 <= n <= 1200, (n, text[:40])
    return "short" if n <= 250 else "long"


def main() -> None:
    data = Path(__file__).resolve().parents[1] / "blind32.jsonl"
    built = rows("eval.routing_blind32.src", "b32", STYLES)
    for r in built:
        r["length"] = length(r["text"])
    fam = Counter((r["lang"], r["category"].split("/")[0], r["length"]) for r in built)
    for (lang, f, ln), n in fam.items():
        other = "long" if ln == "short" else "short"
        assert fam[(lang, f, other)] == n, (lang, f, ln, n)
    wp = Counter((r["lang"], r["length"]) for r in built if r["category"] == "optout/with_person")
    assert len(set(wp.values())) <= 1, wp
    assert Counter(r["style"] for r in built if r["lang"] == "en")  # styles present
    data.write_text(render(built), encoding="utf-8")
    print(len(built))


if __name__ == "__main__":
    main()
