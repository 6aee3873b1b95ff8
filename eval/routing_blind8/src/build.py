"""Writes ../blind8.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind8.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"sms", "review", "sidenote", "letter", "longthread", "bullets", "l2"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind8.jsonl", "b8", STYLES)
