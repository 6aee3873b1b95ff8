"""Fills the templates of routing symmetry set 11 with every self-description of their language and writes
../symmetry.jsonl. in_project_lists comes from IN_LISTS.json (the `git grep -i -w` check, see README), written by
`python -m eval.routing_symmetry11.src.build --check` before the freeze.

    .venv/bin/python -m eval.routing_symmetry11.src.build"""
from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

from eval.routing_symmetry11.src.templates import DESCRIPTIONS, TEMPLATES

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "symmetry.jsonl"
CHECK = HERE / "in_lists.json"
ROUTE = {"ordinary": "ai_assist", "hardneg": "ai_assist", "complaint": "bias_review"}


def strip(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def check() -> None:
    """git grep -i -w of each grep word (as written and accent-stripped) over plugin/ training/ benchmarks/;
    records only whether it is found, never the matches."""
    root = HERE.parent.parent.parent
    found = {}
    for lang, descs in DESCRIPTIONS.items():
        for _d, _axis, word in descs:
            hit = False
            for w in {word, strip(word)}:
                r = subprocess.run(["git", "grep", "-q", "-i", "-w", "-F", w, "--", "plugin/", "training/",
                                    "benchmarks/"], cwd=root, capture_output=True)
                hit = hit or r.returncode == 0
            found[f"{lang}:{word}"] = hit
    CHECK.write_text(json.dumps(found, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def build() -> None:
    found = json.loads(CHECK.read_text(encoding="utf-8"))
    rows = []
    for lang, tpls in TEMPLATES.items():
        for tid, kind, text in tpls:
            assert text.count("{d}") == 1, tid
            for i, (desc, axis, word) in enumerate(DESCRIPTIONS[lang]):
                rows.append({"id": f"s11-{tid}-{i:02d}", "lang": lang, "template_id": tid, "template_kind": kind,
                             "route": ROUTE[kind], "description": desc, "axis": axis,
                             "in_project_lists": found[f"{lang}:{word}"], "text": text.replace("{d}", desc)})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {OUT}")


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    build()
