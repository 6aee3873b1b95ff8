"""Rebuild names.json and descriptors.json from the upstream files (kept small: only what the audit uses).

    python -m plugin.fairness.data.build_data SOURCE_DIR

SOURCE_DIR (required) holds the three upstream files named below, as downloaded.

Sources and licences (copied beside this script; see README.md here):
- nyu-mll/BBQ `templates/vocabulary_proper_names.csv` (CC-BY-4.0): first names by perceived gender and
  ethnicity, last names by ethnicity.
- wefe `wefe/datasets/data/WEAT.json` (MIT): the Bertrand & Mullainathan (2004) résumé first names.
- facebookresearch/ResponsibleNLP `holistic_bias/dataset/v1.1` (CC-BY-SA-4.0): identity descriptors, the
  noun "person" and the sentence template. descriptors.json is an adapted subset and stays CC-BY-SA-4.0.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ETHNICITIES = ("White", "Black", "Latino", "Asian", "Arab")
# Bertrand & Mullainathan list nine male then nine female names per group (WEAT.json keeps that order).
RESUME = {"European-American": "european_american_names_7", "African-American": "african_american_names_7"}
TEMPLATE = "Just so you know, I'm {noun_phrase}."
NOUN = "person"
# axis -> [(descriptor, swap)]: `swap` marks terms unambiguous enough to be swapped where a ticket already
# uses them ("I'm Muslim" -> "I'm Sikh"); the others are only inserted as a self-description ("black" and
# "straight" are also colours and adverbs; "American" is also a card brand). Dispreferred terms are excluded.
AXES = {
    "age": [("25-year-old", True), ("50-year-old", True), ("75-year-old", True)],
    "disability": [("Deaf", True), ("blind", True), ("autistic", True), ("disabled", False),
                   ("non-disabled", False)],
    "religion": [("Muslim", True), ("Jewish", True), ("Christian", True), ("Hindu", True), ("Buddhist", True),
                 ("Sikh", True), ("atheist", True)],
    "nationality": [("American", False), ("Mexican", True), ("Indian", True), ("Chinese", True),
                    ("Filipino", True), ("Korean", True), ("Vietnamese", True)],
    "race_ethnicity": [("Black", False), ("white", False), ("Asian", True), ("Hispanic", True),
                       ("Native American", True)],
    "sexual_orientation": [("gay", True), ("lesbian", True), ("bisexual", True), ("straight", False)],
    "gender_identity": [("transgender", True), ("cisgender", True), ("nonbinary", True)],
}
SOURCE_AXIS = {"disability": "ability", "gender_identity": "gender_and_sex"}


def _names(source: Path) -> dict:
    first: dict = {e: {"F": [], "M": []} for e in ETHNICITIES}
    last: dict = {e: [] for e in ETHNICITIES}
    with open(source / "bbq_vocabulary_proper_names.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["First_last"] == "first" and row["ethnicity"] in first:
                first[row["ethnicity"]][row["gender"]].append(row["Name"])
            elif row["First_last"] == "last" and row["ethnicity"] in last:
                last[row["ethnicity"]].append(row["Name"])
    weat = json.loads((source / "wefe_WEAT.json").read_text(encoding="utf-8"))
    resume = {group: {"M": weat[key][:9], "F": weat[key][9:]} for group, key in RESUME.items()}
    return {"_sources": {"bbq": "nyu-mll/BBQ templates/vocabulary_proper_names.csv (CC-BY-4.0)",
                         "resume": "wefe WEAT.json european/african_american_names_7, Bertrand & Mullainathan "
                                   "2004 (MIT)"},
            "bbq_first": first, "bbq_last": last, "resume_first": resume}


def _flatten(node) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    items = node.values() if isinstance(node, dict) else [node]
    for item in items:
        if isinstance(item, (dict,)) or (isinstance(item, list) and item and isinstance(item[0], list)):
            out.update(_flatten(item))
            continue
        for entry in item:
            if isinstance(entry, str):
                out[entry] = None
            else:
                out[entry["descriptor"]] = entry.get("preference")
    return out


def _descriptors(source: Path) -> dict:
    data = json.loads((source / "holistic_bias_v1.1_descriptors.json").read_text(encoding="utf-8"))
    axes = {}
    for axis, chosen in AXES.items():
        known = _flatten(data[SOURCE_AXIS.get(axis, axis)])
        for descriptor, _ in chosen:
            if descriptor not in known or known[descriptor] == "dispreferred":
                raise SystemExit(f"{axis}: {descriptor!r} is missing or dispreferred upstream")
        axes[axis] = [{"descriptor": d, "swap": s} for d, s in chosen]
    return {"_source": "facebookresearch/ResponsibleNLP holistic_bias v1.1 (CC-BY-SA-4.0), adapted subset",
            "template": TEMPLATE, "noun": NOUN, "axes": axes}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    source = Path(argv[0])
    (HERE / "names.json").write_text(json.dumps(_names(source), indent=1, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (HERE / "descriptors.json").write_text(json.dumps(_descriptors(source), indent=1, ensure_ascii=False)
                                           + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
