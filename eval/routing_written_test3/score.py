"""Scores the router on the third held-out split (rows.py); aggregates only, never texts.

    .venv/bin/python -m eval.routing_written_test3.score --why "run 1: the router before round 3"

At most two logged runs (runs.log); ``--dry`` prints the keyword baseline only. Scoring as in
eval/routing_written_test/score.py."""
from __future__ import annotations

from pathlib import Path

from eval.routing_written_test import score

from .rows import ROWS

HERE = Path(__file__).resolve().parent


def rows() -> list[dict]:
    return [{"id": f"wt3-{lang}-{i:03d}", "lang": lang, "category": cat, "label": label, "opt_out": opt, "text": text}
            for lang in score.LANGS for i, (cat, label, opt, text) in enumerate(ROWS[lang], 1)]


if __name__ == "__main__":
    score.main(rows(), HERE, __doc__)
