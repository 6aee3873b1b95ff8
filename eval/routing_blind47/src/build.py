"""Writes ../blind47.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py, plus
a `length` field (short 15-200 characters, medium 200-700, long 700-2,000).

    .venv/bin/python -m eval.routing_blind47.src.build
"""
from pathlib import Path

from eval.tools.routing_build import render, rows

STYLES = {"chat", "webform", "longmail"}


def length(text: str) -> str:
    n = len(text)
    assert 15 <= n <= 2000, n
    return "short" if n < 200 else "medium" if n < 700 else "long"


if __name__ == "__main__":
    data = Path(__file__).resolve().parents[1] / "blind47.jsonl"
    built = rows("eval.routing_blind47.src", "b47", STYLES)
    for r in built:
        r["length"] = length(r["text"])
    data.write_text(render(built), encoding="utf-8")
    print(len(built))
