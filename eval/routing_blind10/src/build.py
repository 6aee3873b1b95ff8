"""Writes ../blind10.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind10.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"ps", "plainline", "template", "smallbiz", "slang", "reviewreply", "delivery", "timeline", "llmdraft"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind10.jsonl", "b10", STYLES)
