"""Writes ../blind7.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind7.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"thread", "formdump", "calllog", "dm", "fwd", "behalf"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind7.jsonl", "b7", STYLES)
