"""Unlogged development scorer for redaction set 34 (only once the set is spent).

    .venv/bin/python -m eval.redaction_blind34.dev [--cats name,secret] [--lang es] [--over]

NOT FOR USE WHILE SET 34 IS BLIND: run it only after the set's two logged runs (runs.log), when set 34 is spent and
becomes a development set. Same machinery as eval/redaction_blind2/dev.py: the product through
`python -m plugin redact --jsonl`, nothing written to runs.log, the misses printed per category. A copy of
eval/redaction_blind22/dev.py with this folder.
"""
from __future__ import annotations

from eval.redaction_blind2 import dev
from eval.redaction_blind2.score import check_frozen
from eval.redaction_blind34.score import FROZEN_SHA256, HERE

if __name__ == "__main__":
    check_frozen(HERE / "blind.jsonl", FROZEN_SHA256)
    dev.main(HERE / "blind.jsonl")
