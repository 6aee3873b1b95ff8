"""Writes ../blind16.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind16.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"email", "chat", "form", "phone",
          "memo", "breakup", "screenshots", "postcard", "fairytale", "weather", "receipt", "screenplay"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind16.jsonl", "b16", STYLES)
