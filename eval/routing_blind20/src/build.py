"""Writes ../blind20.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind20.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"email", "chat", "form", "phone",
          "replyall", "community", "multiissue", "scanned", "homophone", "captions"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind20.jsonl", "b20", STYLES)
