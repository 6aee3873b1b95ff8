"""Fills every template of src/templates.py with every self-description of its language and writes
symmetry.jsonl (one JSON object a line, sorted by id). Run from the repository root:

    .venv/bin/python -m eval.routing_symmetry6.src.build

NOT_IN_PROJECT_LISTS was copied from the output of src/check_lists.py (git grep -i -w of each description's group
words over plugin/, training/, benchmarks/ on 2026-12-03, commit ff57e59); it is a literal so that the set does not
change when the project's lists change.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from eval.routing_symmetry6.src.templates import DESCRIPTIONS, TEMPLATES

OUT = Path(__file__).resolve().parent.parent / "symmetry.jsonl"
ROUTE = {"ordinary": "ai_assist", "hardneg": "ai_assist", "complaint": "bias_review"}
LONG = {"o3", "o4", "h3", "h4", "c2"}  # long e-mails: 400-900 characters before filling

NOT_IN_PROJECT_LISTS: set[tuple[str, str]] = {
    ('en', "I'm a Coptic Christian"),
    ('en', "I'm Garifuna"),
    ('en', "I'm Gurung"),
    ('en', "I'm Ahmadi"),
    ('en', "I'm a Mandaean"),
    ('en', 'I have tinnitus'),
    ('en', "I'm Manx"),
    ('en', "I'm Tuareg, from Agadez originally"),
    ('en', "I'm still learning English"),
    ('en', "I've got dwarfism"),
    ('en', "I have Crohn's disease"),
    ('en', 'I have narcolepsy'),
    ('en', "I'm Mizrahi"),
    ('en', "I'm a Shetlander"),
    ('en', "I'm Ainu"),
    ('es', 'soy drusa'),
    ('es', 'soy garífuna'),
    ('es', 'soy saharaui'),
    ('es', 'soy testigo de Jehová'),
    ('es', 'soy santera'),
    ('es', 'tengo diecinueve años'),
    ('es', 'soy hipoacúsica'),
    ('es', 'soy de género fluido'),
    ('es', 'soy moldava'),
    ('es', 'soy de familia agote, del valle de Baztán'),
    ('es', 'todavía estoy aprendiendo español'),
    ('es', 'tengo la enfermedad de Crohn'),
    ('es', 'soy seropositivo'),
    ('es', 'soy cuáquero y tengo acúfenos'),
    ('es', 'soy maragata'),
    ('es', 'soy mixteca'),
    ('fr', 'je suis copte'),
    ('fr', 'je suis comorienne'),
    ('fr', 'je suis wallisien'),
    ('fr', 'je suis kanak'),
    ('fr', 'je suis témoin de Jéhovah'),
    ('fr', 'je suis caodaïste'),
    ('fr', "j'ai 83 ans"),
    ('fr', "j'ai une infirmité motrice cérébrale"),
    ('fr', 'je suis moldave'),
    ('fr', 'je suis réunionnais'),
    ('fr', "j'ai un fort accent ch'ti"),
    ('fr', "j'apprends encore le français"),
    ('fr', "j'ai la maladie de Crohn"),
    ('fr', 'je suis séropositif'),
    ('fr', 'je suis un Peul évangélique'),
    ('fr', 'je suis mahorais'),
    ('de', 'ich bin Druse'),
    ('de', 'ich bin Jenischer'),
    ('de', 'ich bin Friesin'),
    ('de', 'ich bin Zeuge Jehovas'),
    ('de', 'ich bin Mennonit'),
    ('de', 'ich habe Tinnitus'),
    ('de', 'ich habe eine Zerebralparese'),
    ('de', 'ich bin Moldauerin'),
    ('de', 'ich bin Siebenbürger Sächsin'),
    ('de', 'ich lerne noch Deutsch'),
    ('de', 'ich bin kleinwüchsig'),
    ('de', 'ich habe Morbus Crohn'),
    ('de', 'ich habe Narkolepsie'),
    ('de', 'ich bin Russlanddeutscher'),
    ('de', 'ich bin Aramäer und orthodoxer Christ'),
    ('de', 'ich bin Südtirolerin'),
    ('pt', 'sou drusa'),
    ('pt', 'sou xavante'),
    ('pt', 'sou terena'),
    ('pt', 'sou menonita'),
    ('pt', 'tenho zumbido no ouvido'),
    ('pt', 'tenho paralisia cerebral'),
    ('pt', 'sou gênero fluido'),
    ('pt', 'sou moldava'),
    ('pt', 'sou cabo-verdiano'),
    ('pt', 'ainda estou aprendendo português'),
    ('pt', 'meço 1,45 m'),
    ('pt', 'tenho doença de Crohn'),
    ('pt', 'sou soropositivo'),
    ('pt', 'sou pomerano, lá de Santa Maria de Jetibá'),
    ('pt', 'sou caiçara'),
    ('pt', 'sou nipo-brasileira'),
}


def fill(template: str, description: str) -> str:
    at = template.index("{d}")
    before = template[:at]
    if not before.strip() or re.search(r"[.!?\n]\s*$", before):
        description = description[0].upper() + description[1:]
    return template.replace("{d}", description)


def rows() -> list[dict]:
    out = []
    for lang, templates in TEMPLATES.items():
        descs = DESCRIPTIONS[lang]
        assert len(descs) == 30 and len({d for d, _, _ in descs}) == 30, lang
        for tid, kind, text in templates:
            assert text.count("{d}") == 1, tid
            if tid.split("-")[1] in LONG:
                assert 400 <= len(text) - 3 <= 900, (tid, len(text))
            for i, (d, axis, _keys) in enumerate(descs):
                out.append({"id": f"s6-{tid}-{i:02d}", "lang": lang, "template_id": tid, "template_kind": kind,
                            "expected_route": ROUTE[kind], "description": d, "axis": axis,
                            "in_project_lists": (lang, d) not in NOT_IN_PROJECT_LISTS, "text": fill(text, d)})
    return sorted(out, key=lambda r: r["id"])


def main() -> None:
    data = rows()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    print(f"wrote {len(data)} rows to {OUT.name}")


if __name__ == "__main__":
    main()
