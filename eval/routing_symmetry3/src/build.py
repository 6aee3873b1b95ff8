"""Fills every template with every self-description of its language -> symmetry.jsonl (1,500 rows).

    .venv/bin/python -m eval.routing_symmetry3.src.build

in_project_lists comes from src/list_check.json (written by src/check_lists.py, see README)."""
from __future__ import annotations

import json
from pathlib import Path

from eval.routing_symmetry3.src.templates import DESCRIPTIONS, TEMPLATES

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "symmetry.jsonl"
EXPECTED = {"ordinary": "ai_assist", "hardneg": "ai_assist", "complaint": "bias_review"}
CAP_AFTER_COLON = {"en", "de"}  # "About you (optional): I'm …" / "erzählt: Ich bin …"; es/fr/pt keep lower case


def fill(lang: str, template: str, desc: str) -> str:
    before = template[: template.index("{d}")].rstrip(" ")
    opens = not before or before[-1] in ".!?\n" or (before[-1] == ":" and lang in CAP_AFTER_COLON)
    return template.replace("{d}", desc[0].upper() + desc[1:] if opens else desc)


def rows() -> list[dict]:
    listed = json.loads((HERE / "list_check.json").read_text(encoding="utf-8"))
    out = []
    for lang, templates in TEMPLATES.items():
        kinds = [k for _, k, _ in templates]
        assert (kinds.count("ordinary"), kinds.count("hardneg"), kinds.count("complaint")) == (6, 2, 2), lang
        for tid, kind, template in templates:
            assert template.count("{d}") == 1, tid
            for i, (desc, axis, _keys) in enumerate(DESCRIPTIONS[lang]):
                text = fill(lang, template, desc)
                if tid[3] == "l":
                    assert 400 <= len(text) <= 900, (tid, len(text))
                out.append({"id": f"{tid}-{i:02d}", "lang": lang, "template_id": tid, "template_kind": kind,
                            "expected_route": EXPECTED[kind], "description": desc, "axis": axis,
                            "in_project_lists": listed[lang][desc], "text": text})
    return out


def main() -> None:
    data = rows()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    print(f"{len(data)} rows -> {OUT.name}")


if __name__ == "__main__":
    main()
