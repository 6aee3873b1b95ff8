"""Names in Spanish, German and Portuguese: cue + gazetteer rules vs the trained tagger vs both (issue 11).

    .venv/bin/python benchmarks/redaction/ner_compare.py --ner-test             # the NER corpora's test splits
    .venv/bin/python benchmarks/redaction/ner_compare.py --tickets --note "why"  # frozen ticket set, logged
    .venv/bin/python benchmarks/redaction/ner_compare.py --dev blind2            # a development set, unlogged

Systems, all through the production entry point `engine.find` (Presidio analyzer, keep list, finish):
- `rules`: cue words, sign-offs, name lists, without the tagger (name_tagger.LANGUAGES emptied for the call);
- `model`: every span of `rules` except its PERSON spans, plus the tagger's PERSON spans after the keep list:
  what the tagger alone would protect, with the other recognizers unchanged;
- `both`: `engine.find` with the tagger of that language switched on (its spans join the rules' before the keep
  list and the name refinements).

--ner-test: each test sentence (tokens joined by spaces) with its language given; a gold PER token is protected
when a PERSON span covers it; a predicted PERSON span is right when it overlaps a gold PER token. Spanish has no
test split: no NER corpus we could ship allows it (training/redaction_ner/data/SOURCES.md).
--tickets: eval/redaction_ner_tickets (language detected, as in production); a planted name is protected when
every letter of every occurrence is inside a redacted span of any type; over-redaction = share of the other words
that end up inside a redacted span. Spanish runs the Portuguese tagger (name_tagger.WEIGHTS).
--dev: a spent redaction set that is a DEVELOPMENT set now (DEV_SETS; never a blind set that still judges a round),
scored with its own score.py rules, in process, unlogged: names protected, every category protected, and
over-redaction per language, for each system and plain Presidio. The tagger runs for every language in the call.
"""
from __future__ import annotations

import argparse
import datetime
import gzip
import json
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from plugin.adapters.redaction import engine, language, name_tagger, rules  # noqa: E402
from plugin.adapters.redaction.spans import resolve_overlaps  # noqa: E402
from plugin.core.model import Span  # noqa: E402

TICKETS = ROOT / "eval" / "redaction_ner_tickets"
# Spent sets, development sets by now (their READMEs say so); a blind set that still judges a round is never here.
DEV_SETS = {name: ROOT / "eval" / f"redaction_{name}" / "blind.jsonl"
            for name in ("blind2", "blind4", "blind5", "blind6", "blind7")}
NER_DATA = ROOT / "training" / "redaction_ner" / "data"
SYSTEMS = ("rules", "model", "both")
_WORD = re.compile(r"\w+")


def _with_tagger(lang: str) -> None:
    name_tagger.LANGUAGES = frozenset({lang})


def finder(system: str, lang: str) -> Callable[[str, str | None], list[Span]]:
    """find(text, forced_lang) for one system."""
    def rules_only(text: str, forced: str | None) -> list[Span]:
        name_tagger.LANGUAGES = frozenset()
        return engine.find(text, lang=forced)

    def both(text: str, forced: str | None) -> list[Span]:
        _with_tagger(lang)
        try:
            return engine.find(text, lang=forced)
        finally:
            name_tagger.LANGUAGES = frozenset()

    def model(text: str, forced: str | None) -> list[Span]:
        base = [s for s in rules_only(text, forced) if s.type != "PERSON"]
        _with_tagger(lang)
        try:
            detected = forced or language.detect(text)
            tagged = rules.keep_filter(text, name_tagger.find(text, detected))
        finally:
            name_tagger.LANGUAGES = frozenset()
        return resolve_overlaps(base + tagged)

    return {"rules": rules_only, "model": model, "both": both}[system]


def _read_ner(lang: str) -> list[list[tuple[str, str]]]:
    raw = gzip.decompress((NER_DATA / lang / "test.tsv.gz").read_bytes()).decode("utf-8")
    return [[tuple(line.split("\t")) for line in block.splitlines()] for block in raw.strip().split("\n\n")]


CASES = {"as-is": str, "lower": str.lower, "upper": str.upper}


def ner_test(lang: str, system: str, case: str = "as-is") -> dict:
    """`case` rewrites every test sentence in lower or upper case: names in chat text and in forms."""
    find = finder(system, lang)
    gold_tok = pred_tok = hit_tok = 0
    ents = ents_hit = spans_n = spans_right = 0
    for sent in _read_ner(lang):
        sent = [(CASES[case](tok), tag) for tok, tag in sent]
        text, offsets, pos = "", [], 0
        for tok, _ in sent:
            offsets.append((pos, pos + len(tok)))
            text += tok + " "
            pos += len(tok) + 1
        persons = [s for s in find(text, lang) if s.type == "PERSON"]
        covered = [any(s.start < e and b < s.end for s in persons) for b, e in offsets]
        is_per = [tag.endswith("PER") for _, tag in sent]
        gold_tok += sum(is_per)
        pred_tok += sum(covered)
        hit_tok += sum(c and g for c, g in zip(covered, is_per, strict=True))
        for k, (_, tag) in enumerate(sent):
            if tag == "B-PER":
                end = k + 1
                while end < len(sent) and sent[end][1] == "I-PER":
                    end += 1
                ents += 1
                ents_hit += all(covered[k:end])
        for s in persons:
            spans_n += 1
            spans_right += any(g and s.start < e and b < s.end for (b, e), g in zip(offsets, is_per, strict=True))
    return {"names": ents, "names_protected": round(ents_hit / max(ents, 1), 4),
            "token_recall": round(hit_tok / max(gold_tok, 1), 4), "token_precision": round(hit_tok / max(pred_tok, 1), 4),
            "span_precision": round(spans_right / max(spans_n, 1), 4), "person_spans": spans_n}


def _tickets(lang: str) -> list[tuple[str, list[str]]]:
    out = []
    for line in (TICKETS / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
        text, names = line.split("\t")
        out.append((text.replace("\\n", "\n"), names.split("|")))
    return out


def tickets(lang: str, system: str) -> dict:
    find = finder(system, lang)
    names = protected = words = replaced = 0
    times, detected_other = [], 0
    for text, gold in _tickets(lang):
        find(text, None)  # warm: the tagger's weights, the analyzer
        t0 = time.perf_counter()
        spans = find(text, None)
        times.append((time.perf_counter() - t0) * 1000)
        detected_other += language.detect(text) != lang
        occurrences = [(m.start(), m.end()) for g in gold for m in re.finditer(re.escape(g), text)]
        for start, end in occurrences:
            names += 1
            letters = [i for i in range(start, end) if text[i].isalnum()]
            protected += all(any(s.start <= i < s.end for s in spans) for i in letters)
        for m in _WORD.finditer(text):
            if any(a <= m.start() < b for a, b in occurrences):
                continue
            words += 1
            replaced += any(s.start < m.end() and m.start() < s.end for s in spans)
    return {"names": names, "names_protected": round(protected / max(names, 1), 4), "words": words,
            "over_redaction": round(replaced / max(words, 1), 4), "ms_per_comment_p50": round(statistics.median(times), 2),
            "not_detected_as_" + lang: detected_other}


def dev_set(name: str, langs: list[str]) -> dict:
    """Names and every category protected, and over-redaction, per language on a development set (unlogged)."""
    from eval.redaction_blind2 import score as set_score

    records = [r for r in set_score.load(DEV_SETS[name]) if r["lang"] in langs]

    def system_redactor(system: str) -> Callable[[str], tuple[list[tuple[int, int]], str]]:
        def redact(text: str) -> tuple[list[tuple[int, int]], str]:
            spans = [(s.start, s.end) for s in finder(system, language.detect(text))(text, None)]
            return spans, set_score._replace(text, spans)
        return redact

    systems: dict[str, Callable[[str], tuple[list[tuple[int, int]], str]]] = {s: system_redactor(s) for s in SYSTEMS}
    systems["presidio"] = set_score.PlainPresidio()
    out: dict = {}
    for system, redact in systems.items():
        seen: dict[str, list[tuple[int, int]]] = {}

        def remembered(text: str, redact=redact, seen=seen) -> tuple[list[tuple[int, int]], str]:
            spans, sent_on = redact(text)
            seen[text] = spans
            return spans, sent_on

        result = set_score.score(records, remembered)
        for lang in langs:
            names = result["protected"].get(("name", lang), [0, 0])
            every = result["protected"].get(("ALL", lang), [0, 0])
            kept = result["kept"].get(("ALL", lang), [0, 0])
            # the set's scorer counts ordinary words outside English only; English is counted here the same way
            over = result["over"].get(lang) or _over(records, lang, seen)
            out.setdefault(lang, {})[system] = {
                "names": f"{names[0]}/{names[1]}", "names_protected": round(names[0] / max(names[1], 1), 4),
                "all_protected": round(every[0] / max(every[1], 1), 4), "kept": round(kept[0] / max(kept[1], 1), 4),
                "over_redaction": round(over[0] / max(over[1], 1), 4), "replaced": f"{over[0]}/{over[1]}"}
    return out


def _over(records: list[dict], lang: str, seen: dict[str, list[tuple[int, int]]]) -> list[int]:
    """[ordinary words replaced, ordinary words] of `lang`'s records, by the set scorer's own word rules."""
    from eval.redaction_blind2 import score as set_score

    hit = total = 0
    for r in records:
        if r["lang"] == lang:
            for start, end in set_score._ordinary(r):
                hit += set_score._overlaps(seen[r["text"]], start, end)
                total += 1
    return [hit, total]


def sizes() -> dict:
    data = ROOT / "plugin" / "adapters" / "redaction" / "data"
    lists = sum((data / f).stat().st_size for f in ("first_names.txt.gz", "last_names.txt.gz", "ambiguous.txt",
                                                     "ambiguous_last.txt", "cues.toml"))
    return {"rules_name_lists_and_cues_bytes": lists,
            **{f"tagger_{lang}_bytes": name_tagger.weights_path(lang).stat().st_size for lang in ("en", "de", "pt", "es", "fr")
               if name_tagger.weights_path(lang).exists()}}


def tagger_latency(lang: str) -> float:
    _with_tagger(lang)
    texts = [t for t, _ in _tickets(lang)]
    for t in texts:
        name_tagger.find(t, lang)
    t0 = time.perf_counter()
    for t in texts:
        name_tagger.find(t, lang)
    name_tagger.LANGUAGES = frozenset()
    return round((time.perf_counter() - t0) * 1000 / len(texts), 3)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ner-test", action="store_true")
    ap.add_argument("--tickets", action="store_true")
    ap.add_argument("--systems", default=",".join(SYSTEMS), help="of " + ",".join(SYSTEMS))
    ap.add_argument("--langs", default="de,pt", help="--ner-test languages")
    ap.add_argument("--cases", default="as-is", help="--ner-test sentences as-is, lower, upper (comma-separated)")
    ap.add_argument("--dev", choices=sorted(DEV_SETS), help="score a development set, unlogged")
    ap.add_argument("--dev-langs", default="es,fr,de,pt")
    ap.add_argument("--note", default="", help="why this ticket run (appended to eval/redaction_ner_tickets/runs.log)")
    ap.add_argument("--weights", action="append", default=[], metavar="LANG=FILE",
                    help="tag LANG with these weights instead of the shipped ones (candidate weights; --dev only)")
    args = ap.parse_args(argv)
    for pair in args.weights:
        lang, path = pair.split("=", 1)
        name_tagger.WEIGHTS = {**name_tagger.WEIGHTS, lang: lang}
        name_tagger._TAGGERS[lang] = name_tagger._read(Path(path))
    report: dict = {"sizes": sizes()}
    if args.ner_test:
        report["ner_test"] = {f"{lang} {case}": {s: ner_test(lang, s, case) for s in args.systems.split(",")}
                              for lang in args.langs.split(",") for case in args.cases.split(",")}
    if args.dev:
        report["dev " + args.dev] = dev_set(args.dev, args.dev_langs.split(","))
    if args.tickets:
        report["tickets"] = {lang: {s: tickets(lang, s) for s in SYSTEMS} for lang in ("de", "es", "pt")}
        report["tagger_ms_per_comment"] = {lang: tagger_latency(lang) for lang in ("de", "es", "pt")}
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip()
        with (TICKETS / "runs.log").open("a", encoding="utf-8") as log:
            log.write(json.dumps({"when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
                                  "commit": commit, "note": args.note, "tickets": report["tickets"]}) + "\n")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
