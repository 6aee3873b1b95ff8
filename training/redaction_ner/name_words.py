"""Train the German "is this capitalised word a person's name or a common noun?" model (redaction round 10).

    .venv/bin/python -m training.redaction_ner.name_words      # ~20 s; writes plugin/adapters/redaction/data/name_words_de.json.gz

German capitalises every noun, so a capitalised word after "der Busfahrer" may be a name or a noun. This model reads
the word alone, by its letters: a logistic regression over character 2-5-grams of the lower-cased word with its
edges marked ("^zbig", "iew$"; a German noun ends in "-ung", "-heit", "-keit", "-schaft", "-er", compounds repeat
noun stems), so it scores names nobody listed.

Data (word types, never sentences; the training split only, `data/de/train.tsv.gz` — GermEval 2014, CC BY 4.0,
see data/SOURCES.md):
- names: every token tagged PER in the training split, and the project's name lists
  (plugin/adapters/redaction/data/first_names.txt.gz, last_names.txt.gz: Faker MIT, nomquamgender MIT, US Census
  public domain) minus every word the corpus writes outside a name or in lower case;
- not names: every capitalised token the training split never tags PER (nouns, places, organisations, words that open
  a sentence), minus listed names.
Listed names are many more than corpus words: a random sample of them (fixed seed) of the same size as the corpus
names is taken, so the model learns the letters of names, not of the list. Deterministic: fixed seed, weights
rounded to 3 decimals, n-grams whose weight rounds below 0.05 dropped. The runtime
(plugin/adapters/redaction/name_words.py) needs the standard library only.

A fifth of the word types (every fifth in sorted order) is held back and scored before the final fit on all words;
the figures are printed and written into the JSON (`heldout`).
"""
from __future__ import annotations

import gzip
import json
import math
import random
import sys
from pathlib import Path

from plugin.adapters.redaction.name_lists import fold, names
from plugin.adapters.redaction.name_words import MAX_N, MIN_N, grams

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "plugin" / "adapters" / "redaction" / "data" / "name_words_de.json.gz"
SEED = 10
C = 1.0


def corpus_words(path: Path) -> tuple[set[str], set[str], set[str]]:
    """Folded capitalised words tagged PER, capitalised words never tagged PER, and words seen in lower case."""
    per: set[str] = set()
    other: set[str] = set()
    lower: set[str] = set()
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        if "\t" not in line:
            continue
        token, tag = line.split("\t")[:2]
        if not token[:1].isalpha() or len(token) < 2:
            continue
        if token[:1].isupper() and not token.isupper():
            (per if tag.endswith("PER") else other).add(fold(token))
        elif token.islower():
            lower.add(fold(token))
    return per, other - per, lower


def dataset() -> tuple[list[str], list[int]]:
    per, other, lower = corpus_words(HERE / "data" / "de" / "train.tsv.gz")
    listed = (names("first_names") | names("last_names")) - other - lower - per
    listed_ok = sorted(w for w in listed if w.isalpha() and len(w) >= 3)
    sample = random.Random(SEED).sample(listed_ok, min(len(listed_ok), 2 * len(per)))
    positives = sorted(per | set(sample))
    negatives = sorted(other - names("first_names") - names("last_names"))
    words = positives + negatives
    labels = [1] * len(positives) + [0] * len(negatives)
    return words, labels


def fit(words: list[str], labels: list[int]) -> tuple[dict[str, float], float]:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = CountVectorizer(analyzer=lambda w: sorted(set(grams(w))), binary=True)
    x = vec.fit_transform(words)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=2000, solver="liblinear", random_state=SEED)
    model.fit(x, labels)
    pairs = zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
    weights = {g: round(float(w), 3) for g, w in pairs if abs(w) >= 0.05}
    return weights, round(float(model.intercept_[0]), 3)


def score(weights: dict[str, float], bias: float, word: str) -> float:
    z = bias + sum(weights.get(g, 0.0) for g in set(grams(word)))
    return 1 / (1 + math.exp(-z))


def main() -> None:
    words, labels = dataset()
    train = [i for i in range(len(words)) if i % 5]
    held = [i for i in range(len(words)) if not i % 5]
    w, b = fit([words[i] for i in train], [labels[i] for i in train])
    report = {}
    for threshold in (0.5, 0.8, 0.9, 0.95):
        said = [i for i in held if score(w, b, words[i]) >= threshold]
        right = sum(labels[i] for i in said)
        report[str(threshold)] = {"precision": round(right / max(1, len(said)), 3),
                                  "recall": round(right / max(1, sum(labels[i] for i in held)), 3)}
    print(f"{len(words)} words ({sum(labels)} names); held-out fifth: {report}", file=sys.stderr)
    weights, bias = fit(words, labels)
    doc = {"about": "training/redaction_ner/name_words.py; GermEval 2014 (CC BY 4.0) + name lists (MIT, public "
                    "domain); char n-grams of the folded word, logistic regression",
           "n": [MIN_N, MAX_N], "bias": bias, "heldout": report, "weights": dict(sorted(weights.items()))}
    raw = (json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
    OUT.write_bytes(gzip.compress(raw, 9, mtime=0))
    print(f"{len(weights)} n-grams -> {OUT} ({OUT.stat().st_size // 1024} KB)", file=sys.stderr)


if __name__ == "__main__":
    main()
