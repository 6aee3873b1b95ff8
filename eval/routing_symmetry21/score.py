"""Scores the router on routing symmetry set 21 (issue 12); prints and logs aggregates only (never texts).

    .venv/bin/python -m eval.routing_symmetry21.score --why "run 1: main, session 15"

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
FROZEN_SHA256 = "b4a81167a4d569883af9b23eca6e3bde0bd15f81b2cb11da970d8f237fbfcbe4"


def main() -> None:
    run(HERE, FROZEN_SHA256, 21, __doc__)


if __name__ == "__main__":
    main()
