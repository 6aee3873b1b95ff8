"""Writes ../blind12.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind12.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"inline", "repost", "abovetheline", "sarcastic", "tldr", "edit", "bugreport", "quotesite", "questions"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind12.jsonl", "b12", STYLES)
