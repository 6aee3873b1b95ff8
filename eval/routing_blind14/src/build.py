"""Writes ../blind14.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind14.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"telegram", "verse", "footnote", "anecdote", "asides", "code", "sandwich", "options"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind14.jsonl", "b14", STYLES)
