"""Unlogged development scorer for redaction set 23 -- NOT to be run while the set is blind.

    .venv/bin/python -m eval.redaction_blind23.dev [--cats name,username] [--lang es] [--over]

Use only after the set is spent (two logged runs in runs.log) or declared a development set: it prints the misses per
category, which is reading the set. Same machinery as eval/redaction_blind2/dev.py: the product through
`python -m plugin redact --jsonl`, nothing written to runs.log. A copy of eval/redaction_blind22/dev.py with this folder.
"""
from __future__ import annotations

from eval.redaction_blind2 import dev
from eval.redaction_blind2.score import check_frozen
from eval.redaction_blind23.score import FROZEN_SHA256, HERE

if __name__ == "__main__":
    check_frozen(HERE / "blind.jsonl", FROZEN_SHA256)
    dev.main(HERE / "blind.jsonl")
