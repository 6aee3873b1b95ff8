"""Each tenant's own knowledge (its Zendesk Help Center and shared macros), wired for handlers, worker and CLI.

The root builds one `Knowledge` per Services (`services.knowledge`):
- `kb_for(tenant, language)`: what drafts for that tenant are grounded on. A tenant with a synced Help
  Center gets its own index (in the customer's language, other language versions as fallback). A tenant
  without one gets nothing — never another tenant's articles — except that the embedded single tenant
  (`CANDOR_TENANT` on the embedded default) keeps the Markdown folder `CANDOR_KB_DIR` (the sample shop by
  default), and an explicitly set `CANDOR_KB_DIR` serves every tenant that has not synced.
- `sync(tenant)`, `sync_all()`: full or incremental sync (`core.knowledge.KnowledgeSync`); the scheduled
  event (`handlers.kb_sync.scheduled_sync`, Zappa) and the `serve` timer call `sync_all`.
- `on_job(job)`: worker jobs `kb_sync` (queued at install) and `kb_article` (an article event).
- `status(tenant)`: counts per locale, last sync, last error — for `kb status` and the admin API.
- `keep_terms(tenant, language)`: product words of the tenant's article titles, which redaction keeps
  (core/keep_terms.py).
Storage: SQLite on the embedded default, S3 (`<CANDOR_RESOURCE_PREFIX>-kb`) on AWS. The store, the Help Center
clients and the embedder are built by the root (`Services.kb_store`, `.help_center`, `.embedder`).
"""
from __future__ import annotations

import logging
import threading
import time
import uuid
from functools import cached_property
from typing import TYPE_CHECKING

from plugin.core.errors import PermanentError
from plugin.core.keep_terms import title_terms
from plugin.core.knowledge import Embedder, KbStatus, KnowledgeStore, KnowledgeSync
from plugin.core.logs import log_event
from plugin.core.model import Job
from plugin.core.tenant import TenantConfig, TenantSecrets
from plugin.settings import DEFAULT_KB

if TYPE_CHECKING:
    from plugin.adapters.zendesk_help_center import ZendeskHelpCenter

log = logging.getLogger("candor.knowledge")
INDEX_TTL = 60.0  # seconds a worker keeps a loaded index before checking the store for a newer sync
SYNC_INTERVAL = 15 * 60  # the `serve` timer; on AWS the rate is zappa_settings.json's scheduled event


class Knowledge:
    def __init__(self, services) -> None:
        self.services = services
        self._indexes: dict[str, tuple[float, float, object, bool]] = {}  # tenant -> (loaded at, synced_at, index, allows_provider)
        self._sources: dict[str, tuple[TenantSecrets, ZendeskHelpCenter]] = {}  # tenant -> (secrets, source)
        self._terms: dict[str, tuple[object, frozenset[str]]] = {}  # tenant -> (index it came from, words)
        self._lock = threading.Lock()

    @property
    def store(self) -> KnowledgeStore:
        return self.services.kb_store

    @cached_property
    def syncer(self) -> KnowledgeSync:
        return KnowledgeSync(self.store, self.source_for, self.embedder_for, self.services.clock)

    # -- outside systems -----------------------------------------------------------------------------
    def source_for(self, tenant: str) -> ZendeskHelpCenter:
        secrets = self.services.secrets.get(tenant)
        if secrets is None or not (secrets.zendesk_oauth_token or (secrets.zendesk_email and secrets.zendesk_api_token)):
            raise PermanentError("no Zendesk credentials for this tenant")
        cached = self._sources.get(tenant)
        if cached is not None and cached[0] == secrets:
            return cached[1]  # one HTTP session per tenant between syncs
        if cached is not None:
            cached[1].close()
        source = self.services.help_center(tenant, secrets)
        self._sources[tenant] = (secrets, source)
        return source

    def embedder_for(self, tenant: str) -> Embedder | None:
        """Article embeddings only with an OpenAI-compatible provider and a tenant that allows the LLM."""
        config = self.services.tenants.get(tenant)
        if config is None or not config.allows_provider:
            return None
        return self.services.embedder()

    # -- retrieval -----------------------------------------------------------------------------------
    def kb_for(self, tenant: TenantConfig, language: str):
        index = self._index(tenant.tenant, tenant.allows_provider)
        if index is not None:
            return index.for_locale(language)
        settings = self.services.settings
        own_folder = settings.kb_dir != DEFAULT_KB
        if own_folder or (settings.backend == "embedded" and tenant.tenant == settings.tenant):
            return self.services.kb
        from plugin.adapters.help_center_index import EmptyKnowledgeBase
        return EmptyKnowledgeBase()

    def keep_terms(self, tenant: TenantConfig, language: str) -> frozenset[str]:
        """Product words of the titles of the knowledge this tenant's drafts use (core.keep_terms), every language:
        redaction never takes them for names. Computed once per loaded index."""
        index = self._index(tenant.tenant, tenant.allows_provider)
        if index is not None:
            source, titles = index, lambda: [d.title for d in index.documents]
        else:
            kb = self.kb_for(tenant, language)
            from plugin.adapters.markdown_kb import MarkdownKnowledgeBase
            if not isinstance(kb, MarkdownKnowledgeBase):
                return frozenset()
            source, titles = kb, lambda: [e.article.title for e in kb.entries()]
        with self._lock:
            cached = self._terms.get(tenant.tenant)
        if cached is None or cached[0] is not source:
            cached = (source, title_terms(titles()))
            with self._lock:
                self._terms[tenant.tenant] = cached
        return cached[1]

    def _index(self, tenant: str, allows_provider: bool):
        """`allows_provider`: the tenant's setting as the caller read it for this job. An index loaded while
        the tenant allowed the provider embeds each query there; it is never reused once the admin chose
        drafter=offline (nor the other way round), so the switch takes effect at the next draft, not at the
        next sync."""
        now = time.monotonic()
        with self._lock:
            cached = self._indexes.get(tenant)
        if cached is not None and cached[3] != allows_provider:
            cached = None
        if cached is not None and now - cached[0] < INDEX_TTL:
            return cached[2]
        snapshot = self.store.load(tenant)
        if snapshot is None or not snapshot.documents:
            with self._lock:
                self._indexes[tenant] = (now, 0.0, None, allows_provider)  # not synced: ask again after the TTL
            return None
        if cached is not None and cached[2] is not None and cached[1] == snapshot.synced_at:
            index = cached[2]
        else:
            from plugin.adapters.help_center_index import HelpCenterIndex
            embedder = self.services.embedder() if allows_provider and snapshot.vectors else None
            index = HelpCenterIndex(snapshot, embedder)
        with self._lock:
            self._indexes[tenant] = (now, snapshot.synced_at, index, allows_provider)
        return index

    # -- sync ------------------------------------------------------------------------------------------
    def sync(self, tenant: str, full: bool = False) -> KbStatus:
        status = self.syncer.run(tenant, full=full)
        self.forget(tenant)
        log_event(log, "kb_synced" if status.error is None else "kb_sync_failed", tenant=tenant,
                  articles=sum(status.articles.values()), macros=status.macros, failed=status.error is not None)
        return status

    def sync_all(self, full: bool = False) -> list[KbStatus]:
        tenants = [c.tenant for c in self.services.tenants.list_tenants()]
        return [self.sync(t, full) for t in tenants if self._has_credentials(t)]

    def on_job(self, job: Job) -> None:
        """A failure is not raised: the last good index stays, the status shows the error, and the next
        scheduled sync tries again (a retried queue message would only hit the same rate limit)."""
        if job.kind == "kb_article" and job.article_id is not None:
            self.syncer.apply_article_event(job.tenant, str(job.article_id))
            self.forget(job.tenant)
        else:
            self.sync(job.tenant)

    def after_install(self, tenant: str) -> None:
        """The install flow's post-install step: queue the initial sync (the worker runs it)."""
        self.services.queue.enqueue(Job(tenant, f"kb-sync-{uuid.uuid4().hex}", "kb_sync"))

    def status(self, tenant: str) -> dict:
        status = self.store.status(tenant)
        data = (status or KbStatus(tenant)).to_dict()
        data["synced"] = status is not None and status.last_success > 0
        config = self.services.tenants.get(tenant)
        index = self._index(tenant, config is not None and config.allows_provider)
        data["source"] = "help_center" if index is not None else self._fallback(tenant)
        return data

    def _fallback(self, tenant: str) -> str:
        settings = self.services.settings
        if settings.kb_dir != DEFAULT_KB or (settings.backend == "embedded" and tenant == settings.tenant):
            return "markdown_folder"
        return "none"

    def _has_credentials(self, tenant: str) -> bool:
        secrets = self.services.secrets.get(tenant)
        return bool(secrets and (secrets.zendesk_oauth_token or (secrets.zendesk_email and secrets.zendesk_api_token)))

    def forget(self, tenant: str) -> None:
        """Drop the cached index of `tenant`: the next draft reads the store again (after a sync)."""
        with self._lock:
            self._indexes.pop(tenant, None)


class SyncTimer:
    """`serve`'s scheduled sync: at start, then every `interval` seconds, in a daemon thread (Zappa's event on
    AWS)."""

    def __init__(self, knowledge: Knowledge, interval: float = SYNC_INTERVAL) -> None:
        self.knowledge, self.interval = knowledge, interval
        self._stop = threading.Event()

    def start(self) -> SyncTimer:
        threading.Thread(target=self._loop, name="kb-sync", daemon=True).start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def _loop(self) -> None:
        """A first sync at start (the embedded tenant is seeded from the environment when `serve` starts: that
        is its install), then one every interval."""
        while True:
            try:
                self.knowledge.sync_all()
            except Exception as exc:  # noqa: BLE001 - the timer must survive; each tenant's error is in its status
                log_event(log, "kb_timer_failed", logging.ERROR, error=type(exc).__name__)
            if self._stop.wait(self.interval):
                return
