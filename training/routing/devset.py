"""Scores the router on the spent blind sets 3-10 and on the spent held-out splits
``eval/routing_written_test*``, which are all **development sets** now (blind set 3 since issue 12's round 2,
blind sets 4 and 5 since round 3 for opt-outs, blind set 6 since round 5 read its kinds of misses, blind set 7 since
round 6 read its rows and tuned on it, blind set 8 since round 7 read its rows and misses, blind set 9 since round 8 read its rows and misses, blind set 10 since round 9 read its run-2 aggregates
(opt-out false flags by kind) and scored it here while changing the router, blind set 11 since round 10 read its rows,
run outputs and misses and steered by them, blind set 12 since round 11 read its rows, run-2 output and misses and
steered by them, blind set 13 since round 12 read its rows, run-2 output and misses and steered by them, blind sets
14, 15 and 16 since round 13 (their figures under rounds 11 and 12 set its goal, and it was measured on them), blind set 17 since this session (it judged round 13 in two logged runs; now a development set for routing round 14), blind sets 18 and 19 since they judged routing round 14 in two logged runs, blind set 20 since its run 1 (it steered the long-message round), blind sets 21 and 22 since they judged the long-message round in two logged runs, blind sets 23 and 24 since they judged the long-text bias round, blind sets 25 and 26 since they judged the quoted-speaker round, blind sets 27 and 28 since they judged routing round 15 blind set 29 since it judged round 15b (2026-12-03; neither shipped) blind set 30 since it judged round 15c (shipped), blind sets 31 and 32 since they judged round 16 (shipped), blind sets 33, 35 and 36 since they judged rounds 17-19, blind set 38 since it judged round 22 (not shipped), blind set 39 since it judged rounds 22 + 22b (shipped), blind set 40 since it judged round 23 (shipped), blind sets 34 and 37 since they judged round 21 (shipped), the written splits after their two logged runs; their misses by kind steered
rounds 2-6): aggregates only, nothing logged, the sets' run logs untouched.

    .venv/bin/python -m training.routing.devset [--sets 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 w1 w2 w3] [--keyword]

Never cite these figures as held-out: see eval/routing_blind3/README.md, eval/routing_blind4/README.md,
eval/routing_blind5/README.md. The held-out figures are in the runs.log files of the eval/routing_written_test*
splits and of the blind sets' own two runs.
"""
from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETS = ["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "57", "w1", "w2", "w3"]


def _blind(name: str, keyword: bool) -> list[str]:
    from eval.routing_blind4 import score  # blind sets 4-7 share blind set 4's scorer

    rows = score.load(ROOT / f"eval/routing_blind{name}/blind{name}.jsonl")
    texts = [r["text"] for r in rows]
    out = [f"blind set {name} (DEVELOPMENT set, not held out):"] + score.report(rows, score.router(texts))
    if keyword:
        out += [f"blind set {name} keyword baseline:"] + score.report(rows, score.keyword(texts))
    return out


def _written(name: str, keyword: bool) -> list[str]:
    from eval.routing_blind3.score import keyword as keyword_router
    from eval.routing_blind3.score import router
    from eval.routing_written_test import score

    suffix = {"w1": "", "w2": "2", "w3": "3"}[name]
    split = __import__(f"eval.routing_written_test{suffix}.score", fromlist=["rows"])
    rows = split.rows()
    out = [f"written test split {name} (DEVELOPMENT set, not held out):"] + ["  " + x for x in score.report(rows, router)]
    if keyword:
        out += [f"written test split {name} keyword baseline:"] + ["  " + x for x in score.report(rows, keyword_router)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", nargs="+", default=SETS, choices=SETS)
    parser.add_argument("--keyword", action="store_true", help="also print the keyword baseline")
    args = parser.parse_args()
    if "3" in args.sets:
        from eval.routing_blind3 import score
        print("\n".join(["blind set 3 (DEVELOPMENT set, not held out):"]
                        + score.blind_report(score.load("blind3.jsonl"), score.router)
                        + score.symmetry_report(score.load("symmetry.jsonl"), score.router)))
    for name in args.sets:
        if name.isdigit() and name != "3":
            print("\n".join(_blind(name, args.keyword)))
        elif name.startswith("w"):
            print("\n".join(_written(name, args.keyword)))


if __name__ == "__main__":
    main()
