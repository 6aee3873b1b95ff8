"""A small logistic-regression scorer for implicit bias complaints, on top of the lexicon signals.

Why: the lexicon rules are precise but miss complaints phrased in ways nobody wrote a pattern for. The model sees
(a) the rule signals of :mod:`bias` (a characteristic or proxy, unfair treatment, a comparison with someone who got
the better outcome, a question or a request) and (b) accent-folded words, word pairs and character 4-grams, so it
can weigh a wide pairing by its context ("can I change my profile photo?" vs "since I changed my profile photo every
booking is declined"). Trained offline by ``benchmarks/routing/train.py`` on the labelled set and
``train_extra.jsonl``; weights live in ``statmodel_weights.json`` beside this file and load once, at import.
Standard library only; scoring a typical message costs well under a millisecond.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

from .bias import Signals

WEIGHTS = Path(__file__).resolve().parent / "statmodel_weights.json"
_TOKEN = re.compile(r"[a-z0-9']+")
_QUESTION_START = re.compile(
    r"^(can|could|do|does|is|are|how|what|where|when|which|will|would|may|should|puedo|puede|pueden|como|cual|"
    r"donde|cuando|hay|tienen|est-ce|comment|quel|quelle|ou|puis-je|pouvez|avez|kann|konnen|wie|wo|wann|gibt|"
    r"haben|ab|posso|pode|podem|qual|onde|quando|tem|voces|vendem|vendez|venden)\b")
_MAX_CHARS = 2000  # longer messages: score the first part only (the rules still read everything)


def _signal_features(s: Signals) -> list[str]:
    feats = ["bias"]
    if s.strong:
        feats.append("sig:strong")
    if s.pairs:
        feats.append("sig:pair")
    if s.wide:
        feats.append("sig:wide")
        feats += sorted({f"sig:wide_{a.key}" for _, a in s.wide})
        feats += sorted({f"sig:wide_char_{c.key or 'group'}" for c, _ in s.wide})
    if s.chars:
        feats.append("sig:char")
    if s.proxies:
        feats.append("sig:proxy")
    if s.adverse:
        feats.append("sig:adverse")
    if s.differential:
        feats.append("sig:differential")
        feats.append(f"sig:differential_n{min(len(s.differential), 4)}")
    feats += sorted({f"sig:char_{h.key or 'group'}" for h in s.chars + s.proxies})
    return feats


def _shape_features(text: str) -> list[str]:
    feats = []
    stripped = text.strip()
    first_sentence = stripped.split("\n")[0]
    if _QUESTION_START.match(stripped.lstrip("¿¡")):
        feats.append("shape:starts_question")
    if stripped.endswith("?") and len(stripped) < 160:
        feats.append("shape:short_question")
    if "?" in first_sentence and first_sentence.index("?") < 100:
        feats.append("shape:early_question")
    words = len(stripped.split())
    feats.append("shape:len_" + ("s" if words < 12 else "m" if words < 35 else "l"))
    return feats


def features(s: Signals) -> list[str]:
    """Feature names for one message (from its Signals). Shared by training and scoring."""
    text = s.text[:_MAX_CHARS]
    tokens = _TOKEN.findall(text)
    feats = _signal_features(s) + _shape_features(text)
    feats += [f"w:{t}" for t in tokens]
    feats += [f"b:{a}_{b}" for a, b in zip(tokens, tokens[1:])]
    for t in tokens:
        padded = f"<{t}>"
        feats += [f"c:{padded[i:i + 4]}" for i in range(max(len(padded) - 3, 1))]
    return feats


def _load() -> tuple[dict[str, float], float]:
    if not WEIGHTS.exists():  # untrained checkout: the model never fires, the rules still do
        return {}, 1.01
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return data["weights"], float(data["threshold"])


_W, THRESHOLD = _load()


def eligible(s: Signals) -> bool:
    """The model may only raise a message that names a characteristic or a proxy for one: keeps its hits
    explainable (the agent sees which words) and keeps it quiet on ordinary requests (0 of 4,514 Bitext ones)."""
    return bool(s.chars or s.proxies)


def probability(s: Signals, weights: dict[str, float] | None = None) -> float:
    w = _W if weights is None else weights
    z = sum(w.get(f, 0.0) for f in set(features(s)))
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
