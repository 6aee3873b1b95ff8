"""Is any sentence of a held-out human-claims set a near copy of a training row or of an earlier held-out set?
Each set keeps a thin `claims_evalN/overlap.py` that calls `main` with its file and number:

    python benchmarks/guards/claims_evalN/overlap.py

Standard library only. Each reply of `human_claims.jsonl` is cut into pieces (sentences and lines); every
piece is compared with every training row of the human-claim model (`plugin/guards_training/`: the rows
`train_human_claims.training_rows(40)` builds, recomputed here from `phrases.generate` and
`subtle.LANGUAGES` without scikit-learn) and with every row of the earlier sets and its pieces, by the Jaccard
index of their sets of character 5-grams (case folded, spaces collapsed). Only counts, scores and this
set's own pieces are printed, never a row of the other sets, which their author's sessions should not
read. Pairs are found with a prefix filter (rarest 5-grams first), which is exact for every pair at or
above REPORT_FLOOR. Exit status 1 when a piece of more than FORMULA_WORDS words reaches THRESHOLD.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from plugin.guards_training import everyday, lived, perception, phrases, scenes, subtle, voices, workflow

GUARDS = Path(__file__).resolve().parent
THRESHOLD = 0.5
REPORT_FLOOR = 0.3
FORMULA_WORDS = 3  # "Kind regards", "Best wishes", "Mit freundlichen Grüßen": every reply shares them
PER_TEMPLATE = 40  # as plugin/guards_training/train_human_claims.py --per-template (its default)
_PIECE_END = re.compile(r"(?<=[.!?;:])\s+|\n+|\s+[-–—]\s+")


def grams(text: str, n: int = 5) -> frozenset[str]:
    folded = " ".join(text.casefold().split())
    return frozenset(folded[i:i + n] for i in range(max(1, len(folded) - n + 1)))


def pieces(text: str) -> list[str]:
    return [p.strip(" ,") for p in _PIECE_END.split(text) if len(p.strip(" ,")) > 3]


def earlier_sets(number: int) -> dict[str, Path]:
    """The held-out sets before set `number`: set 1 is human_claims_eval.jsonl, set N claims_evalN/."""
    return {"set 1": GUARDS / "human_claims_eval.jsonl",
            **{f"set {n}": GUARDS / f"claims_eval{n}" / "human_claims.jsonl" for n in range(2, number)}}


def others(earlier: dict[str, Path]) -> dict[str, list[str]]:
    rows = phrases.generate(PER_TEMPLATE) + phrases.generate(PER_TEMPLATE, languages=subtle.LANGUAGES)
    out = {"training rows": [r["text"] for r in rows + phrases.generic_rows()],
           # the rows the other generators add (rounds 4-6): the lived-experience model's and the claim model's
           "training rows (lived, everyday, scenes, perception, workflow, voices)":
               [r["text"] for r in lived.rows() + everyday.rows() + scenes.rows() + perception.rows()
                + workflow.rows() + voices.rows()]}
    for name, path in earlier.items():
        texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        out[name] = texts + [p for t in texts for p in pieces(t)]
    return {name: list(dict.fromkeys(texts)) for name, texts in out.items()}


def best_matches(mine: list[str], theirs: list[str]) -> list[float]:
    """For each of `mine`, the highest Jaccard against `theirs` when it is at least REPORT_FLOOR, else 0."""
    their_grams = [grams(t) for t in theirs]
    frequency = Counter(g for gs in their_grams for g in gs)
    postings: dict[str, list[int]] = defaultdict(list)
    for index, gs in enumerate(their_grams):
        for g in gs:
            postings[g].append(index)
    best = []
    for text in mine:
        gs = grams(text)
        ordered = sorted(gs, key=lambda g: (frequency.get(g, 0), g))
        prefix = ordered[:len(gs) - int(REPORT_FLOOR * len(gs)) + 1]  # a pair at the floor shares one of these
        candidates = {i for g in prefix for i in postings.get(g, ())}
        scores = [len(gs & their_grams[i]) / len(gs | their_grams[i]) for i in candidates]
        top = max(scores, default=0.0)
        best.append(top if top >= REPORT_FLOOR else 0.0)
    return best


def main(data: Path, number: int) -> None:
    """Check held-out set `number` (its file `data`) against the training rows and the sets before it; exits."""
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    mine = list(dict.fromkeys(p for r in rows for p in [r["text"], *pieces(r["text"])]))
    failed = False
    print(f"{len(rows)} replies, {len(mine)} distinct pieces (whole replies, sentences, lines)")
    for name, theirs in others(earlier_sets(number)).items():
        scores = best_matches(mine, theirs)
        near = [(s, p) for s, p in zip(scores, mine, strict=True) if s >= THRESHOLD]
        formulas = [(s, p) for s, p in near if len(p.split()) <= FORMULA_WORDS]
        content = [(s, p) for s, p in near if len(p.split()) > FORMULA_WORDS]
        top = max((s for s, p in zip(scores, mine, strict=True) if len(p.split()) > FORMULA_WORDS), default=0.0)
        print(f"{name}: {len(theirs)} texts; pieces >= {THRESHOLD}: {len(content)} "
              f"(+ {len(formulas)} formulas of <= {FORMULA_WORDS} words: "
              f"{', '.join(sorted({p for _, p in formulas})) or 'none'}); "
              f"highest for a piece of > {FORMULA_WORDS} words: " + (f"{top:.3f}" if top else f"< {REPORT_FLOOR}"))
        for score, piece in content:
            print(f"  {score:.3f}  {piece}")
        failed |= bool(content)
    sys.exit(1 if failed else 0)

