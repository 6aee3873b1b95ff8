"""Writes ../blind4.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind4.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"em", "voice", "sms", "relay", "form", "survey", "mix", "chat"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind4.jsonl", "b4", STYLES)
