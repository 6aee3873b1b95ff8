"""Writes ../blind17.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind17.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"email", "chat", "form", "phone",
          "minutes", "changelog", "checklist", "table", "clauses", "scorecard", "pressrelease", "postit"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind17.jsonl", "b17", STYLES)
