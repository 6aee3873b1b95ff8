"""A knowledge base of Markdown files with a small front-matter, searched with BM25.

File format (see plugin/kb/README.md):

    ---
    id: refund-policy
    title: How refunds work
    kind: article            # article | macro (default: article)
    keywords: refund, money back, reembolso
    url: https://help.example.com/hc/en-us/articles/refund-policy
    ---
    Body in Markdown. Macros may use slots such as {{order_number}} and optional parts [[ ... ]].

Every `*.md` file under the folder is loaded (README.md excepted), once per folder and content: a warm
worker reuses the parsed index. A malformed file raises MalformedArticle naming the file.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from plugin.core.errors import PermanentError
from plugin.core.model import Article

from .bm25 import BM25Index, confidence
from .kb_text import tokenize

KINDS = ("article", "macro")
FIELDS = ("id", "title", "kind", "keywords", "url")
TITLE_WEIGHT = 2  # title and keyword terms count as if they appeared this many times
KEYWORD_WEIGHT = 2


class MalformedArticle(PermanentError):
    """A knowledge-base file cannot be parsed. `path` names it; the message says what is wrong."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path


@dataclass(frozen=True)
class Entry:
    article: Article
    kind: str
    path: Path


def _split_front_matter(path: Path, text: str) -> tuple[dict[str, str], str]:
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        raise MalformedArticle(path, "must start with a '---' front-matter line")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise MalformedArticle(path, "front-matter is not closed by a '---' line") from None
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or key not in FIELDS:
            raise MalformedArticle(path, f"line {number}: expected one of {', '.join(FIELDS)} as 'key: value'")
        if key in meta:
            raise MalformedArticle(path, f"line {number}: '{key}' given twice")
        meta[key] = value.strip()
    return meta, "\n".join(lines[end + 1 :]).strip()


def parse_article(path: Path, text: str) -> Entry:
    """One knowledge-base file parsed into an Entry; MalformedArticle if anything is missing or wrong."""
    meta, body = _split_front_matter(path, text)
    for required in ("id", "title"):
        if not meta.get(required):
            raise MalformedArticle(path, f"front-matter needs a non-empty '{required}'")
    kind = meta.get("kind") or "article"
    if kind not in KINDS:
        raise MalformedArticle(path, f"kind must be 'article' or 'macro', not {kind!r}")
    url = meta.get("url") or None
    if url and not url.startswith(("https://", "http://")):
        raise MalformedArticle(path, "url must start with https:// or http://")
    if not body:
        raise MalformedArticle(path, "the body after the front-matter is empty")
    keywords = tuple(k.strip() for k in meta.get("keywords", "").strip("[]").split(",") if k.strip())
    return Entry(Article(meta["id"], meta["title"], body, keywords, url), kind, path)


def load_entries(folder: Path) -> list[Entry]:
    """All entries under `folder`, sorted by path; MalformedArticle on a bad file or a duplicate id."""
    if not folder.is_dir():
        raise PermanentError(f"knowledge-base folder not found: {folder}")
    entries: list[Entry] = []
    seen: dict[str, Path] = {}
    for path in sorted(p for p in folder.rglob("*.md") if p.name.lower() != "readme.md"):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise MalformedArticle(path, f"cannot be read as UTF-8 text ({type(exc).__name__})") from exc
        entry = parse_article(path, text)
        if entry.article.id in seen:
            raise MalformedArticle(path, f"id {entry.article.id!r} is already used by {seen[entry.article.id]}")
        seen[entry.article.id] = path
        entries.append(entry)
    return entries


def _terms(article: Article) -> list[str]:
    title, keywords = tokenize(article.title), tokenize(" ".join(article.keywords))
    return title * TITLE_WEIGHT + keywords * KEYWORD_WEIGHT + tokenize(article.body)


class _Index:
    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.bm25 = BM25Index([_terms(e.article) for e in entries])


_CACHE: dict[tuple, _Index] = {}
_CACHE_LOCK = threading.Lock()


def _fingerprint(folder: Path) -> tuple:
    files = sorted(folder.rglob("*.md")) if folder.is_dir() else []
    return (str(folder.resolve()),) + tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)


class MarkdownKnowledgeBase:
    """KnowledgeBase over a folder of Markdown articles and macros. Nothing is read until first use."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._index: _Index | None = None

    def _loaded(self) -> _Index:
        if self._index is None:
            key = _fingerprint(self.folder)
            with _CACHE_LOCK:
                if key not in _CACHE:
                    _CACHE[key] = _Index(load_entries(self.folder))
                self._index = _CACHE[key]
        return self._index

    def entries(self) -> list[Entry]:
        return list(self._loaded().entries)

    def get(self, article_id: str) -> Article | None:
        return next((e.article for e in self._loaded().entries if e.article.id == article_id), None)

    def search(self, query: str, limit: int = 3) -> list[tuple[Article, float]]:
        """Best matches with a confidence in [0, 1], best first; ties broken by article id."""
        index = self._loaded()
        terms = tokenize(query)
        if not terms or limit <= 0:
            return []
        ranked = sorted(
            ((score, e.article) for e, score in zip(index.entries, index.bm25.scores(terms), strict=True) if score > 0),
            key=lambda pair: (-pair[0], pair[1].id),
        )
        results = []
        for position, (score, article) in enumerate(ranked[:limit]):
            # the rival of the best is the runner-up; every other entry's rival is the best
            rival = ranked[1][0] if position == 0 and len(ranked) > 1 else (ranked[0][0] if position else 0.0)
            results.append((article, confidence(score, rival, terms, index.bm25)))
        return results
