"""Writes ../blind9.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind9.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"burst", "ombudsman", "ocr", "tweet", "dictated", "botlog", "codeswitch", "subject"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind9.jsonl", "b9", STYLES)
