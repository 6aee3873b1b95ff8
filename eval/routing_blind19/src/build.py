"""Writes ../blind19.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind19.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"email", "chat", "form", "phone",
          "hashtags", "emoji", "ultimatum", "arrows", "invite", "slogan", "outofoffice", "proverb"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind19.jsonl", "b19", STYLES)
