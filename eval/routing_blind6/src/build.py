"""Writes ../blind6.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind6.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"voice", "sms", "email", "chat", "form", "review"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind6.jsonl", "b6", STYLES)
