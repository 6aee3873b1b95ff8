"""Writes ../blind43.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py, plus
a `length` field (short < 200 characters, medium 200-699, long 700 and over).

    .venv/bin/python -m eval.routing_blind43.src.build
"""
from pathlib import Path

from eval.tools.routing_build import render, rows

STYLES = {"chat", "email", "webform"}


def length(text: str) -> str:
    return "short" if len(text) < 200 else "medium" if len(text) < 700 else "long"


if __name__ == "__main__":
    data = Path(__file__).resolve().parents[1] / "blind43.jsonl"
    built = rows("eval.routing_blind43.src", "b43", STYLES)
    for row in built:
        row["length"] = length(row["text"])
    data.write_text(render(built), encoding="utf-8")
    print(len(built))
