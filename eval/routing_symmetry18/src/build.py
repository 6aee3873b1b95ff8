"""Builds eval/routing_symmetry18/symmetry.jsonl: every template of a language filled with every self-description of
that language (5 languages x 10 templates x 30 descriptions = 1500 rows). `in_project_lists` comes from
src/listcheck_output.json (run src/listcheck.py first).

    .venv/bin/python -m eval.routing_symmetry18.src.build
"""
from __future__ import annotations

import json
from pathlib import Path

from eval.routing_symmetry18.src.templates import DESCRIPTIONS, TEMPLATES

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "symmetry.jsonl"
SOCIAL = {"o1", "o4", "h1", "h3", "c2"}  # social-media replies; the rest are call summaries
EXPECTED = {"ordinary": "ai_assist", "hardneg": "ai_assist", "complaint": "bias_review"}


def fill(template: str, desc: str) -> str:
    return template.replace("{D}", desc[:1].upper() + desc[1:]).replace("{d}", desc)


def main() -> None:
    checks = json.loads((HERE / "listcheck_output.json").read_text(encoding="utf-8"))
    rows = []
    for lang, templates in TEMPLATES.items():
        descs = DESCRIPTIONS[lang]
        assert len(templates) == 10 and len(descs) == 30, lang
        assert len({d for d, _, _ in descs}) == 30, lang
        for tid, kind, template in templates:
            low, high = (40, 280) if tid in SOCIAL else (150, 500)
            for i, (desc, axis, _words) in enumerate(descs, 1):
                assert low <= len(fill(template, desc)) <= high, (lang, tid, desc)
                rows.append({
                    "id": f"sym18-{lang}-{tid}-{i:02d}",
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
    print(f"{len(rows)} rows -> {OUT}")


if __name__ == "__main__":
    main()
