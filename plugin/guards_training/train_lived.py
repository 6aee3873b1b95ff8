"""Train the lived-experience model and export it for plugin/core/human_claims.py (`lived_score`, stdlib inference).

    python -m plugin.guards_training.train_lived [--per-template 10] [--c 4.0]

The claim model's features plus structural ones (`human_claims.lived_features`: who lives the piece, and when) and
the same row scaling (`train_human_claims._matrix`), so `human_claims.score` reads the export. Rows: `lived.rows()`
(the first round: ten kinds), `everyday.rows()` (eighteen kinds of lived experience in eight grammatical frames
against the company's voice on the same topics in the same frames, five languages), `scenes.rows()` (scenes told in
the passive, impersonally, by a collective third person, in the second person, in a P.S., against the hard
negatives in the same shapes), `voices.rows()` (the writing side's life in five voices against honest look-alikes,
since guards round 7), `voices2.rows()` (more life domains and forms, since guards round 8) and, as more of the company's
voice, every label-0 row the human-claim trainer uses (ordinary replies, honest first-person sentences, the sample
knowledge base). The flag cut is the lowest, in steps of 0.05 and not below FLOOR, whose false alarms on label-0
rows stay at or under FALSE_ALARMS when every row of a kind (all languages) is held out (`lived_cv`). The model
only ever flags (`human_claims.tier`).
"""
from __future__ import annotations

import argparse
import json

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

from plugin.core import human_claims

from . import everyday, lived, scenes, voices, voices2
from .train_human_claims import MIN_WEIGHT, _matrix, rows_digest, training_rows

# share of label-0 rows flagged, cross-validated with whole kinds held out (lived_cv): 3 % since guards round 4 (was
# 1 %), the model only ever flags (a warning line above the draft) and a scene that reaches an agent clean costs more
FALSE_ALARMS = 0.03
FLOOR = 0.6  # never flag below this
PER_TEMPLATE, C = 10, 4.0
featurise = human_claims.lived_features  # n-grams + who lives it, and when


def rows(per_template: int) -> list[dict]:
    # the claim trainer's honest rows, except its case-workflow acts (`workflow.py`, guards round 5): those teach the
    # claim model the assistant's first person; the lived model reads who lives a scene, which they do not change.
    # `voices.py` (guards round 6) comes whole, both labels, since guards round 7: lives told as "we", "the team",
    # "whoever answers you" or in the passive, against honest look-alikes on the same topics; `voices2.py` likewise
    # since guards round 8 (new life domains and forms)
    ordinary = [dict(r, template=r.get("template", "ordinary")) for r in training_rows(40)
                if r["label"] == 0 and not any(f":{name}:" in r.get("template", "") for name in ("workflow", "voices", "voices2"))]
    return lived.rows(per_template) + everyday.rows() + scenes.rows() + voices.rows() + voices2.rows() + ordinary


def train(per_template: int, c: float) -> dict:
    from . import lived_cv  # it reads this module's settings

    data = rows(per_template)
    texts, labels = [r["text"] for r in data], [r["label"] for r in data]
    scores = lived_cv.held_out_scores(data, "kind", c)
    threshold = max(FLOOR, lived_cv.lowest_cut(scores, labels, FALSE_ALARMS))
    print(f"{len(data)} rows ({sum(labels)} lived); cut {threshold:.2f}, the lowest whose false alarms with whole "
          f"kinds held out stay <= {FALSE_ALARMS:.1%}")
    lived_cv.report(data, scores, "kind", threshold)
    vectoriser = CountVectorizer(analyzer=featurise, binary=True, min_df=2)
    x = _matrix(vectoriser, texts, fit=True, featurise=featurise)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000)
    model.fit(x, labels)
    names = vectoriser.get_feature_names_out()
    weights = {f: round(float(w), 4) for f, w in zip(names, model.coef_[0], strict=True) if abs(w) >= MIN_WEIGHT}
    return {"about": "plugin/core/human_claims.py lived_score; trained by plugin/guards_training/train_lived.py",
            "rows": len(data), "rows_sha256": rows_digest(data, featurise), "per_template": per_template, "c": c,
            "threshold": threshold, "bias": round(float(model.intercept_[0]), 4), "weights": dict(sorted(weights.items()))}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-template", type=int, default=PER_TEMPLATE)
    parser.add_argument("--c", type=float, default=C)
    args = parser.parse_args()
    exported = train(args.per_template, args.c)
    human_claims.LIVED_FILE.write_text(json.dumps(exported, ensure_ascii=False, separators=(",", ":")) + "\n",
                                       encoding="utf-8")
    print(f"wrote {human_claims.LIVED_FILE} ({len(exported['weights'])} weights)")


if __name__ == "__main__":
    main()
