"""Scores the router on the held-out split of the round-2 routing data (rows.py); aggregates only, never texts.

    .venv/bin/python -m eval.routing_written_test.score --why "run 1: router before the round-2 data"

At most two logged runs (runs.log): run 1 before training on the round-2 data, run 2 after. ``--dry`` prints the
keyword baseline only and logs nothing."""
from __future__ import annotations

import argparse
import datetime as dt
import subprocess
from collections import defaultdict
from pathlib import Path

from eval.routing_blind3.score import keyword, router

from .rows import ROWS

HERE = Path(__file__).resolve().parent
LANGS = ("en", "es", "fr", "de", "pt")
MAX_RUNS = 2


def rows() -> list[dict]:
    return [{"id": f"wt-{lang}-{i:03d}", "lang": lang, "category": cat, "label": label, "opt_out": opt, "text": text}
            for lang in LANGS for i, (cat, label, opt, text) in enumerate(ROWS[lang], 1)]


def _pr(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"R {r:.3f} P {p:.3f} (tp {tp} fp {fp} fn {fn})"


def _counts(pairs, gold, got) -> tuple[int, int, int]:
    return (sum(1 for r, p in pairs if gold(r) and got(p)), sum(1 for r, p in pairs if not gold(r) and got(p)),
            sum(1 for r, p in pairs if gold(r) and not got(p)))


def report(data: list[dict], predict) -> list[str]:
    pairs = [(r, predict(r["text"])) for r in data]
    heads = {
        # opt-out: the flag; false alarms among every row that is not an opt-out
        "opt_out": (lambda r: r["opt_out"], lambda p: p["opt_out"], lambda r: True),
        # handoff: asked for a person (route human or bias review); false alarms: route human on a row labelled
        # ai_assist that is no opt-out (an opt-out routed to a person costs nothing: no draft either way), as in
        # eval/routing_blind3/score.py
        "handoff": (lambda r: r["label"] == "human", lambda p: p["route"] != "ai_assist",
                    lambda r: r["label"] == "human" or (r["label"] == "ai_assist" and not r["opt_out"])),
        # run 1 used this selection, which counted bias complaints sent to bias review as handoff false alarms
        "handoff (run-1 definition, faulty)": (lambda r: r["label"] == "human", lambda p: p["route"] != "ai_assist",
                                               lambda r: r["label"] == "human" or not r["opt_out"]),
        "bias": (lambda r: r["label"] == "bias_review", lambda p: p["route"] == "bias_review", lambda r: True),
    }
    out = []
    for name, (gold, got, use) in heads.items():
        sel = [x for x in pairs if use(x[0])]
        if name == "handoff":  # a false alarm is a route to a person, not a route to bias review
            sel = [(r, p) for r, p in sel if gold(r) or p["route"] != "bias_review"]
        tp, fp, fn = _counts(sel, gold, got)
        negatives = sum(1 for r, _ in sel if not gold(r))
        out.append(f"{name:8} {_pr(tp, fp, fn)}; false alarms {fp}/{negatives} ({fp / max(negatives, 1):.1%})")
        out.append("  by language: " + "; ".join(
            f"{lang} {_pr(*_counts([x for x in sel if x[0]['lang'] == lang], gold, got))}" for lang in LANGS))
    cats: dict[str, list[bool]] = defaultdict(list)
    for r, p in pairs:
        c = r["category"]
        if c.startswith("optout"):
            cats[c].append(p["opt_out"])
        elif c.startswith("handoff"):
            cats[c].append(p["route"] != "ai_assist")
        elif c.startswith("bias"):
            cats[c].append(p["route"] == "bias_review")
        elif c == "ai_mention":
            cats[c + " (opt-out flag)"].append(p["opt_out"])
        elif c == "not_handoff":
            cats[c + " (route human)"].append(p["route"] == "human")
        else:
            cats[c + " (route bias_review)"].append(p["route"] == "bias_review")
    out.append("by category (hits/rows): " + ", ".join(f"{c} {sum(v)}/{len(v)}" for c, v in sorted(cats.items())))
    return out


def main(data: list[dict] | None = None, here: Path = HERE, doc: str | None = __doc__) -> None:
    """Score ``data`` (default: this split) and log the run in ``here``/runs.log (another split reuses this)."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--why", help="why this run (logged)")
    parser.add_argument("--dry", action="store_true", help="keyword baseline only, nothing logged")
    args = parser.parse_args()
    data = rows() if data is None else data
    lines = ["keyword baseline:"] + ["  " + x for x in report(data, keyword)]
    if not args.dry:
        log = here / "runs.log"
        done = log.read_text(encoding="utf-8").count("\n## run ") if log.exists() else 0
        if done >= MAX_RUNS:
            raise SystemExit(f"this split has been scored {done} times already: it is spent (see README)")
        if not args.why:
            raise SystemExit("--why is required for a logged run")
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        lines = [f"## run {done + 1} of {MAX_RUNS} ({stamp}, commit {commit}): {args.why}", "router:"] + [
            "  " + x for x in report(data, router)] + lines
        with log.open("a", encoding="utf-8") as fh:
            fh.write("\n" + "\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
