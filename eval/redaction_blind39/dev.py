"""Unlogged development scorer for redaction set 39 -- only once the set is spent (two logged runs in runs.log).

    .venv/bin/python -m eval.redaction_blind39.dev [--cats name,secret] [--lang es] [--over]

While set 39 is blind, do not run this. Same machinery as eval/redaction_blind2/dev.py: the product through
`python -m plugin redact --jsonl`, nothing written to runs.log, the misses printed per category.
"""
from __future__ import annotations

from eval.redaction_blind2 import dev
from eval.redaction_blind2.score import check_frozen
from eval.redaction_blind39.score import FROZEN_SHA256, HERE

if __name__ == "__main__":
    check_frozen(HERE / "blind.jsonl", FROZEN_SHA256)
    dev.main(HERE / "blind.jsonl")
