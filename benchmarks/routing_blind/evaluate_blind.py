"""Score the router on the blind set (written by someone who never saw the classifier), one half at a time.

    .venv/bin/python -m benchmarks.routing_blind.evaluate_blind --split dev            # aggregates
    .venv/bin/python -m benchmarks.routing_blind.evaluate_blind --split dev --errors   # + dev misses, with text
    .venv/bin/python -m benchmarks.routing_blind.evaluate_blind --split test           # aggregates ONLY

The split is fixed by id: ``sha1(id) % 2 == 0`` is ``dev`` (151 messages, may be read and analysed), the rest
is ``test`` (169, never read: this script prints only aggregate numbers for it and refuses ``--errors``).
Every command-line run on ``test`` appends its aggregates to ``test_runs.log`` beside this file, so the
README can list every test run, not only the best one.
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import statistics
import subprocess
import time
from pathlib import Path

from benchmarks.routing import evaluate as ev
from plugin.core.routing import classify

HERE = Path(__file__).resolve().parent
BLIND = HERE / "blind.jsonl"
TEST_LOG = HERE / "test_runs.log"
SPLITS = ("dev", "test", "all")


def split_of(row_id: str) -> str:
    return "dev" if int(hashlib.sha1(row_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def load(split: str) -> list[dict]:
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
    rows = [json.loads(line) for line in BLIND.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split == "all" or split_of(r["id"]) == split]


def latency(texts: list[str], repeats: int = 5) -> tuple[float, float]:
    """p50 and p99 in ms over every message classified ``repeats`` times (wall clock, one core)."""
    samples = []
    for text in texts:
        for _ in range(repeats):
            t0 = time.perf_counter()
            classify(text)
            samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(int(len(samples) * 0.99), len(samples) - 1)]


def aggregates(split: str, system=classify) -> dict:
    """Only numbers: safe to compute and print for the test half."""
    rows = load(split)
    preds = [system(r["text"]) for r in rows]
    scores = ev.task_scores(rows, preds)
    bias, human, opt_out = scores["bias_review"], scores["human"], scores["opt_out"]
    hard = [p for r, p in zip(rows, preds, strict=True) if r.get("note", "").startswith("hard negative")]
    return {
        "split": split, "messages": len(rows),
        "bias": {"P": bias.precision, "R": bias.recall, "F1": bias.f1, "tp": bias.tp, "fp": bias.fp, "fn": bias.fn},
        "bias_recall_by_lang": {k: f"{h}/{n}" for k, (h, n) in ev.recall_by_language(rows, preds).items()},
        "human": {"P": human.precision, "R": human.recall, "tp": human.tp, "fp": human.fp, "fn": human.fn},
        "escalated": {"P": scores["escalated"].precision, "R": scores["escalated"].recall},
        "opt_out": {"P": opt_out.precision, "R": opt_out.recall, "tp": opt_out.tp, "fp": opt_out.fp,
                    "fn": opt_out.fn},
        "hard_negatives_flagged_bias": f"{sum(p.route == 'bias_review' for p in hard)}/{len(hard)}",
        "confusion": {f"{g}->{p}": n for (g, p), n in ev.confusion(rows, preds).items() if n},
    }


def _fmt(agg: dict) -> str:
    b, h, o = agg["bias"], agg["human"], agg["opt_out"]
    lines = [
        f"split={agg['split']} messages={agg['messages']}",
        f"bias     P {b['P']:.3f}  R {b['R']:.3f}  F1 {b['F1']:.3f}  (tp {b['tp']} fp {b['fp']} fn {b['fn']})",
        "bias recall by language: " + ", ".join(f"{k} {v}" for k, v in agg["bias_recall_by_lang"].items()),
        f"human    P {h['P']:.3f}  R {h['R']:.3f}  (tp {h['tp']} fp {h['fp']} fn {h['fn']})",
        f"escalated P {agg['escalated']['P']:.3f}  R {agg['escalated']['R']:.3f}",
        f"opt-out  P {o['P']:.3f}  R {o['R']:.3f}  (tp {o['tp']} fp {o['fp']} fn {o['fn']})",
        f"hard negatives routed to bias review: {agg['hard_negatives_flagged_bias']}",
        "confusion (gold->predicted): " + ", ".join(f"{k} {v}" for k, v in agg["confusion"].items()),
    ]
    if "latency_ms" in agg:
        lines.append("latency per message: p50 {:.3f} ms  p99 {:.3f} ms".format(*agg["latency_ms"]))
    return "\n".join(lines)


def _commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE)
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "plugin/core/routing"], capture_output=True,
                               text=True, cwd=HERE.parents[1]).stdout.strip()
        return out.stdout.strip() + ("+uncommitted routing changes" if dirty else "")
    except OSError:
        return "unknown"


def print_errors(split: str) -> None:
    if split != "dev":
        raise SystemExit("--errors is for the dev half only: the test half's texts are never shown")
    for row in load("dev"):
        pred = classify(row["text"])
        if row["label"] != pred.route or bool(row["opt_out"]) != pred.opt_out:
            print(f"- {row['id']} {row['lang']} gold={row['label']} opt_out={row['opt_out']} -> {pred.route} "
                  f"opt_out={pred.opt_out} matched={pred.matched}\n    {row['text']}\n    note: {row.get('note', '')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, required=True)
    parser.add_argument("--errors", action="store_true", help="dev only: list misclassified messages")
    parser.add_argument("--baseline", action="store_true", help="score the keyword baseline instead")
    parser.add_argument("--why", default="", help="test only: a note stored with the run in test_runs.log")
    args = parser.parse_args()
    if args.errors:
        print_errors(args.split)
    system = ev.baseline if args.baseline else classify
    agg = aggregates(args.split, system)
    if not args.baseline:
        agg["latency_ms"] = latency([r["text"] for r in load(args.split)])
    print(("keyword baseline\n" if args.baseline else "") + _fmt(agg))
    if args.split in ("test", "all") and not args.baseline:
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
        entry = {"when": stamp, "commit": _commit(), "why": args.why, **agg}
        with TEST_LOG.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry) + "\n")


if __name__ == "__main__":
    main()
