"""Same output before and after a speed change: redact a fixed collection of texts through the product's redactor
(the entry point of `python -m plugin redact --jsonl`: wiring.build_redactor + commands.redact.redact_one) and write,
or compare against, every text's spans and placeholders.

    # the baseline, from the reference tree (e.g. main unpacked with `git archive main | tar -x -C /tmp/main`)
    .venv/bin/python benchmarks/redaction/same_output.py --root /tmp/main --write /tmp/baseline.jsonl
    # this tree against it: exit 1 and the first differences when any text's output changed
    .venv/bin/python benchmarks/redaction/same_output.py --check /tmp/baseline.jsonl

`--root` imports `plugin` from another checkout (the script itself need not exist there). The texts:
- every ticket of the development sets eval/redaction_blind4 .. redaction_blind20 (blind.jsonl);
- the benchmark corpora of benchmarks/redaction/corpora.py: presidio-research synth v2 (1,500), the Bitext identifier
  requests (424), the ticket-like corpus of latency.py (300);
- long synthetic texts built here (seeded): development tickets of one language or of mixed languages joined into
  texts of 2,000-30,000 characters, a single line without line breaks, and a few edge cases (empty, blanks, digits).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEV_SETS = range(4, 21)


def dev_tickets() -> list[tuple[str, str]]:
    out = []
    for n in DEV_SETS:
        path = REPO / "eval" / f"redaction_blind{n}" / "blind.jsonl"
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                row = json.loads(line)
                out.append((f"dev{n}:{row.get('id', i)}", row["text"]))
    return out


def bench_texts() -> list[tuple[str, str]]:
    sys.path.insert(0, str(HERE))
    import corpora

    out = [(f"research:{i}", r["text"]) for i, r in enumerate(corpora.research_synth())]
    out += [(f"bitext:{i}", r["text"]) for i, r in enumerate(corpora.bitext_identifiers())]
    out += [(f"tickets:{i}", r["text"]) for i, r in enumerate(corpora.tickets(300))]
    return out


def long_texts(dev: list[tuple[str, str]], n: int = 60, seed: int = 11) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    texts = [t for _, t in dev]
    by_lang: dict[str, list[str]] = {}
    for key, text in dev:
        lang = key.split(":", 1)[1].split("-")[1] if key.count("-") >= 2 else "?"
        by_lang.setdefault(lang, []).append(text)
    out = []
    for i in range(n):
        pool = rnd.choice([texts] + [v for k, v in sorted(by_lang.items()) if len(v) >= 10])
        target = rnd.choice([2000, 5000, 10000, 30000])
        parts: list[str] = []
        while sum(map(len, parts)) < target:
            parts.append(rnd.choice(pool))
        out.append((f"long:{i}", rnd.choice(["\n\n", "\n", " ", "\n---\n"]).join(parts)))
    out.append(("long:oneline", " ".join(t.replace("\n", " ") for t in rnd.sample(texts, 40))))
    out += [("edge:empty", ""), ("edge:blanks", "  \n\t \n"), ("edge:digits", "4111 1111 1111 1111\n" * 30),
            ("edge:short", "hi"), ("edge:crlf", "\r\n".join(rnd.sample(texts, 3)))]
    return out


def collection() -> list[tuple[str, str]]:
    dev = dev_tickets()
    return dev + bench_texts() + long_texts(dev)


def run(root: Path | None) -> list[dict]:
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    items = collection()  # read from this tree, whatever `root` is: the same texts for both runs
    sys.path.insert(0, str(root or REPO))
    for name in [m for m in sys.modules if m == "plugin" or m.startswith("plugin.")]:
        del sys.modules[name]
    import plugin
    from plugin.commands.redact import redact_one
    from plugin.wiring import Settings, build_redactor
    print(f"plugin from {Path(plugin.__file__).parent}", file=sys.stderr)
    redactor = build_redactor(Settings.from_env())
    rows, t0 = [], time.perf_counter()
    for key, text in items:
        out = redact_one(redactor, text)
        rows.append({"key": key, "sha": hashlib.sha256(text.encode()).hexdigest()[:16], "out": out})
    print(f"{len(rows)} texts, {sum(len(t) for _, t in items):,} characters, {time.perf_counter() - t0:.1f} s",
          file=sys.stderr)
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, help="import plugin from this checkout (default: this one)")
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path)
    group.add_argument("--check", type=Path)
    ap.add_argument("--show", type=int, default=10, help="differences printed")
    args = ap.parse_args()
    rows = run(args.root)
    if args.write:
        args.write.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {args.write}", file=sys.stderr)
        return 0
    base = [json.loads(line) for line in args.check.read_text(encoding="utf-8").splitlines()]
    # corpora.tickets uses Faker's date(), which draws between 1970 and now: a ticket's date can move between two runs
    # (one in 300 did, an hour apart). Such texts are left out and counted; any other change of the collection stops.
    moved = [b["key"] for b, r in zip(base, rows, strict=False) if b["key"] == r["key"] and b["sha"] != r["sha"]]
    if [b["key"] for b in base] != [r["key"] for r in rows] or len(moved) > 3 or \
            any(not k.startswith("tickets:") for k in moved):
        print("the collection of texts differs from the baseline's: rebuild the baseline", file=sys.stderr)
        return 2
    if moved:
        print(f"{len(moved)} text(s) changed since the baseline (a Faker date) and are not compared: {moved}",
              file=sys.stderr)
    diffs = [(b, r) for b, r in zip(base, rows, strict=True) if b["out"] != r["out"] and b["sha"] == r["sha"]]
    for b, r in diffs[:args.show]:
        print(f"--- {b['key']}\n  before: {json.dumps(b['out']['entities'], ensure_ascii=False)}\n"
              f"  after:  {json.dumps(r['out']['entities'], ensure_ascii=False)}")
    print(f"{len(diffs)} of {len(rows) - len(moved)} compared texts differ")
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
