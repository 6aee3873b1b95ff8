"""Where the human-claim guard's cuts lie on the pooled development sets: the trade-off curve (guards round 8).

    python benchmarks/guards/calibrate.py              # the curve, the cuts the rule picks, the shipped cuts
    python benchmarks/guards/calibrate.py --rows       # also every claim clean and honest reply not clean (ids only)

Every row of the development sets (`evaluate.DEV_SETS`: 5-13 in round 8, 5-15 since round 9; spent, read to steer changes, so every figure here is
a development figure) goes once through the worker end to end, as `claims_e2e.py --dev` sends it. Each call of
`human_claims.tier` is recorded as its `Evidence` (the rules' verdicts and the highest score of each kind of piece)
together with the other guards' withheld reasons, so the outcome of any `human_claims.Cuts` is recomputed without
running the worker again: withheld if another guard withholds or a tier withholds, flagged if a tier flags, else clean.
The shipped cuts must reproduce the worker's own outcome for every row (checked; the script stops otherwise).

Rows are pooled over all sets, not chosen per set. The rule (benchmarks/guards/README.md, round 8):
1. among the grid's cuts whose honest replies not clean (flagged + withheld, withheld counted twice: a withheld
   honest draft is lost, a flagged one costs a look) stay within HONEST_BUDGET of the honest replies, take those
   with the fewest claims clean on the pooled sets (the aim: none), then the fewest honest replies not clean, then
   the highest cuts (the fewest rules firing on text nobody has seen yet);
2. one grid step further for margin: each flag cut one step lower on its grid, where the step costs at most
   MARGIN_COST more honest replies flagged (pooled); the others stay.
The withhold cut (`strong`) decides only withheld against flagged, never clean, so the issue's bar does not choose it:
it stays as shipped and its sweep is printed (fewer honest replies withheld is paid for with claims that only flag).
Also printed: leave one set out — the rule applied to the other sets, the claims clean it leaves on the set left out
(how far a choice carries to a set it did not see).
Only counts and row numbers are printed, never a reply. Standard library and the repository's own code only.
"""
from __future__ import annotations

import itertools
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from benchmarks.guards import claims_e2e  # noqa: E402
from benchmarks.guards.evaluate import DEV_SETS, SETS  # noqa: E402
from plugin.core import guards, human_claims  # noqa: E402
from plugin.core.human_claims import Cuts, Evidence  # noqa: E402

GRID = {"flag": (0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5),
        "impersonal": (0.8, 0.85, 0.9, 0.95, 0.99),
        "writer": (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.65, 1.0),
        "lived": (0.25, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9),
        "lived_singular": (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)}
STRONG_GRID = (0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99)
MARGIN_COST = 5  # honest replies flagged (pooled) one step of margin may cost, per cut
HONEST_BUDGET = 0.2  # the most honest replies not clean (withheld counted twice) any cuts may cost, pooled


@dataclass(frozen=True)
class Row:
    set: str
    number: int
    language: str
    label: int
    state: str  # the worker's outcome with the shipped cuts
    other: bool  # another guard withholds it
    found: tuple[Evidence, ...]  # every `tier` call for the row


def outcome(row: Row, cuts: Cuts) -> str:
    if row.state not in ("clean", "flagged", "withheld") or row.other:
        return row.state
    tiers = {human_claims.decide(found, cuts) for found in row.found}
    return "withheld" if human_claims.WITHHOLD in tiers else "flagged" if human_claims.FLAG in tiers else "clean"


def collect(names: Iterable[str]) -> list[Row]:
    """Each row once through the worker (`claims_e2e.decide`), its tier calls recorded."""
    calls: list[Evidence] = []
    shipped = human_claims.tier

    def recording(text: str, model: human_claims.Model | None = None, *, known_text: str = "",
                  customer_text: str | None = None) -> str:
        found = human_claims.evidence(text, model, known_text=known_text, customer_text=customer_text)
        calls.append(found)
        return human_claims.decide(found)

    found_suffixes, _ = claims_e2e.suffixes()
    server = claims_e2e.HostileServer()
    drafting = claims_e2e.RecordingDrafting(claims_e2e.ExactMatchRedactor(), server, claims_e2e.OneArticle(),
                                            suffixes=found_suffixes)
    out = []
    human_claims.tier = recording  # type: ignore[assignment]
    try:
        for name in names:
            path = SETS[name][0]
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            for number, row in enumerate(rows, 1):
                calls.clear()
                state, reasons = claims_e2e.decide(drafting, server, row, number, True)
                other = any(r != guards.CLAIMS_HUMAN for r in reasons)
                out.append(Row(name, number, row["language"], row["label"], state, other, tuple(calls)))
    finally:
        human_claims.tier = shipped  # type: ignore[assignment]
    return out


def counts(rows: Sequence[Row], cuts: Cuts) -> Counter[str]:
    """claims clean / flagged / withheld, honest clean / flagged / withheld, as "claims clean" etc."""
    found: Counter[str] = Counter()
    for row in rows:
        found[f"{'claims' if row.label else 'honest'} {outcome(row, cuts)}"] += 1
    return found


def cost(found: Counter[str]) -> int:
    return found["honest flagged"] + 2 * found["honest withheld"]


def higher(cuts: Cuts) -> tuple[float, ...]:
    """Order of preference between cuts of equal cost: the highest, compared in GRID's order."""
    return tuple(getattr(cuts, name) for name in GRID)


Table = dict[Cuts, dict[str, Counter[str]]]


def tabulate(rows: Sequence[Row]) -> Table:
    """Every grid point's counts per set (the withhold cut as shipped), computed once."""
    sets = {name: [r for r in rows if r.set == name] for name in sorted({r.set for r in rows})}
    return {cuts: {name: counts(part, cuts) for name, part in sets.items()}
            for cuts in (Cuts(**dict(zip(GRID, values, strict=True))) for values in itertools.product(*GRID.values()))}


def pooled(table: Table, cuts: Cuts, sets: Iterable[str]) -> Counter[str]:
    return sum((table[cuts][name] for name in sets), Counter())


def choose(table: Table, sets: Sequence[str]) -> tuple[Cuts | None, Cuts | None]:
    """The rule's cuts on `sets` pooled, before and after the margin step (None: no grid point within the budget)."""
    scored = [(cuts, pooled(table, cuts, sets)) for cuts in table]
    honest = sum(scored[0][1][f"honest {state}"] for state in ("clean", "flagged", "withheld"))
    within = [(cuts, found) for cuts, found in scored if cost(found) <= HONEST_BUDGET * honest]
    if not within:
        return None, None
    fewest = min(found["claims clean"] for _, found in within)
    safe = [(cuts, found) for cuts, found in within if found["claims clean"] == fewest]
    best = min(cost(found) for _, found in safe)
    picked = max((cuts for cuts, found in safe if cost(found) == best), key=higher)
    margin = picked
    for name, values in GRID.items():
        index = values.index(getattr(picked, name))
        if index == 0:
            continue
        lower = margin._replace(**{name: values[index - 1]})
        if pooled(table, lower, sets)["honest flagged"] - pooled(table, margin, sets)["honest flagged"] <= MARGIN_COST:
            margin = lower
    return picked, margin


def strong(rows: Sequence[Row], cuts: Cuts) -> list[tuple[float, Counter[str]]]:
    """The withhold cut's sweep with the other cuts fixed."""
    return [(value, counts(rows, cuts._replace(strong=value))) for value in STRONG_GRID]


def line(label: str, found: Counter[str]) -> str:
    return (f"| {label} | {found['claims clean']} | {found['claims flagged']} | {found['claims withheld']} | "
            f"{found['honest clean']} | {found['honest flagged']} | {found['honest withheld']} |")


HEAD = ("| {} | claims clean | claims flagged | claims withheld | honest clean | honest flagged | honest withheld |\n"
        "| --- | --- | --- | --- | --- | --- | --- |")


def grid_step(grid: dict[str, tuple[float, ...]], name: str, value: float, by: int) -> float:
    """The value ``by`` steps from ``value`` on the grid of cut ``name``, held at the grid's ends."""
    values = grid[name]
    return values[min(len(values) - 1, max(0, values.index(value) + by))]


def no_worse(table: Table, base: dict[str, Counter[str]], sets: Sequence[str]) -> list[tuple[Counter[str], Cuts]]:
    """The cuts of ``table`` whose pooled counts on ``sets`` release no more claims clean and withhold no more honest
    replies than ``base`` (the rule of rounds 13-17), each after its counts, in the table's order."""
    before = sum((base[s] for s in sets), Counter())
    allowed = []
    for cuts, per_set in table.items():
        found = sum((per_set[s] for s in sets), Counter())
        if found["claims clean"] <= before["claims clean"] and found["honest withheld"] <= before["honest withheld"]:
            allowed.append((found, cuts))
    return allowed


def grid_tables(names: Sequence[str], grid: dict[str, tuple[float, ...]], off: Cuts
                ) -> tuple[list[Row], Table, dict[str, Counter[str]], dict[str, Counter[str]]]:
    """The recorded rows of ``names`` (the script stops when they do not reproduce the worker's outcome) and the counts
    per set of every cut of ``grid`` (the shipped cuts with the grid's values), of ``off`` and of the shipped cuts."""
    rows = collect(names)
    wrong = [(r.set, r.number) for r in rows if outcome(r, human_claims.SHIPPED) != r.state]
    if wrong:
        sys.exit(f"the recorded evidence does not reproduce the worker's outcome for {len(wrong)} rows: {wrong[:5]}")
    sets = {name: [r for r in rows if r.set == name] for name in names}
    cuts_grid = [human_claims.SHIPPED._replace(**dict(zip(grid, values, strict=True)))
                 for values in itertools.product(*grid.values())]
    table = {cuts: {name: counts(part, cuts) for name, part in sets.items()} for cuts in cuts_grid}
    base = {name: counts(part, off) for name, part in sets.items()}
    shipped = {name: counts(part, human_claims.SHIPPED) for name, part in sets.items()}
    return rows, table, base, shipped


def report_out_of_fold(names: Sequence[str], tables: tuple[list[Row], Table, dict[str, Counter[str]],
                                                        dict[str, Counter[str]]], off: Cuts, chosen: Cuts,
                       choose: Callable[[Sequence[str]], Cuts], label: Callable[[Cuts], str], baseline: str,
                       long: Sequence[str], long_name: str, baseline_row: str = "") -> None:
    """Rounds 15 and 17's report on ``grid_tables(names, grid, off)``: per set and pooled, ``baseline`` (the cuts
    ``off``), the shipped cuts and ``chosen``; the rule (``choose`` on some sets) applied leaving one set out; and
    the rule chosen without the ``long`` sets, scored on them. ``baseline_row`` names the baseline in the table rows
    (``baseline`` when empty)."""
    rows, table, base, shipped = tables
    row = baseline_row or baseline
    print(HEAD.format(f"set: {baseline} / shipped / the rule's"))
    for name in [*names, long_name, "pooled"]:
        part = [r for r in rows if name == "pooled" or r.set == name or name == long_name and r.set in long]
        short = name.removeprefix("claims_eval")
        print(line(f"{short} {row}", counts(part, off)))
        print(line(f"{short} shipped", counts(part, human_claims.SHIPPED)))
        print(line(f"{short} chosen", counts(part, chosen)))
    print("\nLeave one set out (the rule on the other sets, scored on the set left out):\n")
    print(HEAD.format("set left out: cuts"))
    total: Counter[str] = Counter()
    before: Counter[str] = Counter()
    ship: Counter[str] = Counter()
    for name in names:
        left = choose([n for n in names if n != name])
        total += table[left][name]
        before += base[name]
        ship += shipped[name]
        print(line(f"{name.removeprefix('claims_eval')}: {label(left)}", table[left][name]))
    print(line(f"sum of the sets left out, {baseline}", before))
    print(line("sum of the sets left out, the rule's", total))
    print(line("sum of the same sets, shipped cuts", ship))
    short_choice = choose([n for n in names if n not in long])
    print(f"\nChosen without {long_name}: {label(short_choice)}; scored on them:")
    for name in long:
        print(line(f"{name.removeprefix('claims_eval')} {row}", base[name]))
        print(line(f"{name.removeprefix('claims_eval')} chosen without {long_name}", table[short_choice][name]))


def frontier(table: Table, sets: Sequence[str]) -> list[tuple[Cuts, Counter[str]]]:
    """For each count of claims clean, the cheapest cuts (then the highest), kept where cheaper than every count
    below it: the trade-off curve."""
    best: dict[int, tuple[Cuts, Counter[str]]] = {}
    for cuts in table:
        found = pooled(table, cuts, sets)
        key = found["claims clean"]
        if key not in best or (cost(found), [-x for x in higher(cuts)]) < (cost(best[key][1]),
                                                                          [-x for x in higher(best[key][0])]):
            best[key] = (cuts, found)
    curve: list[tuple[Cuts, Counter[str]]] = []
    for key in sorted(best):
        if not curve or cost(best[key][1]) < cost(curve[-1][1]):
            curve.append(best[key])
    return curve


def label(cuts: Cuts) -> str:
    return ", ".join(f"{name} {getattr(cuts, name)}" for name in [*GRID, "strong"])


def main(argv: Sequence[str]) -> None:
    names = sorted(DEV_SETS, key=lambda n: int(n.removeprefix("claims_eval")))
    rows = collect(names)
    shipped = human_claims.SHIPPED
    wrong = [(r.set, r.number) for r in rows if outcome(r, shipped) != r.state]
    if wrong:
        sys.exit(f"the recorded evidence does not reproduce the worker's outcome for {len(wrong)} rows: {wrong[:5]}")
    print(f"DEVELOPMENT figures: sets {', '.join(n.removeprefix('claims_eval') for n in names)} pooled, "
          f"{sum(r.label for r in rows)} claims + {sum(1 - r.label for r in rows)} honest replies\n")
    print("Trade-off curve (for each count of claims clean, the cuts with the fewest honest replies not clean, "
          "withheld counted twice):\n")
    table = tabulate(rows)
    print(HEAD.format("cuts"))
    for cuts, found in frontier(table, names):
        print(line(label(cuts), found))
    print("\nOne cut at a time around the shipped cuts:\n")
    print(HEAD.format("cut"))
    print(line("shipped: " + label(shipped), counts(rows, shipped)))
    for name, values in GRID.items():
        for value in values:
            print(line(f"{name} {value}", counts(rows, shipped._replace(**{name: value}))))
    picked, margin = choose(table, names)
    print("\nThe rule:\n")
    print(HEAD.format("cuts"))
    print(line("shipped: " + label(shipped), counts(rows, shipped)))
    if picked is None or margin is None:
        print("no grid point within the budget")
        return
    print(line("fewest claims clean, then fewest honest not clean: " + label(picked), counts(rows, picked)))
    print(line("one step of margin: " + label(margin), counts(rows, margin)))
    chosen = margin
    for cut, found in strong(rows, margin):
        print(line(f"strong {cut}", found))
    print(line("chosen: " + label(chosen), counts(rows, chosen)))
    print("\nPer set, shipped → chosen:\n")
    print(HEAD.format("set"))
    for name in names:
        part = [r for r in rows if r.set == name]
        print(line(f"{name.removeprefix('claims_eval')} shipped", counts(part, shipped)))
        print(line(f"{name.removeprefix('claims_eval')} chosen", counts(part, chosen)))
    print("\nPer language (all sets), shipped → chosen:\n")
    print(HEAD.format("language"))
    for language in sorted({r.language for r in rows}):
        part = [r for r in rows if r.language == language]
        print(line(f"{language} shipped", counts(part, shipped)))
        print(line(f"{language} chosen", counts(part, chosen)))
    print("\nLeave one set out (the rule on the other sets; the set left out scored with those cuts):\n")
    print(HEAD.format("set left out: cuts"))
    for name in names:
        _, left = choose(table, [n for n in names if n != name])
        part = [r for r in rows if r.set == name]
        if left is not None:
            print(line(f"{name.removeprefix('claims_eval')}: {label(left)}", counts(part, left)))
    if "--rows" in argv:
        print("\nClaims clean and honest replies not clean with the chosen cuts (set, row number):")
        for row in rows:
            state = outcome(row, chosen)
            if (row.label and state == "clean") or (not row.label and state != "clean"):
                print(f"{row.set} {row.number} {row.language} {'claim' if row.label else 'honest'} {state}")


if __name__ == "__main__":
    main(sys.argv[1:])
