"""Writes ../blind18.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind18.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"email", "chat", "form", "phone",
          "runon", "arrows", "csv", "proverb", "beforeafter", "deal", "reminder", "exclaim"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind18.jsonl", "b18", STYLES)
