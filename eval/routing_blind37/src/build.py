"""Writes ../blind37.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py, plus a
`length` field (short: 15-200 characters, medium: 201-700), checked here.

    .venv/bin/python -m eval.routing_blind37.src.build
"""
from pathlib import Path

from eval.tools.routing_build import render, rows

STYLES = {"courierdm", "powerbill", "fixitdesk", "savingsbank", "tourdesk"}


def length(text: str) -> str:
    assert 15 <= len(text) <= 700, (len(text), text[:40])
    return "short" if len(text) <= 200 else "medium"


if __name__ == "__main__":
    data = Path(__file__).resolve().parents[1] / "blind37.jsonl"
    built = [{**r, "length": length(r["text"])} for r in rows(f"eval.{data.parent.name}.src", "b37", STYLES)]
    data.write_text(render(built), encoding="utf-8")
    print(len(built))
