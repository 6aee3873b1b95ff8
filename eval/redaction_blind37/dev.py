"""Unlogged development scorer for redaction set 37 -- for use ONLY after the set is spent (two logged runs in
runs.log). While the set is blind, do not run this: it prints misses.

    .venv/bin/python -m eval.redaction_blind37.dev [--cats name,secret] [--lang es] [--over]

Same machinery as eval/redaction_blind2/dev.py: the product through `python -m plugin redact --jsonl`, nothing
written to runs.log, the misses printed per category. A copy of eval/redaction_blind22/dev.py with this folder; it
refuses to run while runs.log has fewer than two logged runs.
"""
from __future__ import annotations

import sys

from eval.redaction_blind2 import dev
from eval.redaction_blind2.score import check_frozen, logged_runs
from eval.redaction_blind37.score import FROZEN_SHA256, HERE

if __name__ == "__main__":
    if logged_runs(HERE / "runs.log") < 2 and "--spent" not in sys.argv:
        sys.exit("set 37 is still blind (fewer than two logged runs); pass --spent only once it is spent")
    sys.argv = [a for a in sys.argv if a != "--spent"]
    check_frozen(HERE / "blind.jsonl", FROZEN_SHA256)
    dev.main(HERE / "blind.jsonl")
