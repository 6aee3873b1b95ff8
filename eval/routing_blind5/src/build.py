"""Writes ../blind5.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind5.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"review", "legal", "b2b", "elder", "proxy", "transl", "short", "long", "quoted"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind5.jsonl", "b5", STYLES)
