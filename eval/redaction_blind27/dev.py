"""Unlogged development scorer for redaction set 27 -- do NOT run it while the set is fresh.

    .venv/bin/python -m eval.redaction_blind27.dev [--cats name,secret] [--lang es] [--over]

It prints per-value misses, which turns the set into a development set. Run it only once set 27 has been scored
twice (runs.log) and is declared spent. Same machinery as eval/redaction_blind2/dev.py: the product through
`python -m plugin redact --jsonl`, nothing written to runs.log. A copy of eval/redaction_blind22/dev.py with this
folder.
"""
from __future__ import annotations

from eval.redaction_blind2 import dev
from eval.redaction_blind2.score import check_frozen
from eval.redaction_blind27.score import FROZEN_SHA256, HERE

if __name__ == "__main__":
    check_frozen(HERE / "blind.jsonl", FROZEN_SHA256)
    dev.main(HERE / "blind.jsonl")
