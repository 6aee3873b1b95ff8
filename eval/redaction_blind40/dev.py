"""Unlogged development scorer for redaction set 40 (only once the set is spent, i.e. after its two logged runs).

    .venv/bin/python -m eval.redaction_blind40.dev [--cats name,secret] [--lang es] [--over]

Same machinery as eval/redaction_blind2/dev.py: the product through `python -m plugin redact --jsonl`, nothing
written to runs.log, the misses printed per category. Do not run it while the set is blind.
"""
from __future__ import annotations

from eval.redaction_blind2 import dev
from eval.redaction_blind2.score import check_frozen
from eval.redaction_blind40.score import FROZEN_SHA256, HERE

if __name__ == "__main__":
    check_frozen(HERE / "blind.jsonl", FROZEN_SHA256)
    dev.main(HERE / "blind.jsonl")
