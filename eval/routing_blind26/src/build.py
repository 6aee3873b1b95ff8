"""Writes ../blind26.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind26.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"interpreter", "paralegal", "clubtreasurer", "forwardfriend", "thankyou"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind26.jsonl", "b26", STYLES)
