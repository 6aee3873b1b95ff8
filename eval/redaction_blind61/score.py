"""Score the shipped redactor on blind redaction set 61: protected / kept / over-redaction, per category and language.

    .venv/bin/python -m eval.redaction_blind61.score --build          # markup -> blind.jsonl (before freezing only)
    .venv/bin/python -m eval.redaction_blind61.score --note "run 1: redaction as it is, before the next redaction round (commit ...)"
    .venv/bin/python -m eval.redaction_blind61.score --note "run 2: after that round (commit ...)"
    .venv/bin/python -m eval.redaction_blind61.score --smoke          # 3 records NOT in the set: checks the plumbing

Same machinery and rules as eval/redaction_blind2 (its `main` is called with this folder and these sources):
the product through `python -m plugin redact --jsonl`, plain Presidio as the baseline, every run appended to
runs.log with its note, a third logged run refused. Before scoring, the frozen blind.jsonl is checked against its
sha256.
"""
from __future__ import annotations

from pathlib import Path

from eval.redaction_blind2.score import main as score_set

HERE = Path(__file__).parent
SOURCES = tuple(HERE / f"tickets_{lang}.txt" for lang in ("en", "es", "fr", "de", "pt"))
# sha256 of blind.jsonl at the freeze; a changed file is not this set any more.
FROZEN_SHA256 = "163caaaa4629dcbe5c2699d1b222e2bfd6e50a56bdb2e0e99f6acc31203e08ad"


if __name__ == "__main__":
    score_set(HERE, SOURCES, FROZEN_SHA256)
