"""Scores the router on the spent blind sets 3, 4 and 5, which are **development sets** (blind set 3 since issue
12's round 2, blind sets 4 and 5 since round 3 for opt-outs; their misses by kind steered rounds 2-4):
aggregates only, nothing logged, the blind sets' run logs untouched.

    .venv/bin/python -m training.routing.devset [--sets 3 4 5]

Never cite these figures as held-out: see eval/routing_blind3/README.md, eval/routing_blind4/README.md,
eval/routing_blind5/README.md. The held-out figures are in the runs.log files of the eval/routing_written_test*
splits and of the blind sets' own two runs.
"""
from __future__ import annotations

import argparse


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", nargs="+", default=["3", "4", "5"], choices=["3", "4", "5"])
    parser.add_argument("--keyword", action="store_true", help="also print the keyword baseline of blind sets 4, 5")
    args = parser.parse_args()
    if "3" in args.sets:
        from eval.routing_blind3 import score
        print("\n".join(["blind set 3 (DEVELOPMENT set, not held out):"]
                        + score.blind_report(score.load("blind3.jsonl"), score.router)
                        + score.symmetry_report(score.load("symmetry.jsonl"), score.router)))
    for name in ("4", "5"):
        if name not in args.sets:
            continue
        module = __import__(f"eval.routing_blind{name}.score", fromlist=["score"])
        rows = module.load()
        texts = [r["text"] for r in rows]
        print(f"blind set {name} (DEVELOPMENT set, not held out):")
        print("\n".join(module.report(rows, module.router(texts))))
        if args.keyword:
            print(f"blind set {name} keyword baseline:")
            print("\n".join(module.report(rows, module.keyword(texts))))


if __name__ == "__main__":
    main()
