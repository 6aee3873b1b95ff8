"""Writes ../blind15.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind15.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"email", "chat", "form", "phone",
          "headline", "diary", "classified", "commentary", "definition", "meme", "secondperson", "recipe"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind15.jsonl", "b15", STYLES)
