"""Guards round 17 (issue 13): the release of sentences naming no person of the writing side, chosen out of fold.

    python benchmarks/guards/round17.py

`Cuts.bare_pieces` (from that many pieces, the impersonal and lived-experience scores of a sentence naming no person
of the writing side, `human_claims._person`, do not count), `Cuts.bare_titled` (also in a reply with a heading),
chosen jointly with round 15's `Cuts.quiet` and `Cuts.lone`. Rows of `evaluate.DEV_SETS` (5-27, spent: development
figures only) go once through the worker (`calibrate.collect`). Rule (rounds 13 and 15): on the sets chosen on, no
more claims clean and no more honest replies withheld than round 15's cuts (`OFF`: no such release), then the most
honest replies clean, then on ties the highest `bare_pieces`, no release under a heading, the lowest `quiet` and
`lone`; then one grid step of margin on each (`bare_pieces` one step higher, `quiet` and `lone` one step lower).
Printed: the choice on all sets, per set; leave one set out (the rule on the other sets, scored on the set left out)
against the shipped cuts; the choice made without the long sets 24-27, scored on them. Only counts are printed.
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

OFF_PIECES = 10**9
GRID = {"bare_pieces": (10, 15, 20, 25, 30, 40, OFF_PIECES), "bare_titled": (False, True),
        "quiet": (0.0, 0.1, 0.2, 0.3, 0.4, 0.5), "lone": (0.85, 0.9, 0.92, 0.95)}
OFF = hc.SHIPPED._replace(bare_pieces=OFF_PIECES, bare_titled=False, quiet=0.1, lone=0.9)  # round 15 as it stood
LONG = ("claims_eval24", "claims_eval25", "claims_eval26", "claims_eval27")
Table = dict[Cuts, dict[str, Counter[str]]]


def step(name: str, value: float, by: int) -> float:
    return calibrate.grid_step(GRID, name, value, by)


def choose(table: Table, base: dict[str, Counter[str]], sets: Sequence[str], margin: bool = True) -> Cuts:
    picked = max(calibrate.no_worse(table, base, sets), key=lambda fc: (
        fc[0]["honest clean"], fc[1].bare_pieces, not fc[1].bare_titled, -fc[1].quiet, -fc[1].lone))[1]
    if not margin:
        return picked
    return picked._replace(bare_pieces=int(step("bare_pieces", picked.bare_pieces, 1)),
                           quiet=step("quiet", picked.quiet, -1), lone=step("lone", picked.lone, -1))


def label(cuts: Cuts) -> str:
    pieces = "off" if cuts.bare_pieces == OFF_PIECES else cuts.bare_pieces
    return f"bare_pieces {pieces}, bare_titled {cuts.bare_titled}, quiet {cuts.quiet}, lone {cuts.lone}"


def main() -> None:
    names = sorted(DEV_SETS, key=lambda n: int(n.removeprefix("claims_eval")))
    print(f"DEVELOPMENT figures: sets {', '.join(n.removeprefix('claims_eval') for n in names)}\n")
    tables = calibrate.grid_tables(names, GRID, OFF)
    _, table, base, _ = tables
    print(f"The rule on all sets, before the margin: {label(choose(table, base, names, margin=False))}")
    chosen = choose(table, base, names)
    print(f"The rule on all sets: {label(chosen)} (shipped: {label(hc.SHIPPED)})\n")
    calibrate.report_out_of_fold(names, tables, OFF, chosen, lambda sets: choose(table, base, sets), label,
                                 "round 15", LONG, "24-27")


if __name__ == "__main__":
    main()
