"""Writes ../blind24.jsonl from the per-language sources (run once, when frozen): eval/tools/routing_build.py.

    .venv/bin/python -m eval.routing_blind24.src.build
"""
from pathlib import Path

from eval.tools.routing_build import main

STYLES = {"livechat", "smsreply", "storereview", "webform",
          "supportworker", "retiree", "charityorder", "weddingplan", "intloffice"}

if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "blind24.jsonl", "b24", STYLES)
