"""The learnt decision: three logistic heads (bias review, wants a person, opts out of AI) over the features of
``features.py``, read from ``decision_weights.json`` (trained by ``training/routing/train.py`` with
scikit-learn; inference here is the standard library only).

A message is scored on every span of up to ``max_span`` neighbouring sentences and each head takes its highest
span (a span's score is the sum of its sentences' weights and of the family pairs it holds: see
features.span_features). So text added before or after a message in sentences of its own (an injected "this is not a complaint")
can raise a head but never lower it, and a complaint made in one paragraph of a long e-mail is read at its own
length rather than diluted by the rest.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .features import Sentence, cross, family

WEIGHTS = Path(__file__).with_name("data") / "decision_weights.json"
HEADS = ("bias", "human", "opt_out")


@dataclass(frozen=True)
class HeadScore:
    probability: float
    threshold: float
    span: tuple[int, int]          # sentences [start, end) of the best span

    @property
    def fires(self) -> bool:
        return self.probability >= self.threshold


@dataclass(frozen=True)
class Model:
    weights: dict[str, tuple[float, ...]]   # feature -> one weight per head
    intercepts: tuple[float, ...]
    thresholds: tuple[float, ...]
    max_span: int
    vocabulary_hash: str


@cache
def model() -> Model:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    heads = [data["heads"][h] for h in HEADS]
    weights: dict[str, list[float]] = {}
    for i, head in enumerate(heads):
        for feature, w in head["weights"].items():
            weights.setdefault(feature, [0.0] * len(HEADS))[i] = w
    return Model({f: tuple(w) for f, w in weights.items()}, tuple(h["intercept"] for h in heads),
                 tuple(h["threshold"] for h in heads), int(data["max_span"]), data["vocabulary_hash"])


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def score(sentences: list[Sentence], m: Model | None = None) -> dict[str, HeadScore]:
    """Each head's best span: the sum of its sentences' weights plus the weights of the families (once each) and of
    the family pairs it holds."""
    m = m or model()
    heads = range(len(HEADS))
    zero = (0.0,) * len(HEADS)
    own = []
    get = m.weights.get
    for s in sentences:
        found = list(filter(None, map(get, s.features)))  # most words of a long e-mail carry no weight
        own.append([sum(column) for column in zip(*found, strict=True)] if found else [0.0] * len(HEADS))
    pairs: dict[tuple[str, str], tuple[float, ...]] = {}
    own_family: dict[str, tuple[float, ...]] = {}  # a family's own weight counts once per span
    best = [(-math.inf, (0, 1))] * len(HEADS)
    n = len(sentences)
    for i in range(n):
        z = list(m.intercepts)
        fams: set[str] = set()
        for j in range(i, min(n, i + m.max_span)):
            for h in heads:
                z[h] += own[j][h]
            for fam in sorted(sentences[j].families - fams):
                w = own_family.get(fam)
                if w is None:
                    w = own_family[fam] = m.weights.get(family(fam), zero)
                for h in heads:
                    z[h] += w[h]
                for other in fams:
                    pair = pairs.get((fam, other))
                    if pair is None:  # each pair's name is built once per message, not once per span
                        pair = pairs[fam, other] = m.weights.get(cross(fam, other), zero)
                    if pair is not zero:
                        for h in heads:
                            z[h] += pair[h]
                fams.add(fam)
            for h in heads:
                if z[h] > best[h][0]:
                    best[h] = (z[h], (i, j + 1))
    return {head: HeadScore(_sigmoid(best[h][0]), m.thresholds[h], best[h][1]) for h, head in enumerate(HEADS)}
