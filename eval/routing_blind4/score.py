"""Scores a router on blind set 4; prints and logs aggregates only (never texts).

    .venv/bin/python -m eval.routing_blind4.score --run-note "run 1: the router before the change"

The router is reached through its fixed CLI contract (``python -m plugin classify --jsonl``), so the scorer does
not depend on the router's insides. At most two runs may be logged (the set is then spent: see README).
``--dry`` prints the keyword baseline without logging and never runs the router."""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DATA = HERE / "blind4.jsonl"
FROZEN_SHA256 = "9fa8d3fbefad7a8de8e17f4ec1177deca17b23d0fc31a866193209522bc8226c"
LANGS = ("en", "es", "fr", "de", "pt")
MAX_RUNS = 2

# The plain keyword baseline of blind set 3, copied unchanged so the two sets' baselines compare. Substring match
# on lower case, at the start of a word.
KW_BIAS = ("discrimin", "diskrimin", "racis", "rassis", "sexis", "machis", "homophob", "homofob", "transphob",
           "ageis", "bias", "prejudice", "prejuicio", "préjug", "preconceito", "vorurteil", "unfair", "injust",
           "ungerecht")
KW_HUMAN = ("human", "humano", "humain", "mensch", "a person", "una persona", "une personne", "uma pessoa", "agent",
            "manager", "appeal", "recurr", "contest", "widersp")
KW_OPT_OUT = ("no ai", "without ai", "don't use ai", "sin ia", "pas d'ia", "sans ia", "keine ki", "ohne ki", "sem ia")


def load(data: Path = DATA) -> list[dict]:
    return [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]


def keyword(texts: list[str]) -> list[dict]:
    def one(text: str) -> dict:
        low = text.lower()
        has = lambda words: any(re.search(rf"(?<!\w){re.escape(w)}", low) for w in words)  # noqa: E731
        route = "bias_review" if has(KW_BIAS) else "human" if has(KW_HUMAN) else "ai_assist"
        return {"route": route, "opt_out": has(KW_OPT_OUT)}
    return [one(t) for t in texts]


def router(texts: list[str]) -> list[dict]:
    """All rows through `python -m plugin classify --jsonl` in one process; answers come back in order."""
    feed = "".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts))
    done = subprocess.run([sys.executable, "-m", "plugin", "classify", "--jsonl"], input=feed, capture_output=True,
                          text=True, cwd=ROOT, check=True)
    got = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    if len(got) != len(texts) or [g.get("id") for g in got] != [str(i) for i in range(len(texts))]:
        raise SystemExit(f"classify --jsonl answered {len(got)} lines for {len(texts)} rows, or out of order")
    return [{"route": g["route"], "opt_out": bool(g["opt_out"])} for g in got]


def pr(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"P {p:.3f} R {r:.3f} (tp {tp} fp {fp} fn {fn})"


def frac(hits: list[bool]) -> str:
    return f"{sum(hits)}/{len(hits)}"


def report(rows: list[dict], preds: list[dict]) -> list[str]:
    pairs = list(zip(rows, preds, strict=True))
    out = []

    def counts(sel, gold, got):
        tp = sum(1 for r, p in sel if gold(r) and got(p))
        fp = sum(1 for r, p in sel if not gold(r) and got(p))
        fn = sum(1 for r, p in sel if gold(r) and not got(p))
        return tp, fp, fn

    def by(key, sel, hit) -> str:
        groups: dict[str, list[bool]] = defaultdict(list)
        for r, p in sel:
            groups[key(r)].append(hit(r, p))
        order = LANGS if set(groups) <= set(LANGS) else sorted(groups)
        return ", ".join(f"{g} {frac(groups[g])}" for g in order if g in groups)

    lang = lambda r: r["lang"]  # noqa: E731
    kind = lambda r: r["category"].split("/", 1)[-1]  # noqa: E731
    style = lambda r: r["style"]  # noqa: E731

    # bias
    is_bias = lambda r: r["label"] == "bias_review"  # noqa: E731
    got_bias = lambda p: p["route"] == "bias_review"  # noqa: E731
    out.append("bias_review   " + pr(*counts(pairs, is_bias, got_bias)))
    out.append("  by language: " + "; ".join(
        f"{lg} {pr(*counts([x for x in pairs if x[0]['lang'] == lg], is_bias, got_bias))}" for lg in LANGS))
    bias = [x for x in pairs if is_bias(x[0])]
    hard = [x for x in pairs if x[0]["category"].startswith("hardneg/")]
    sent = lambda r, p: got_bias(p)  # noqa: E731
    out.append("  recall by kind: " + by(kind, bias, sent))
    out.append("  recall by style: " + by(style, bias, sent))
    out.append(f"  hard negatives sent to review: {frac([got_bias(p) for _, p in hard])}; by kind: "
               + by(kind, hard, sent))
    out.append("  hard negatives sent to review by language: " + by(lang, hard, sent))

    # handoff: rows labelled human (incl. opt-outs that ask for a person); false alarms among rows that neither
    # ask for a person nor complain of bias, leaving out opt-outs (no draft either way)
    want = [x for x in pairs if x[0]["label"] == "human"]
    handed = lambda r, p: p["route"] != "ai_assist"  # noqa: E731
    quiet = [x for x in pairs if x[0]["label"] == "ai_assist" and not x[0]["opt_out"]]
    alarms = [p["route"] == "human" for _, p in quiet]
    out.append(f"handoff       recall {frac([handed(r, p) for r, p in want])} [route human or bias_review]; "
               f"false alarms {frac(alarms)} ({sum(alarms) / len(alarms):.1%})")
    out.append("  recall by language: " + by(lang, want, handed))
    out.append("  recall by kind: " + by(lambda r: r["category"], want, handed))
    out.append("  recall by style: " + by(style, want, handed))
    out.append("  false alarms by kind: " + by(lambda r: r["category"].split("/")[0], quiet,
                                               lambda r, p: p["route"] == "human"))

    # opt-out flag
    opt = [x for x in pairs if x[0]["opt_out"]]
    flagged = lambda r, p: p["opt_out"]  # noqa: E731
    out.append("opt_out       " + pr(*counts(pairs, lambda r: r["opt_out"], lambda p: p["opt_out"])))
    out.append("  recall by language: " + by(lang, opt, flagged))
    out.append("  recall by kind: " + by(kind, opt, flagged))
    out.append("  recall by style: " + by(style, opt, flagged))
    neg = [x for x in pairs if x[0]["category"].startswith("optneg/")]
    out.append(f"  AI-mention hard negatives flagged: {frac([p['opt_out'] for _, p in neg])}; by kind: "
               + by(kind, neg, flagged) + "; by language: " + by(lang, neg, flagged))
    others = [x for x in pairs if not x[0]["opt_out"] and not x[0]["category"].startswith("optneg/")]
    out.append(f"  other rows flagged: {frac([p['opt_out'] for _, p in others])}")

    # exact route per language and style
    exact = lambda r, p: p["route"] == r["label"]  # noqa: E731
    out.append("route exact   " + frac([exact(r, p) for r, p in pairs]) + "; by language: " + by(lang, pairs, exact))
    out.append("  by style: " + by(style, pairs, exact))
    conf = Counter(f"{r['label']}->{p['route']}" for r, p in pairs)
    out.append("confusion: " + json.dumps(dict(sorted(conf.items()))))
    return out


def latency_report(texts: list[str]) -> list[str]:
    try:
        from plugin.core.routing import classify
    except ImportError as exc:  # the CLI contract is what is scored; in-process timing is a bonus
        return [f"latency n/a ({exc})"]
    times = []
    for _ in range(3):
        for t in texts:
            start = time.perf_counter()
            classify(t)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return [f"latency p50 {times[len(times) // 2]:.2f} ms, p99 {times[int(0.99 * (len(times) - 1))]:.2f} ms "
            f"(in-process, shared 2-core machine: noisy)"]


def main(data: Path = DATA, frozen_sha256: str = FROZEN_SHA256, name: str = "blind set 4", doc: str = __doc__) -> None:
    """Scores one routing blind set; blind sets 5 and 6 call this with their own file, digest and name."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run-note", "--why", dest="note", help="what this run is (logged)")
    parser.add_argument("--dry", action="store_true", help="keyword baseline only, nothing logged")
    args = parser.parse_args()
    rows = load(data)
    texts = [r["text"] for r in rows]
    lines = ["keyword baseline:"] + ["  " + x for x in report(rows, keyword(texts))]
    if not args.dry:
        digest = hashlib.sha256(data.read_bytes()).hexdigest()
        if digest != frozen_sha256:
            raise SystemExit(f"{data.name} is not the frozen file (sha256 differs): a changed set cannot be scored")
        log = data.parent / "runs.log"
        done = log.read_text(encoding="utf-8").count("\n## run ") if log.exists() else 0
        if done >= MAX_RUNS:
            raise SystemExit(f"{name} has been scored {done} times already: it is spent (see README)")
        if not args.note:
            raise SystemExit("--run-note is required for a logged run")
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                cwd=ROOT).stdout.strip()
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        lines = [f"## run {done + 1} of {MAX_RUNS} ({stamp}, commit {commit}): {args.note}", "router:"] + [
            "  " + x for x in report(rows, router(texts)) + latency_report(texts)] + lines
        with log.open("a", encoding="utf-8") as fh:
            fh.write("\n" + "\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
