"""Search over one tenant's synced Help Center and macros: lexical BM25, optionally fused with embeddings.

- Every article translation and macro is a BM25 document (title 3x, body 1x; `kb_text` folding, stopwords
  and light stemming for en/es/fr/de/pt). Hits are grouped per article, so five translations of one article
  count once; the answer is the article's translation in the customer's locale, else its language, else
  the source (English) version, else any: a customer is never left without an article only because it
  is not translated.
- Only `public` documents are searched (no drafts, no user-segment-restricted articles: see core.knowledge).
- Confidence in [0, 1] is `bm25.confidence`: coverage of the query by the article, evidence, and the
  margin over the next-best article (two articles that fit equally well mean the question is ambiguous).
- With an `Embedder` (an OpenAI-compatible embeddings endpoint) and article vectors in the snapshot, the
  lexical and the embedding rankings are fused with reciprocal rank fusion (Cormack, Clarke & Büttcher,
  SIGIR 2009, k = 60, top 5 of each). Only the redacted query is embedded; articles were embedded at sync time.
  The confidence stays lexical, but an article clearly first by meaning alone is lifted to the drafter's
  floor (DENSE_CLEAR_Z below).
"""
from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

from plugin.core.drafting import MIN_ARTICLE_CONFIDENCE
from plugin.core.errors import CandorError
from plugin.core.knowledge import Embedder, KbDocument, KbSnapshot
from plugin.core.model import Article

from .bm25 import BM25Index, confidence
from .kb_text import tokenize

TITLE_WEIGHT = 3
RRF_K = 60
# Ranks of each engine that enter the fusion. 5, not 20: on the development questions (benchmarks/kb,
# multilingual-e5-small) recall@3 0.95 against 0.86 with 20 (a long lexical tail of 4-gram matches outvoted
# the embeddings' third choice); k (10, 30, 60) made no difference there.
CANDIDATES = 5
# An article that both the fusion and the embeddings rank first, standing out from the embeddings' top
# DENSE_SPREAD_OF similarities (z-score at least DENSE_CLEAR_Z; over a fixed top so that the size of the help
# center does not move it), is given to the drafter (confidence raised to core.drafting.MIN_ARTICLE_CONFIDENCE,
# so it stays flagged "Low confidence") even when it shares no word with the question: the confidence is
# otherwise lexical, and an article found by meaning alone would ground no draft. Chosen on the 26
# development questions (benchmarks/kb): 4 right answers reach the drafter, and 1 unanswerable question too.
DENSE_CLEAR_Z, DENSE_SPREAD_OF = 1.8, 10
NGRAM, NGRAM_MIN_WORD = 4, 7  # character 4-grams of words of 7+ letters (after stemming)


def ngrams(terms: list[str]) -> list[str]:
    """Character 4-grams of long words, for ranking only: they let "Paketverfolgung" meet "Sendungsverfolgung"
    and "Rückerstattung" meet "Erstattung" (compounds), and inflections the light stemmer misses.
    Character n-grams for retrieval in compounding languages: McNamee & Mayfield, Information Retrieval 7 (2004)."""
    return ["#" + t[i:i + NGRAM] for t in terms if len(t) >= NGRAM_MIN_WORD for i in range(len(t) - NGRAM + 1)]


def article_of(doc: KbDocument) -> Article:
    return Article(id=doc.id, title=doc.title, body=doc.body, url=doc.url)


@dataclass(frozen=True)
class _Hit:
    source_id: str
    score: float


class HelpCenterIndex:
    """KnowledgeBase over a KbSnapshot. `for_locale(locale)` binds the customer's locale for the core."""

    def __init__(self, snapshot: KbSnapshot, embedder=None) -> None:
        self.snapshot = snapshot
        self.documents = [d for d in snapshot.documents if d.audience == "public"]
        words = [tokenize(d.title) * TITLE_WEIGHT + tokenize(d.body) for d in self.documents]
        self.bm25 = BM25Index(words)  # words: the confidence is computed on these
        self.ranking = BM25Index([w + ngrams(w) for w in words])  # words and 4-grams: the ranking
        self.by_source: dict[str, list[KbDocument]] = {}
        for doc in self.documents:
            self.by_source.setdefault(doc.source_id, []).append(doc)
        usable = embedder is not None and snapshot.vectors and snapshot.embedding_model == embedder.model
        self.embedder = embedder if usable else None

    def __len__(self) -> int:
        return len(self.documents)

    def for_locale(self, locale: str | None) -> LocalisedIndex:
        return LocalisedIndex(self, locale)

    def search(self, query: str, limit: int = 3, locale: str | None = None) -> list[tuple[Article, float]]:
        terms = tokenize(query)
        if not terms or limit <= 0 or not self.documents:
            return []
        lexical = self._lexical(terms)
        confidences = self._confidences(terms, [h.source_id for h in lexical[:CANDIDATES]])
        ranked, clear = lexical, None
        if self.embedder is not None:
            try:
                dense = self._dense(self.embedder, query)
            except CandorError:
                dense = []  # the provider is down: the lexical ranking alone still grounds the draft
            ranked, clear = self._fused(lexical, dense), _clear_top(dense)
        results = []
        for rank, hit in enumerate(ranked[:limit]):
            confidence_ = confidences.get(hit.source_id, 0.0)
            if rank == 0 and hit.source_id == clear:
                confidence_ = max(confidence_, MIN_ARTICLE_CONFIDENCE)
            results.append((article_of(self._version(hit.source_id, locale)), confidence_))
        return results

    def _best_per_article(self, scores: list[float]) -> dict[str, float]:
        best: dict[str, float] = {}
        for doc, score in zip(self.documents, scores, strict=True):
            if score > best.get(doc.source_id, 0.0):
                best[doc.source_id] = score
        return best

    def _lexical(self, terms: list[str]) -> list[_Hit]:
        best = self._best_per_article(self.ranking.scores(terms + ngrams(terms)))
        return sorted((_Hit(s, v) for s, v in best.items()), key=lambda h: (-h.score, h.source_id))

    def _confidences(self, terms: list[str], ranked: list[str]) -> dict[str, float]:
        """Word-level evidence for each ranked article against the best other one: an article found through
        4-grams alone is a weaker match and says so."""
        words = self._best_per_article(self.bm25.scores(terms))
        out = {}
        for source_id in ranked:
            score = words.get(source_id, 0.0)
            rival = max((v for s, v in words.items() if s != source_id), default=0.0)
            out[source_id] = confidence(score, rival, terms, self.bm25)
        return out

    def _dense(self, embedder: Embedder, query: str) -> list[_Hit]:
        vector = embedder.embed([query])[0]
        best: dict[str, float] = {}
        for doc in self.documents:
            stored = self.snapshot.vectors.get(doc.id)
            if stored:
                similarity = _cosine(vector, stored)
                if similarity > best.get(doc.source_id, -1.0):
                    best[doc.source_id] = similarity
        return sorted((_Hit(s, v) for s, v in best.items()), key=lambda h: (-h.score, h.source_id))

    @staticmethod
    def _fused(*rankings: list[_Hit]) -> list[_Hit]:
        fused: dict[str, float] = {}
        for ranking in rankings:
            for rank, hit in enumerate(ranking[:CANDIDATES], start=1):
                fused[hit.source_id] = fused.get(hit.source_id, 0.0) + 1.0 / (RRF_K + rank)
        return sorted((_Hit(s, v) for s, v in fused.items()), key=lambda h: (-h.score, h.source_id))

    def _version(self, source_id: str, locale: str | None) -> KbDocument:
        """The translation for `locale`: exact, same language, English, then the first one."""
        versions = self.by_source[source_id]
        if locale:
            wanted = locale.lower()
            language = wanted.split("-")[0]
            for match in (lambda d: d.locale == wanted, lambda d: d.language == language):
                found = next((d for d in versions if match(d)), None)
                if found:
                    return found
        return next((d for d in versions if d.language == "en"), versions[0])


class LocalisedIndex:
    """The KnowledgeBase port (search(query, limit)) for one customer locale."""

    def __init__(self, index: HelpCenterIndex, locale: str | None) -> None:
        self.index, self.locale = index, locale

    def search(self, query: str, limit: int = 3) -> list[tuple[Article, float]]:
        return self.index.search(query, limit, locale=self.locale)


class EmptyKnowledgeBase:
    """A tenant with no synced Help Center yet: no article fits anything (never another tenant's)."""

    def search(self, query: str, limit: int = 3) -> list[tuple[Article, float]]:
        return []


def _clear_top(dense: list[_Hit]) -> str | None:
    """The embeddings' first article when its similarity stands out from the top ones' (DENSE_CLEAR_Z)."""
    similarities = [h.score for h in dense[:DENSE_SPREAD_OF]]
    if len(similarities) < 3:
        return None
    spread = statistics.pstdev(similarities)
    if spread <= 0:
        return None
    z = (similarities[0] - statistics.fmean(similarities)) / spread
    return dense[0].source_id if z >= DENSE_CLEAR_Z else None


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=False))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def index_from_fixture(fixture: dict, embedder=None) -> HelpCenterIndex:
    """An index over a help-center fixture (tests/fixtures/help_center): the same parsing as a sync."""
    from plugin.core.knowledge import with_embeddings

    from .zendesk_help_center import document, macro_document
    documents = []
    for raw in fixture["articles"]:
        article = {"id": raw["id"], "user_segment_id": raw["user_segment_id"], "draft": raw["draft"]}
        for locale, tr in raw["translations"].items():
            found = document(article, {**tr, "locale": locale, "draft": raw["draft"] or tr.get("draft", False),
                                       "html_url": f"https://help.example.com/hc/{locale}/articles/{raw['id']}"})
            if found:
                documents.append(found)
    documents.extend(d for d in (macro_document(m) for m in fixture["macros"]) if d)
    snapshot = with_embeddings(KbSnapshot(documents=tuple(documents)), KbSnapshot(), embedder)
    return HelpCenterIndex(snapshot, embedder)
