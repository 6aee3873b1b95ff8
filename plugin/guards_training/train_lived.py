"""Train the lived-experience model and export it for plugin/core/human_claims.py (`lived_score`, stdlib inference).

    python -m plugin.guards_training.train_lived [--per-template 10] [--c 4.0]

Same features and row scaling as the human-claim model (`human_claims.features`, `train_human_claims._matrix`), so
`human_claims.score` reads either export. Rows: `lived.rows()` (lived experience vs the company's voice on the same
topics, five languages) and, as more of the company's voice, every label-0 row the human-claim trainer uses
(ordinary replies, honest first-person sentences, the sample knowledge base). Cross-validation holds out whole
kinds of a language (GroupKFold); the flag cut is the lowest, in steps of 0.05, whose cross-validated false alarms
on label-0 rows stay at or under FALSE_ALARMS. The model only ever flags (`human_claims.tier`).
"""
from __future__ import annotations

import argparse
import json

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_predict

from plugin.core import human_claims

from . import everyday, lived
from .train_human_claims import MIN_WEIGHT, _matrix, rows_digest, training_rows

FALSE_ALARMS = 0.002  # share of label-0 rows flagged, cross-validated
FLOOR = 0.6  # never flag below this
PER_TEMPLATE, C = 10, 4.0
featurise = human_claims.lived_features  # n-grams + who lives it, and when


def rows(per_template: int) -> list[dict]:
    ordinary = [dict(r, template=r.get("template", "ordinary")) for r in training_rows(40) if r["label"] == 0]
    return lived.rows(per_template) + everyday.rows() + ordinary


def cut(scores, labels) -> float:
    honest = len(labels) - sum(labels)
    chosen = 0.95
    for step in range(19, 0, -1):
        at = step / 20
        hits = sum(label for score, label in zip(scores, labels, strict=True) if score >= at)
        alarms = sum(1 - label for score, label in zip(scores, labels, strict=True) if score >= at)
        print(f"  cut {at:.2f}: recall {hits / sum(labels):.3f}, false alarms {alarms} of {honest}")
        if at >= FLOOR and alarms <= FALSE_ALARMS * honest:
            chosen = at
    return chosen


def train(per_template: int, c: float) -> dict:
    data = rows(per_template)
    texts, labels = [r["text"] for r in data], [r["label"] for r in data]
    vectoriser = CountVectorizer(analyzer=featurise, binary=True, min_df=2)
    x = _matrix(vectoriser, texts, fit=True, featurise=featurise)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000)
    groups = [r["template"] for r in data]
    scores = cross_val_predict(model, x, labels, groups=groups, cv=GroupKFold(5), method="predict_proba")[:, 1]
    print(f"{len(data)} rows ({sum(labels)} lived), {x.shape[1]} features (5-fold, kinds held out):")
    threshold = cut(scores, labels)
    for language in sorted(lived.LANGUAGES):
        picked = [(s, r["label"]) for s, r in zip(scores, data, strict=True) if r["language"] == language]
        flagged = [label for s, label in picked if s >= threshold]
        positives = sum(label for _, label in picked)
        print(f"  {language}: recall {sum(flagged) / max(1, positives):.3f}, false alarms "
              f"{len(flagged) - sum(flagged)} of {len(picked) - positives}")
    model.fit(x, labels)
    names = vectoriser.get_feature_names_out()
    weights = {f: round(float(w), 4) for f, w in zip(names, model.coef_[0], strict=True) if abs(w) >= MIN_WEIGHT}
    return {"about": "plugin/core/human_claims.py lived_score; trained by plugin/guards_training/train_lived.py",
            "rows": len(data), "rows_sha256": rows_digest(data, featurise), "per_template": per_template, "c": c,
            "threshold": threshold, "bias": round(float(model.intercept_[0]), 4), "weights": dict(sorted(weights.items()))}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-template", type=int, default=10)
    parser.add_argument("--c", type=float, default=4.0)
    args = parser.parse_args()
    exported = train(args.per_template, args.c)
    human_claims.LIVED_FILE.write_text(json.dumps(exported, ensure_ascii=False, separators=(",", ":")) + "\n",
                                       encoding="utf-8")
    print(f"wrote {human_claims.LIVED_FILE} ({len(exported['weights'])} weights)")


if __name__ == "__main__":
    main()
