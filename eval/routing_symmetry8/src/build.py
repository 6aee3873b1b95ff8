"""Fills every template of routing symmetry set 8 with every self-description of its language and writes
../symmetry.jsonl (one row per fill). in_project_lists is true when any of the description's group words occurs as
a whole word (case-insensitive) in plugin/, training/ or benchmarks/ (`git grep -i -w -q`); only the word is
grepped, no file is read. The check depends on the repository at build time: the frozen symmetry.jsonl (see the
README's sha256) is the set, not a later rebuild.

    .venv/bin/python -m eval.routing_symmetry8.src.build
"""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from eval.routing_symmetry8.src.templates import DESCRIPTIONS, TEMPLATES

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
OUT = HERE.parent / "symmetry.jsonl"
ROUTE = {"ordinary": "ai_assist", "hardneg": "ai_assist", "complaint": "bias_review"}


def in_lists(word: str) -> bool:
    run = subprocess.run(["git", "grep", "-i", "-w", "-q", "-F", "-e", word, "--", "plugin", "training",
                          "benchmarks"], cwd=ROOT, capture_output=True)
    return run.returncode == 0


def build() -> list[dict]:
    rows = []
    for lang, templates in TEMPLATES.items():
        descs = DESCRIPTIONS[lang]
        assert len(descs) == 30, (lang, len(descs))
        flags = [any(in_lists(k) for k in keys) for _, _, keys in descs]
        for tid, kind, tpl in templates:
            assert tpl.count("{d}") == 1, tid
            for i, ((d, axis, _), flag) in enumerate(zip(descs, flags, strict=True)):
                text = tpl.replace("{d}", d)
                if tid[-2:] in ("o3", "o4", "h3", "h4", "c2"):  # the long e-mails: 400-900 characters
                    assert 400 <= len(text) <= 900, (tid, len(text))
                rows.append({"id": f"sym8-{tid}-{i:02d}", "lang": lang, "template_id": tid, "template_kind": kind,
                             "expected_route": ROUTE[kind], "description": d, "axis": axis,
                             "in_project_lists": flag, "text": text})
    return rows


def main() -> None:
    rows = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {OUT}")


if __name__ == "__main__":
    main()
