"""Writes ../blind23.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind23.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"gigworker", "pharmacy", "expat", "letting", "clubsec", "schooltrip"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind23.jsonl", "b23", STYLES)
