"""Bias/discrimination complaint detection: a STRONG word, or a characteristic next to unfair treatment.

Why pairs and not keywords: "disabled" alone is an account state, "pregnant" alone is a delivery question,
"refused" alone is an ordinary complaint; together, in the same or a neighbouring sentence, they are the
implicit complaints a keyword list misses ("the only difference is I'm 67").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import reasons
from .lexicons import COMPILED
from .text import clause_spans, index_of, sentence_spans

WIDE = 3  # sentences either side within which a proxy or a differential phrase pairs (see find_signals)
NEGATION_WORDS = 6  # a negation further back than this many words does not govern the cue
_WORDS = re.compile(r"\S+")


@dataclass(frozen=True)
class Hit:
    key: str      # canonical characteristic, "" when none is named
    text: str
    start: int
    sentence: int


@dataclass
class BiasEvidence:
    characteristics: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)

    def add(self, characteristic: str | None = None, reason: str | None = None, word: str | None = None) -> None:
        for value, bucket in ((characteristic, self.characteristics), (reason, self.reasons), (word, self.matched)):
            if value and value not in bucket:
                bucket.append(value)


def mask(text: str, pattern: re.Pattern) -> str:
    """Blank out matches, keeping every position, so later matches still line up with sentences."""
    return pattern.sub(lambda m: " " * len(m.group()), text)


def negated(text: str, clauses: list[tuple[int, int]], start: int, negation: re.Pattern | None = None) -> bool:
    """True when a negation sits in the same clause, at most NEGATION_WORDS words before ``start``."""
    clause_start = clauses[index_of(clauses, start)][0]
    before = _WORDS.findall(text[clause_start:start])[-NEGATION_WORDS:]
    return (negation or COMPILED.negation).search(" ".join(before)) is not None


def _keyed_hits(text: str, family, sentences) -> list[Hit]:
    return [Hit(key, m.group(), m.start(), index_of(sentences, m.start())) for key, m in family.finditer(text)]


def _hits(text: str, patterns: dict[str, re.Pattern], sentences, windows) -> list[Hit]:
    return [Hit(key, m.group(), m.start(), index_of(sentences, m.start()))
            for key, rx in patterns.items() for start, end in windows for m in rx.finditer(text, start, end)]


def _windows(chars: list[Hit], sentences: list[tuple[int, int]], reach: int) -> list[tuple[int, int]]:
    """Text of the sentences around each characteristic mention (``reach`` either side), merged: the only place an
    adverse phrase can pair with one. Scanning only there keeps long e-mails fast (the ADVERSE regex is the big one)."""
    spans: list[tuple[int, int]] = []
    for i in sorted({h.sentence for h in chars}):
        start, end = sentences[max(i - reach, 0)][0], sentences[min(i + reach, len(sentences) - 1)][1]
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def _pairs(char: Hit, adverse: Hit, clauses: list[tuple[int, int]]) -> bool:
    """Same or neighbouring sentence. Reported speech ("the manager said Mexicans can't ...") is weaker: the
    characteristic must be *what was said*, i.e. after the verb and in the same clause."""
    if adverse.key != "reported":
        return abs(char.sentence - adverse.sentence) <= 1
    return char.start > adverse.start and index_of(clauses, char.start) == index_of(clauses, adverse.start)


@dataclass
class Signals:
    """Everything the rules and the statistical model look at, found once per message."""
    text: str                                   # folded, NOT_BIAS phrases blanked
    sentences: list[tuple[int, int]]
    strong: list[Hit]
    chars: list[Hit]                            # lexicon characteristics
    proxies: list[Hit]                          # weaker signs of one (a name, a photo, a passport)
    adverse: list[Hit]                          # ADVERSE / EXCLUSION / REPORTED near a characteristic or proxy
    differential: list[Hit]                     # comparisons and sudden changes near one (WIDE sentences)
    pairs: list[tuple[Hit, Hit]]                # the strict rule: characteristic + adverse, same/next sentence
    wide: list[tuple[Hit, Hit]]                 # characteristic or proxy + adverse or differential, WIDE sentences


def find_signals(folded: str) -> Signals:
    text = mask(folded, COMPILED.not_bias)
    sentences, clauses = sentence_spans(text), clause_spans(text)
    strong = [h for h in _keyed_hits(text, COMPILED.strong, sentences) if not negated(text, clauses, h.start)]
    chars = _keyed_hits(text, COMPILED.characteristics, sentences)
    proxies = _keyed_hits(text, COMPILED.proxies, sentences)
    anchors = chars + proxies
    near = _windows(anchors, sentences, 1) if anchors else []
    families = {"adverse": COMPILED.adverse, "exclusion": COMPILED.exclusion, "reported": COMPILED.reported}
    adverse = _hits(text, families, sentences, near)
    wide_windows = _windows(anchors, sentences, WIDE) if anchors else []
    differential = _hits(text, {"differential": COMPILED.differential}, sentences, wide_windows)
    pairs = [(c, a) for c in chars for a in adverse if _pairs(c, a, clauses)]
    wide = [(c, a) for c in anchors for a in adverse + differential if a.key != "reported" and abs(c.sentence - a.sentence) <= WIDE]
    return Signals(text, sentences, strong, chars, proxies, adverse, differential, pairs, wide)


def evidence_from(signals: Signals, pairs: list[tuple[Hit, Hit]]) -> BiasEvidence:
    """Reasons, characteristics and matched words for the strong words and the given pairs."""
    evidence = BiasEvidence()
    for hit in signals.strong:
        evidence.add(hit.key, reasons.STRONG_WORD.format(word=hit.text), hit.text)
        for c in signals.chars:  # name the characteristic next to a generic "discriminated"
            if abs(c.sentence - hit.sentence) <= 1:
                evidence.add(c.key, reasons.CHARACTERISTIC.format(label=reasons.LABELS[c.key]), c.text)
    for c, a in pairs:
        evidence.add(c.key, reasons.CHARACTERISTIC.format(label=reasons.LABELS[c.key]), c.text)
        evidence.add(None, None, a.text)
        if a.key == "exclusion":
            evidence.add("exclusion", reasons.EXCLUSION)
    involved = {h.sentence for h in signals.strong} | {h.sentence for pair in pairs for h in pair}
    ai_hits = [m for m in COMPILED.ai_terms.finditer(signals.text)
               if any(abs(index_of(signals.sentences, m.start()) - s) <= 1 for s in involved)]
    if ai_hits:
        evidence.add("ai_bias", reasons.AI_BIAS, ai_hits[0].group())
    return evidence


def find_bias(folded: str) -> BiasEvidence | None:
    """The strict rules alone: a STRONG word, or a characteristic next to unfair treatment."""
    signals = find_signals(folded)
    if not signals.strong and not signals.pairs:
        return None
    return evidence_from(signals, signals.pairs)
