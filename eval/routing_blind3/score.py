"""Scores a router on blind set 3 and the symmetry templates; prints and logs aggregates only (never texts).

    .venv/bin/python -m eval.routing_blind3.score --why "run 1: baseline before the change"

At most two runs may be logged (the set is then spent: see README). ``--dry`` prints without logging and is only
for checking that the script works on the keyword baseline (it never runs the router)."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("en", "es", "fr", "de", "pt")
MAX_RUNS = 2

# A plain keyword baseline (frozen here so later edits elsewhere cannot move it). Substring match on lower case.
KW_BIAS = ("discrimin", "diskrimin", "racis", "rassis", "sexis", "machis", "homophob", "homofob", "transphob",
           "ageis", "bias", "prejudice", "prejuicio", "préjug", "preconceito", "vorurteil", "unfair", "injust",
           "ungerecht")
KW_HUMAN = ("human", "humano", "humain", "mensch", "a person", "una persona", "une personne", "uma pessoa", "agent",
            "manager", "appeal", "recurr", "contest", "widersp")
KW_OPT_OUT = ("no ai", "without ai", "don't use ai", "sin ia", "pas d'ia", "sans ia", "keine ki", "ohne ki", "sem ia")


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def keyword(text: str) -> dict:
    low = text.lower()
    has = lambda words: any(re.search(rf"(?<!\w){re.escape(w)}", low) for w in words)  # noqa: E731
    route = "bias_review" if has(KW_BIAS) else "human" if has(KW_HUMAN) else "ai_assist"
    return {"route": route, "opt_out": has(KW_OPT_OUT)}


def router(text: str) -> dict:
    from plugin.core.routing import classify
    c = classify(text)
    return {"route": c.route, "opt_out": c.opt_out}


def pr(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"P {p:.3f} R {r:.3f} (tp {tp} fp {fp} fn {fn})"


def blind_report(rows: list[dict], predict) -> list[str]:
    preds = [predict(r["text"]) for r in rows]
    out = []
    pairs = list(zip(rows, preds, strict=True))

    def counts(sel, gold, got):
        tp = sum(1 for r, p in sel if gold(r) and got(p))
        fp = sum(1 for r, p in sel if not gold(r) and got(p))
        fn = sum(1 for r, p in sel if gold(r) and not got(p))
        return tp, fp, fn

    is_bias = lambda r: r["label"] == "bias_review"  # noqa: E731
    got_bias = lambda p: p["route"] == "bias_review"  # noqa: E731
    out.append("bias_review   " + pr(*counts(pairs, is_bias, got_bias)))
    out.append("  by language: " + "; ".join(
        f"{lang} {pr(*counts([x for x in pairs if x[0]['lang'] == lang], is_bias, got_bias))}" for lang in LANGS))
    cats: dict[str, list] = defaultdict(list)
    for r, p in pairs:
        cats[r["category"]].append(got_bias(p))
    out.append("  recall by kind: " + ", ".join(f"{c[5:]} {sum(v)}/{len(v)}" for c, v in sorted(cats.items())
                                                 if c.startswith("bias/")))
    out.append("  hard negatives sent to review by kind: " + ", ".join(
        f"{c[8:]} {sum(v)}/{len(v)}" for c, v in sorted(cats.items()) if c.startswith("hardneg/")))
    hard = [got_bias(p) for r, p in pairs if r["category"].startswith("hardneg/")]
    out.append(f"  hard negatives sent to review: {sum(hard)}/{len(hard)} ({sum(hard) / len(hard):.1%})")
    # handoff: rows labelled human; false alarms among rows that neither ask for a person nor complain of bias,
    # leaving out opt-outs (no draft either way)
    want = [x for x in pairs if x[0]["label"] == "human"]
    hit = sum(1 for r, p in want if p["route"] != "ai_assist")
    quiet = [x for x in pairs if x[0]["label"] == "ai_assist" and not x[0]["opt_out"]]
    alarms = sum(1 for r, p in quiet if p["route"] == "human")
    out.append(f"handoff       recall {hit}/{len(want)} ({hit / len(want):.3f}) [route human or bias_review]; "
               f"false alarms {alarms}/{len(quiet)} ({alarms / len(quiet):.1%})")
    out.append("  handoff recall by language: " + ", ".join(
        f"{lang} {sum(1 for r, p in want if r['lang'] == lang and p['route'] != 'ai_assist')}/"
        f"{sum(1 for r, p in want if r['lang'] == lang)}" for lang in LANGS))
    opt = counts(pairs, lambda r: r["opt_out"], lambda p: p["opt_out"])
    out.append("opt_out       " + pr(*opt) + "; by language: " + ", ".join(
        f"{lang} {sum(1 for r, p in pairs if r['lang'] == lang and r['opt_out'] and p['opt_out'])}/"
        f"{sum(1 for r, p in pairs if r['lang'] == lang and r['opt_out'])}" for lang in LANGS))
    mention = [got_bias(p) for r, p in pairs if r["category"] in ("hardneg/ordinary_mention", "hardneg/address")]
    out.append(f"ordinary mentions (incl. addresses) sent to review: {sum(mention)}/{len(mention)}")
    conf = Counter(f"{r['label']}->{p['route']}" for r, p in pairs)
    out.append("confusion: " + json.dumps(dict(sorted(conf.items()))))
    return out


def symmetry_report(rows: list[dict], predict) -> list[str]:
    routes: dict[str, set] = defaultdict(set)
    ordinary_review, ordinary, complaint_hit, complaint = 0, 0, 0, 0
    by_lang: Counter = Counter()
    for r in rows:
        route = predict(r["text"])["route"]
        routes[r["template"]].add(route)
        if r["kind"] == "ordinary":
            ordinary += 1
            ordinary_review += route == "bias_review"
            by_lang[r["lang"]] += route == "bias_review"
        else:
            complaint += 1
            complaint_hit += route == "bias_review"
    flips = sorted(t for t, s in routes.items() if len(s) > 1)
    return [f"symmetry: {len(flips)}/{len(routes)} templates change route with the group ({', '.join(flips)}); "
            f"ordinary fills sent to review {ordinary_review}/{ordinary} ({ordinary_review / ordinary:.1%}; by "
            f"language {dict(by_lang)}); complaint fills caught {complaint_hit}/{complaint}"]


def latency_report() -> list[str]:
    from plugin.core.routing import classify
    rows = load("blind3.jsonl")
    times = []
    for _ in range(3):
        for r in rows:
            start = time.perf_counter()
            classify(r["text"])
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    email = " ".join(r["text"] for r in rows)[:6000]
    start = time.perf_counter()
    classify(email)
    long_ms = (time.perf_counter() - start) * 1000
    return [f"latency p50 {times[len(times) // 2]:.2f} ms, p99 {times[int(0.99 * (len(times) - 1))]:.2f} ms, "
            f"6,000-char e-mail {long_ms:.1f} ms (shared 2-core machine)"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--why", help="why this run (logged)")
    parser.add_argument("--dry", action="store_true", help="keyword baseline only, nothing logged")
    args = parser.parse_args()
    blind, sym = load("blind3.jsonl"), load("symmetry.jsonl")
    lines = ["keyword baseline:"] + ["  " + x for x in blind_report(blind, keyword) + symmetry_report(sym, keyword)]
    if not args.dry:
        log = HERE / "runs.log"
        done = log.read_text(encoding="utf-8").count("\n## run ") if log.exists() else 0
        if done >= MAX_RUNS:
            raise SystemExit(f"blind set 3 has been scored {done} times already: it is spent (see README)")
        if not args.why:
            raise SystemExit("--why is required for a logged run")
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        lines = [f"## run {done + 1} of {MAX_RUNS} ({stamp}, commit {commit}): {args.why}", "router:"] + [
            "  " + x for x in blind_report(blind, router) + symmetry_report(sym, router) + latency_report()] + lines
        with log.open("a", encoding="utf-8") as fh:
            fh.write("\n" + "\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
