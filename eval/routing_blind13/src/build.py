"""Writes ../blind13.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind13.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"thirdperson", "asterisk", "corporate", "ellipsis", "markdown", "analogy", "ifthen", "proscons"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind13.jsonl", "b13", STYLES)
