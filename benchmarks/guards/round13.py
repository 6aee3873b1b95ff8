"""Guards round 13 (issue 13): the lone-sentence cuts (`Cuts.lone_pieces`, `Cuts.lone`), chosen out of fold.

    python benchmarks/guards/round13.py

Development sets 5-22 (`evaluate.DEV_SETS`, spent: every figure here is a development figure; 21 and 22 are the long
ones) go once through the worker, as calibrate.py sends them (`calibrate.collect`: each `human_claims.tier` call
recorded as its `Evidence`, which now carries every piece's weak scores with its sentence). The rule, over GRID:
on the sets chosen on, no more claims clean and no more honest replies withheld than without the lone release
(`OFF`: the round's other changes kept), then the most honest replies clean, the lowest `lone` and the highest
`lone_pieces` on ties; then one grid step of margin on each (`lone` one step lower, `lone_pieces` one step higher).
Printed: the choice on all sets, per set and pooled; leave one set out (the rule on the other sets, scored on the set
left out); the choice made on sets 5-20 only, scored on 21 and 22. Only counts are printed, never a reply.
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

GRID = {"lone_pieces": (10, 15, 20, 25, 30), "lone": (0.8, 0.85, 0.9, 0.92, 0.95, 0.97)}
OFF = hc.SHIPPED._replace(lone_pieces=10**9)
LONG = ("claims_eval21", "claims_eval22")


def choose(table: dict[Cuts, dict[str, Counter[str]]], base: dict[str, Counter[str]], sets: Sequence[str]) -> Cuts:
    picked = max(calibrate.no_worse(table, base, sets),
                 key=lambda fc: (fc[0]["honest clean"], -fc[1].lone, fc[1].lone_pieces))[1]
    lone = GRID["lone"][max(0, GRID["lone"].index(picked.lone) - 1)]
    pieces = GRID["lone_pieces"][min(len(GRID["lone_pieces"]) - 1, GRID["lone_pieces"].index(picked.lone_pieces) + 1)]
    return picked._replace(lone=lone, lone_pieces=pieces)


def main() -> None:
    names = sorted(DEV_SETS, key=lambda n: int(n.removeprefix("claims_eval")))
    print(f"DEVELOPMENT figures: sets {', '.join(n.removeprefix('claims_eval') for n in names)}\n")
    rows, table, base, _ = calibrate.grid_tables(names, GRID, OFF)
    chosen = choose(table, base, names)
    print(f"The rule on all sets: lone_pieces {chosen.lone_pieces}, lone {chosen.lone} "
          f"(shipped: {hc.SHIPPED.lone_pieces}, {hc.SHIPPED.lone})\n")
    print(calibrate.HEAD.format("set: no lone release → the rule's"))
    for name in [*names, "21+22", "pooled"]:
        part = [r for r in rows if name == "pooled" or r.set == name or name == "21+22" and r.set in LONG]
        label = name.removeprefix("claims_eval")
        print(calibrate.line(f"{label} off", calibrate.counts(part, OFF)))
        print(calibrate.line(f"{label} chosen", calibrate.counts(part, chosen)))
    print("\nLeave one set out (the rule on the other sets, scored on the set left out):\n")
    print(calibrate.HEAD.format("set left out: lone_pieces, lone"))
    total: Counter[str] = Counter()
    before: Counter[str] = Counter()
    for name in names:
        left = choose(table, base, [n for n in names if n != name])
        total += table[left][name]
        before += base[name]
        print(calibrate.line(f"{name.removeprefix('claims_eval')}: {left.lone_pieces}, {left.lone}", table[left][name]))
    print(calibrate.line("sum of the sets left out, no lone release", before))
    print(calibrate.line("sum of the sets left out, the rule's", total))
    short = choose(table, base, [n for n in names if n not in LONG])
    print(f"\nChosen on sets 5-20 only: lone_pieces {short.lone_pieces}, lone {short.lone}; scored on 21 and 22:")
    for name in LONG:
        print(calibrate.line(f"{name.removeprefix('claims_eval')} off", base[name]))
        print(calibrate.line(f"{name.removeprefix('claims_eval')} chosen on 5-20", table[short][name]))


if __name__ == "__main__":
    main()
