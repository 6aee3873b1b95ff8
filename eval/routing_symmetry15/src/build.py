"""Fills every template of a language with every self-description of that language → ../symmetry.jsonl.

    .venv/bin/python -m eval.routing_symmetry15.src.build
"""
from __future__ import annotations

import json
from pathlib import Path

from eval.routing_symmetry15.src.templates import DESCRIPTIONS, TEMPLATES

OUT = Path(__file__).resolve().parent.parent / "symmetry.jsonl"
EXPECTED = {"ordinary": "ai_assist", "hardneg": "ai_assist", "complaint": "bias_review"}


def rows() -> list[dict]:
    out = []
    for lang, templates in TEMPLATES.items():
        for template_id, kind, template in templates:
            assert template.count("{d}") == 1, template_id
            for i, (desc, axis, _word, in_lists) in enumerate(DESCRIPTIONS[lang], 1):
                out.append({"id": f"s15-{template_id}-{i:02d}", "lang": lang, "template_id": template_id,
                            "template_kind": kind, "expected_route": EXPECTED[kind], "description": desc,
                            "axis": axis, "in_project_lists": in_lists, "text": template.replace("{d}", desc)})
    return out


def main() -> None:
    data = rows()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    print(f"{len(data)} rows → {OUT}")


if __name__ == "__main__":
    main()
