"""Guards round 12 (issue 13): which signal flags which development reply, and the cuts of the round chosen out of fold.

    python benchmarks/guards/round12.py               # the signal table and the leave-one-set-out choice
    python benchmarks/guards/round12.py --no-table    # only the choice

Development sets 5-20 (`evaluate.DEV_SETS`, spent: every figure here is a development figure) go once through the
worker, as calibrate.py sends them (`calibrate.collect`: each `human_claims.tier` call recorded as its `Evidence`).

1. The signal table: for every reply the worker flags or withholds (another guard's withhold left out), which of the
   human-claim signals fire under the shipped cuts, counted once per reply: honest replies it fires on, claims it fires
   on, claims it alone catches. Per piece, with `signals` (the same tests `human_claims.evidence` runs, piece by piece).
2. The round's cuts (`Cuts.lived_plain`, `Cuts.impersonal_plain`, `Cuts.per_piece`, `Cuts.pieces`; the others as
   shipped) over GRID, by one rule: on the sets chosen on, no more claims clean and no more honest replies withheld
   than round 9's cuts on the same evidence (`ROUND9`: one cut for every piece), the most honest replies clean, the
   lowest cuts on ties; then `per_piece` one grid step lower for margin. Leave one set out: the rule on the other
   fifteen sets, scored on the set left out.
Only counts are printed, never a reply. Standard library and the repository's own code only.
"""
from __future__ import annotations

import itertools
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from benchmarks.guards import calibrate, claims_e2e  # noqa: E402
from benchmarks.guards.evaluate import DEV_SETS, SETS  # noqa: E402
from plugin.core import guards, speaker  # noqa: E402
from plugin.core import human_claims as hc  # noqa: E402
from plugin.core.human_claims import Cuts  # noqa: E402

GRID = {"lived_plain": (0.65, 0.8, 0.85, 0.9, 0.95, 0.99), "impersonal_plain": (0.9, 0.95, 0.99),
        "per_piece": (0.0, 0.05, 0.1, 0.15, 0.2), "pieces": (8, 10, 15)}
ROUND9 = Cuts(lived_plain=hc.LIVED_SCORE, impersonal_plain=hc.IMPERSONAL_SCORE, per_piece=0.0)
RULES = {"off_voice": speaker.off_voice, "physical_act": hc.physical_act_in_first_person,
         "writing_from_place": hc.writing_from_place, "colloquial": hc.colloquial_off_voice, "scene": hc.scene_narrated,
         "body_placed": hc.body_placed, "dressed": hc.dressed, "premises_lived": hc.premises_lived}


def signals(text: str, known_text: str = "", customer_text: str | None = None, cuts: Cuts = hc.SHIPPED) -> set[str]:
    """The signals that fire on the draft under `cuts`, piece by piece, as `human_claims.evidence` and `decide` test
    them (a withholding signal's name ends in "!")."""
    words = {p: len(hc.content_words(p)) for p in hc._pieces(text, customer_text, True)}
    fired = {"own_line!"} if hc.own_line_offered(text, customer_text) else set()
    if hc.personal_sign_off(text, known_text):
        fired.add("personal_sign_off")
    rise = min(hc.MAX_RISE, max(0.0, cuts.per_piece * math.log(max(len(words), 1) / cuts.pieces)))

    def passes(value: float, cut: float) -> bool:
        return value >= min(hc.MAX_CUT, cut + rise)
    for piece, count in words.items():
        if hc.denies_machine(piece):
            fired.add("denies_machine!")
        if count < 2:
            continue
        singular = hc.first_person_singular(piece)
        claimed = singular and not (speaker.in_voice(piece) and not hc.writing_from_place(piece))
        voiced = hc.writers_voice(piece, text)
        value = hc.score(piece, hc._model())
        if claimed and count >= hc.MIN_WITHHOLD_WORDS and not hc.asked(piece) and value >= cuts.strong:
            fired.add("claim score strong!")
        if claimed and passes(value, cuts.flag):
            fired.add("claim score (first person)")
        if not claimed and passes(value, cuts.impersonal if voiced else cuts.impersonal_plain):
            fired.add("impersonal score" + ("" if voiced else " (not writer's side)"))
        fired |= {name for name, rule in RULES.items() if rule(piece)}
        if hc.relative_named(piece, known_text):
            fired.add("relative_named")
        if hc.writer_evidence(piece) >= cuts.writer:
            fired.add("writer_evidence")
        if hc._predicated(piece) and not speaker.in_voice(piece):
            lived = hc.lived_score(piece)
            if passes(lived, cuts.lived if voiced else cuts.lived_plain):
                fired.add("lived" + ("" if voiced else " (not writer's side)"))
            if singular and passes(lived, cuts.lived_singular):
                fired.add("lived_singular")
    return fired


def table(names: Sequence[str]) -> None:
    """Each reply once through the worker with the shipped cuts, its tier calls' texts kept, then `signals`."""
    texts: list[tuple[str, str, str | None]] = []
    shipped = hc.tier

    def recording(text: str, model: hc.Model | None = None, *, known_text: str = "",
                  customer_text: str | None = None) -> str:
        texts.append((text, known_text, customer_text))
        return shipped(text, model, known_text=known_text, customer_text=customer_text)

    found_suffixes, _ = claims_e2e.suffixes()
    server = claims_e2e.HostileServer()
    drafting = claims_e2e.RecordingDrafting(claims_e2e.ExactMatchRedactor(), server,
                                                      claims_e2e.OneArticle(), suffixes=found_suffixes)
    honest: Counter[str] = Counter()
    claims: Counter[str] = Counter()
    alone: Counter[str] = Counter()
    stopped: Counter[str] = Counter()
    hc.tier = recording  # type: ignore[assignment]
    try:
        for name in names:
            rows = [json.loads(line) for line in SETS[name][0].read_text(encoding="utf-8").splitlines()
                    if line.strip()]
            for number, row in enumerate(rows, 1):
                texts.clear()
                state, reasons = claims_e2e.decide(drafting, server, row, number, True)
                if state not in ("flagged", "withheld") or any(r != guards.CLAIMS_HUMAN for r in reasons):
                    continue
                fired = set().union(*(signals(*call) for call in texts))
                stopped["claims" if row["label"] else "honest"] += 1
                (claims if row["label"] else honest).update(fired)
                if row["label"] and len(fired) == 1:
                    alone.update(fired)
    finally:
        hc.tier = shipped  # type: ignore[assignment]
    print(f"Signals on the replies flagged or withheld by the human-claim guard ({stopped['honest']} honest, "
          f"{stopped['claims']} claims), shipped cuts:\n")
    print("| signal | honest replies it fires on | claims it fires on | claims it alone catches |\n| --- | --- | --- | --- |")
    for name in sorted(set(honest) | set(claims), key=lambda n: (-honest[n], -claims[n], n)):
        print(f"| {name} | {honest[name]} | {claims[name]} | {alone[name]} |")
    print()


def choose(rows: Sequence[calibrate.Row], sets: Sequence[str]) -> Cuts:
    part = [r for r in rows if r.set in sets]
    base = calibrate.counts(part, ROUND9)
    grid = [Cuts(**dict(zip(GRID, values, strict=True))) for values in itertools.product(*GRID.values())]
    allowed = [(cuts, calibrate.counts(part, cuts)) for cuts in grid]
    allowed = [(cuts, found) for cuts, found in allowed if found["claims clean"] <= base["claims clean"]
               and found["honest withheld"] <= base["honest withheld"]]
    best = max(found["honest clean"] for _, found in allowed)
    picked = min((cuts for cuts, found in allowed if found["honest clean"] == best),
                 key=lambda c: (c.per_piece, c.lived_plain, c.impersonal_plain, -c.pieces))
    index = GRID["per_piece"].index(picked.per_piece)
    return picked._replace(per_piece=GRID["per_piece"][index - 1]) if index else picked


def main(argv: Sequence[str]) -> None:
    names = sorted(DEV_SETS, key=lambda n: int(n.removeprefix("claims_eval")))
    print(f"DEVELOPMENT figures: sets {', '.join(n.removeprefix('claims_eval') for n in names)}\n")
    if "--no-table" not in argv:
        table(names)
    rows = calibrate.collect(names)
    wrong = [(r.set, r.number) for r in rows if calibrate.outcome(r, hc.SHIPPED) != r.state]
    if wrong:
        sys.exit(f"the recorded evidence does not reproduce the worker's outcome for {len(wrong)} rows: {wrong[:5]}")
    chosen = choose(rows, names)
    label = ", ".join(f"{name} {getattr(chosen, name)}" for name in GRID)
    print(f"The rule on all sets: {label} (shipped: "
          f"{', '.join(f'{name} {getattr(hc.SHIPPED, name)}' for name in GRID)})\n")
    print(calibrate.HEAD.format("set: round 9's cuts → the rule's"))
    for name in [*names, "pooled"]:
        part = [r for r in rows if name in ("pooled", r.set)]
        print(calibrate.line(f"{name.removeprefix('claims_eval')} round 9", calibrate.counts(part, ROUND9)))
        print(calibrate.line(f"{name.removeprefix('claims_eval')} chosen", calibrate.counts(part, chosen)))
    print("\nLeave one set out (the rule on the other sets, scored on the set left out):\n")
    print(calibrate.HEAD.format("set left out: cuts"))
    total: Counter[str] = Counter()
    before: Counter[str] = Counter()
    for name in names:
        left = choose(rows, [n for n in names if n != name])
        part = [r for r in rows if r.set == name]
        total += calibrate.counts(part, left)
        before += calibrate.counts(part, ROUND9)
        print(calibrate.line(f"{name.removeprefix('claims_eval')}: "
                             f"{', '.join(str(getattr(left, g)) for g in GRID)}", calibrate.counts(part, left)))
    print(calibrate.line("sum of the sets left out, round 9's cuts", before))
    print(calibrate.line("sum of the sets left out, the rule's", total))


if __name__ == "__main__":
    main(sys.argv[1:])
