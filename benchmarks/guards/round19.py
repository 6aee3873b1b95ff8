"""Guards round 19 (issue 13): one sentence whose only person is the company's plural, chosen out of fold.

    python benchmarks/guards/round19.py

`Cuts.company` (from `Cuts.lone_pieces` pieces, one sentence whose only person of the writing side is the company's
"we", "our" or "us" with nothing of a life, `Evidence.company`, does not flag alone under this score; 0.9, the
`lone` cut, changes nothing). Rows of `evaluate.DEV_SETS` (5-30, spent: development figures only) go once through the
worker (`calibrate.collect`). Rule (rounds 13-18): on the sets chosen on, no more claims clean and no more honest
replies withheld than without the release (`OFF`), then the most honest replies clean, then on ties the lowest cut;
then one grid step lower for margin. Printed: the choice on all sets, per set; leave one set out (the rule on the other
sets, scored on the set left out) against the shipped cut; the choice made without the long sets 24-30, scored on
them. Only counts are printed.
"""
from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from benchmarks.guards import calibrate  # noqa: E402
from benchmarks.guards.evaluate import DEV_SETS  # noqa: E402
from plugin.core import human_claims as hc  # noqa: E402
from plugin.core.human_claims import Cuts  # noqa: E402

GRID = {"company": (0.9, 0.95, 0.97, 0.99, 1.01)}
OFF = hc.SHIPPED._replace(company=0.9)  # without the release (round 18 with this round's speaker policy)
LONG = tuple(f"claims_eval{n}" for n in range(24, 31))


def label(cuts: Cuts) -> str:
    return f"company {cuts.company}"


def main() -> None:
    names = sorted(DEV_SETS, key=lambda n: int(n.removeprefix("claims_eval")))
    print(f"DEVELOPMENT figures: sets {', '.join(n.removeprefix('claims_eval') for n in names)}\n")
    tables = calibrate.grid_tables(names, GRID, OFF)
    _, table, base, _ = tables

    def choose(sets: Sequence[str], margin: bool = True) -> Cuts:
        allowed = calibrate.no_worse(table, base, sets)
        picked = max(allowed, key=lambda a: (a[0]["honest clean"], -a[1].company))[1]
        if not margin:
            return picked
        return picked._replace(company=calibrate.grid_step(GRID, "company", picked.company, -1))

    print(f"The rule on all sets, before the margin: {label(choose(names, margin=False))}")
    chosen = choose(names)
    print(f"The rule on all sets: {label(chosen)} (shipped: {label(hc.SHIPPED)})\n")
    calibrate.report_out_of_fold(names, tables, OFF, chosen, choose, label, "without the release", LONG, "24-30")


if __name__ == "__main__":
    main()
