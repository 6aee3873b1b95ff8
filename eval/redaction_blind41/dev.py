"""Unlogged development scorer for redaction set 41 — NOT to be used while the set is blind.

    .venv/bin/python -m eval.redaction_blind41.dev [--cats name,secret] [--lang es] [--over]

Only after set 41 has been scored twice (runs.log) and declared spent may its misses be read, to choose a later
redaction round's changes, never to copy its values or sentences. Same machinery as eval/redaction_blind2/dev.py:
the product through `python -m plugin redact --jsonl`, nothing written to runs.log, the misses printed per category.
A copy of eval/redaction_blind22/dev.py with this folder.
"""
from __future__ import annotations

from eval.redaction_blind2 import dev
from eval.redaction_blind2.score import check_frozen
from eval.redaction_blind41.score import FROZEN_SHA256, HERE

if __name__ == "__main__":
    check_frozen(HERE / "blind.jsonl", FROZEN_SHA256)
    dev.main(HERE / "blind.jsonl")
