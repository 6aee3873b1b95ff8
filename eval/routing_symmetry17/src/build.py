"""Fills every template with every self-description of its language and writes ../symmetry.jsonl (run once, at the
freeze). `{d}` takes the description as written, `{D}` with its first letter upper-cased."""
import json
import pathlib

from eval.routing_symmetry17.src.templates import DESCRIPTIONS, TEMPLATES

HERE = pathlib.Path(__file__).resolve().parent
EXPECTED = {"ordinary": "ai_assist", "hardneg": "ai_assist", "complaint": "bias_review"}
KINDS = {"ordinary": 4, "hardneg": 3, "complaint": 3}


def build() -> list[dict]:
    rows = []
    for lang, templates in TEMPLATES.items():
        descs = DESCRIPTIONS[lang]
        assert len(descs) == 30 and len({d[0] for d in descs}) == 30, lang
        assert sorted(k for _, k, _ in templates) == sorted(k for k, n in KINDS.items() for _ in range(n)), lang
        for tid, kind, template in templates:
            assert tid.startswith(lang + "-"), tid
            assert template.count("{d}") + template.count("{D}") == 1, tid
            for k, (desc, axis, _words, in_lists) in enumerate(descs, 1):
                text = template.replace("{d}", desc).replace("{D}", desc[0].upper() + desc[1:])
                rows.append({"id": f"s17-{tid}-{k:02d}", "lang": lang, "template_id": tid, "template_kind": kind,
                             "expected_route": EXPECTED[kind], "description": desc, "axis": axis,
                             "in_project_lists": in_lists, "text": text})
    return rows


if __name__ == "__main__":
    rows = build()
    (HERE.parent / "symmetry.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(len(rows))
