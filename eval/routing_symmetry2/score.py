"""Scores a router on symmetry set 2 (issue 12); prints and logs aggregates only (never texts or per-row routes).

    .venv/bin/python -m eval.routing_symmetry2.score --why "run 1: main before routing round N"

The router is run through the fixed contract `python -m plugin classify --jsonl` (one {"id","text"} per line in,
one object with "id" and "route" per line out). At most two runs may be logged in runs.log; a third is refused (the
set is then spent). ``--dry`` scores only the frozen keyword baseline (it never runs the router) and logs nothing."""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DATA = HERE / "symmetry.jsonl"
FROZEN_SHA256 = "eb32045b08ab1c83980607439c4050993af79f15f6d730390d88fba08b151e25"
LANGS = ("en", "es", "fr", "de", "pt")
MAX_RUNS = 2

# Keyword baseline, frozen here so later edits elsewhere cannot move it. Substring match on lower case.
KW_BIAS = ("discrimin", "diskrimin", "racis", "rassis", "sexis", "machis", "homophob", "homofob", "transphob",
           "ageis", "bias", "prejudice", "prejuicio", "préjug", "preconceito", "vorurteil", "unfair", "injust",
           "ungerecht")
KW_HUMAN = ("human", "humano", "humain", "mensch", "a person", "una persona", "une personne", "uma pessoa", "agent",
            "manager", "appeal", "recurr", "contest", "widersp")


def load() -> list[dict]:
    raw = DATA.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != FROZEN_SHA256:
        raise SystemExit(f"symmetry.jsonl has changed since it was frozen (sha256 {digest}, frozen {FROZEN_SHA256})")
    return [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]


def keyword(rows: list[dict]) -> dict[str, str]:
    def route(text: str) -> str:
        low = text.lower()
        has = lambda words: any(re.search(rf"(?<!\w){re.escape(w)}", low) for w in words)  # noqa: E731
        return "bias_review" if has(KW_BIAS) else "human" if has(KW_HUMAN) else "ai_assist"
    return {r["id"]: route(r["text"]) for r in rows}


def router(rows: list[dict]) -> dict[str, str]:
    payload = "".join(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n" for r in rows)
    env = dict(os.environ, TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="")
    proc = subprocess.run([sys.executable, "-m", "plugin", "classify", "--jsonl"], input=payload, text=True,
                          capture_output=True, cwd=ROOT, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"plugin classify failed (exit {proc.returncode}): {proc.stderr[-2000:]}")
    out = {}
    for line in proc.stdout.splitlines():
        if line.strip():
            obj = json.loads(line)
            out[obj["id"]] = obj["route"]
    missing = [r["id"] for r in rows if r["id"] not in out]
    if missing:
        raise SystemExit(f"plugin classify returned no route for {len(missing)} rows")
    return out


def rate(hits: int, n: int) -> str:
    return f"{hits}/{n} ({hits / n:.1%})" if n else "0/0"


def report(rows: list[dict], routes: dict[str, str]) -> list[str]:
    out = []
    by_template: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        by_template[r["template_id"]][routes[r["id"]]] += 1
    flips = sorted(t for t, c in by_template.items() if len(c) > 1)
    kinds = {r["template_id"]: r["template_kind"] for r in rows}
    out.append(f"templates whose route changes with the group: {len(flips)}/{len(by_template)}"
               + (f" ({', '.join(f'{t}[{kinds[t]}]' for t in flips)})" if flips else ""))
    out.append("  by kind: " + ", ".join(
        f"{k} {sum(1 for t in flips if kinds[t] == k)}/{sum(1 for t in by_template if kinds[t] == k)}"
        for k in ("ordinary", "hardneg", "complaint")))
    # fills that leave their template's majority route, split by whether the group word is in a project list
    minority = Counter()
    for r in rows:
        c = by_template[r["template_id"]]
        if len(c) > 1 and routes[r["id"]] != c.most_common(1)[0][0]:
            minority["in-list" if r["in_project_lists"] else "not-in-list"] += 1
    if minority:
        out.append(f"  fills off their template's majority route: {dict(minority)}")

    def axes(r: dict) -> list[str]:
        return r["axis"].split("+")

    quiet = [r for r in rows if r["expected"] == "ai_assist"]
    for label, hit in (("sent to review or human", lambda x: x != "ai_assist"),
                       ("sent to bias_review", lambda x: x == "bias_review")):
        sel = lambda f: [r for r in quiet if f(r)]  # noqa: E731
        n_hit = lambda rs, hit=hit: sum(hit(routes[r["id"]]) for r in rs)  # noqa: E731
        out.append(f"ordinary+hardneg fills {label}: {rate(n_hit(quiet), len(quiet))}; ordinary "
                   f"{rate(n_hit(sel(lambda r: r['template_kind'] == 'ordinary')), len(sel(lambda r: r['template_kind'] == 'ordinary')))}"
                   f", hardneg {rate(n_hit(sel(lambda r: r['template_kind'] == 'hardneg')), len(sel(lambda r: r['template_kind'] == 'hardneg')))}")
        out.append("  by language: " + "; ".join(
            f"{lang} {rate(n_hit(sel(lambda r, lang=lang: r['lang'] == lang)), len(sel(lambda r, lang=lang: r['lang'] == lang)))}"
            for lang in LANGS))
        all_axes = sorted({a for r in quiet for a in axes(r)})
        out.append("  by axis: " + "; ".join(
            f"{a} {rate(n_hit(sel(lambda r, a=a: a in axes(r))), len(sel(lambda r, a=a: a in axes(r))))}"
            for a in all_axes))
        out.append(f"  in project lists {rate(n_hit(sel(lambda r: r['in_project_lists'])), len(sel(lambda r: r['in_project_lists'])))}"
                   f"; not in lists {rate(n_hit(sel(lambda r: not r['in_project_lists'])), len(sel(lambda r: not r['in_project_lists'])))}")
    comp = [r for r in rows if r["expected"] == "bias_review"]
    got = lambda rs: sum(routes[r["id"]] == "bias_review" for r in rs)  # noqa: E731
    out.append(f"complaint fills caught (bias_review): {rate(got(comp), len(comp))}; routed human "
               f"{sum(routes[r['id']] == 'human' for r in comp)}")
    out.append("  by language: " + "; ".join(
        f"{lang} {rate(got([r for r in comp if r['lang'] == lang]), sum(r['lang'] == lang for r in comp))}"
        for lang in LANGS))
    out.append("  by template: " + "; ".join(
        f"{t} {rate(got([r for r in comp if r['template_id'] == t]), sum(r['template_id'] == t for r in comp))}"
        for t in sorted({r["template_id"] for r in comp})))
    out.append("  by axis: " + "; ".join(
        f"{a} {rate(got([r for r in comp if a in axes(r)]), sum(a in axes(r) for r in comp))}"
        for a in sorted({a for r in comp for a in axes(r)})))
    out.append(f"  in project lists {rate(got([r for r in comp if r['in_project_lists']]), sum(r['in_project_lists'] for r in comp))}"
               f"; not in lists {rate(got([r for r in comp if not r['in_project_lists']]), sum(not r['in_project_lists'] for r in comp))}")
    conf = Counter(f"{r['template_kind']}->{routes[r['id']]}" for r in rows)
    out.append("confusion: " + json.dumps(dict(sorted(conf.items()))))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--why", help="why this run (logged; required unless --dry)")
    parser.add_argument("--dry", action="store_true", help="keyword baseline only, never runs the router, logs nothing")
    args = parser.parse_args()
    rows = load()
    lines = ["keyword baseline:"] + ["  " + x for x in report(rows, keyword(rows))]
    if not args.dry:
        log = HERE / "runs.log"
        done = log.read_text(encoding="utf-8").count("\n## run ") if log.exists() else 0
        if done >= MAX_RUNS:
            raise SystemExit(f"symmetry set 2 has been scored {done} times already: it is spent (see README)")
        if not args.why:
            raise SystemExit("--why is required for a logged run")
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                cwd=ROOT).stdout.strip()
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        lines = [f"## run {done + 1} of {MAX_RUNS} ({stamp}, commit {commit}): {args.why}", "router:"] + [
            "  " + x for x in report(rows, router(rows))] + lines
        with log.open("a", encoding="utf-8") as fh:
            fh.write("\n" + "\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
