"""Writes ../blind36.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py, plus a
`length` field (short: 15-200 characters, medium: 200-600) checked against each text.

    .venv/bin/python -m eval.routing_blind36.src.build
"""
from pathlib import Path

from eval.tools.routing_build import render, rows

STYLES = {"carclaim", "datingapp", "trainrefund", "petfood", "mortgageportal"}


def length(text: str) -> str:
    n = len(text)
    assert 15 <= n <= 600, n
    return "short" if n <= 200 else "medium"


if __name__ == "__main__":
    data = Path(__file__).resolve().parents[1] / "blind36.jsonl"
    built = [{**r, "length": length(r["text"])} for r in rows(f"eval.{data.parent.name}.src", "b36", STYLES)]
    data.write_text(render(built), encoding="utf-8")
    print(len(built))
