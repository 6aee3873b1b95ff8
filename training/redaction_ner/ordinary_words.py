"""Ordinary words of de/es/fr/pt, learnt from the NER training data: `plugin/adapters/redaction/data/ordinary_words.txt.gz`.

    .venv/bin/python -m training.redaction_ner.ordinary_words        # rewrites the file (deterministic)

Round 22 (issue 11). A word is ordinary in a language when its training split writes it in lower case inside a
sentence at least MIN_LOWER times (German: or capitalised inside a sentence, outside any entity, at least MIN_NOUN
times: its nouns, "Tarif", "Filiale", section `de_nouns`) and no training split of any of the five languages tags it as part of a
PERSON name (so "rosa", "pierre", "branca", "luz", "ernst" stay out: they are someone's name somewhere). Words of
fewer than three letters are left out. finish.drop_sentence_words reads the list: a lone capitalised word that only a
model found (score below ECHO_SCORE), at a sentence's or a label's start, or a German noun anywhere, is no name.
The training splits and the support-register supplement (`data/support/`, CC0) are read (never a test split or an
evaluation set).

Licence: derived from the training data of training/redaction_ner/data/SOURCES.md (GermEval 2014 CC BY 4.0,
MEDDOCAN CC BY 4.0, Europeana Newspapers CC0, UNER Portuguese-Bosque **CC BY-SA 4.0**; English: BTC and WNUT-17
train/dev CC BY 4.0, read only for their PERSON words): the file is under CC BY-SA 4.0 with those attributions.
"""
from __future__ import annotations

import gzip
import re
from collections import Counter
from pathlib import Path

from training.redaction_ner.person_nouns import fold

DATA = Path(__file__).parent / "data"
OUT = Path(__file__).resolve().parents[2] / "plugin" / "adapters" / "redaction" / "data" / "ordinary_words.txt.gz"
LANGUAGES = ("de", "es", "fr", "pt")
MIN_LOWER, MIN_NOUN = 1, 2
SUPPORT = DATA / "support"
_TOKEN = re.compile(r"\[\[[^\]]*\]\]|[^\W\d_]+|[^\w\s]")


def _support(lang: str) -> list[list[tuple[str, str]]]:
    """The CC0 support-register items (`data/support/<lang>.txt`), names marked [[so]]: tokens tagged O or PER."""
    out = []
    for line in (SUPPORT / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        sentence = []
        for token in _TOKEN.findall(line):
            if token.startswith("[["):
                sentence.extend((part, "B-PER") for part in re.findall(r"[^\W\d_]+", token))
            else:
                sentence.append((token, "O"))
        out.append(sentence)
    return out


def _sentences(lang: str) -> list[list[tuple[str, str]]]:
    out, sentence = [], []
    with gzip.open(DATA / lang / "train.tsv.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line:
                if sentence:
                    out.append(sentence)
                sentence = []
                continue
            token, tag = line.split("\t")
            sentence.append((token, tag))
    if sentence:
        out.append(sentence)
    return out


def learn() -> dict[str, list[str]]:
    data = {lang: _sentences(lang) + _support(lang) for lang in (*LANGUAGES, "en")}
    person = {fold(token) for sentences in data.values() for sentence in sentences
              for token, tag in sentence if tag.endswith("PER")}
    out = {}
    for lang in LANGUAGES:
        lower, noun = Counter[str](), Counter[str]()
        for sentence in data[lang]:
            for i, (token, tag) in enumerate(sentence):
                if i == 0 or tag != "O" or not token.isalpha() or len(token) < 3:
                    continue
                if token.islower():
                    lower[fold(token)] += 1
                elif lang == "de" and token[0].isupper() and token[1:].islower() and sentence[i - 1][0] not in ".:!?":
                    noun[fold(token)] += 1
        out[lang] = sorted({w for w, n in lower.items() if n >= MIN_LOWER} - person)
        if lang == "de":
            out["de_nouns"] = sorted({w for w, n in noun.items() if n >= MIN_NOUN} - person)
    return out


def main() -> None:
    lines = ["# Ordinary words per language (training/redaction_ner/ordinary_words.py; CC BY-SA 4.0, see its docstring).",
             "# One language per section, folded lower case; rebuilt from the training splits, never edited by hand."]
    for lang, words in learn().items():
        lines.append(f"[{lang}]")
        lines.extend(words)
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))  # no timestamp: same bytes


if __name__ == "__main__":
    main()
