"""Writes ../blind48.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py, plus a
`length` field (short 15-200, medium 200-700, long 700-2,000 characters).

    .venv/bin/python -m eval.routing_blind48.src.build
"""
from pathlib import Path

from eval.tools.routing_build import render, rows

STYLES = {"chat", "form", "email"}
DATA = Path(__file__).resolve().parents[1] / "blind48.jsonl"


def length(text: str) -> str:
    n = len(text)
    assert 15 <= n <= 2000, n
    return "short" if n < 200 else "medium" if n < 700 else "long"


if __name__ == "__main__":
    built = rows("eval.routing_blind48.src", "b48", STYLES)
    for row in built:
        row["length"] = length(row["text"])
    DATA.write_text(render(built), encoding="utf-8")
    print(len(built))
