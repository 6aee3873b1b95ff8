"""Writes ../blind28.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind28.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"decisionappeal", "student", "landlord", "newcomer", "nightshift"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind28.jsonl", "b28", STYLES)
