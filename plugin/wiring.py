"""The one composition root: settings -> services. Handlers, the Lambda worker and the CLI all use it.

Heavy adapters (Presidio/spaCy, openai, boto3) are imported inside the properties that build them, so the
webhook ack path (`services.intake`) never loads them.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from plugin.core.intake import Intake
from plugin.core.tenant import TenantConfig, TenantSecrets
from plugin.settings import Settings

# Offline drafts from a KB match between this and core.drafting.LOW_CONFIDENCE carry a "low confidence"
# warning in the note; below it the drafter writes an honest holding reply (see plugin/kb/README.md).
OFFLINE_MIN_SCORE = 0.4


class Services:
    def __init__(self, settings: Settings, *, tenants, secrets, idempotency, preferences, audit, suggestions,
                 queue, cipher, clock: Callable[[], float] = time.time, helpdesk=None, db=None) -> None:
        self.settings, self.tenants, self.secrets = settings, tenants, secrets
        self.idempotency, self.preferences, self.audit = idempotency, preferences, audit
        self.suggestions, self.queue, self.cipher, self.clock = suggestions, queue, cipher, clock
        self.db = db
        self._helpdesk = helpdesk  # a fixed helpdesk (dry run, tests); else one per tenant from secrets
        self._helpdesks: dict[str, tuple[TenantSecrets, object]] = {}
        self._by_model: dict[tuple[str, str], object] = {}  # (drafter|judge, model) -> adapter

    @cached_property
    def intake(self) -> Intake:
        default = self.settings.tenant if self.settings.backend == "embedded" else None
        return Intake(self.tenants, self.secrets, self.idempotency, self.queue, self.clock, default)

    @cached_property
    def redactor(self):
        return build_redactor(self.settings)

    @cached_property
    def kb(self):
        from plugin.adapters.markdown_kb import MarkdownKnowledgeBase
        return MarkdownKnowledgeBase(self.settings.kb_dir)

    @cached_property
    def provider_key(self) -> str | None:
        """On AWS the LLM provider's key lives in Secrets Manager (never in the function's environment)."""
        if self.settings.backend != "aws" or self.settings.openai_api_key_set or self.settings.drafter == "offline":
            return None
        from plugin.adapters.aws_wiring import load_openai_key
        return load_openai_key(self.settings.env)

    @cached_property
    def drafter(self):
        if self.settings.use_openai or self.provider_key:
            from plugin.adapters.openai_drafter import OpenAIDrafter
            return OpenAIDrafter(self.settings.openai_model, timeout=self.settings.openai_timeout,
                                 api_key=self.provider_key)
        from plugin.adapters.offline_drafter import OfflineDrafter
        return OfflineDrafter(self.kb, min_score=OFFLINE_MIN_SCORE)

    @cached_property
    def offline_drafter(self):
        from plugin.adapters.offline_drafter import OfflineDrafter
        return OfflineDrafter(self.kb, min_score=OFFLINE_MIN_SCORE)

    def drafter_for(self, tenant: TenantConfig):
        """The drafter a tenant's settings choose: never a provider when it chose drafter=offline (or the
        deployment has none); its own model when it named one."""
        deployment = self.drafter
        if deployment.name != "openai":
            return deployment
        if not tenant.allows_provider:
            return self.offline_drafter
        model = tenant.chosen_model
        if model is None or model == deployment.model:
            return deployment
        key = ("drafter", model)
        if key not in self._by_model:
            self._by_model[key] = deployment.with_model(model)
        return self._by_model[key]

    def judge_for(self, tenant: TenantConfig):
        """The second-opinion judge, only where the tenant's drafter is a provider (same model)."""
        drafter = self.drafter_for(tenant)
        if drafter.name != "openai":
            return None
        if drafter is self.drafter:
            return self.judge
        key = ("judge", drafter.model)
        if key not in self._by_model:
            from plugin.adapters.openai_judge import OpenAIBiasJudge
            self._by_model[key] = OpenAIBiasJudge(drafter, drafter.model)
        return self._by_model[key]

    @cached_property
    def archive(self):
        from plugin.core.vault import SuggestionArchive
        return SuggestionArchive(self.suggestions, self.cipher, self.clock)

    @cached_property
    def drafting(self):
        from plugin.core.drafting import DraftingService
        return DraftingService(self.redactor, self.drafter, self.kb, drafter_for=self.drafter_for)

    def processor(self, *, preferences=None, audit=None, archive: bool = True):
        from plugin.core.pipeline import TicketProcessor
        return TicketProcessor(self.drafting, self.honoured_preferences(preferences),
                               audit or self.audit, self.archive if archive else None, self.clock,
                               judge_for=self.judge_for)

    def honoured_preferences(self, base=None):
        """Opt-outs as the pipeline sees them: the store's, plus those kept as salted hashes after an erasure."""
        from plugin.privacy import privacy_for
        return privacy_for(self).honoured(base or self.preferences)

    @cached_property
    def judge(self):
        """The optional second opinion on bias complaints: only with an LLM drafter, and only for tenants
        that turn it on (TenantConfig.bias_second_opinion)."""
        if self.drafter.name != "openai":
            return None
        from plugin.adapters.openai_judge import OpenAIBiasJudge
        return OpenAIBiasJudge(self.drafter, self.settings.openai_model)

    @cached_property
    def worker(self):
        from plugin.core.worker import Worker
        from plugin.privacy import privacy_for
        return Worker(self.processor(), self.tenants, self.helpdesk_for, self.idempotency,
                      on_user_deleted=privacy_for(self).on_user_deleted)

    @cached_property
    def tokens(self):
        """Tenants' OAuth tokens, refreshed before they expire (core/oauth_tokens.py)."""
        from plugin.core.oauth_tokens import TenantTokens
        from plugin.marketplace import token_refresher
        return TenantTokens(self.tenants, self.secrets, token_refresher(self.settings), self.audit, self.clock,
                            self.idempotency)

    def helpdesk_for(self, tenant: TenantConfig):
        if self._helpdesk is not None:
            return self._helpdesk
        secrets = self.secrets.get(tenant.tenant)
        if secrets is None or not (secrets.zendesk_api_token or secrets.zendesk_oauth_token):
            return self.dry_run  # a tenant without credentials: show what would be posted, post nothing
        if secrets.zendesk_oauth_token and secrets.oauth_expires_at is not None:
            self.tokens.access_token(tenant.tenant)  # refreshes (and stores) an expiring token first
            secrets = self.secrets.get(tenant.tenant) or secrets
        cached = self._helpdesks.get(tenant.tenant)
        if cached is not None and cached[0] == secrets:
            return cached[1]  # keeps the HTTP session and the group-id cache between jobs
        from plugin.adapters.zendesk_helpdesk import ZendeskHelpdesk
        helpdesk = ZendeskHelpdesk(tenant.tenant, email=secrets.zendesk_email, api_token=secrets.zendesk_api_token,
                                   oauth_token=secrets.zendesk_oauth_token, base_url=self.settings.zendesk_base_url,
                                   extra_headers=marketplace_headers(self.settings.env))
        self._helpdesks[tenant.tenant] = (secrets, helpdesk)
        return helpdesk

    @cached_property
    def dry_run(self):
        """One dry-run helpdesk per process, so its recorded actions can be shown (demo, serve)."""
        return dry_run_helpdesk(self.settings.dry_run_tickets)

    def default_tenant(self) -> TenantConfig:
        config = self.tenants.get(self.settings.tenant)
        if config is None:
            raise LookupError(f"tenant {self.settings.tenant!r} is not installed")
        return config


def marketplace_headers(env) -> dict[str, str]:
    """Zendesk asks Marketplace apps to identify themselves on every API call."""
    names = {"CANDOR_MARKETPLACE_NAME": "X-Zendesk-Marketplace-Name",
             "CANDOR_MARKETPLACE_ORG_ID": "X-Zendesk-Marketplace-Organization-Id",
             "CANDOR_MARKETPLACE_APP_ID": "X-Zendesk-Marketplace-App-Id"}
    return {header: env[key] for key, header in names.items() if env.get(key)}


def build_redactor(settings: Settings):
    if settings.redactor == "regex":
        from plugin.adapters.inmemory_redactor import InMemoryRedactor
        return InMemoryRedactor()
    from plugin.adapters.presidio_redactor import PresidioRedactor
    return PresidioRedactor()


def dry_run_helpdesk(folder: Path | None):
    """A dry-run helpdesk serving the ticket bundles in `folder` (the triage bundle format)."""
    from plugin.adapters.dryrun_helpdesk import DryRunHelpdesk
    from plugin.adapters.zendesk_parse import thread_from_bundle
    threads = []
    if folder is not None:
        for path in sorted(Path(folder).glob("*.json")):
            threads.append(thread_from_bundle(json.loads(path.read_text(encoding="utf-8"))))
    return DryRunHelpdesk(threads)


def build_services(settings: Settings | None = None, **overrides) -> Services:
    settings = settings or Settings.from_env()
    if settings.backend == "aws":
        from plugin.adapters.aws_wiring import build_aws_stores
        stores = build_aws_stores(settings)
    else:
        stores = build_embedded_stores(settings)
    stores.update(overrides)
    services = Services(settings, **stores)
    if settings.backend == "embedded":
        seed_default_tenant(services)
    return services


def build_embedded_stores(settings: Settings) -> dict:
    from plugin.adapters.local_crypto import LocalKeyCipher, LocalSecretStore
    from plugin.adapters.local_queue import InProcessQueue
    from plugin.adapters.sqlite_store import (
        SQLiteAuditLog,
        SQLiteDatabase,
        SQLiteIdempotencyStore,
        SQLitePreferenceStore,
        SQLiteSuggestionStore,
        SQLiteTenantDirectory,
    )
    from plugin.core.retention import AuditRetention
    db = SQLiteDatabase(settings.db_path)
    cipher = LocalKeyCipher(settings.key_file)
    tenants = SQLiteTenantDirectory(db)
    return dict(tenants=tenants, secrets=LocalSecretStore(db, cipher),
                idempotency=SQLiteIdempotencyStore(db), preferences=SQLitePreferenceStore(db),
                audit=SQLiteAuditLog(db, retention_for=AuditRetention(tenants)), suggestions=SQLiteSuggestionStore(db),
                queue=InProcessQueue(), cipher=cipher, db=db)


def seed_default_tenant(services: Services) -> None:
    """Single-tenant laptop installs configure their one tenant through the environment."""
    s = services.settings
    if services.tenants.get(s.tenant) is None:
        services.tenants.put(TenantConfig(tenant=s.tenant, account_id=s.account_id))
    if s.webhook_secret:
        current = services.secrets.get(s.tenant)
        wanted = TenantSecrets(s.webhook_secret, s.zendesk_email, s.zendesk_api_token)
        if current != wanted:
            services.secrets.put(s.tenant, wanted)
