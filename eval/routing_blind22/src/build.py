"""Writes ../blind22.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind22.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"shopowner", "itinerary", "tenants", "phonemail", "satisfaction", "regulator"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind22.jsonl", "b22", STYLES)
