"""Unlogged development scorer for redaction set 31 -- for use ONLY after set 31 is spent (two logged runs).

    .venv/bin/python -m eval.redaction_blind31.dev [--cats name,secret] [--lang es] [--over]

While set 31 is fresh (fewer than two runs in runs.log) this file must not be run: its misses are not to be read.
Same machinery as eval/redaction_blind2/dev.py: the product through `python -m plugin redact --jsonl`, nothing written
to runs.log, the misses printed per category. A copy of eval/redaction_blind13/dev.py with this folder.
"""
from __future__ import annotations

from eval.redaction_blind2 import dev
from eval.redaction_blind2.score import check_frozen
from eval.redaction_blind31.score import FROZEN_SHA256, HERE

if __name__ == "__main__":
    check_frozen(HERE / "blind.jsonl", FROZEN_SHA256)
    dev.main(HERE / "blind.jsonl")
