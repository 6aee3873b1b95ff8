"""Writes ../blind30.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py, plus a
`length` field (short: 20-250 characters; long: 450-1,200), checked here.

    .venv/bin/python -m eval.routing_blind30.src.build
"""
from pathlib import Path

from eval.tools.routing_build import render, rows

STYLES = {"cardealer", "boxoffice", "rxdelivery", "mobileoperator", "homeclaim"}


def length(text: str) -> str:
    n = len(text)
    assert 20 <= n <= 250 or 450 <= n <= 1200, n
    return "short" if n <= 250 else "long"


if __name__ == "__main__":
    data = Path(__file__).resolve().parents[1] / "blind30.jsonl"
    built = [dict(r, length=length(r["text"])) for r in rows("eval.routing_blind30.src", "b30", STYLES)]
    data.write_text(render(built), encoding="utf-8")
    print(len(built))
