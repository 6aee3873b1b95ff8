"""Fills every template of a language with every self-description of that language -> symmetry.jsonl.

    .venv/bin/python -m eval.routing_symmetry4.src.build

in_project_lists comes from in_lists.json (written once by src/listcheck.py, see README)."""
from __future__ import annotations

import json
from pathlib import Path

from .templates import DESCRIPTIONS, TEMPLATES

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "symmetry.jsonl"
EXPECTED = {"ordinary": "ai_assist", "hardneg": "ai_assist", "complaint": "bias_review"}


def rows() -> list[dict]:
    in_lists = json.loads((HERE / "in_lists.json").read_text(encoding="utf-8"))
    out = []
    for lang, templates in TEMPLATES.items():
        descs = DESCRIPTIONS[lang]
        assert len(descs) == 30 and len({d for d, _, _ in descs}) == 30, lang
        for tid, kind, text in templates:
            assert text.count("{d}") == 1, (lang, tid)
            for i, (desc, axis, _keys) in enumerate(descs):
                out.append({
                    "id": f"s4-{lang}-{tid}-{i:02d}", "lang": lang, "template_id": f"{lang}-{tid}",
                    "template_kind": kind, "expected": EXPECTED[kind], "description": desc, "axis": axis,
                    "in_project_lists": in_lists[f"{lang}\t{desc}"]["in_project_lists"],
                    "text": text.replace("{d}", desc)})
    return out


def main() -> None:
    data = rows()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    print(f"{len(data)} rows -> {OUT}")


if __name__ == "__main__":
    main()
