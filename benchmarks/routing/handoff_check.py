"""Handoff / opt-out figures on this directory's own handoff sets (no blind data).

    .venv/bin/python -m benchmarks.routing.handoff_check                # heldout: aggregates only
    .venv/bin/python -m benchmarks.routing.handoff_check --set extra --errors

``handoff_heldout.jsonl`` is never trained on (train.py does not read it) and its errors are not printed by default:
it is the figure to believe for phrasings written for this round. ``handoff_extra.jsonl`` is training data.
"""
from __future__ import annotations

import argparse

from plugin.core.routing import classify

from . import evaluate as ev

SETS = {"heldout": ev.HERE / "handoff_heldout.jsonl", "extra": ev.HERE / "handoff_extra.jsonl"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="heldout")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    rows = ev.load(SETS[args.set])
    preds = [classify(r["text"]) for r in rows]
    scores = ev.task_scores(rows, preds)
    for task in ("human", "opt_out", "bias_review"):
        s = scores[task]
        print(f"{args.set} {task:12} P {s.precision:.3f}  R {s.recall:.3f}  (tp {s.tp} fp {s.fp} fn {s.fn})")
    langs = sorted({r["lang"] for r in rows})
    hits = {lang: [0, 0] for lang in langs}
    for r, p in zip(rows, preds, strict=True):
        if r["label"] == "human":
            hits[r["lang"]][1] += 1
            hits[r["lang"]][0] += p.route == "human"
    print("human recall by language: " + ", ".join(f"{k} {h}/{n}" for k, (h, n) in hits.items()))
    if args.errors:
        for r, p in zip(rows, preds, strict=True):
            if (r["label"] == "human") != (p.route == "human") or r["opt_out"] != p.opt_out:
                print(f"- {r['id']} gold={r['label']}/{r['opt_out']} -> {p.route}/{p.opt_out} {p.matched}\n    {r['text']}")


if __name__ == "__main__":
    main()
