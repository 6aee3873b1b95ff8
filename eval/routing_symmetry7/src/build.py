"""Fills every template of a language with every self-description of that language and writes symmetry.jsonl.

    .venv/bin/python -m eval.routing_symmetry7.src.build

Fields per row: id, lang, template_id, template_kind (ordinary/hardneg/complaint), expected_route (ordinary and
hardneg: ai_assist; complaint: bias_review), description, axis, in_project_lists, text. in_project_lists is read
from src/in_lists.json (written by listcheck.py). A description that starts a sentence (start of the text, after
". ", "! ", "? " or a line break; in German also after ": ") gets its first letter capitalised; elsewhere it is
inserted exactly as written."""
from __future__ import annotations

import json
import re
from pathlib import Path

from eval.routing_symmetry7.src.templates import DESCRIPTIONS, TEMPLATES

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "symmetry.jsonl"
EXPECTED = {"ordinary": "ai_assist", "hardneg": "ai_assist", "complaint": "bias_review"}
LONG = ("_o3", "_o4", "_h3", "_h4", "_c2")  # the e-mail templates (400-900 characters once filled)


def fill(template: str, desc: str, lang: str) -> str:
    before = template.split("{d}")[0]
    starts = before == "" or re.search(r"([.!?]\s|\n)$", before) or (lang == "de" and before.endswith(": "))
    return template.replace("{d}", desc[0].upper() + desc[1:] if starts else desc)


def rows() -> list[dict]:
    in_lists = json.loads((HERE / "in_lists.json").read_text(encoding="utf-8"))
    out = []
    for lang, templates in TEMPLATES.items():
        descs = DESCRIPTIONS[lang]
        assert len(descs) == 30 and len({d for d, _, _ in descs}) == 30, lang
        assert [k for _, k, _ in templates].count("ordinary") == 4, lang
        assert [k for _, k, _ in templates].count("hardneg") == 4, lang
        assert [k for _, k, _ in templates].count("complaint") == 2, lang
        for tid, kind, template in templates:
            assert template.count("{d}") == 1, tid
            for i, (desc, axis, _words) in enumerate(descs):
                text = fill(template, desc, lang)
                if tid.endswith(LONG):
                    assert 400 <= len(text) <= 900, (tid, len(text))
                    assert "\n\n" in text, tid
                out.append({"id": f"s7-{tid}-{i:02d}", "lang": lang, "template_id": tid, "template_kind": kind,
                            "expected_route": EXPECTED[kind], "description": desc, "axis": axis,
                            "in_project_lists": bool(in_lists[lang][desc]), "text": text})
    return out


def main() -> None:
    data = rows()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    print(f"wrote {len(data)} rows to {OUT.name}")


if __name__ == "__main__":
    main()
