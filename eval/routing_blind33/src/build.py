"""Writes ../blind33.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py, plus
a `length` field (short: 20-250 characters, long: 450-1,200; anything between fails the build).

    .venv/bin/python -m eval.routing_blind33.src.build
"""
from pathlib import Path

from eval.tools.routing_build import render, rows

STYLES = {"hotelchain", "gadgetstore", "fooddelivery", "healthfund", "languageschool"}


def with_length(built: list[dict]) -> list[dict]:
    out = []
    for r in built:
        n = len(r["text"])
        assert 20 <= n <= 250 or 450 <= n <= 1200, (r["id"], n)
        out.append({"id": r["id"], "lang": r["lang"], "category": r["category"], "label": r["label"],
                    "opt_out": r["opt_out"], "style": r["style"], "length": "short" if n <= 250 else "long",
                    "text": r["text"]})
    return out


if __name__ == "__main__":
    data = Path(__file__).resolve().parents[1] / "blind33.jsonl"
    built = with_length(rows(f"eval.{data.parent.name}.src", "b33", STYLES))
    data.write_text(render(built), encoding="utf-8")
    print(len(built))
