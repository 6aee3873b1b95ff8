"""Okapi BM25 over a small, in-memory corpus. Standard library only.

Scores follow Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond" (2009),
with the non-negative idf variant used by Lucene: idf = ln(1 + (N - n + 0.5) / (n + 0.5)).
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence


class BM25Index:
    """Ranks documents (lists of terms) for a query (list of terms)."""

    def __init__(self, documents: Sequence[Sequence[str]], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.term_counts = [Counter(doc) for doc in documents]
        self.lengths = [len(doc) for doc in documents]
        self.average_length = (sum(self.lengths) / len(self.lengths)) if documents else 0.0
        frequency: Counter[str] = Counter()
        for counts in self.term_counts:
            frequency.update(counts.keys())
        total = len(documents)
        self.idf = {t: math.log(1 + (total - n + 0.5) / (n + 0.5)) for t, n in frequency.items()}
        self.unseen_idf = math.log(1 + (total + 0.5) / 0.5)  # a term no document contains
        self.mean_idf = (sum(self.idf.values()) / len(self.idf)) if self.idf else 1.0

    def query_weight(self, query: Sequence[str]) -> float:
        """Sum of the idf of the query's distinct terms, unseen ones at the highest idf.

        A document matching every query term once, at average length, scores about this much.
        """
        return sum(self.idf.get(term, self.unseen_idf) for term in set(query))

    def score(self, query: Sequence[str], index: int) -> float:
        counts, length = self.term_counts[index], self.lengths[index]
        norm = self.k1 * (1 - self.b + self.b * length / self.average_length) if self.average_length else 0.0
        total = 0.0
        for term in set(query):
            tf = counts.get(term, 0)
            if tf:
                total += self.idf[term] * tf * (self.k1 + 1) / (tf + norm)
        return total

    def scores(self, query: Sequence[str]) -> list[float]:
        return [self.score(query, i) for i in range(len(self.term_counts))]


# Confidence calibration (issue 17). Tuned on a development set only: the sample KB's queries in
# tests/unit/test_kb_offline.py plus the two sample tickets the old score got wrong (101 refund, 106 address
# change); never on benchmarks/kb/questions.jsonl, which scores it.
SATURATION = 0.3  # evidence: 1 - exp(-SATURATION * score / mean idf)
MARGIN_WEIGHT = 0.25  # share of the confidence that depends on beating the next-best article
FULL_MARGIN = 0.3  # a lead of 30 % of the top score over the runner-up counts as unambiguous
SCALE = 1.1  # puts the development set's boundary between right and unrelated answers at 0.5


def confidence(score: float, rival: float, query: Sequence[str], index: BM25Index) -> float:
    """An unbounded BM25 score mapped to [0, 1] from three signals.

    Coverage: the share of the query's idf weight the article matches; a word no article contains counts as
    an average word (mean idf), not as the rarest, so a long e-mail full of names and product words is not
    punished as if each were a missed key term. Evidence: the score saturated in units of the mean idf
    (several distinctive terms matched). Margin: how far the article leads the next-best one; two articles
    that fit about equally (an address change vs. parcel tracking) mean the question is not settled.
    """
    if score <= 0:
        return 0.0
    terms = set(query)
    weight = sum(index.idf.get(term, index.mean_idf) for term in terms)
    coverage = min(1.0, score / weight) if weight else 0.0
    evidence = 1 - math.exp(-SATURATION * score / index.mean_idf)
    margin = min(1.0, max(0.0, (score - rival) / score) / FULL_MARGIN)
    value = (coverage + evidence) / 2 * ((1 - MARGIN_WEIGHT) + MARGIN_WEIGHT * margin)
    return round(min(1.0, SCALE * value), 4)
