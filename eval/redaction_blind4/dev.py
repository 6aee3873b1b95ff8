"""Unlogged development scorer for redaction set 4 (a DEVELOPMENT set since redaction round 5).

    .venv/bin/python -m eval.redaction_blind4.dev [--cats name,secret] [--lang es] [--over]

Set 4 was scored twice (runs.log) and is spent; round 5 read its misses to learn the kinds of misses (never to copy
its values or sentences). Same machinery as eval/redaction_blind2/dev.py: the product through
`python -m plugin redact --jsonl`, nothing written to runs.log, the misses printed per category.
"""
from __future__ import annotations

from eval.redaction_blind2 import dev
from eval.redaction_blind2.score import check_frozen
from eval.redaction_blind4.score import FROZEN_SHA256, HERE

if __name__ == "__main__":
    check_frozen(HERE / "blind.jsonl", FROZEN_SHA256)
    dev.main(HERE / "blind.jsonl")
