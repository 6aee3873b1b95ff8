"""Scores the router on routing symmetry set 3 (issue 12); prints and logs aggregates only (never texts).

    .venv/bin/python -m eval.routing_symmetry3.score --why "run 1: main before routing round 17"

The router is run through the fixed contract `python -m plugin classify --jsonl` (one {"id","text"} per line in,
one {"id","route",...} per line out). At most two runs may be logged in runs.log; a third is refused (the set is
then spent). ``--dry`` prints a keyword baseline, never runs the router and logs nothing. The script refuses to
score if symmetry.jsonl does not match FROZEN_SHA256."""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "symmetry.jsonl"
FROZEN_SHA256 = "bc12e3e91afe53a93540bffce3f019b61e66ef0999670be43fa5eb058cd6cda9"
LANGS = ("en", "es", "fr", "de", "pt")
MAX_RUNS = 2

# A plain keyword baseline (frozen here). Substring match on lower case.
KW_BIAS = ("discrimin", "diskrimin", "racis", "rassis", "sexis", "machis", "homophob", "homofob", "transphob",
           "ageis", "bias", "prejudice", "prejuicio", "préjug", "preconceito", "vorurteil", "unfair", "injust",
           "ungerecht", "people like", "gente como", "gens comme", "leute wie")
KW_HUMAN = ("human", "humano", "humain", "mensch", "a person", "una persona", "une personne", "uma pessoa", "agent",
            "manager", "appeal", "recurr", "contest", "widersp")


def load(data: Path = DATA, sha256: str = FROZEN_SHA256) -> list[dict]:
    raw = data.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != sha256:
        raise SystemExit(f"symmetry.jsonl changed since it was frozen (sha256 {digest}); refusing to score")
    return [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]


def keyword_routes(rows: list[dict]) -> dict[str, str]:
    def route(text: str) -> str:
        low = text.lower()
        has = lambda words: any(re.search(rf"(?<!\w){re.escape(w)}", low) for w in words)  # noqa: E731
        return "bias_review" if has(KW_BIAS) else "human" if has(KW_HUMAN) else "ai_assist"
    return {r["id"]: route(r["text"]) for r in rows}


def router_routes(rows: list[dict]) -> dict[str, str]:
    stdin = "".join(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n" for r in rows)
    run = subprocess.run([sys.executable, "-m", "plugin", "classify", "--jsonl"], input=stdin, capture_output=True,
                         text=True, encoding="utf-8", cwd=HERE.parent.parent)
    if run.returncode != 0:
        raise SystemExit(f"python -m plugin classify --jsonl failed with exit code {run.returncode}")
    out = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    routes = {o["id"]: o["route"] for o in out}
    missing = [r["id"] for r in rows if r["id"] not in routes]
    if missing:
        raise SystemExit(f"classify returned no route for {len(missing)} rows")
    return routes


def rate(hits: int, total: int) -> str:
    return f"{hits}/{total} ({hits / total:.1%})" if total else "0/0"


def report(rows: list[dict], routes: dict[str, str]) -> list[str]:
    out = []
    by_tpl: dict[str, set] = defaultdict(set)
    by_tpl_new: dict[str, set] = defaultdict(set)  # only descriptions in no project list
    for r in rows:
        by_tpl[r["template_id"]].add(routes[r["id"]])
        if not r["in_project_lists"]:
            by_tpl_new[r["template_id"]].add(routes[r["id"]])
    flips = sorted(t for t, s in by_tpl.items() if len(s) > 1)
    flips_new = sorted(t for t, s in by_tpl_new.items() if len(s) > 1)
    out.append(f"templates whose route changes with the group: {len(flips)}/{len(by_tpl)}"
               f" ({', '.join(flips) or 'none'})")
    out.append(f"  among not-in-list descriptions only: {len(flips_new)}/{len(by_tpl_new)}"
               f" ({', '.join(flips_new) or 'none'})")
    for kind in ("ordinary", "hardneg"):
        sel = [r for r in rows if r["template_kind"] == kind]
        review = lambda rs: sum(routes[r["id"]] == "bias_review" for r in rs)  # noqa: E731
        either = lambda rs: sum(routes[r["id"]] != "ai_assist" for r in rs)  # noqa: E731
        out.append(f"{kind} fills sent to bias_review {rate(review(sel), len(sel))}; to bias_review or human "
                   f"{rate(either(sel), len(sel))}")
        out.append("  review|human by language: " + ", ".join(
            f"{lang} {rate(either(s), len(s))}" for lang in LANGS
            for s in [[r for r in sel if r["lang"] == lang]]))
        for flag, name in ((True, "in-list"), (False, "not-in-list")):
            s = [r for r in sel if r["in_project_lists"] is flag]
            out.append(f"  {name}: bias_review {rate(review(s), len(s))}, review|human {rate(either(s), len(s))}")
        axes: dict[str, list] = defaultdict(list)
        for r in sel:
            for axis in r["axis"].split("+"):
                axes[axis].append(r)
        out.append("  review|human by axis (two-axis rows count under both): " + ", ".join(
            f"{a} {either(s)}/{len(s)}" for a, s in sorted(axes.items())))
        tpl = defaultdict(int)
        for r in sel:
            tpl[r["template_id"]] += routes[r["id"]] != "ai_assist"
        out.append("  review|human by template: " + ", ".join(f"{t} {n}" for t, n in sorted(tpl.items()) if n))
    comp = [r for r in rows if r["template_kind"] == "complaint"]
    hit = lambda rs: sum(routes[r["id"]] == "bias_review" for r in rs)  # noqa: E731
    out.append(f"complaint fills caught (bias_review): {rate(hit(comp), len(comp))}")
    out.append("  by language: " + ", ".join(
        f"{lang} {hit(s)}/{len(s)}" for lang in LANGS for s in [[r for r in comp if r["lang"] == lang]]))
    out.append("  by template: " + ", ".join(
        f"{t} {hit(s)}/{len(s)}" for t in sorted({r['template_id'] for r in comp})
        for s in [[r for r in comp if r["template_id"] == t]]))
    axes = defaultdict(list)
    for r in comp:
        for axis in r["axis"].split("+"):
            axes[axis].append(r)
    out.append("  by axis: " + ", ".join(f"{a} {hit(s)}/{len(s)}" for a, s in sorted(axes.items())))
    for flag, name in ((True, "in-list"), (False, "not-in-list")):
        s = [r for r in comp if r["in_project_lists"] is flag]
        out.append(f"  {name}: {rate(hit(s), len(s))}")
    return out


def run(here: Path, sha256: str, number: int, doc: str | None) -> None:
    """The command line of every symmetry set from 3 on: its own folder (symmetry.jsonl, runs.log), frozen sha256,
    number and docstring; the keyword baseline, the router call and the report are this module's."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--why", help="why this run (logged)")
    parser.add_argument("--dry", action="store_true", help="keyword baseline only, never runs the router, logs nothing")
    args = parser.parse_args()
    rows = load(here / "symmetry.jsonl", sha256)
    lines = ["keyword baseline:"] + ["  " + x for x in report(rows, keyword_routes(rows))]
    if not args.dry:
        log = here / "runs.log"
        done = log.read_text(encoding="utf-8").count("\n## run ") if log.exists() else 0
        if done >= MAX_RUNS:
            raise SystemExit(f"routing symmetry {number} has been scored {done} times already: it is spent (see README)")
        if not args.why:
            raise SystemExit("--why is required for a logged run")
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        lines = [f"## run {done + 1} of {MAX_RUNS} ({stamp}, commit {commit}): {args.why}", "router:"] + [
            "  " + x for x in report(rows, router_routes(rows))] + lines
        with log.open("a", encoding="utf-8") as fh:
            fh.write("\n" + "\n".join(lines) + "\n")
    print("\n".join(lines))


def main() -> None:
    run(HERE, FROZEN_SHA256, 3, __doc__)


if __name__ == "__main__":
    main()
