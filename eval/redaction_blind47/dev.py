"""Unlogged development scorer for redaction set 47 -- for use ONLY once the set is spent (two runs in runs.log).

    .venv/bin/python -m eval.redaction_blind47.dev [--cats name,secret] [--lang es] [--over]

While the set is blind (fewer than two logged runs) do not run this: it prints misses. Same machinery as
eval/redaction_blind2/dev.py: the product through `python -m plugin redact --jsonl`, nothing written to runs.log,
the misses printed per category. A copy of eval/redaction_blind22/dev.py with this folder.
"""
from __future__ import annotations

from eval.redaction_blind2 import dev
from eval.redaction_blind2.score import check_frozen
from eval.redaction_blind47.score import FROZEN_SHA256, HERE

if __name__ == "__main__":
    check_frozen(HERE / "blind.jsonl", FROZEN_SHA256)
    dev.main(HERE / "blind.jsonl")
