"""Writes ../blind25.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind25.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"parentassoc", "procurement", "pastedchat", "neighbourdispute", "forumpost"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind25.jsonl", "b25", STYLES)
