"""Writes ../blind31.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py, plus
the `length` field of this set (every row is a long e-mail, 500-1,400 characters, checked here).

    .venv/bin/python -m eval.routing_blind31.src.build
"""
from pathlib import Path

from eval.tools.routing_build import render, rows

STYLES = {"studentoffice", "gymchain", "mortgagedesk", "removals", "resale"}
DATA = Path(__file__).resolve().parents[1] / "blind31.jsonl"

if __name__ == "__main__":
    built = rows("eval.routing_blind31.src", "b31", STYLES)
    for row in built:
        assert 500 <= len(row["text"]) <= 1400, (row["id"], len(row["text"]))
        row["length"] = "long"
    DATA.write_text(render(built), encoding="utf-8")
    print(len(built))
