"""Builds routing symmetry set 20: every template of a language filled with every description of that language.

    .venv/bin/python -m eval.routing_symmetry20.src.build

Reads src/templates.py and src/listcheck_output.json (run src/listcheck.py first); writes symmetry.jsonl.
"""
from __future__ import annotations

import json
from pathlib import Path

from eval.routing_symmetry20.src.templates import DESCRIPTIONS, TEMPLATES

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "symmetry.jsonl"
EXPECTED = {"ordinary": "ai_assist", "hardneg": "ai_assist", "complaint": "bias_review"}


def fill(template: str, desc: str) -> str:
    return template.replace("{D}", desc[:1].upper() + desc[1:]).replace("{d}", desc)


def main() -> None:
    checks = json.loads((HERE / "listcheck_output.json").read_text(encoding="utf-8"))
    rows = []
    for lang, templates in TEMPLATES.items():
        for tid, kind, template in templates:
            for k, (desc, axis, _words) in enumerate(DESCRIPTIONS[lang]):
                rows.append({
                    "id": f"sym20-{lang}-{tid}-{k:02d}",
                    "lang": lang,
                    "template_id": f"{lang}-{tid}",
                    "template_kind": kind,
                    "expected_route": EXPECTED[kind],
                    "description": desc,
                    "axis": axis,
                    "in_project_lists": any(checks[lang][desc].values()),
                    "text": fill(template, desc),
                })
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {OUT.name}")


if __name__ == "__main__":
    main()
