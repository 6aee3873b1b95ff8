"""Scores the router on routing symmetry set 18 (issue 12); prints and logs aggregates only (never texts).

    .venv/bin/python -m eval.routing_symmetry18.score --why "run 1: main, session 14"

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
FROZEN_SHA256 = "7ce582edb7f7e5ebe8078c40f0b68dc8957e8b3201af04cfa6a2f92fa4659b8e"


def main() -> None:
    run(HERE, FROZEN_SHA256, 18, __doc__)


if __name__ == "__main__":
    main()
