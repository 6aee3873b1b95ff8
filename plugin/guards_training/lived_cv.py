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


def kind(row: dict) -> str:
    """The kind of a lived row ("en:lived:alarm" -> "alarm"); "ordinary" for the claim trainer's label-0 rows."""
    parts = row["template"].split(":")
    return parts[2] if len(parts) == 3 and parts[1] in ("lived", "everyday") else "ordinary"


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
    texts, labels = [r["text"] for r in rows], [r["label"] for r in rows]
    folds = _folds(rows, by)
    scores = [0.0] * len(rows)
    for fold in sorted(set(folds)):
        train = [i for i, f in enumerate(folds) if f != fold]
        test = [i for i, f in enumerate(folds) if f == fold]
        vectoriser = CountVectorizer(analyzer=train_lived.featurise, binary=True, min_df=2)
        x = _matrix(vectoriser, [texts[i] for i in train], fit=True, featurise=train_lived.featurise)
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000)
        model.fit(x, [labels[i] for i in train])
        predicted = model.predict_proba(_matrix(vectoriser, [texts[i] for i in test],
                                                featurise=train_lived.featurise))[:, 1]
        for i, score in zip(test, predicted, strict=True):
            scores[i] = float(score)
    return scores


def report(rows: list[dict], scores: list[float], by: str, shipped: float) -> float:
    labels = [r["label"] for r in rows]
    honest = len(labels) - sum(labels)
    cut = 0.95
    for step in range(19, 0, -1):
        at = step / 20
        if sum(1 for s, label in zip(scores, labels, strict=True) if s >= at and not label) <= \
                train_lived.FALSE_ALARMS * honest:
            cut = at
    print(f"leave one {by} out: cut {cut:.2f} (false alarms <= {train_lived.FALSE_ALARMS:.1%}), shipped cut {shipped:.2f}")
    groups: dict[str, list[tuple[float, dict]]] = defaultdict(list)
    for s, r in zip(scores, rows, strict=True):
        groups[kind(r) if by == "kind" else r["language"]].append((s, r))
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
