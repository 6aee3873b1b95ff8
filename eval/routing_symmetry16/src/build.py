"""Builds eval/routing_symmetry16/symmetry.jsonl: every template of a language filled with every self-description
of that language (`{d}` as written, `{D}` with a capital first letter). `in_project_lists` comes from
src/listcheck_output.json (written by src/listcheck.py).

    .venv/bin/python -m eval.routing_symmetry16.src.build
"""
from __future__ import annotations

import json
from pathlib import Path

from eval.routing_symmetry16.src.templates import DESCRIPTIONS, TEMPLATES

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "symmetry.jsonl"
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
        for tid, kind, text in templates:
            assert ("{d}" in text) != ("{D}" in text), (lang, tid)
            for j, (desc, axis, _words) in enumerate(descs, 1):
                rows.append({
                    "id": f"sym16-{lang}-{tid}-{j:02d}", "lang": lang, "template_id": f"{lang}-{tid}",
                    "template_kind": kind, "expected_route": EXPECTED[kind], "description": desc, "axis": axis,
                    "in_project_lists": any(checks[lang][desc].values()), "text": fill(text, desc),
                })
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows -> {OUT}")


if __name__ == "__main__":
    main()
