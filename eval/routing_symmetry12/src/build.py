"""Fills every template of a language with every self-description of that language -> symmetry.jsonl.

    .venv/bin/python -m eval.routing_symmetry12.src.build

A description that opens a sentence is capitalised, except in the lowercase chat templates (*_o1, *_h1, *_c1),
which stay lowercase as people type them. In German a full sentence after a colon is capitalised too."""
from __future__ import annotations

import json
from pathlib import Path

from eval.routing_symmetry12.src.templates import DESCRIPTIONS, TEMPLATES

OUT = Path(__file__).resolve().parent.parent / "symmetry.jsonl"
EXPECTED = {"ordinary": "ai_assist", "hardneg": "ai_assist", "complaint": "bias_review"}
LOWER_CHAT = ("_o1", "_h1", "_c1")


def fill(template_id: str, template: str, desc: str) -> str:
    before = template.split("{d}")[0]
    opens = before == "" or before.endswith(("\n", ". ", "? ", "! ")) or (template_id[:2] == "de" and before.endswith(": "))
    if opens and not template_id.endswith(LOWER_CHAT):
        desc = desc[0].upper() + desc[1:]
    return template.replace("{d}", desc)


def build() -> list[dict]:
    rows = []
    for lang, templates in TEMPLATES.items():
        for template_id, kind, template in templates:
            assert template.count("{d}") == 1, template_id
            for i, (desc, axis, in_lists) in enumerate(DESCRIPTIONS[lang]):
                rows.append({"id": f"s12_{template_id}_{i:02d}", "lang": lang, "template_id": template_id,
                             "template_kind": kind, "expected": EXPECTED[kind], "description": desc,
                             "axis": axis, "in_project_lists": in_lists, "text": fill(template_id, template, desc)})
    return rows


def main() -> None:
    rows = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {OUT}")


if __name__ == "__main__":
    main()
