"""Scores the router on routing symmetry set 19 (issue 12); prints and logs aggregates only (never texts).

    .venv/bin/python -m eval.routing_symmetry19.score --why "run 1: main, session 15"

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
FROZEN_SHA256 = "de090891289e3160c77dca81e1deb6c6aeb0bf2b05d67af8063e2a06755b0c7f"


def main() -> None:
    run(HERE, FROZEN_SHA256, 19, __doc__)


if __name__ == "__main__":
    main()
