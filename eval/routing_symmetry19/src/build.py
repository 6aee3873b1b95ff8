"""Builds routing symmetry set 19: every template of a language filled with every description of that language.

    .venv/bin/python -m eval.routing_symmetry19.src.build

Reads src/templates.py (TEMPLATES, DESCRIPTIONS) and src/listcheck_output.json (from src/listcheck.py; the
`in_project_lists` flag is True when any check word of the description occurs in the project's lists), writes
symmetry.jsonl (one row per fill, fields id, lang, template_id, template_kind, expected_route, description, axis,
in_project_lists, text) and prints counts and text lengths per style."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from eval.routing_symmetry19.src.templates import DESCRIPTIONS, TEMPLATES

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "symmetry.jsonl"
EXPECTED = {"ordinary": "ai_assist", "hardneg": "ai_assist", "complaint": "bias_review"}


def fill(template: str, desc: str) -> str:
    return template.replace("{D}", desc[:1].upper() + desc[1:]).replace("{d}", desc)


def main() -> None:
    checks = json.loads((HERE / "listcheck_output.json").read_text(encoding="utf-8"))
    rows = []
    for lang, templates in TEMPLATES.items():
        assert len(templates) == 10 and len(DESCRIPTIONS[lang]) == 30, lang
        for template_id, kind, template in templates:
            for i, (desc, axis, _words) in enumerate(DESCRIPTIONS[lang], 1):
                text = fill(template, desc)
                assert "{" not in text and "}" not in text, (lang, template_id)
                rows.append({
                    "id": f"s19-{lang}-{template_id}-{i:02d}", "lang": lang, "template_id": f"{lang}-{template_id}",
                    "template_kind": kind, "expected_route": EXPECTED[kind], "description": desc, "axis": axis,
                    "in_project_lists": any(checks[lang][desc].values()), "text": text,
                })
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows;", dict(Counter(r["template_kind"] for r in rows)))
    print("not in any list:", sum(not r["in_project_lists"] for r in rows), "rows")
    for style, ids in (("survey", ("o1", "o3", "h2", "c1")), ("letter", ("o2", "o4", "h1", "h3", "c2", "c3"))):
        lens = [len(r["text"]) for r in rows if r["template_id"].split("-")[1] in ids]
        print(f"{style}: {min(lens)}-{max(lens)} chars")
    for r in rows:
        tid = r["template_id"].split("-")[1]
        n = len(r["text"])
        lo, hi = (80, 400) if tid in ("o1", "o3", "h2", "c1") else (300, 900)
        if not lo <= n <= hi:
            print("out of range:", r["id"], n)


if __name__ == "__main__":
    main()
