"""Writes ../blind57.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py, plus a
`length` field (short 15-200, medium 200-700, long 700-2,000 characters).

    .venv/bin/python -m eval.routing_blind57.src.build
"""
from pathlib import Path

from eval.tools.routing_build import render, rows

STYLES = {"subscription-cancellation", "support-ticket-reply", "small-business-owner"}
FIELDS = ("id", "lang", "category", "label", "opt_out", "style", "text")


def length(text: str) -> str:
    n = len(text)
    assert 15 <= n <= 2000, n
    return "short" if n < 200 else "medium" if n < 700 else "long"


if __name__ == "__main__":
    data = Path(__file__).resolve().parents[1] / "blind57.jsonl"
    built = [{**{k: r[k] for k in FIELDS}, "length": length(r["text"])}
             for r in rows(f"eval.{data.parent.name}.src", "b57", STYLES)]
    data.write_text(render(built), encoding="utf-8")
    print(len(built))
