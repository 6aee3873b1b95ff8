"""Words that introduce a person, learnt from the NER training data: `plugin/adapters/redaction/data/person_nouns.txt`.

    .venv/bin/python -m training.redaction_ner.person_nouns          # rewrites the file (deterministic)

For every word written right before a capitalised word in the training splits (`data/<lang>/train.tsv.gz`), count how
often that capitalised word opens a PERSON name and how often it is something else. Words that open a name at least
twice and at least as often as not ("presidente", "ministro", "chauffeur", "Trainer", "Tochter", "disse") are kept,
accents folded and lower case. The keep list (redaction/keep.py) reads them: after one of these words a capitalised
word is a person, never a product named after a common noun ("la cafetera Turia" is a product, "el ministro
Turia" a person). Only the four training splits are read (never a test split or an evaluation set).

Licence: the list is derived from the training data of training/redaction_ner/data/SOURCES.md (GermEval 2014 CC BY
4.0, MEDDOCAN CC BY 4.0, Europeana Newspapers CC0, UNER Portuguese-Bosque **CC BY-SA 4.0**): like the Portuguese
tagger weights, the file is under CC BY-SA 4.0 with those attributions.
"""
from __future__ import annotations

import gzip
import unicodedata
from collections import Counter
from pathlib import Path

DATA = Path(__file__).parent / "data"
OUT = Path(__file__).resolve().parents[2] / "plugin" / "adapters" / "redaction" / "data" / "person_nouns.txt"
LANGUAGES = ("de", "es", "fr", "pt")
MIN_NAMES, MIN_SHARE = 2, 0.5


def fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def counts(lang: str) -> tuple[Counter[str], Counter[str]]:
    """(before a PERSON, before another capitalised word) per folded word, in one language's training split."""
    person, other = Counter[str](), Counter[str]()
    previous = None
    with gzip.open(DATA / lang / "train.tsv.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line:
                previous = None
                continue
            token, tag = line.split("\t")
            if previous and previous.isalpha() and token[:1].isupper() and not tag.startswith("I-"):
                (person if tag == "B-PER" else other)[fold(previous)] += 1
            previous = token
    return person, other


def learn() -> dict[str, list[str]]:
    out = {}
    for lang in LANGUAGES:
        person, other = counts(lang)
        out[lang] = sorted(w for w, n in person.items() if n >= MIN_NAMES and n / (n + other[w]) >= MIN_SHARE)
    return out


def main() -> None:
    lines = ["# Words that introduce a person (training/redaction_ner/person_nouns.py; CC BY-SA 4.0, see its docstring).",
             "# One language per section, folded lower case; rebuilt from the training splits, never edited by hand."]
    for lang, words in learn().items():
        lines += [f"[{lang}]", *words]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {sum(1 for ln in lines if ln and ln[0] not in '#[')} words")


if __name__ == "__main__":
    main()
