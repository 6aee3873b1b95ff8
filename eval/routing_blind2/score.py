"""Aggregates only (never texts) of the router on blind2 — spent: training data since issue 12 (see README).
Run: .venv/bin/python -m eval.routing_blind2.score   (from the repository root)"""
from __future__ import annotations

import json
import statistics
import time
from collections import Counter
from pathlib import Path

from plugin.core.routing import classify

ROWS = [json.loads(line) for line in (Path(__file__).parent / "blind2.jsonl").read_text().splitlines() if line]


def pr(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"P {p:.3f}  R {r:.3f}  (tp {tp} fp {fp} fn {fn})"


def main() -> None:
    confusion: Counter = Counter()
    by_lang: Counter = Counter()
    lang_total: Counter = Counter()
    opt: Counter = Counter()
    hard_flagged, hard, times = 0, 0, []
    for row in ROWS:
        start = time.perf_counter()
        result = classify(row["text"])
        times.append((time.perf_counter() - start) * 1000)
        confusion[(row["label"], result.route)] += 1
        if row["label"] == "bias_review":
            lang_total[row["lang"]] += 1
            by_lang[row["lang"]] += result.route == "bias_review"
        if row["note"].lower().startswith("hard negative"):
            hard += 1
            hard_flagged += result.route == "bias_review"
        opt[(row["opt_out"], result.opt_out)] += 1
    for label in ("bias_review", "human"):
        tp = confusion[(label, label)]
        fp = sum(v for (g, p), v in confusion.items() if p == label and g != label)
        fn = sum(v for (g, p), v in confusion.items() if g == label and p != label)
        print(f"{label:12} {pr(tp, fp, fn)}")
    print("bias recall by language:", ", ".join(f"{k} {by_lang[k]}/{lang_total[k]}" for k in sorted(lang_total)))
    print(f"opt-out      {pr(opt[(True, True)], opt[(False, True)], opt[(True, False)])}")
    print(f"hard negatives routed to bias review: {hard_flagged}/{hard}")
    print("confusion:", dict(sorted((f"{g}->{p}", v) for (g, p), v in confusion.items())))
    print(f"latency p50 {statistics.median(times):.2f} ms, p99 {sorted(times)[int(0.99 * (len(times) - 1))]:.2f} ms")


if __name__ == "__main__":
    main()
