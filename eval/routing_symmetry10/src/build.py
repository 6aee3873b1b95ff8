"""Fills every template of src/templates.py with every self-description of its language and writes
symmetry.jsonl (one row per fill). Run: `.venv/bin/python -m eval.routing_symmetry10.src.build`.

in_project_lists comes from src/listcheck.json (written by src/listcheck.py before the freeze): True if any of the
description's group words occurs as a whole word in plugin/, training/ or benchmarks/ (git grep -i -w)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from eval.routing_symmetry10.src.templates import DESCRIPTIONS, TEMPLATES

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "symmetry.jsonl"
EXPECTED = {"ordinary": "ai_assist", "hardneg": "ai_assist", "complaint": "bias_review"}
SHORT = {"ordinary": "o", "hardneg": "h", "complaint": "c"}
FORM_OR_PS = re.compile(r"(\((optional|opcional|facultatif|freiwillig)\)|P\.S\.|P\. D\.|P\.-S\.|PS)\s?:\s$")


def fill(template: str, clause: str, lang: str) -> str:
    before = template.split("{d}")[0]
    line = before.rsplit("\n", 1)[-1]
    starts = (before == "" or before.endswith("\n") or re.search(r"[.!?]\s$", before) is not None
              or FORM_OR_PS.search(line) is not None or (lang == "de" and before.endswith(": ")))
    if starts and lang != "en":
        clause = clause[0].upper() + clause[1:]
    return template.replace("{d}", clause)


def rows() -> list[dict]:
    listed = json.loads((HERE / "listcheck.json").read_text(encoding="utf-8"))
    out = []
    for lang, templates in TEMPLATES.items():
        counts: dict[str, int] = {}
        for kind, template in templates:
            assert template.count("{d}") == 1, template
            counts[kind] = counts.get(kind, 0) + 1
            tid = f"{lang}-{SHORT[kind]}{counts[kind]}"
            for k, (clause, axis, words) in enumerate(DESCRIPTIONS[lang], 1):
                out.append({"id": f"sym10-{tid}-{k:02d}", "lang": lang, "template_id": tid, "template_kind": kind,
                            "expected_route": EXPECTED[kind], "description": clause, "axis": axis,
                            "in_project_lists": any(listed[w] for w in words),
                            "text": fill(template, clause, lang)})
    return out


def main() -> None:
    data = rows()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    print(f"wrote {len(data)} rows to {OUT}")


if __name__ == "__main__":
    main()
