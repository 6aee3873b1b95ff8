"""Unlogged development scorer for redaction set 44. Run it ONLY once the set is spent (after its run 2).

    .venv/bin/python -m eval.redaction_blind44.dev [--cats name,secret] [--lang es] [--over]

It prints misses: never run it while set 44 is blind; after it is spent, read misses to choose changes, never to
copy its values or sentences. Same machinery as eval/redaction_blind2/dev.py: the product
through `python -m plugin redact --jsonl`, nothing written to runs.log, the misses printed per category. A copy of
eval/redaction_blind13/dev.py with this folder.
"""
from __future__ import annotations

from eval.redaction_blind2 import dev
from eval.redaction_blind2.score import check_frozen
from eval.redaction_blind44.score import FROZEN_SHA256, HERE

if __name__ == "__main__":
    check_frozen(HERE / "blind.jsonl", FROZEN_SHA256)
    dev.main(HERE / "blind.jsonl")
