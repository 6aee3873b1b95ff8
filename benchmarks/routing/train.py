"""Train the routing's statistical model (plugin/core/routing/statmodel.py) offline. Standard library only.

    .venv/bin/python -m benchmarks.routing.train            # validate, then write statmodel_weights.json
    .venv/bin/python -m benchmarks.routing.train --dry-run  # validation figures only

Data: ``labelled.jsonl`` (all rows) and ``train_extra.jsonl``. Step 1 trains on labelled + the ``train`` rows of
train_extra and picks the threshold on its ``val`` rows (20 %, sha1(id) % 5 == 0): the lowest probability that
keeps validation precision >= TARGET_PRECISION for messages the rules alone miss. Step 2 retrains on everything
with the same settings and writes the weights. The blind set is never used here.
"""
from __future__ import annotations

import argparse
import json
import math
import random

from plugin.core.routing import statmodel
from plugin.core.routing.bias import find_signals
from plugin.core.routing.text import fold

from . import evaluate as ev

EXTRA = ev.HERE / "train_extra.jsonl"
EPOCHS = 40
L2 = 0.002
RATE = 0.3
PRUNE = 0.02            # weights smaller than this are dropped from the file (keeps it compact)
TARGET_PRECISION = 0.9
MIN_THRESHOLD = 0.3
SEED = 7


def examples(rows: list[dict]) -> list[tuple[set[str], int, bool]]:
    """(features, label, rules_fire) per row."""
    out = []
    for r in rows:
        s = find_signals(fold(r["text"]))
        # rules_fire is None when the model may not decide (see statmodel.eligible): never a hit then
        rules = bool(s.strong or s.pairs) if (s.strong or s.pairs or statmodel.eligible(s)) else None
        out.append((set(statmodel.features(s)), int(r["label"] == "bias_review"), rules))
    return out


def fit(data: list[tuple[set[str], int, bool]]) -> dict[str, float]:
    """Logistic regression, L2, AdaGrad; deterministic (fixed shuffle seed)."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    order = list(range(len(data)))
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            feats, y, _ = data[i]
            z = sum(w.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
            for f in feats:
                grad = (p - y) + (L2 * w.get(f, 0.0) if f != "bias" else 0.0)
                g2[f] = g2.get(f, 0.0) + grad * grad
                w[f] = w.get(f, 0.0) - RATE * grad / math.sqrt(g2[f] + 1e-8)
    return {f: round(v, 4) for f, v in w.items() if abs(v) >= PRUNE or f == "bias"}


def _hit(w: dict[str, float], feats: set[str], rules: bool | None, t: float) -> bool:
    return rules is not None and (rules or _prob(w, feats) >= t)


def _prob(w: dict[str, float], feats: set[str]) -> float:
    z = sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def choose_threshold(w: dict[str, float], val: list[tuple[set[str], int, bool]]) -> tuple[float, str]:
    best = 0.95
    for step in range(95, int(MIN_THRESHOLD * 100) - 1, -1):
        t = step / 100
        pred = [_hit(w, f, rules, t) for f, _, rules in val]
        tp = sum(p and y for p, (_, y, _) in zip(pred, val))
        fp = sum(p and not y for p, (_, y, _) in zip(pred, val))
        if tp and tp / (tp + fp) >= TARGET_PRECISION:
            best = t
    pred = [_hit(w, f, rules, best) for f, _, rules in val]
    tp = sum(p and y for p, (_, y, _) in zip(pred, val))
    fp = sum(p and not y for p, (_, y, _) in zip(pred, val))
    pos = sum(y for _, y, _ in val)
    rules_tp = sum(bool(r) and y for _, y, r in val)
    return best, f"val: rules alone {rules_tp}/{pos}; rules or model@{best:.2f}: recall {tp}/{pos}, false alarms {fp}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    labelled, extra = ev.load(), ev.load(EXTRA)
    train = examples(labelled + [r for r in extra if r["split"] == "train"])
    val = examples([r for r in extra if r["split"] == "val"])
    w = fit(train)
    threshold, summary = choose_threshold(w, val)
    print(summary)
    if args.dry_run:
        return
    final = fit(train + val)
    data = {"threshold": threshold, "trained_on": len(train) + len(val),
            "note": "written by benchmarks/routing/train.py; do not edit by hand", "weights": dict(sorted(final.items()))}
    statmodel.WEIGHTS.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {len(final)} weights, threshold {threshold:.2f}, to {statmodel.WEIGHTS}")


if __name__ == "__main__":
    main()
