"""Fills every template of a language with every self-description of that language and writes
eval/routing_symmetry5/symmetry.jsonl (ids are stable: s5-<template_id>-<description index>).

    python -m eval.routing_symmetry5.src.build

in_project_lists comes from src/in_lists.json, written by src/listcheck.py (git grep of the group word only)."""
from __future__ import annotations

import json
from pathlib import Path

from eval.routing_symmetry5.src.templates import DESCRIPTIONS, TEMPLATES

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "symmetry.jsonl"
EXPECTED = {"ordinary": "ai_assist", "hardneg": "ai_assist", "complaint": "bias_review"}


def rows() -> list[dict]:
    in_lists = json.loads((HERE / "in_lists.json").read_text(encoding="utf-8"))
    out = []
    for lang, templates in TEMPLATES.items():
        descs = DESCRIPTIONS[lang]
        assert len(descs) == 30, (lang, len(descs))
        assert len({d for d, _, _ in descs}) == len(descs), lang
        for template_id, kind, text in templates:
            assert text.count("{d}") == 1, template_id
            for i, (desc, axis, _words) in enumerate(descs):
                out.append({
                    "id": f"s5-{template_id}-{i:02d}",
                    "lang": lang,
                    "template_id": template_id,
                    "template_kind": kind,
                    "expected": EXPECTED[kind],
                    "description": desc,
                    "axis": axis,
                    "in_project_lists": bool(in_lists[lang][desc]["in_project_lists"]),
                    "text": text.replace("{d}", desc),
                })
    return out


def main() -> None:
    data = rows()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    print(f"{len(data)} rows -> {OUT}")


if __name__ == "__main__":
    main()
