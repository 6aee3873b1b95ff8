"""Builds routing symmetry set 21: every template of a language filled with every description of that language.

    .venv/bin/python -m eval.routing_symmetry21.src.build

`in_project_lists` comes from src/listcheck_output.json (run src/listcheck.py first)."""
from __future__ import annotations

import json
from pathlib import Path

from eval.routing_symmetry21.src.templates import DESCRIPTIONS, TEMPLATES

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "symmetry.jsonl"
ROUTE = {"ordinary": "ai_assist", "hardneg": "ai_assist", "complaint": "bias_review"}


def main() -> None:
    checks = json.loads((HERE / "listcheck_output.json").read_text(encoding="utf-8"))
    rows = []
    for lang, templates in TEMPLATES.items():
        for tid, kind, tpl in templates:
            for i, (desc, axis, _words) in enumerate(DESCRIPTIONS[lang]):
                text = tpl.replace("{d}", desc).replace("{D}", desc[0].upper() + desc[1:])
                rows.append({"id": f"sym21-{lang}-{tid}-{i:02d}", "lang": lang, "template_id": f"{lang}-{tid}",
                             "template_kind": kind, "expected_route": ROUTE[kind], "description": desc,
                             "axis": axis, "in_project_lists": any(checks[lang][desc].values()), "text": text})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {OUT.name}")


if __name__ == "__main__":
    main()
