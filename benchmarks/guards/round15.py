"""Guards round 15 (issue 13): the cuts of the releases in long replies, chosen out of fold on development sets 5-26.

    python benchmarks/guards/round15.py

Three cuts decide what one sentence may carry alone in a long reply: `Cuts.quiet` (an off-voice piece the
lived-experience model scores under it is a weak signal of its sentence, not a rule), `Cuts.lone_pieces` and
`Cuts.lone` (round 13: from that many pieces, one sentence's weak signals alone, none from `lone`, do not flag). Rows of
`evaluate.DEV_SETS` (5-26, spent: development figures only) go once through the worker (`calibrate.collect`). Round
13's rule over GRID: on the sets chosen on, no more claims clean and no more honest replies withheld than with no
release at all (`OFF`: every off-voice piece a rule, no lone release), then the most honest replies clean, the lowest
`quiet` and `lone` and the highest `lone_pieces` on ties; then one grid step of margin on each (`quiet` and `lone`
one step lower, `lone_pieces` one step higher). Printed: the choice on all sets, per set; leave one set out (the rule
on the other sets, scored on the set left out) against the shipped cuts on the same set; the choice made without the
long sets 24-26, scored on them. Only counts are printed, never a reply.
"""
from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from benchmarks.guards import calibrate  # noqa: E402
from benchmarks.guards.evaluate import DEV_SETS  # noqa: E402
from plugin.core import human_claims as hc  # noqa: E402
from plugin.core.human_claims import Cuts  # noqa: E402

GRID = {"quiet": (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.65, 0.8), "lone_pieces": (15, 18, 20, 25, 30),
        "lone": (0.85, 0.9, 0.92, 0.95, 0.97)}
OFF = hc.SHIPPED._replace(quiet=0.0, lone_pieces=10**9)
LONG = ("claims_eval24", "claims_eval25", "claims_eval26")
Table = dict[Cuts, dict[str, Counter[str]]]
VERBOSE = False


def step(name: str, value: float, by: int) -> float:
    return calibrate.grid_step(GRID, name, value, by)


def choose(table: Table, base: dict[str, Counter[str]], sets: Sequence[str]) -> Cuts:
    picked = max(calibrate.no_worse(table, base, sets),
                 key=lambda fc: (fc[0]["honest clean"], -fc[1].quiet, -fc[1].lone, fc[1].lone_pieces))[1]
    if VERBOSE:
        print(f"picked before the margin: {label(picked)}")
    return picked._replace(quiet=step("quiet", picked.quiet, -1), lone=step("lone", picked.lone, -1),
                           lone_pieces=int(step("lone_pieces", picked.lone_pieces, 1)))


def label(cuts: Cuts) -> str:
    return f"quiet {cuts.quiet}, lone_pieces {cuts.lone_pieces}, lone {cuts.lone}"


def main() -> None:
    names = sorted(DEV_SETS, key=lambda n: int(n.removeprefix("claims_eval")))
    print(f"DEVELOPMENT figures: sets {', '.join(n.removeprefix('claims_eval') for n in names)}\n")
    tables = calibrate.grid_tables(names, GRID, OFF)
    _, table, base, _ = tables
    global VERBOSE
    VERBOSE = True
    chosen = choose(table, base, names)
    VERBOSE = False
    print(f"The rule on all sets: {label(chosen)} (shipped: {label(hc.SHIPPED)})\n")
    calibrate.report_out_of_fold(names, tables, OFF, chosen, lambda sets: choose(table, base, sets), label,
                                 "no release", LONG, "24-26", baseline_row="off")


if __name__ == "__main__":
    main()
