"""Writes ../blind21.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind21.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"inbox", "account", "association", "institution", "webticket", "autofooter", "newsletter", "thread"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind21.jsonl", "b21", STYLES)
