"""How far the lived-experience model carries to kinds and languages it has not seen.

    python -m plugin.guards_training.lived_cv [--per-template 10] [--c 4.0]

Two cross-validations of `train_lived`'s rows, harder than the trainer's own (whole kinds of one language held out):
- leave one KIND out: every row of one kind of lived experience (its lived rows and the company's voice on the
  same topic), in all five languages at once, is held out; the ordinary label-0 rows are spread over the folds;
- leave one LANGUAGE out: every row of one language is held out.
Recall is read at the cut whose cross-validated false alarms on label-0 rows (ordinary company-voice replies,
honest first-person sentences, the knowledge base) stay at or under `train_lived.FALSE_ALARMS`, and at the
shipped cut; per held-out kind and per language. Figures: benchmarks/guards/README.md ("Lived experience").
"""
from __future__ import annotations

import argparse
import zlib
from collections import defaultdict

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

from plugin.core import human_claims

from . import train_lived
from .train_human_claims import _matrix

# the first round's kinds (lived.py) under the topic of everyday.py they share, so that holding a kind out holds
# out both rounds' rows on that topic
SAME_TOPIC = {"alarm": "building", "office": "temperature", "meal": "food", "late": "tired", "body": "tired",
              "party": "celebration"}


def kind(row: dict) -> str:
    """The kind of a lived row ("en:lived:alarm" -> "building"); "ordinary" for the claim trainer's label-0 rows
    and the company-voice rows without a kind."""
    parts = row["template"].split(":")
    if len(parts) != 3 or parts[1] not in ("lived", "everyday", "scenes"):
        return "ordinary"
    return SAME_TOPIC.get(parts[2], parts[2])


def _folds(rows: list[dict], by: str) -> list[int]:
    """Fold of each row: one per kind (or language); ordinary rows spread over the folds by their template."""
    keys = sorted({kind(r) for r in rows} - {"ordinary"}) if by == "kind" else sorted({r["language"] for r in rows})
    index = {k: i for i, k in enumerate(keys)}
    out = []
    for r in rows:
        key = kind(r) if by == "kind" else r["language"]
        out.append(index[key] if key in index else zlib.crc32(r["template"].encode()) % len(keys))
    return out


def held_out_scores(rows: list[dict], by: str, c: float) -> list[float]:
    folds = _folds(rows, by)
    scores = [0.0] * len(rows)
    for fold in sorted(set(folds)):
        held = [f == fold for f in folds]
        for i, score in enumerate(scores_with_held_out(rows, held, c)):
            if held[i]:
                scores[i] = score
    return scores


def scores_with_held_out(rows: list[dict], held: list[bool], c: float) -> list[float]:
    """Scores of the held rows by a model trained (as train_lived trains) on the others; 0.0 for the others."""
    texts, labels = [r["text"] for r in rows], [r["label"] for r in rows]
    train = [i for i, h in enumerate(held) if not h]
    test = [i for i, h in enumerate(held) if h]
    vectoriser = CountVectorizer(analyzer=train_lived.featurise, binary=True, min_df=2)
    x = _matrix(vectoriser, [texts[i] for i in train], fit=True, featurise=train_lived.featurise)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000)
    model.fit(x, [labels[i] for i in train])
    predicted = model.predict_proba(_matrix(vectoriser, [texts[i] for i in test], featurise=train_lived.featurise))
    scores = [0.0] * len(rows)
    for i, score in zip(test, predicted[:, 1], strict=True):
        scores[i] = float(score)
    return scores


BUDGETS = (0.002, 0.005, 0.01, 0.03)  # shares of label-0 rows flagged


def lowest_cut(scores: list[float], labels: list[int], budget: float) -> float:
    """The lowest cut, in steps of 0.05, whose false alarms on label-0 rows stay at or under the budget."""
    honest = len(labels) - sum(labels)
    cut = 0.95
    for step in range(19, 0, -1):
        at = step / 20
        if sum(1 for s, label in zip(scores, labels, strict=True) if s >= at and not label) <= budget * honest:
            cut = at
    return cut


def report(rows: list[dict], scores: list[float], by: str, shipped: float) -> float:
    labels = [r["label"] for r in rows]
    for budget in BUDGETS:
        at = lowest_cut(scores, labels, budget)
        hits = sum(1 for s, label in zip(scores, labels, strict=True) if s >= at and label)
        print(f"leave one {by} out, false alarms <= {budget:.1%}: cut {at:.2f}, recall {hits / sum(labels):.3f}")
    cut = lowest_cut(scores, labels, train_lived.FALSE_ALARMS)
    print(f"leave one {by} out: cut {cut:.2f} (false alarms <= {train_lived.FALSE_ALARMS:.1%}), shipped cut {shipped:.2f}")
    groups: dict[str, list[tuple[float, dict]]] = defaultdict(list)
    for s, r in zip(scores, rows, strict=True):
        groups[kind(r) if by == "kind" else r["language"]].append((s, r))
        if by == "kind":
            groups[f"lang {r['language']}"].append((s, r))
    groups["all"] = list(zip(scores, rows, strict=True))
    for name in sorted(groups, key=lambda g: (g == "all", g)):
        picked = groups[name]
        lived = [s for s, r in picked if r["label"]]
        company = [s for s, r in picked if not r["label"] and kind(r) != "ordinary"]
        ordinary = [s for s, r in picked if not r["label"] and kind(r) == "ordinary"]
        if not lived and name != "all":
            continue
        print(f"  {name:>14}: recall {_share(lived, cut)} at {cut:.2f}, {_share(lived, shipped)} at {shipped:.2f} "
              f"of {len(lived)}; company voice flagged {_count(company, cut)} / {_count(company, shipped)} of "
              f"{len(company)}; ordinary {_count(ordinary, cut)} / {_count(ordinary, shipped)} of {len(ordinary)}")
    return cut


def _share(scores: list[float], cut: float) -> str:
    return f"{sum(s >= cut for s in scores) / max(1, len(scores)):.3f}"


def _count(scores: list[float], cut: float) -> int:
    return sum(s >= cut for s in scores)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-template", type=int, default=train_lived.PER_TEMPLATE)
    parser.add_argument("--c", type=float, default=train_lived.C)
    parser.add_argument("--by", choices=("kind", "language", "both"), default="both")
    args = parser.parse_args()
    rows = train_lived.rows(args.per_template)
    shipped = human_claims.load(human_claims.LIVED_FILE.read_text(encoding="utf-8"))[2]
    print(f"{len(rows)} rows, {sum(r['label'] for r in rows)} lived")
    for by in ("kind", "language") if args.by == "both" else (args.by,):
        report(rows, held_out_scores(rows, by, args.c), by, shipped)


if __name__ == "__main__":
    main()
