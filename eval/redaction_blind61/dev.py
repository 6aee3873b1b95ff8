"""Unlogged development scorer for redaction set 61, for use only once the set is spent (scored twice, runs.log).

    .venv/bin/python -m eval.redaction_blind61.dev [--cats name,secret] [--lang es] [--over]

Do not run it while set 61 is fresh. Same machinery as eval/redaction_blind2/dev.py: the product through
`python -m plugin redact --jsonl`, nothing written to runs.log, the misses printed per category. A copy of
eval/redaction_blind50/dev.py with this folder.
"""
from __future__ import annotations

from eval.redaction_blind2 import dev
from eval.redaction_blind2.score import check_frozen
from eval.redaction_blind61.score import FROZEN_SHA256, HERE

if __name__ == "__main__":
    check_frozen(HERE / "blind.jsonl", FROZEN_SHA256)
    dev.main(HERE / "blind.jsonl")
