"""Writes ../blind34.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py's
checks, plus a `length` field (short: 15-200 characters, medium: 200-600) and checks of the family plan.

    .venv/bin/python -m eval.routing_blind34.src.build
"""
from collections import Counter
from pathlib import Path

from eval.tools.routing_build import LANGS, render, rows

STYLES = {"bankchat", "lockerform", "streamreply", "cityutility", "gymwhatsapp"}
# per language: family -> (rows, short rows); with_person per language below
PLAN = {"optout": (14, 9), "optneg": (10, 7), "human": (8, 5), "humanneg": (4, 3), "bias": (2, 1), "hardneg": (2, 1)}
WITH_PERSON = {"en": 3, "es": 3, "fr": 2, "de": 2, "pt": 2}


def length(text: str) -> str:
    n = len(text)
    assert 15 <= n <= 600, (n, text[:40])
    return "short" if n <= 200 else "medium"


def built(langs=LANGS) -> list[dict]:
    out = []
    for row in rows("eval.routing_blind34.src", "b34", STYLES):
        out.append({"id": row["id"], "lang": row["lang"], "category": row["category"], "label": row["label"],
                    "opt_out": row["opt_out"], "style": row["style"], "text": row["text"],
                    "length": length(row["text"])})
    for lang in langs:
        mine = [r for r in out if r["lang"] == lang]
        fam = Counter(r["category"].split("/")[0] for r in mine)
        short = Counter(r["category"].split("/")[0] for r in mine if r["length"] == "short")
        for f, (n, s) in PLAN.items():
            assert fam[f] == n and short[f] == s, (lang, f, fam[f], short[f])
        assert sum(r["category"] == "optout/with_person" for r in mine) == WITH_PERSON[lang], lang
        assert Counter(r["style"] for r in mine) == {s: 8 for s in STYLES}, (lang, Counter(r["style"] for r in mine))
    return out


if __name__ == "__main__":
    data = Path(__file__).resolve().parents[1] / "blind34.jsonl"
    out = built()
    data.write_text(render(out), encoding="utf-8")
    print(len(out))
