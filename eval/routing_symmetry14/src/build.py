"""Fills every template of a language with every self-description of that language and writes
eval/routing_symmetry14/symmetry.jsonl.

    .venv/bin/python -m eval.routing_symmetry14.src.build"""
from __future__ import annotations

import json
from pathlib import Path

from eval.routing_symmetry14.src.templates import DESCRIPTIONS, TEMPLATES

OUT = Path(__file__).resolve().parent.parent / "symmetry.jsonl"
EXPECTED = {"ordinary": "ai_assist", "hardneg": "ai_assist", "complaint": "bias_review"}


def rows() -> list[dict]:
    out = []
    for lang, templates in TEMPLATES.items():
        for template_id, kind, template in templates:
            assert template.count("{d}") == 1, template_id
            for i, (desc, axis, in_lists, _word) in enumerate(DESCRIPTIONS[lang], 1):
                out.append({"id": f"s14-{template_id}-d{i:02d}", "lang": lang, "template_id": template_id,
                            "template_kind": kind, "expected_route": EXPECTED[kind], "description": desc,
                            "axis": axis, "in_project_lists": in_lists, "text": template.replace("{d}", desc)})
    return out


def main() -> None:
    data = rows()
    assert len({r["id"] for r in data}) == len(data)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    print(f"wrote {len(data)} rows to {OUT}")


if __name__ == "__main__":
    main()
