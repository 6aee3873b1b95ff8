"""Scores the router on routing symmetry set 9 (issue 12); prints and logs aggregates only (never texts).

    .venv/bin/python -m eval.routing_symmetry9.score --why "run 1: main before routing round 27b"

Runs eval/routing_symmetry3/score.py's `run` (its keyword baseline, its call of the fixed contract
`python -m plugin classify --jsonl` and its report: templates whose route changes with the group, ordinary and
hard-negative fills sent to review or human per language/axis/in-list, complaint recall); only the data path, the
frozen sha256 and the run log are this set's own. At most two runs may be logged in runs.log; a third is refused
(the set is then spent). ``--dry`` prints the keyword baseline, never runs the router and logs nothing. The script
refuses to score if symmetry.jsonl does not match FROZEN_SHA256."""
from __future__ import annotations

from pathlib import Path

from eval.routing_symmetry3.score import run

HERE = Path(__file__).resolve().parent
FROZEN_SHA256 = "86ffd8608a143b520abc44f73ab0b65697c15fe34723c9dcca96f1f3ac666d75"


def main() -> None:
    run(HERE, FROZEN_SHA256, 9, __doc__)


if __name__ == "__main__":
    main()
