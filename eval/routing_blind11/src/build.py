"""Writes ../blind11.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind11.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"autocorrect", "agent", "mktreply", "selfqa", "grievlist", "footer", "polite", "caps", "turn"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind11.jsonl", "b11", STYLES)
