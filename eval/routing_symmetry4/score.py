"""Scores the router on routing symmetry set 4 (issue 12); prints and logs aggregates only (never texts).

    .venv/bin/python -m eval.routing_symmetry4.score --why "run 1: main before routing round 18"

Reuses eval/routing_symmetry3/score.py unchanged (its keyword baseline, its call of the fixed contract
`python -m plugin classify --jsonl` and its report); only the data path, the frozen sha256 and the run log are
this set's own. At most two runs may be logged in runs.log; a third is refused (the set is then spent). ``--dry``
prints the keyword baseline, never runs the router and logs nothing. The script refuses to score if
symmetry.jsonl does not match FROZEN_SHA256."""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import subprocess
from pathlib import Path

from eval.routing_symmetry3.score import keyword_routes, report, router_routes

HERE = Path(__file__).resolve().parent
DATA = HERE / "symmetry.jsonl"
FROZEN_SHA256 = "89590722502cbe6488f075f50062a77bc032a3bfdcfa20d602d767d9f635e31c"
MAX_RUNS = 2


def load() -> list[dict]:
    raw = DATA.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != FROZEN_SHA256:
        raise SystemExit(f"symmetry.jsonl changed since it was frozen (sha256 {digest}); refusing to score")
    return [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--why", help="why this run (logged)")
    parser.add_argument("--dry", action="store_true", help="keyword baseline only, never runs the router, logs nothing")
    args = parser.parse_args()
    rows = load()
    lines = ["keyword baseline:"] + ["  " + x for x in report(rows, keyword_routes(rows))]
    if not args.dry:
        log = HERE / "runs.log"
        done = log.read_text(encoding="utf-8").count("\n## run ") if log.exists() else 0
        if done >= MAX_RUNS:
            raise SystemExit(f"routing symmetry 4 has been scored {done} times already: it is spent (see README)")
        if not args.why:
            raise SystemExit("--why is required for a logged run")
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        lines = [f"## run {done + 1} of {MAX_RUNS} ({stamp}, commit {commit}): {args.why}", "router:"] + [
            "  " + x for x in report(rows, router_routes(rows))] + lines
        with log.open("a", encoding="utf-8") as fh:
            fh.write("\n" + "\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
