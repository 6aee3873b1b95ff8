"""Routing benchmark: classifier vs keyword baseline on the labelled set, plus latency.

    .venv/bin/python -m benchmarks.routing.run            # dev + holdout + all, latency, external check
    .venv/bin/python -m benchmarks.routing.run --split dev --errors   # what tuning looked at
"""
from __future__ import annotations

import argparse
import csv
import json
import statistics
import time
from pathlib import Path

from plugin.core.routing import classify

from . import evaluate as ev

PROBES = Path(__file__).resolve().parent / "probes.jsonl"
BITEXT = Path(__file__).resolve().parents[1] / "data/support/Bitext_Sample_Customer_Support_Training_Dataset.csv"


def _fmt(s: ev.Scores) -> str:
    return f"P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  (tp {s.tp} fp {s.fp} fn {s.fn} tn {s.tn})"


def report(split: str, show_errors: bool) -> None:
    rows = ev.load(split=split)
    ours, base = [classify(r["text"]) for r in rows], [ev.baseline(r["text"]) for r in rows]
    print(f"\n## split={split}  messages={len(rows)}  bias positives={sum(r['label'] == 'bias_review' for r in rows)}")
    for name, preds in (("classifier", ours), ("keyword baseline", base)):
        print(f"\n### {name}")
        for task, s in ev.task_scores(rows, preds).items():
            if name == "keyword baseline" and task in ("opt_in", "asks_if_bot"):
                continue
            print(f"{task:12} {_fmt(s)}")
        recall = ev.recall_by_language(rows, preds)
        print("bias recall by language: " + ", ".join(f"{k} {h}/{n}" for k, (h, n) in recall.items()))
        table = ev.confusion(rows, preds)
        print("confusion (rows gold, columns predicted): " + "  ".join(ev.ROUTES))
        for g in ev.ROUTES:
            print(f"  {g:12} " + "  ".join(f"{table[(g, p)]:>4}" for p in ev.ROUTES))
    if show_errors:
        print("\n### classifier errors")
        for row, pred in ev.errors(rows, ours):
            print(f"- {row['id']} gold={row['label']} opt_out={row['opt_out']} -> {pred.route} "
                  f"opt_out={pred.opt_out} opt_in={pred.opt_in} bot={pred.asks_if_bot} matched={pred.matched}\n"
                  f"    {row['text']}")


def _timed(text: str, repeats: int) -> list[float]:
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        classify(text)
        samples.append((time.perf_counter() - t0) * 1000)
    return sorted(samples)


def latency(repeats: int = 20) -> None:
    """Wall-clock per classify() call on one core. The machine may be shared: min is the CPU cost."""
    texts = [r["text"] for r in ev.load()]
    samples = sorted(t for text in texts for t in _timed(text, repeats))
    print(f"\n## latency ({len(samples)} classifications of labelled messages, one core)")
    print(f"per message: p50 {statistics.median(samples):.3f} ms  p99 {samples[int(len(samples) * 0.99)]:.3f} ms  "
          f"max {samples[-1]:.3f} ms")
    long_texts = {"complaint-dense (60 labelled messages joined)": " ".join(texts[:60])}
    if BITEXT.exists():
        with BITEXT.open(encoding="utf-8") as fh:
            long_texts["routine (Bitext requests joined)"] = " ".join(r["instruction"] for r in csv.DictReader(fh))[:6000]
    for name, text in long_texts.items():
        runs = _timed(text, repeats)
        print(f"one {len(text)}-character e-mail, {name}: median {statistics.median(runs):.2f} ms, min {runs[0]:.2f} ms")


def external() -> None:
    """Bitext customer-support requests (CDLA-Sharing-1.0, English, none about bias): false alarms."""
    if not BITEXT.exists():
        print(f"\n(external check skipped: {BITEXT} not found)")
        return
    with BITEXT.open(encoding="utf-8") as fh:
        rows = [(r["instruction"], r["intent"]) for i, r in enumerate(csv.DictReader(fh)) if i % 2]
    preds = [(intent, classify(text)) for text, intent in rows]
    bias = sum(p.route == "bias_review" for _, p in preds)
    human_intent = [p for i, p in preds if i == "contact_human_agent"]
    other = [p for i, p in preds if i not in ("contact_human_agent", "contact_customer_service", "complaint")]
    print(f"\n## external: Bitext sample, odd rows (the even ones train the scorers), {len(rows)} English requests "
          "(none is a bias complaint)")
    print(f"bias_review false alarms: {bias} ({bias / len(rows):.2%})")
    print(f"intent contact_human_agent routed to people: {sum(p.route != 'ai_assist' for p in human_intent)}"
          f"/{len(human_intent)}")
    print(f"other intents (not contact/complaint) routed to human: {sum(p.route == 'human' for p in other)}/{len(other)}")
    print(f"opt_out raised on any request: {sum(p.opt_out for _, p in preds)}")


def probes() -> None:
    """Sentences written after tuning rounds to test generalisation; see README for their pre-fix scores."""
    rows = [json.loads(line) for line in PROBES.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"\n## probes ({len(rows)} sentences written after tuning; current scores, README has pre-fix ones)")
    for rnd in sorted({r["round"] for r in rows}):
        subset = [r for r in rows if r["round"] == rnd]
        preds = [classify(r["text"]) for r in subset]
        scores = ev.task_scores([{**r, "opt_out": False} for r in subset], preds)
        print(f"round {rnd}: bias {_fmt(scores['bias_review'])}\n         human {_fmt(scores['human'])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "holdout", "all"), default=None)
    parser.add_argument("--errors", action="store_true", help="list misclassified messages")
    parser.add_argument("--no-latency", action="store_true")
    args = parser.parse_args()
    for split in ([args.split] if args.split else ["dev", "holdout", "all"]):
        report(split, args.errors)
    probes()
    if not args.no_latency:
        latency()
        external()


if __name__ == "__main__":
    main()
