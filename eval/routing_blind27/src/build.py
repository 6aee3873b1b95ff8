"""Writes ../blind27.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind27.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"farmer", "nightshift", "teacher", "student", "newparent"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind27.jsonl", "b27", STYLES)
