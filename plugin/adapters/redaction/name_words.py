"""Is a capitalised German word a person's name or a common noun? Learnt from letters (redaction round 10).

German capitalises every noun, so "der Busfahrer Zbigniew" and "dem Fahrer Bescheid" look the same to a rule. This
logistic model over the character 2-5-grams of the folded word (trained by training/redaction_ner/name_words.py on
GermEval 2014's training split and the project's name lists; weights in data/name_words_de.json.gz) gives the chance
that the word is a name, for names no list holds. Standard library only; the weights load on first use.
"""
from __future__ import annotations

import gzip
import json
import math
import threading
from pathlib import Path

from .name_lists import fold

MIN_N, MAX_N = 2, 5
_DATA = Path(__file__).resolve().parent / "data"
_MODELS: dict[str, tuple[dict[str, float], float]] = {}
_LOCK = threading.Lock()


def grams(word: str) -> list[str]:
    """Character n-grams of the folded word with its edges marked: "anna" -> "^a", "an", …, "na$"."""
    w = f"^{word}$"
    return [w[i:i + n] for n in range(MIN_N, MAX_N + 1) for i in range(len(w) - n + 1)]


def weights_path(lang: str) -> Path:
    return _DATA / f"name_words_{lang}.json.gz"


def load_weights(path: Path) -> dict:
    return json.loads(gzip.decompress(path.read_bytes()))


def _model(lang: str) -> tuple[dict[str, float], float] | None:
    if lang not in _MODELS:
        path = weights_path(lang)
        if not path.exists():
            return None
        with _LOCK:
            doc = load_weights(path)
            _MODELS[lang] = (doc["weights"], float(doc["bias"]))
    return _MODELS[lang]


def name_probability(word: str, lang: str = "de") -> float:
    """The model's chance that a capitalised word is a person's name (0.0 when the language has no model)."""
    model = _model(lang)
    if model is None:
        return 0.0
    weights, bias = model
    z = bias + sum(weights.get(g, 0.0) for g in set(grams(fold(word))))
    return 1 / (1 + math.exp(-z))
