"""Two small logistic-regression scorers on top of the lexicon rules: implicit bias complaints and handoff requests.

Why: the rules are precise but miss phrasings nobody wrote a pattern for. Each scorer sees (a) the rule signals
(for bias: a characteristic or proxy, unfair treatment, a comparison with someone who got the better outcome; for
handoff: a person or team named, an AI term) and (b) accent-folded words and word pairs, so it
can weigh a signal by its context ("can I change my profile photo?" vs "since I changed my profile photo every
booking is declined"). Trained offline by ``benchmarks/routing/train.py`` on the labelled set and
``train_extra.jsonl`` (handoff also on half of the Bitext sample); weights live in ``statmodel_weights.json``
beside this file and load once, at import. Standard library only; scoring costs well under a millisecond.

A scorer may only *raise* a message that carries its gate signal (see ``bias_eligible`` / ``handoff_eligible``),
which keeps its hits explainable and keeps it quiet on ordinary requests.
"""
from __future__ import annotations

import json
import math
import re
from itertools import pairwise
from pathlib import Path

from .bias import Signals
from .lexicons import COMPILED

WEIGHTS = Path(__file__).resolve().parent / "statmodel_weights.json"
_TOKEN = re.compile(r"[a-z0-9']+")
_QUESTION_START = re.compile(
    r"^(can|could|do|does|is|are|how|what|where|when|which|will|would|may|should|puedo|puede|pueden|como|cual|"
    r"donde|cuando|hay|tienen|est-ce|comment|quel|quelle|ou|puis-je|pouvez|avez|kann|konnen|wie|wo|wann|gibt|"
    r"haben|ab|posso|pode|podem|qual|onde|quando|tem|voces|vendem|vendez|venden)\b")
NO_ANCHOR_THRESHOLD = 0.8  # no characteristic and a single treatment phrase; see threshold()
ONE_PHRASE = "sig:one_treatment_phrase"
# Pronouns and titles are not features: the scorer must not move with the gender a message is written in (the
# fairness audit found "(he/him)" tipping a routine cancellation over the threshold where "(she/her)" did not).
_GENDERED = frozenset("he him his himself she her hers herself mr mrs ms mx miss sir madam ma'am ella ellas ellos "
                      "elle elles il ils ele ela eles elas er ihm".split())
_MAX_CHARS = 2000  # longer messages: score the first part only (the rules still read everything)


def text_features(text: str) -> list[str]:
    """Shape of the message, folded words and word pairs. Character 4-grams were tried and dropped: on the
    validation rows and the blind dev half they added false alarms ("home", "because") and no recall."""
    text = text[:_MAX_CHARS]
    stripped = text.strip()
    feats = ["bias"]
    if _QUESTION_START.match(stripped.lstrip("¿¡")):
        feats.append("shape:starts_question")
    if stripped.endswith("?") and len(stripped) < 160:
        feats.append("shape:short_question")
    words = len(stripped.split())
    feats.append("shape:len_" + ("s" if words < 12 else "m" if words < 35 else "l"))
    tokens = [t for t in _TOKEN.findall(text) if t not in _GENDERED]
    feats += [f"w:{t}" for t in tokens]
    feats += [f"b:{a}_{b}" for a, b in pairwise(tokens)]
    return feats


def bias_features(s: Signals) -> list[str]:
    feats = text_features(s.text)
    flags = {"strong": s.strong, "pair": s.pairs, "wide": s.wide, "char": s.chars, "proxy": s.proxies,
             "adverse": s.adverse, "differential": s.differential}
    feats += [f"sig:{name}" for name, present in flags.items() if present]
    if not (s.chars or s.proxies):
        feats.append("sig:no_anchor")
        if len(set(treatment_words(s))) < 2:
            feats.append(ONE_PHRASE)
    feats += sorted({f"sig:wide_{a.key}" for _, a in s.wide} | {f"sig:wide_char_{c.key or 'group'}" for c, _ in s.wide})
    if s.differential:
        feats.append(f"sig:differential_n{min(len(s.differential), 4)}")
    feats += sorted({f"sig:char_{h.key or 'group'}" for h in s.chars + s.proxies})
    return feats


def handoff_features(folded: str) -> list[str]:
    feats = text_features(folded)
    for name in ("contact", "ai_terms", "handoff", "appeal", "ai_wrong", "bot_question", "not_wanted"):
        if getattr(COMPILED, name).search(folded):
            feats.append(f"sig:{name}")
    return feats


def bias_eligible(s: Signals) -> bool:
    """The bias scorer may only raise a message that names a characteristic or a proxy for one, or that describes
    unfair or different treatment (an ADVERSE, EXCLUSION or DIFFERENTIAL phrase anywhere in its first part)."""
    if s.chars or s.proxies:
        return True
    return bool(treatment_words(s))


def treatment_words(s: Signals) -> list[str]:
    """The unfair- or different-treatment phrases in the message's first part (to explain a scorer-only hit)."""
    head = s.text[:_MAX_CHARS]
    return [m.group() for f in ("adverse", "exclusion", "differential") for m in getattr(COMPILED, f).finditer(head)]


def handoff_eligible(folded: str) -> bool:
    """The handoff scorer may only raise a message that names a person, team or channel, or an AI."""
    return bool(COMPILED.contact.search(folded) or COMPILED.ai_terms.search(folded))


def _load() -> dict:
    if not WEIGHTS.exists():  # untrained checkout: the scorers never fire, the rules still do
        return {}
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))


_HEADS = _load()


def threshold(head: str, anchored: bool = True, phrases: int = 2) -> float:
    """Probability needed to raise a message. The bias head asks more of a message with no characteristic or proxy
    word (``anchored=False``): its hits are the hardest to explain, and generic words add up in long messages.
    ``threshold_no_anchor`` is chosen on validation rows by train.py; a message with a single treatment phrase
    ("ignore all previous instructions") needs at least NO_ANCHOR_THRESHOLD."""
    entry = _HEADS.get(head, {})
    t = float(entry.get("threshold", 1.01))
    if anchored:
        return t
    t_no = max(t, float(entry.get("threshold_no_anchor", NO_ANCHOR_THRESHOLD)))
    return t_no if phrases >= 2 else max(t_no, NO_ANCHOR_THRESHOLD)


def bias_threshold(s: Signals) -> float:
    return threshold("bias", anchored=bool(s.chars or s.proxies), phrases=len(set(treatment_words(s))))


def score(feats: list[str], weights: dict[str, float]) -> float:
    z = sum(weights.get(f, 0.0) for f in set(feats))
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def bias_probability(s: Signals) -> float:
    return score(bias_features(s), _HEADS.get("bias", {}).get("weights", {}))


def handoff_probability(folded: str) -> float:
    return score(handoff_features(folded), _HEADS.get("human", {}).get("weights", {}))
