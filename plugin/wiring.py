"""The one composition root: Settings -> Services. Handlers, the Lambda worker and the CLI all use it.

`build_services(settings)` builds the stores of the embedded default (SQLite + in-process queue + local key
file) or of AWS (DynamoDB + SQS + KMS + Secrets Manager) from `settings.backend`; `Services` builds
everything else from them on first use. Every attribute is typed by a Protocol of plugin/core/ports.py (or
core/tenant.py), so what an adapter must offer is written down once. Nothing here reads the environment:
plugin/settings.py does, once.

Heavy adapters (Presidio/spaCy, openai, boto3) are imported inside the properties that build them, so the
webhook ack path (`services.intake`) never loads them.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plugin.coldstart import built_without_gc
from plugin.core.intake import Intake
from plugin.core.logs import log_event
from plugin.core.ports import (
    AuditState,
    BiasJudge,
    Cipher,
    Clock,
    Drafter,
    IdempotencyState,
    KnowledgeBase,
    PreferenceState,
    PreferenceStore,
    PublicSuffixes,
    Queue,
    Redactor,
    SuggestionState,
    TenantHelpdesk,
    TenantRecords,
    TokenSigner,
)
from plugin.core.tenant import SecretStore, TenantConfig, TenantDirectory, TenantSecrets
from plugin.settings import AwsSettings, Settings

if TYPE_CHECKING:
    from plugin.adapters.aws_clients import AwsTarget
    from plugin.adapters.dryrun_helpdesk import DryRunHelpdesk
    from plugin.adapters.openai_drafter import OpenAIDrafter
    from plugin.adapters.openai_judge import OpenAIBiasJudge
    from plugin.adapters.sqlite_retention import RetentionSweeper
    from plugin.adapters.sqs_batch import SQSBatchWorker
    from plugin.adapters.zaf_jwt import ZafJwtVerifier
    from plugin.adapters.zendesk_account import ZendeskAccountAdmin
    from plugin.adapters.zendesk_help_center import ZendeskHelpCenter
    from plugin.adapters.zendesk_oauth import ZendeskOAuth
    from plugin.core.bias_outcome import BiasOutcomes
    from plugin.core.drafting import DraftingService
    from plugin.core.feedback import AgentFeedback
    from plugin.core.knowledge import Embedder, KnowledgeStore
    from plugin.core.notice import Deployment
    from plugin.core.oauth_tokens import TenantTokens
    from plugin.core.pipeline import TicketProcessor
    from plugin.core.sidebar import TicketSidebar
    from plugin.core.vault import SuggestionArchive
    from plugin.core.worker import Worker
    from plugin.knowledge import Knowledge
    from plugin.marketplace import Marketplace
    from plugin.privacy import Privacy

# Offline drafts from a KB match between this and core.drafting.LOW_CONFIDENCE carry a "low confidence"
# warning in the note; below it the drafter writes an honest holding reply (see plugin/kb/README.md).
OFFLINE_MIN_SCORE = 0.4


class Services:
    """The stores are given; everything else is built from them and the settings on first use."""

    def __init__(self, settings: Settings, *, tenants: TenantDirectory, secrets: SecretStore,
                 idempotency: IdempotencyState, preferences: PreferenceState, audit: AuditState,
                 suggestions: SuggestionState, queue: Queue, cipher: Cipher, clock: Clock = time.time,
                 helpdesk: TenantHelpdesk | None = None, db: Any = None) -> None:
        self.settings, self.tenants, self.secrets = settings, tenants, secrets
        self.idempotency, self.preferences, self.audit = idempotency, preferences, audit
        self.suggestions, self.queue, self.cipher, self.clock = suggestions, queue, cipher, clock
        self.db = db  # the embedded SQLite database (retention sweeps); None on AWS
        self._helpdesk = helpdesk  # a fixed helpdesk (dry run, tests); else one per tenant from secrets
        self._helpdesks: dict[str, tuple[TenantSecrets, TenantHelpdesk]] = {}
        self._drafters_by_model: dict[str, OpenAIDrafter] = {}  # tenants' own models
        self._judges_by_model: dict[str, OpenAIBiasJudge] = {}

    # -- the ack path ----------------------------------------------------------------------------------
    @cached_property
    def intake(self) -> Intake:
        default = self.settings.tenant if self.settings.backend == "embedded" else None
        return Intake(self.tenants, self.secrets, self.idempotency, self.queue, self.clock, default)

    # -- the worker path -------------------------------------------------------------------------------
    @cached_property
    def redactor(self) -> Redactor:
        return build_redactor(self.settings)

    @cached_property
    def kb(self) -> KnowledgeBase:
        from plugin.adapters.markdown_kb import MarkdownKnowledgeBase
        return MarkdownKnowledgeBase(self.settings.kb_dir)

    @cached_property
    def knowledge(self) -> Knowledge:
        """Each tenant's own Help Center index: sync, status, and the knowledge its drafts are grounded on."""
        from plugin.knowledge import Knowledge
        return Knowledge(self)

    # -- what Knowledge reaches: each tenant's Help Center, its article embeddings, the index store -------
    @cached_property
    def kb_store(self) -> KnowledgeStore:
        """Synced Help Center snapshots: S3 (`<CANDOR_RESOURCE_PREFIX>-kb`, KMS) on AWS, SQLite embedded."""
        if self.settings.backend == "aws":
            from plugin.adapters.aws_clients import client
            from plugin.adapters.s3_kb_store import S3KnowledgeStore
            prefix = self.settings.aws.required("resource_prefix")
            return S3KnowledgeStore(f"{prefix}-kb", client("s3", aws_target(self.settings.aws)), f"alias/{prefix}")
        from plugin.adapters.sqlite_kb_store import SQLiteKnowledgeStore
        return SQLiteKnowledgeStore(self.db)

    def help_center(self, tenant: str, secrets: TenantSecrets) -> ZendeskHelpCenter:
        """A tenant's Help Center API with its OAuth token, else its API token (`secrets` has one of them)."""
        from plugin.adapters.zendesk_help_center import ZendeskHelpCenter
        token = {"oauth_token": secrets.zendesk_oauth_token} if secrets.zendesk_oauth_token else {
            "email": secrets.zendesk_email, "api_token": secrets.zendesk_api_token}
        return ZendeskHelpCenter(tenant, base_url=self.settings.zendesk_base_url,
                                 extra_headers=dict(self.settings.app.api_headers), **token)

    def embedder(self) -> Embedder | None:
        """Article embeddings with the deployment's OpenAI-compatible provider; None without one."""
        if self.provider_drafter() is None:
            return None
        from plugin.adapters.openai_embeddings import OpenAIEmbedder
        return OpenAIEmbedder(self.settings.embedding_model, api_key=self.provider_key,
                              timeout=self.settings.openai_timeout)

    @cached_property
    def provider_key(self) -> str | None:
        """On AWS the LLM provider's key lives in Secrets Manager (never in the function's environment)."""
        if self.settings.backend != "aws" or self.settings.openai_api_key_set or self.settings.drafter == "offline":
            return None
        return load_openai_key(self.settings.aws)

    @cached_property
    def drafter(self) -> Drafter:
        if self.settings.use_openai or self.provider_key:
            from plugin.adapters.openai_drafter import OpenAIDrafter
            return OpenAIDrafter(self.settings.openai_model, timeout=self.settings.openai_timeout,
                                 api_key=self.provider_key)
        from plugin.adapters.offline_drafter import OfflineDrafter
        return OfflineDrafter(self.kb, min_score=OFFLINE_MIN_SCORE)

    def provider_drafter(self) -> OpenAIDrafter | None:
        """The deployment's drafter when it is an LLM provider's: it names its model and makes a twin for a
        tenant's own model. None with the offline drafter."""
        from plugin.adapters.openai_drafter import OpenAIDrafter
        return self.drafter if isinstance(self.drafter, OpenAIDrafter) else None

    @cached_property
    def judge(self) -> BiasJudge | None:
        """The optional second opinion on bias complaints: only with an LLM drafter, and only for tenants
        that turn it on (TenantConfig.bias_second_opinion)."""
        provider = self.provider_drafter()
        if provider is None:
            return None
        from plugin.adapters.openai_judge import OpenAIBiasJudge
        return OpenAIBiasJudge(provider, self.settings.openai_model)

    @cached_property
    def offline_drafter(self) -> Drafter:
        from plugin.adapters.offline_drafter import OfflineDrafter
        return OfflineDrafter(self.kb, min_score=OFFLINE_MIN_SCORE)

    def _tenant_provider(self, tenant: TenantConfig) -> OpenAIDrafter | None:
        """The provider's drafter for a tenant that allows one: the deployment's, or its twin for the model the
        tenant chose (built once per model)."""
        provider = self.provider_drafter()
        if provider is None or not tenant.allows_provider:
            return None
        model = tenant.chosen_model
        if model is None or model == provider.model:
            return provider
        if model not in self._drafters_by_model:
            self._drafters_by_model[model] = provider.with_model(model)
        return self._drafters_by_model[model]

    def drafter_for(self, tenant: TenantConfig) -> Drafter:
        """The drafter a tenant's settings choose: never a provider when it chose drafter=offline (or the
        deployment has none); its own model when it named one."""
        if self.provider_drafter() is None:
            return self.drafter
        return self._tenant_provider(tenant) or self.offline_drafter

    def judge_for(self, tenant: TenantConfig) -> BiasJudge | None:
        """The second-opinion judge, only where the tenant's drafter is a provider (same model)."""
        provider = self._tenant_provider(tenant)
        if provider is None:
            return None
        if provider is self.drafter:
            return self.judge
        if provider.model not in self._judges_by_model:
            from plugin.adapters.openai_judge import OpenAIBiasJudge
            self._judges_by_model[provider.model] = OpenAIBiasJudge(provider, provider.model)
        return self._judges_by_model[provider.model]

    @cached_property
    def archive(self) -> SuggestionArchive:
        from plugin.core.vault import SuggestionArchive
        return SuggestionArchive(self.suggestions, self.cipher, self.clock)

    @cached_property
    def drafting(self) -> DraftingService:
        from plugin.core.drafting import DraftingService
        return DraftingService(self.redactor, self.drafter, self.kb, suffixes=self.public_suffixes,
                               kb_for=self.knowledge.kb_for, drafter_for=self.drafter_for,
                               keep_terms_for=self.knowledge.keep_terms)

    @cached_property
    def public_suffixes(self) -> PublicSuffixes:
        from plugin.adapters.tldextract_suffixes import TldextractSuffixes
        return TldextractSuffixes()

    def processor(self, *, preferences: PreferenceStore | None = None, audit: AuditState | None = None,
                  archive: bool = True) -> TicketProcessor:
        from plugin.core.pipeline import TicketProcessor
        return TicketProcessor(self.drafting, self.honoured_preferences(preferences),
                               audit or self.audit, self.archive if archive else None, self.clock,
                               judge_for=self.judge_for)

    def honoured_preferences(self, base: PreferenceStore | None = None) -> PreferenceStore:
        """Opt-outs as the pipeline sees them: the store's, plus those kept as salted hashes after an erasure."""
        from plugin.core.pseudonyms import HonouredOptOuts
        return HonouredOptOuts(base or self.preferences, self.privacy.pseudonyms)  # type: ignore[arg-type]

    @cached_property
    def worker(self) -> Worker:
        with built_without_gc():  # part of the worker's cold start (plugin/coldstart.py)
            from plugin.core.reply_review import ReplyReview
            from plugin.core.worker import Worker
            replies = ReplyReview(self.archive, self.preferences, self.audit, self.clock)  # agents' public replies
            return Worker(self.processor(), self.tenants, self.helpdesk_for, self.idempotency,
                          on_user_deleted=self.privacy.on_user_deleted, on_staff_reply=replies.handle,
                          on_knowledge=self.knowledge.on_job, on_failure=self._on_job_failure)

    def _on_job_failure(self, tenant: TenantConfig, error: BaseException) -> None:
        """A 401 from Zendesk on a tenant's OAuth token: the admin is alerted (once) instead of every job
        being dead-lettered in silence (issue 13 §7)."""
        if getattr(error, "status", None) == 401:
            self.tokens.refused(tenant.tenant, "zendesk refused the token (401): revoked or the app removed")

    def sqs_batch_worker(self, worker: Worker | None = None) -> SQSBatchWorker:
        """The Lambda SQS entry (`handlers.worker.sqs_handler`): partial batch failures, poison messages to the
        DLQ with their reason. `worker` defaults to `self.worker`."""
        from plugin.adapters.aws_clients import client
        from plugin.adapters.sqs_batch import SQSBatchWorker
        from plugin.adapters.sqs_queue import SQSDeadLetters

        aws = self.settings.aws
        dlq = SQSDeadLetters(client("sqs", aws_target(aws)), name=f"{aws.required('resource_prefix')}-jobs-dlq",
                             url=aws.dlq_url)
        return SQSBatchWorker((worker or self.worker).handle, dlq, aws.max_receives)

    @cached_property
    def tokens(self) -> TenantTokens:
        """Tenants' OAuth tokens, refreshed before they expire (core/oauth_tokens.py)."""
        from plugin.core.oauth_tokens import TenantTokens
        from plugin.marketplace import NotConfigured
        try:
            refresher = self.oauth()
        except NotConfigured:
            refresher = None  # no OAuth client configured: tokens cannot be refreshed (the admin is told)
        return TenantTokens(self.tenants, self.secrets, refresher, self.audit, self.clock, self.idempotency)

    def helpdesk_for(self, tenant: TenantConfig) -> TenantHelpdesk:
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
                                   extra_headers=dict(self.settings.app.api_headers))
        self._helpdesks[tenant.tenant] = (secrets, helpdesk)
        return helpdesk

    @cached_property
    def dry_run(self) -> DryRunHelpdesk:
        """One dry-run helpdesk per process, so its recorded actions can be shown (demo, serve)."""
        return dry_run_helpdesk(self.settings.dry_run_tickets)

    def default_tenant(self) -> TenantConfig:
        return self.installed_tenant(self.settings.tenant)

    def installed_tenant(self, name: str | None = None) -> TenantConfig:
        """The tenant `name` (default: the configured one, CANDOR_TENANT); LookupError when not installed."""
        name = name or self.settings.tenant
        config = self.tenants.get(name)
        if config is None:
            raise LookupError(f"tenant {name!r} is not installed")
        return config

    # -- privacy and accountability (CLI, admin API, the worker's user.deleted hook) -------------------
    @cached_property
    def privacy(self) -> Privacy:
        from plugin.core.erasure import Erasure
        from plugin.core.pseudonyms import HonouredOptOuts, Pseudonyms
        from plugin.privacy import Privacy

        pseudonyms = Pseudonyms(self.preferences, self.cipher)
        erasure = Erasure(suggestions=self.suggestions, audit_log=self.audit, preferences=self.preferences,
                          pseudonyms=pseudonyms, cipher=self.cipher, clock=self.clock, queue=self.queue)
        return Privacy(tenants=self.tenants, audit=self.audit, pseudonyms=pseudonyms, erasure=erasure,
                       preferences=HonouredOptOuts(self.preferences, pseudonyms),
                       helpdesk_for=self.helpdesk_for, deployment=self.deployment, clock=self.clock,
                       sweep=self._sweep if self.db is not None else None)

    def deployment(self, tenant: TenantConfig | None = None) -> Deployment:
        """Where this deployment runs and which LLM provider sees redacted text (for the privacy notice); for
        a tenant, as its settings use it: no provider for drafter=offline, its own model if it chose one."""
        from dataclasses import replace

        from plugin.core.notice import Deployment, provider_for

        s = self.settings
        uses_llm = s.drafter != "offline" and (s.use_openai or (s.backend == "aws" and bool(self.provider_key)))
        llm = provider_for(s.openai_base_url, s.openai_model) if uses_llm else None
        if llm is not None and self.provider_drafter() is not None:  # then `embedder()` embeds KB search
            llm = replace(llm, embedding_model=s.embedding_model)
        deployment = Deployment(s.backend, s.aws.region if s.backend == "aws" else None, llm)
        if tenant is None or llm is None:
            return deployment
        if not tenant.allows_provider:
            return replace(deployment, llm=None)
        provider = self._tenant_provider(tenant)
        model = tenant.chosen_model or (provider.model if provider else None) or llm.model
        return replace(deployment, llm=replace(llm, model=model))

    def _sweep(self) -> dict[str, int]:
        from plugin.adapters.sqlite_retention import SQLiteRetention
        return SQLiteRetention(self.db, self.tenants).sweep()

    def retention_sweeper(self) -> RetentionSweeper:
        """Embedded only: the hourly retention sweep `serve` runs (on AWS, DynamoDB TTL does it)."""
        from plugin.adapters.sqlite_retention import RetentionSweeper, SQLiteRetention
        return RetentionSweeper(SQLiteRetention(self.db, self.tenants))

    def removal_stores(self) -> dict[str, TenantRecords]:
        """The stores that keep records per tenant, emptied when a tenant is removed."""
        return {"suggestions": self.suggestions, "audit": self.audit, "preferences": self.preferences,
                "idempotency": self.idempotency, "knowledge": self.knowledge.store}

    # -- the Zendesk app: sidebar sessions, ZAF JWTs, the OAuth install flow ---------------------------
    @cached_property
    def signer(self) -> TokenSigner:
        """Signs sidebar sessions and the OAuth state."""
        from plugin.adapters.itsdangerous_signer import ItsdangerousTokenSigner
        return ItsdangerousTokenSigner(self._session_key(), self.clock)

    def _session_key(self) -> bytes:
        if self.settings.app.session_key:
            return self.settings.app.session_key.encode("utf-8")
        if self.settings.backend != "embedded" or not self.settings.key_file.exists():
            from plugin.core.texts import SIDEBAR_ERRORS
            from plugin.marketplace import NotConfigured
            raise NotConfigured(SIDEBAR_ERRORS["not_configured"].format(what="CANDOR_SESSION_KEY"))
        return hmac.new(self.settings.key_file.read_bytes(), b"candor-session-key-v1", hashlib.sha256).digest()

    @cached_property
    def zaf_verifier(self) -> ZafJwtVerifier:
        from plugin.adapters.zaf_jwt import ZafJwtVerifier
        return ZafJwtVerifier(clock=self.clock)

    def oauth(self) -> ZendeskOAuth:
        """The OAuth client of the install flow and of token refreshes; NotConfigured without
        ZENDESK_OAUTH_CLIENT_ID and _SECRET. Its redirect URI comes from CANDOR_PUBLIC_URL only (never from a
        request's Host header); without it, it can refresh tokens but not run the authorisation flow."""
        from plugin.adapters.zendesk_oauth import OAuthClient, ZendeskOAuth
        from plugin.core.texts import INSTALL_TEXTS
        from plugin.marketplace import NotConfigured

        app = self.settings.app
        if not (app.oauth_client_id and app.oauth_client_secret):
            raise NotConfigured(INSTALL_TEXTS["not_configured"].format(
                what="ZENDESK_OAUTH_CLIENT_ID and ZENDESK_OAUTH_CLIENT_SECRET"))
        redirect_uri = f"{app.public_url}/oauth/callback" if app.public_url else ""
        client = OAuthClient(app.oauth_client_id, app.oauth_client_secret, redirect_uri, app.oauth_scope)
        return ZendeskOAuth(client, self.zendesk_url, extra_headers=dict(app.api_headers))

    def account_admin(self, subdomain: str, token: str) -> ZendeskAccountAdmin:
        """The tenant's Zendesk as `token` reaches it (core.installation.AccountAdmin: install, uninstall, the
        admin check)."""
        from plugin.adapters.zendesk_account import ZendeskAccountAdmin
        return ZendeskAccountAdmin(self.oauth(), subdomain, token)

    def zendesk_url(self, subdomain: str) -> str:
        return (self.settings.zendesk_base_url or f"https://{subdomain}.zendesk.com").rstrip("/")

    @cached_property
    def feedback(self) -> AgentFeedback:
        from plugin.core.feedback import AgentFeedback
        return AgentFeedback(self.audit, self.preferences, self.clock)

    @cached_property
    def sidebar(self) -> TicketSidebar:
        from plugin.core.sidebar import TicketSidebar
        return TicketSidebar(self.archive, self.audit, self.preferences, self.clock)

    @cached_property
    def bias_outcomes(self) -> BiasOutcomes:
        from plugin.core.bias_outcome import BiasOutcomes
        return BiasOutcomes(self.audit, self.clock)

    @cached_property
    def marketplace(self) -> Marketplace:
        from plugin.marketplace import Marketplace
        return Marketplace(self)


# -- building the redactor and the dry-run helpdesk (also used alone by the CLI) -------------------------

def build_redactor(settings: Settings) -> Redactor:
    if settings.redactor == "regex":
        from plugin.adapters.inmemory_redactor import InMemoryRedactor
        return InMemoryRedactor()
    from plugin.adapters.presidio_redactor import PresidioRedactor
    return PresidioRedactor()


def dry_run_helpdesk(folder: Path | None) -> DryRunHelpdesk:
    """A dry-run helpdesk serving the ticket bundles in `folder` (the triage bundle format)."""
    from plugin.adapters.dryrun_helpdesk import DryRunHelpdesk
    from plugin.adapters.zendesk_parse import thread_from_bundle
    threads = []
    if folder is not None:
        for path in sorted(Path(folder).glob("*.json")):
            threads.append(thread_from_bundle(json.loads(path.read_text(encoding="utf-8"))))
    return DryRunHelpdesk(threads)


# -- the stores ------------------------------------------------------------------------------------------

def build_services(settings: Settings | None = None, **overrides: Any) -> Services:
    settings = settings or Settings.from_env()
    stores = build_aws_stores(settings) if settings.backend == "aws" else build_embedded_stores(settings)
    stores.update(overrides)
    services = Services(settings, **stores)
    if settings.backend == "embedded":
        seed_default_tenant(services)
    return services


def build_embedded_stores(settings: Settings) -> dict[str, Any]:
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


def aws_target(aws: AwsSettings) -> AwsTarget:
    from plugin.adapters.aws_clients import AwsTarget
    return AwsTarget(region=aws.region, endpoint_url=aws.endpoint_url)


def build_aws_stores(settings: Settings) -> dict[str, Any]:
    """The same store names as `build_embedded_stores`, on DynamoDB, SQS, KMS and Secrets Manager (resource
    names follow infra/candor.yaml; the settings are described in plugin/settings.py, AwsSettings)."""
    from plugin.adapters.aws_clients import client
    from plugin.adapters.dynamodb_idempotency import DynamoDBIdempotencyStore
    from plugin.adapters.dynamodb_state import (
        DynamoDBAuditLog,
        DynamoDBPreferenceStore,
        DynamoDBSuggestionStore,
        DynamoDBTenantDirectory,
    )
    from plugin.adapters.kms_cipher import KmsCipher
    from plugin.adapters.secretsmanager_secrets import SecretsManagerSecretStore
    from plugin.adapters.sqs_queue import SQSQueue
    from plugin.core.retention import AuditRetention

    aws = settings.aws
    prefix, target = aws.required("resource_prefix"), aws_target(aws)
    ddb, key_id = client("dynamodb", target), f"alias/{prefix}"
    tenants = DynamoDBTenantDirectory(f"{prefix}-tenants", ddb)
    retention = AuditRetention(tenants, default_days=aws.audit_retention_days)
    return dict(
        tenants=tenants,
        secrets=SecretsManagerSecretStore(aws.required("secret_prefix"), client("secretsmanager", target),
                                          kms_key_id=key_id),
        idempotency=DynamoDBIdempotencyStore(f"{prefix}-idempotency", ddb),
        preferences=DynamoDBPreferenceStore(f"{prefix}-preferences", ddb),
        audit=DynamoDBAuditLog(f"{prefix}-audit", ddb, retention_for=retention),
        suggestions=DynamoDBSuggestionStore(f"{prefix}-suggestions", ddb),
        queue=SQSQueue(client("sqs", target), name=f"{prefix}-jobs", url=aws.jobs_queue_url),
        cipher=KmsCipher(key_id, client("kms", target)),
    )


def load_openai_key(aws: AwsSettings) -> str | None:
    """The deployment's LLM provider key from the secret `<CANDOR_SECRET_PREFIX>/openai` (infra/candor.yaml),
    read once per container; None when the secret has no value yet (the offline drafter is used then)."""
    from plugin.adapters.aws_clients import client

    name = f"{aws.required('secret_prefix')}/openai"
    secrets = client("secretsmanager", aws_target(aws))
    try:
        value = secrets.get_secret_value(SecretId=name).get("SecretString") or ""
    except secrets.exceptions.ResourceNotFoundException:
        return None
    value = value.strip()
    if value.startswith("{"):
        fields = json.loads(value)
        value = str(fields.get("OPENAI_API_KEY") or fields.get("api_key") or "")
    return value or None


def seed_default_tenant(services: Services) -> None:
    """Single-tenant laptop installs configure their one tenant through the environment."""
    s = services.settings
    if services.tenants.get(s.tenant) is None:
        services.tenants.put(TenantConfig(tenant=s.tenant, account_id=s.account_id))
    if s.webhook_secret:
        current = services.secrets.get(s.tenant)
        if current is not None and current.zendesk_oauth_token:
            # installed by an admin through OAuth: its own webhook secrets and token are the installation's;
            # the environment's shared secret must not replace them at every start (issue 13 review)
            log_event(logging.getLogger("candor.wiring"), "env_secrets_ignored", logging.WARNING, tenant=s.tenant,
                      reason="installed_by_oauth")
            return
        wanted = TenantSecrets(s.webhook_secret, s.zendesk_email, s.zendesk_api_token)
        if current != wanted:
            services.secrets.put(s.tenant, wanted)

