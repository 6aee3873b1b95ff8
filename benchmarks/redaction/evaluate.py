"""Recall (and precision where measurable) per entity type: PresidioRedactor vs plain Presidio.

    .venv/bin/python benchmarks/redaction/evaluate.py [--only research|evaluator|tickets|bitext] [--misses N]
        [--split dev|test|all]

Split: the two synthetic sets (research, evaluator) are cut by record index, even = dev, odd = test. Tune on
dev only (misses may be printed there). `--split test` never prints a text (misses are refused) and appends
its aggregate table to test_runs.md, so that every test run is on record. tickets and bitext are not split.

Matching rule: a gold span counts as found when a predicted span of a compatible type overlaps it by at least
one character ("redacted, maybe not exactly"). Compatible: same type; STREET_ADDRESS/GPE/ZIP_CODE gold also
accepts LOCATION or STREET_ADDRESS. "any" recall ignores the type (what a reader of the redacted text sees).
Precision per predicted type: share of predicted spans overlapping a gold span of a compatible type; the
synthetic sets label only their template slots, so an unlabelled real name would count against precision.
"""
from __future__ import annotations

import argparse
import datetime
import io
import os
import subprocess
import sys
from collections import Counter, defaultdict
from contextlib import redirect_stdout
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora  # noqa: E402
from systems import SYSTEMS  # noqa: E402

TARGET = {"PERSON": 0.95, "EMAIL_ADDRESS": 0.98, "PHONE_NUMBER": 0.98, "CREDIT_CARD": 0.98, "IBAN_CODE": 0.98,
          "US_SSN": 0.98, "STREET_ADDRESS": 0.90}
COMPATIBLE = {"STREET_ADDRESS": {"STREET_ADDRESS", "LOCATION"}, "GPE": {"LOCATION", "STREET_ADDRESS"},
              "ZIP_CODE": {"STREET_ADDRESS", "LOCATION"}, "LOCATION": {"LOCATION", "STREET_ADDRESS"}}
REPORTED = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS",
            "STREET_ADDRESS", "GPE")


def compatible(gold: str, pred: str) -> bool:
    return pred in COMPATIBLE.get(gold, {gold})


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(records: list[dict], find, misses: int = 0) -> dict:
    found, total, any_found = Counter(), Counter(), Counter()
    pred_ok, pred_all = Counter(), Counter()
    kept_lost, kept_total, missed = 0, 0, defaultdict(list)
    for rec in records:
        preds = [(s.type, s.start, s.end) for s in find(rec["text"])]
        for gtype, gs, ge in rec["spans"]:
            total[gtype] += 1
            hit = [p for p in preds if overlaps((gs, ge), p[1:])]
            any_found[gtype] += bool(hit)
            if any(compatible(gtype, p[0]) for p in hit):
                found[gtype] += 1
            elif len(missed[gtype]) < misses:
                missed[gtype].append((rec["text"][gs:ge], rec["text"][max(0, gs - 40):ge + 20]))
        for ptype, ps, pe in preds:
            pred_all[ptype] += 1
            ok = any(overlaps((ps, pe), (gs, ge)) and compatible(gt, ptype) for gt, gs, ge in rec["spans"])
            pred_ok[ptype] += ok
            if not ok and len(missed["FP " + ptype]) < misses:
                missed["FP " + ptype].append((rec["text"][ps:pe], rec["text"][max(0, ps - 30):pe + 20]))
        for ks, ke in rec.get("keep", ()):
            kept_total += 1
            if any(overlaps((ks, ke), p[1:]) for p in preds):
                kept_lost += 1
                if len(missed["KEEP"]) < misses:
                    missed["KEEP"].append((rec["text"][ks:ke], [rec["text"][p[1]:p[2]] for p in preds]))
    return {"found": found, "total": total, "any": any_found, "pred_ok": pred_ok, "pred_all": pred_all,
            "kept_lost": kept_lost, "kept_total": kept_total, "missed": missed}


def report(name: str, results: dict[str, dict]) -> None:
    print(f"\n## {name}\n")
    systems = list(results)
    print("| gold type | n | " + " | ".join(f"{s} recall (any type)" for s in systems) + " |")
    print("|---|---|" + "---|" * len(systems))
    first = results[systems[0]]
    for gtype in REPORTED:
        n = first["total"][gtype]
        if n:
            cells = [f"{r['found'][gtype] / n:.3f} ({r['any'][gtype] / n:.3f})" for r in results.values()]
            print(f"| {gtype} | {n} | " + " | ".join(cells) + " |")
    print("\n| predicted type | " + " | ".join(f"{s} precision (n)" for s in systems) + " |")
    print("|---|" + "---|" * len(systems))
    for ptype in sorted(set().union(*(r["pred_all"] for r in results.values()))):
        cells = [f"{r['pred_ok'][ptype] / r['pred_all'][ptype]:.3f} ({r['pred_all'][ptype]})" if r["pred_all"][ptype]
                 else "-" for r in results.values()]
        print(f"| {ptype} | " + " | ".join(cells) + " |")
    if first["kept_total"]:
        print("\nidentifiers redacted (must be 0): " +
              ", ".join(f"{s} {r['kept_lost']}/{r['kept_total']}" for s, r in results.items()))


SPLIT_SETS = ("research", "evaluator")
TEST_LOG = Path(__file__).resolve().parent / "test_runs.md"


def split(name: str, records: list[dict], which: str) -> list[dict]:
    if which == "all" or name not in SPLIT_SETS:
        return records
    parity = 0 if which == "dev" else 1
    return [r for i, r in enumerate(records) if i % 2 == parity]


def _log_test_run(table: str, args: argparse.Namespace) -> None:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=Path(__file__).parent).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "plugin/adapters", "benchmarks/redaction"],
                           capture_output=True, text=True, cwd=Path(__file__).parent).stdout.strip()
    stamp = datetime.datetime.now().isoformat(timespec="seconds")
    head = f"\n### test run {stamp}, commit {commit}{' + uncommitted changes' if dirty else ''}, " \
           f"sets {args.only or 'all'}, systems {args.systems}\n"
    with TEST_LOG.open("a", encoding="utf-8") as fh:
        fh.write(head + table)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=["research", "evaluator", "tickets", "bitext"])
    ap.add_argument("--systems", default="candor,presidio")
    ap.add_argument("--misses", type=int, default=0)
    ap.add_argument("--split", choices=["dev", "test", "all"], default="all")
    args = ap.parse_args()
    if args.split == "test" and args.misses:
        ap.error("--split test prints aggregates only: drop --misses")
    sets = {"research": corpora.research_synth, "evaluator": corpora.evaluator_synth,
            "tickets": corpora.tickets, "bitext": corpora.bitext_identifiers}
    finders = {s: SYSTEMS[s]() for s in args.systems.split(",")}
    out = io.StringIO()
    for name, load in sets.items():
        if args.only and name != args.only:
            continue
        records = split(name, load(), args.split)
        results = {s: score(records, find, args.misses) for s, find in finders.items()}
        with redirect_stdout(out):
            label = f" {args.split}" if name in SPLIT_SETS and args.split != "all" else ""
            report(f"{name}{label} ({len(records)} texts)", results)
        for sys_name, r in results.items():
            for gtype, rows in r["missed"].items():
                for row in rows:
                    print(f"MISS {sys_name} {gtype}: {row!r}", file=out)
    print(out.getvalue())
    if args.split == "test":
        _log_test_run(out.getvalue(), args)


if __name__ == "__main__":
    main()
