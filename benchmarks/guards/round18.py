"""Guards round 18 (issue 13): off-voice pieces in long replies weighed from a higher lived score, chosen out of fold.

    python benchmarks/guards/round18.py

`Cuts.loud_pieces` (from that many pieces, an off-voice piece, `speaker.off_voice`, flags as a rule only from
`Cuts.loud` on the lived-experience model instead of `Cuts.quiet`), chosen jointly with round 15's `Cuts.lone`. Rows
of `evaluate.DEV_SETS` (5-29, spent: development figures only) go once through the worker (`calibrate.collect`).
Rule (rounds 13, 15 and 17): on the sets chosen on, no more claims clean and no more honest replies withheld than
without the release (`OFF`: round 17's cuts), then the most honest replies clean, then on ties the highest
`loud_pieces`, the lowest `loud` and `lone`; then one grid step of margin on each (`loud_pieces` one step higher,
`loud` and `lone` one step lower). Printed: the choice on all sets, per set; leave one set out (the rule on the other
sets, scored on the set left out) against the shipped cuts; the choice made without the long sets 24-29, scored on
them. Only counts are printed.
"""
from __future__ import annotations

import itertools
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
GRID = {"loud_pieces": (20, 25, 30, 35, 40, OFF_PIECES), "loud": (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7),
        "lone": (0.85, 0.9, 0.92, 0.95)}
OFF = hc.SHIPPED._replace(loud_pieces=OFF_PIECES, loud=0.1, lone=0.9)  # round 17's cuts
LONG = ("claims_eval24", "claims_eval25", "claims_eval26", "claims_eval27", "claims_eval28", "claims_eval29")
Table = dict[Cuts, dict[str, Counter[str]]]


def step(name: str, value: float, by: int) -> float:
    values = GRID[name]
    return values[min(len(values) - 1, max(0, values.index(value) + by))]


def choose(table: Table, base: dict[str, Counter[str]], sets: Sequence[str], margin: bool = True) -> Cuts:
    before = sum((base[s] for s in sets), Counter())
    allowed = []
    for cuts, per_set in table.items():
        found = sum((per_set[s] for s in sets), Counter())
        if found["claims clean"] <= before["claims clean"] and found["honest withheld"] <= before["honest withheld"]:
            allowed.append((found["honest clean"], cuts.loud_pieces, -cuts.loud, -cuts.lone, cuts))
    picked = max(allowed, key=lambda a: a[:4])[-1]
    if not margin:
        return picked
    return picked._replace(loud_pieces=int(step("loud_pieces", picked.loud_pieces, 1)),
                           loud=step("loud", picked.loud, -1), lone=step("lone", picked.lone, -1))


def label(cuts: Cuts) -> str:
    pieces = "off" if cuts.loud_pieces == OFF_PIECES else cuts.loud_pieces
    return f"loud_pieces {pieces}, loud {cuts.loud}, lone {cuts.lone}"


def main() -> None:
    names = sorted(DEV_SETS, key=lambda n: int(n.removeprefix("claims_eval")))
    print(f"DEVELOPMENT figures: sets {', '.join(n.removeprefix('claims_eval') for n in names)}\n")
    rows = calibrate.collect(names)
    wrong = [(r.set, r.number) for r in rows if calibrate.outcome(r, hc.SHIPPED) != r.state]
    if wrong:
        sys.exit(f"the recorded evidence does not reproduce the worker's outcome for {len(wrong)} rows: {wrong[:5]}")
    sets = {name: [r for r in rows if r.set == name] for name in names}
    grid = [hc.SHIPPED._replace(**dict(zip(GRID, values, strict=True))) for values in itertools.product(*GRID.values())]
    table = {cuts: {name: calibrate.counts(part, cuts) for name, part in sets.items()} for cuts in grid}
    base = {name: calibrate.counts(part, OFF) for name, part in sets.items()}
    shipped = {name: calibrate.counts(part, hc.SHIPPED) for name, part in sets.items()}
    print(f"The rule on all sets, before the margin: {label(choose(table, base, names, margin=False))}")
    chosen = choose(table, base, names)
    print(f"The rule on all sets: {label(chosen)} (shipped: {label(hc.SHIPPED)})\n")
    print(calibrate.HEAD.format("set: round 17's cuts / shipped / the rule's"))
    for name in [*names, "24-29", "pooled"]:
        part = [r for r in rows if name == "pooled" or r.set == name or name == "24-29" and r.set in LONG]
        short = name.removeprefix("claims_eval")
        print(calibrate.line(f"{short} round 17 cuts", calibrate.counts(part, OFF)))
        print(calibrate.line(f"{short} shipped", calibrate.counts(part, hc.SHIPPED)))
        print(calibrate.line(f"{short} chosen", calibrate.counts(part, chosen)))
    print("\nLeave one set out (the rule on the other sets, scored on the set left out):\n")
    print(calibrate.HEAD.format("set left out: cuts"))
    total: Counter[str] = Counter()
    before: Counter[str] = Counter()
    ship: Counter[str] = Counter()
    for name in names:
        left = choose(table, base, [n for n in names if n != name])
        total += table[left][name]
        before += base[name]
        ship += shipped[name]
        print(calibrate.line(f"{name.removeprefix('claims_eval')}: {label(left)}", table[left][name]))
    print(calibrate.line("sum of the sets left out, round 17's cuts", before))
    print(calibrate.line("sum of the sets left out, the rule's", total))
    print(calibrate.line("sum of the same sets, shipped cuts", ship))
    short_choice = choose(table, base, [n for n in names if n not in LONG])
    print(f"\nChosen without 24-29: {label(short_choice)}; scored on them:")
    for name in LONG:
        print(calibrate.line(f"{name.removeprefix('claims_eval')} round 17 cuts", base[name]))
        print(calibrate.line(f"{name.removeprefix('claims_eval')} chosen without 24-29", table[short_choice][name]))


if __name__ == "__main__":
    main()
