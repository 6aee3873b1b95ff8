"""Rebuild first_names.txt / last_names.txt from Faker's person providers (dev-only; Faker is MIT).

    .venv/bin/python -m plugin.adapters.pii_data.build_names

ambiguous.txt lists the first names that are also everyday English words (function words, a hand list, and
lower-case words of the Bitext support corpus): pii_names accepts those only with a cue or a surname.

Only Latin-script names survive (folded to lowercase ASCII, accents stripped), so that the lookup in
pii_names can fold ticket text the same way. Names in other scripts are left to spaCy's NER.
"""
from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
FIRST_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_romanized_names",
               "first_romanized_names_male", "first_romanized_names_female",
               "first_names_nonbinary")
LAST_ATTRS = ("last_names", "last_romanized_names")


def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _names(provider: type, attr: str) -> list[str]:
    for klass in provider.__mro__:
        value = klass.__dict__.get(attr)
        if value is not None and not isinstance(value, property):
            return list(value.keys() if isinstance(value, dict) else value)
    return []


def collect(attrs: tuple[str, ...]) -> set[str]:
    import faker.providers.person as person  # dev-only dependency

    out: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr in attrs:
            for name in _names(provider, attr):
                for part in name.split():
                    folded = fold(part)
                    bare = folded.replace("-", "").replace("'", "")
                    if len(bare) >= 2 and bare.isascii() and bare.isalpha():
                        out.add(folded)
    return out


FUNCTION_WORDS = ("a an the and or but if of at by for with to from in on off out up down over under as is are "
                  "was were be been am do does did done can could will would shall should may might must my "
                  "your his her its our their me him us them we you he she it they this that these those so "
                  "no not nor too very just only also then than there here when where who whom what which "
                  "why how all any each few more most other some such own same yes ok hi hey dear thanks "
                  "please hello regards best cheers sir madam team support customer").split()


# Given names that are everyday English words (WordNet lists proper nouns too, so it cannot tell them apart).
NAME_WORDS = ("will may june april august mark bill grant rose hope joy faith grace summer autumn dawn crystal "
              "amber ruby pearl jade ivy iris holly daisy violet heather olive sky river hunter chase lane dale "
              "glen cliff brook miles guy frank sunny art don ray rich bob pat sue jack max ben van del bishop "
              "baker cook carter page bell king young white brown green black gray grey long hill wood star sun "
              "moon rain storm snow angel baby boss case cash chance charity colt major price sterling tuesday "
              "friday sunday monday ok order card bank apple amazon google paypal visa master gold silver "
              "platinum pro basic premium sky sunny happy lucky early else even fair just mercy patience "
              "rebel royal saint sage scout ace day date dean drew fate gene harmony honor jewel justice "
              "karma lotus luck memory melody miracle noble nova ocean paris precious princess queen rocky "
              "shade spring stone story trinity true unique valentine wade west winter wolf york").split()


def english_words() -> set[str]:
    """Function words, the hand list above, and the words of the Bitext support corpus (if present)."""
    import csv
    import re

    words = set(FUNCTION_WORDS) | set(NAME_WORDS)
    corpus = HERE.parents[3] / "shared/data/support/Bitext_Sample_Customer_Support_Training_Dataset.csv"
    if corpus.exists():
        with corpus.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                text = re.sub(r"\{\{[^}]*\}\}", " ", row["instruction"] + " " + row["response"])
                words.update(re.findall(r"\b[a-z]{2,}\b", text))  # lower-case only: not used as a name
    return words


def write(filename: str, names: set[str]) -> None:
    (HERE / filename).write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(filename, len(names))


def main() -> None:
    first, last = collect(FIRST_ATTRS), collect(LAST_ATTRS)
    write("first_names.txt", first)
    write("last_names.txt", last)
    english = english_words()
    write("ambiguous.txt", first & english)
    write("ambiguous_last.txt", last & english)


if __name__ == "__main__":
    main()
