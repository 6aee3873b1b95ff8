"""Writes ../symmetry.jsonl: every template of a language filled with every self-description of that language.

    .venv/bin/python -m eval.routing_symmetry2.src.build   (run once, before freezing)

The description is capitalised where it starts a sentence or paragraph (also after a colon in German); elsewhere it
is kept as written, so lowercase forms ("i'm blind", "soy gorda") stay lowercase mid-sentence."""
import json
import pathlib
import re

from eval.routing_symmetry2.src.templates import DESCRIPTIONS, TEMPLATES

HERE = pathlib.Path(__file__).parent
EXPECTED = {"ordinary": "ai_assist", "hardneg": "ai_assist", "complaint": "bias_review"}


def fill(lang: str, template: str, d: str) -> str:
    before = template.split("{d}")[0]
    starts = before == "" or before.endswith("\n") or re.search(r"[.!?]\s+$", before) is not None
    if lang == "de" and before.endswith(": "):
        starts = True
    return template.replace("{d}", d[0].upper() + d[1:] if starts else d)


def main() -> None:
    lists = json.loads((HERE / "in_lists.json").read_text(encoding="utf-8"))["keys"]
    rows = []
    for lang, templates in TEMPLATES.items():
        assert len({t for t, _, _ in templates}) == len(templates)
        for tid, kind, template in templates:
            assert template.count("{d}") == 1, (lang, tid)
            for k, (d, axis, key) in enumerate(DESCRIPTIONS[lang], 1):
                rows.append({"id": f"s2-{lang}-{tid}-{k:02d}", "lang": lang, "template_id": f"{lang}-{tid}",
                             "template_kind": kind, "expected": EXPECTED[kind], "description": d, "axis": axis,
                             "in_project_lists": lists[lang][key], "text": fill(lang, template, d)})
    (HERE.parent / "symmetry.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                                encoding="utf-8")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
