"""Unlogged development scorer for redaction set 5 (a DEVELOPMENT set since redaction round 6).

    .venv/bin/python -m eval.redaction_blind5.dev [--cats name,secret] [--lang es] [--over]

Set 5 was scored twice (runs.log) and is spent; round 6 reads its misses to learn the kinds of misses (never to copy
its values or sentences). Same machinery as eval/redaction_blind2/dev.py: the product through
`python -m plugin redact --jsonl`, nothing written to runs.log, the misses printed per category. A copy of
eval/redaction_blind4/dev.py with this folder.
"""
from __future__ import annotations

from eval.redaction_blind2 import dev
from eval.redaction_blind2.score import check_frozen
from eval.redaction_blind5.score import FROZEN_SHA256, HERE

if __name__ == "__main__":
    check_frozen(HERE / "blind.jsonl", FROZEN_SHA256)
    dev.main(HERE / "blind.jsonl")
