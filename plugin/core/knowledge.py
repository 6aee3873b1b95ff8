"""A tenant's own knowledge: Help Center articles and shared macros synced from its Zendesk, kept fresh.

The sync is sans-I/O: `KnowledgeSync.run(tenant)` asks a `HelpCenterSource` (one per tenant, its Zendesk)
for what changed since the stored cursor, merges it into the last good snapshot and saves it in the
tenant's own `KnowledgeStore`. A sync that fails keeps the last good snapshot and records the error in the
status the admin sees (`python -m plugin kb status`, `GET /admin/api/kb/status`).

Visibility is decided at the edge (the adapter parses Zendesk's `draft` and `user_segment_id`): a
document is `public` (everyone may see it: customer-facing drafts may cite it) or `internal` (restricted
to a user segment: kept for the record and counted, never used for a customer-facing draft). Drafts are
never stored.
"""
from __future__ import annotations

import gzip
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Protocol

from .errors import CandorError

FULL_SYNC_EVERY = 24 * 3600  # a full export also drops articles deleted or archived since (no event for those)
ARTICLE = "article"
MACRO = "macro"


@dataclass(frozen=True)
class KbDocument:
    """One article translation or one macro. `id` is "<article id>@<locale>", "macro:<id>", or
    "macro:<id>@<locale>" for each language version of a macro written with Zendesk dynamic content."""

    id: str
    kind: str  # article | macro
    source_id: str  # the article's id (shared by its translations) or "macro:<id>"
    locale: str  # e.g. "en-us", "pt-br"; macros: "" (Zendesk macros have no locale) unless expanded per locale
    title: str
    body: str  # plain text
    url: str | None = None
    audience: str = "public"  # public | internal (restricted to a user segment)
    updated_at: str = ""

    @property
    def language(self) -> str:
        return self.locale.split("-")[0].lower()


@dataclass(frozen=True)
class KbSnapshot:
    """The last good index of one tenant. `cursor` is the incremental export's end_time (epoch seconds)."""

    documents: tuple[KbDocument, ...] = ()
    cursor: int | None = None
    synced_at: float = 0.0
    full_synced_at: float = 0.0
    vectors: dict[str, list[float]] = field(default_factory=dict, compare=False)  # document id -> embedding
    embedding_model: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"documents": [asdict(d) for d in self.documents], "cursor": self.cursor,
                "synced_at": self.synced_at, "full_synced_at": self.full_synced_at,
                "vectors": self.vectors, "embedding_model": self.embedding_model}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KbSnapshot:
        return cls(documents=tuple(KbDocument(**d) for d in data.get("documents", [])), cursor=data.get("cursor"),
                   synced_at=float(data.get("synced_at") or 0), full_synced_at=float(data.get("full_synced_at") or 0),
                   vectors=dict(data.get("vectors") or {}), embedding_model=data.get("embedding_model"))


@dataclass(frozen=True)
class KbStatus:
    """What the admin sees. `error` is a short class-and-reason line, never article text or credentials."""

    tenant: str
    last_attempt: float = 0.0
    last_success: float = 0.0
    error: str | None = None
    articles: dict[str, int] = field(default_factory=dict)  # locale -> public article translations
    internal: int = 0  # translations restricted to a user segment (not used for customer drafts)
    macros: int = 0
    cursor: int | None = None
    # what a successful sync could not do, for the admin (short fixed lines, e.g. dynamic content not readable)
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KbStatus:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if "warnings" in known:
            known["warnings"] = tuple(str(w) for w in known["warnings"] or ())
        return cls(**known)


@dataclass(frozen=True)
class ArticleChanges:
    """One incremental export: the changed articles' translations (all locales) and the next cursor.

    `removed` names article ids that are gone or no longer published (every translation a draft)."""

    documents: tuple[KbDocument, ...]
    removed: frozenset[str]
    end_time: int


class HelpCenterSource(Protocol):
    def changed_articles(self, start_time: int) -> ArticleChanges: ...

    def article(self, article_id: str) -> tuple[KbDocument, ...]:
        """Every published translation of one article; () when it is gone or unpublished."""
        ...

    def macros(self) -> tuple[KbDocument, ...]: ...

    def notes(self) -> tuple[str, ...]:
        """What the last sync's calls could do only in part, for the admin: short fixed lines, never content."""
        ...


class KnowledgeStore(Protocol):
    """Per-tenant snapshot and status. Never mixes tenants; `delete_tenant` erases both (uninstall) and
    returns how many records it removed."""

    def load(self, tenant: str) -> KbSnapshot | None: ...

    def save(self, tenant: str, snapshot: KbSnapshot, status: KbStatus) -> None: ...

    def status(self, tenant: str) -> KbStatus | None: ...

    def delete_tenant(self, tenant: str) -> int: ...


class Embedder(Protocol):
    model: str

    def embed(self, texts: list[str]) -> list[list[float]]: ...


def encode(snapshot: KbSnapshot) -> bytes:
    """The stored form of a snapshot: gzip-compressed JSON (help centers of thousands of articles fit)."""
    return gzip.compress(json.dumps(snapshot.to_dict(), ensure_ascii=False).encode("utf-8"), mtime=0)


def decode(blob: bytes) -> KbSnapshot:
    return KbSnapshot.from_dict(json.loads(gzip.decompress(blob).decode("utf-8")))


def counts(snapshot: KbSnapshot) -> tuple[dict[str, int], int, int]:
    """(public article translations per locale, internal translations, macros: each once, whatever the
    number of its language versions)."""
    per_locale: dict[str, int] = {}
    internal = 0
    macros: set[str] = set()
    for doc in snapshot.documents:
        if doc.kind == MACRO:
            macros.add(doc.source_id)
        elif doc.audience != "public":
            internal += 1
        else:
            per_locale[doc.locale] = per_locale.get(doc.locale, 0) + 1
    return dict(sorted(per_locale.items())), internal, len(macros)


def merged(snapshot: KbSnapshot, changed: Iterable[KbDocument], removed: Iterable[str],
           macros: tuple[KbDocument, ...] | None) -> tuple[KbDocument, ...]:
    """The snapshot's documents with changed articles replaced (all their translations), removed ones
    dropped, and the macro list replaced when given."""
    changed = tuple(changed)
    replaced = {d.source_id for d in changed} | set(removed)
    kept = [d for d in snapshot.documents if d.source_id not in replaced
            and not (macros is not None and d.kind == MACRO)]
    documents = kept + list(changed) + list(macros or ())
    return tuple(sorted(documents, key=lambda d: (d.kind, d.source_id, d.locale)))


def error_line(exc: BaseException) -> str:
    """A short, safe description of a failure for the admin: the class and our own message."""
    message = str(exc) if isinstance(exc, CandorError) else ""
    return f"{type(exc).__name__}: {message}"[:300].rstrip(": ")


class KnowledgeSync:
    """Sync one tenant's Help Center and macros into its store: full, incremental, or one article."""

    def __init__(self, store: KnowledgeStore, source_for: Callable[[str], HelpCenterSource],
                 embedder_for: Callable[[str], Embedder | None] = lambda tenant: None,
                 clock: Callable[[], float] = time.time) -> None:
        self.store, self.source_for, self.embedder_for, self.clock = store, source_for, embedder_for, clock

    def run(self, tenant: str, full: bool = False) -> KbStatus:
        """Incremental from the stored cursor (full when there is none, when asked, or once a day)."""
        now = self.clock()
        last = self.store.load(tenant) or KbSnapshot()
        full = full or last.cursor is None or now - last.full_synced_at >= FULL_SYNC_EVERY
        try:
            source = self.source_for(tenant)
            changes = source.changed_articles(0 if full else int(last.cursor or 0))
            base = KbSnapshot() if full else last
            documents = merged(base, changes.documents, changes.removed, source.macros())
            snapshot = replace(base, documents=documents, cursor=changes.end_time, synced_at=now,
                               full_synced_at=now if full else last.full_synced_at)
            return self._save(tenant, self._embedded(tenant, snapshot, last), now, source.notes())
        except Exception as exc:  # noqa: BLE001 - any failure keeps the last good index and is reported
            return self._failed(tenant, last, now, exc)

    def apply_article_event(self, tenant: str, article_id: str) -> KbStatus:
        """An article was published or unpublished (zen:event-type:article.*): refresh just that one."""
        now = self.clock()
        last = self.store.load(tenant)
        if last is None:
            return self.run(tenant)
        try:
            documents = self.source_for(tenant).article(article_id)
            snapshot = replace(last, documents=merged(last, documents, {article_id}, None), synced_at=now)
            previous = self.store.status(tenant)  # one article: the last full sync's warnings still hold
            return self._save(tenant, self._embedded(tenant, snapshot, last), now,
                              previous.warnings if previous else ())
        except Exception as exc:  # noqa: BLE001
            return self._failed(tenant, last, now, exc)

    def _embedded(self, tenant: str, snapshot: KbSnapshot, last: KbSnapshot) -> KbSnapshot:
        return with_embeddings(snapshot, last, self.embedder_for(tenant))

    def _save(self, tenant: str, snapshot: KbSnapshot, now: float, warnings: tuple[str, ...] = ()) -> KbStatus:
        per_locale, internal, macros = counts(snapshot)
        status = KbStatus(tenant, last_attempt=now, last_success=now, articles=per_locale, internal=internal,
                          macros=macros, cursor=snapshot.cursor, warnings=tuple(warnings))
        self.store.save(tenant, snapshot, status)
        return status

    def _failed(self, tenant: str, last: KbSnapshot, now: float, exc: BaseException) -> KbStatus:
        previous = self.store.status(tenant) or KbStatus(tenant)
        per_locale, internal, macros = counts(last)
        status = replace(previous, last_attempt=now, error=error_line(exc), articles=per_locale,
                         internal=internal, macros=macros)
        self.store.save(tenant, last, status)
        return status


def with_embeddings(snapshot: KbSnapshot, last: KbSnapshot, embedder: Embedder | None) -> KbSnapshot:
    """Embeddings of public documents (articles, never customer text); unchanged ones are reused from `last`."""
    if embedder is None:
        return replace(snapshot, vectors={}, embedding_model=None)
    previous = {d.id: d for d in last.documents} if last.embedding_model == embedder.model else {}
    vectors = {}
    missing = []
    for doc in snapshot.documents:
        if doc.audience != "public":
            continue
        if previous.get(doc.id) == doc and doc.id in last.vectors:
            vectors[doc.id] = last.vectors[doc.id]
        else:
            missing.append(doc)
    for start in range(0, len(missing), 64):
        batch = missing[start:start + 64]
        for doc, vector in zip(batch, embedder.embed([embedding_text(d) for d in batch]), strict=True):
            vectors[doc.id] = vector
    return replace(snapshot, vectors=vectors, embedding_model=embedder.model)


def embedding_text(doc: KbDocument) -> str:
    return f"{doc.title}\n\n{doc.body}"[:4000]
