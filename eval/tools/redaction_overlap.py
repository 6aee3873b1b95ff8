"""Overlap checks for a redaction blind set, standard library only (run before the freeze; the figures are in the set's
README.md). Each set keeps a thin `overlap.py` that calls `main` with its folder:

    .venv/bin/python -m eval.redaction_blindN.overlap

1. Text: character 5-gram Jaccard of every ticket against every text unit of the other redaction sets
   (eval/redaction_* but the set's own folder, including the spent blind sets, fresh, e2e and the NER ticket set),
   the redaction test files, the redaction training data (training/redaction_ner/data, sentence by sentence), the
   routing training rows and the Presidio-research sample in benchmarks/data/pii. Markup is removed first;
   comparison is on lower case. A ticket with Jaccard >= 0.5 against any unit fails.
2. Names: how many planted person names occur in the name lists the rules use (plugin/adapters/redaction/data:
   first_names, last_names, ambiguous, ambiguous_last, cjk_surnames) or as PER tokens of the training data.
   Only counts are printed, never a name.
3. Re-use (`reuse`, sets 11 on): how many of the set's distinct values are also a value of an earlier blind set;
   `reused_values` lists the set's own re-used values for its author before the freeze.
"""
from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "plugin" / "adapters" / "redaction" / "data"
_MARK = re.compile(r"\[\[\w+\|(.*?)\]\]|\{\{\w+\|(.*?)\}\}", re.S)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
PARTICLES = {"de", "da", "das", "do", "dos", "del", "la", "le", "los", "van", "von", "der", "den", "zu", "du", "di",
             "y", "i", "e", "st", "mac", "nic", "ní", "ó", "d", "el", "al", "mc"}
THRESHOLD = 0.5


def grams(text: str, n: int = 5) -> set[str]:
    t = re.sub(r"\s+", " ", text.lower()).strip()
    return {t[i:i + n] for i in range(len(t) - n + 1)}


def _txt_units(path: Path) -> Iterator[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    if re.search(r"(?m)^=== ", text):
        for block in re.split(r"(?m)^=== ", text)[1:]:
            yield block.partition("\n")[2]
    elif "\t" in text:
        for line in text.splitlines():
            yield line.split("\t")[0].replace("\\n", "\n")
    else:
        yield from (b for b in re.split(r"\n\s*\n", text) if b.strip())


def _tsv_sentences(path: Path) -> Iterator[tuple[str, list[str]]]:
    tokens: list[str] = []
    names: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield " ".join(tokens), names
                tokens, names = [], []
                continue
            parts = line.split("\t")
            tokens.append(parts[0])
            if len(parts) > 1 and parts[-1].endswith("PER"):
                names.append(parts[0])
    if tokens:
        yield " ".join(tokens), names


def earlier_units(folder: Path) -> Iterator[tuple[str, str]]:
    """(origin, text) for every unit the set in `folder` is compared against."""
    for other in sorted((ROOT / "eval").glob("redaction_*")):
        if other.name == folder.name:
            continue
        for path in sorted(other.iterdir()):
            if path.suffix == ".jsonl":
                for line in path.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        yield other.name, json.loads(line)["text"]
            elif path.suffix == ".txt" and not path.name.startswith("run"):
                for unit in _txt_units(path):
                    yield other.name, unit
    for path in sorted((ROOT / "tests" / "unit").glob("test_*.py")):
        if re.search(r"redact|pii|name|address", path.name):
            yield from (("tests", block) for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")))
    for path in sorted((ROOT / "training" / "redaction_ner" / "data").rglob("*.tsv.gz")):
        yield from (("training/redaction_ner", sentence) for sentence, _ in _tsv_sentences(path))
    for path in sorted((ROOT / "training" / "routing" / "data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                yield "training/routing", str(row.get("text", ""))
    sample = ROOT / "benchmarks" / "data" / "pii" / "presidio_research_synth_dataset_v2.json"
    if sample.exists():
        for row in json.loads(sample.read_text(encoding="utf-8")):
            yield "benchmarks/data/pii", str(row.get("full_text", ""))


def text_overlap(folder: Path, tickets: list[str]) -> tuple[list[float], Counter[str], int]:
    mine = [grams(t) for t in tickets]
    index: defaultdict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(mine):
        for gram in g:
            index[gram].append(i)
    best = [0.0] * len(tickets)
    worst_origin: Counter[str] = Counter()
    units = 0
    for origin, unit in earlier_units(folder):
        units += 1
        other = grams(_MARK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), unit))
        if not other:
            continue
        shared: Counter[int] = Counter()
        for gram in other:
            for i in index.get(gram, ()):
                shared[i] += 1
        for i, n in shared.items():
            jaccard = n / (len(mine[i]) + len(other) - n)
            if jaccard > best[i]:
                best[i] = jaccard
            if jaccard >= THRESHOLD:
                worst_origin[origin] += 1
    return best, worst_origin, units


def name_lists() -> tuple[set[str], set[str]]:
    words: set[str] = set()
    for name in ("first_names.txt.gz", "last_names.txt.gz"):
        with gzip.open(DATA / name, "rt", encoding="utf-8") as fh:
            words.update(line.strip().lower() for line in fh if line.strip() and not line.startswith("#"))
    for name in ("ambiguous.txt", "ambiguous_last.txt"):
        words.update(line.strip().lower() for line in (DATA / name).read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))
    cjk: set[str] = set()
    for line in (DATA / "cjk_surnames.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            cjk.update(line.split())
    trained: set[str] = set()
    for path in (ROOT / "training" / "redaction_ner" / "data").rglob("*.tsv.gz"):
        for _, names in _tsv_sentences(path):
            trained.update(n.lower() for n in names)
    return words | cjk, trained


def _in(token: str, listed: set[str]) -> bool:
    if _CJK.match(token):
        return token in listed or token[:1] in listed or token[:2] in listed
    return token in listed


def name_overlap(names: list[str]) -> dict[str, Counter[str]]:
    listed, trained = name_lists()
    out: dict[str, Counter[str]] = {"rules": Counter(), "training": Counter(), "either": Counter()}
    for value in names:
        tokens = [t for t in (_TOKEN.findall(value.lower().replace("-", " "))) if t not in PARTICLES and len(t) > 1
                  or _CJK.match(t)]
        for key, pool in (("rules", listed), ("training", trained), ("either", listed | trained)):
            hits = sum(_in(t, pool) for t in tokens)
            out[key]["all tokens listed" if tokens and hits == len(tokens) else "some" if hits else "none"] += 1
            out[key]["tokens listed"] += hits
            out[key]["tokens"] += len(tokens)
    return out


def main(folder: Path) -> None:
    """Both checks for the set whose blind.jsonl is in `folder` (eval/redaction_blindN)."""
    rows = [json.loads(line) for line in (folder / "blind.jsonl").read_text(encoding="utf-8").splitlines() if line]
    best, origins, units = text_overlap(folder, [r["text"] for r in rows])
    over = sum(b >= THRESHOLD for b in best)
    print(f"text: {len(rows)} tickets against {units} earlier units; max 5-gram Jaccard {max(best):.3f}, "
          f"median {sorted(best)[len(best) // 2]:.3f}; tickets >= {THRESHOLD}: {over} {dict(origins)}")
    names = [p["value"] for r in rows for p in r["pii"] if p["cat"] == "name"]
    for key, c in name_overlap(names).items():
        print(f"names vs {key} lists: {len(names)} planted names: all tokens listed {c['all tokens listed']}, "
              f"some {c['some']}, none {c['none']}; tokens listed {c['tokens listed']}/{c['tokens']}")



def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _earlier_rows(number: int) -> list[dict]:
    """The rows of blind sets 2 .. number-1 (the sets before set `number`)."""
    paths = [ROOT / "eval" / f"redaction_blind{n}" / "blind.jsonl" for n in range(2, number)]
    return [row for path in paths if path.exists() for row in _rows(path)]


def reuse(folder: Path, number: int) -> None:
    """Distinct lower-cased values of set `number` (in `folder`) that are also a planted value / identifier of an
    earlier blind set. Only counts are printed, never a value."""
    mine = _rows(folder / "blind.jsonl")
    earlier = _earlier_rows(number)
    for label, field, pick in (("names", "pii", lambda i: i["cat"] == "name"),
                               ("other planted values", "pii", lambda i: i["cat"] != "name"),
                               ("identifiers", "keep", lambda i: True)):
        seen = {i["value"].lower() for r in earlier for i in r[field] if pick(i)}
        values = {i["value"].lower() for r in mine for i in r[field] if pick(i)}
        print(f"exact re-use vs blind sets 2-{number - 1} ({len(earlier)} rows): {label}: {len(values & seen)} of "
              f"{len(values)} distinct values")


def reused_values(folder: Path, number: int) -> list[str]:
    """Set `number`'s own values that an earlier set also has (for its author, before the freeze; never other rows)."""
    seen = {i["value"].lower() for r in _earlier_rows(number) for f in ("pii", "keep") for i in r[f]}
    return sorted({i["value"] for r in _rows(folder / "blind.jsonl") for f in ("pii", "keep") for i in r[f]
                   if i["value"].lower() in seen})
