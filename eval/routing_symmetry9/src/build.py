"""Fills every template of a language with every self-description of that language -> ../symmetry.jsonl.

    .venv/bin/python -m eval.routing_symmetry9.src.build
"""
from __future__ import annotations

import json
from pathlib import Path

from eval.routing_symmetry9.src.templates import DESCRIPTIONS, TEMPLATES

OUT = Path(__file__).resolve().parent.parent / "symmetry.jsonl"
EXPECTED = {"ordinary": "ai_assist", "hardneg": "ai_assist", "complaint": "bias_review"}
LONG = {"o3", "o4", "h3", "h4", "c2"}


def rows() -> list[dict]:
    out = []
    for lang, templates in TEMPLATES.items():
        for tid, kind, tpl in templates:
            assert tpl.count("{d}") == 1, tid
            if tid.split("-")[1] in LONG:
                assert 400 <= len(tpl) - 3 <= 870, (tid, len(tpl))
            for i, (desc, axis, _word, in_lists) in enumerate(DESCRIPTIONS[lang], 1):
                assert isinstance(in_lists, bool), desc
                out.append({"id": f"s9-{tid}-d{i:02d}", "lang": lang, "template_id": tid, "template_kind": kind,
                            "expected_route": EXPECTED[kind], "description": desc, "axis": axis,
                            "in_project_lists": in_lists, "text": tpl.replace("{d}", desc)})
    return out


def main() -> None:
    data = rows()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    print(f"{len(data)} rows -> {OUT}")


if __name__ == "__main__":
    main()
