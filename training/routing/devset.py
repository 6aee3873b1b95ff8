"""Scores the router on blind set 3, which is spent and has been a **development set** since issue 12's round 2
(its misses by kind steered training rows): aggregates only, nothing logged.

    .venv/bin/python -m training.routing.devset

Never cite these figures as held-out: see eval/routing_blind3/README.md. The held-out figures of round 2 are in
eval/routing_written_test/runs.log.
"""
from __future__ import annotations

from eval.routing_blind3 import score


def main() -> None:
    print("\n".join(["blind set 3 (DEVELOPMENT set, not held out):"]
                    + score.blind_report(score.load("blind3.jsonl"), score.router)
                    + score.symmetry_report(score.load("symmetry.jsonl"), score.router)))


if __name__ == "__main__":
    main()
