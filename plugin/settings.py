"""Process settings: the one place that reads the environment. Per-tenant settings live in the tenant
directory, not here.

`Settings.from_env()` reads every variable the package knows (docs/configuration.md lists them); nothing
else under plugin/ or handlers/ reads os.environ. The composition root (plugin/wiring.py) gets a Settings
and nothing else from the outside.

Embedded default (CANDOR_BACKEND=embedded): one file of state under CANDOR_HOME, one tenant seeded from
CANDOR_TENANT / CANDOR_WEBHOOK_SECRET / ZENDESK_* (dry-run helpdesk when no Zendesk credentials).
Production (CANDOR_BACKEND=aws): `AwsSettings` (resource names follow infra/candor.yaml).
The Zendesk app (sidebar sessions, OAuth install, Marketplace headers): `AppSettings`.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from plugin.core.logs import log_event

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_KB = PACKAGE_DIR / "kb" / "sample"
log = logging.getLogger("candor.settings")

# Zendesk asks Marketplace apps to identify themselves on every API call with these headers
# (https://developer.zendesk.com/documentation/marketplace/building-a-marketplace-app/request-header-requirements-for-marketplace-apps/).
MARKETPLACE_HEADERS = {"ZENDESK_MARKETPLACE_NAME": "X-Zendesk-Marketplace-Name",
                       "ZENDESK_MARKETPLACE_ORG_ID": "X-Zendesk-Marketplace-Organization-Id",
                       "ZENDESK_MARKETPLACE_APP_ID": "X-Zendesk-Marketplace-App-Id"}
# Old names, read by the worker only before the settings were read in one place; still accepted, with a warning.
DEPRECATED_ALIASES = {"CANDOR_MARKETPLACE_NAME": "ZENDESK_MARKETPLACE_NAME",
                      "CANDOR_MARKETPLACE_ORG_ID": "ZENDESK_MARKETPLACE_ORG_ID",
                      "CANDOR_MARKETPLACE_APP_ID": "ZENDESK_MARKETPLACE_APP_ID"}


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names it."""


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        return float(raw)  # type: ignore[arg-type]
    except ValueError as exc:
        raise SettingsError(f"{name} must be a number, got {raw!r}") from exc


def _choice(env: Mapping[str, str], name: str, default: str, allowed: tuple[str, ...]) -> str:
    value = env.get(name, default)
    if value not in allowed:
        raise SettingsError(f"{name} must be {', '.join(allowed[:-1])} or {allowed[-1]}, got {value!r}")
    return value


def _with_aliases(env: Mapping[str, str]) -> dict[str, str]:
    """`env` with each deprecated name copied to its current one (the current one wins when both are set)."""
    merged = dict(env)
    for old, new in DEPRECATED_ALIASES.items():
        if env.get(old):
            log_event(log, "deprecated_setting", logging.WARNING, reason=f"{old} is deprecated, use {new}")
            if not merged.get(new):
                merged[new] = env[old]
    return merged


@dataclass(frozen=True)
class AwsSettings:
    """CANDOR_BACKEND=aws (set in zappa_settings.json).

    resource_prefix  CANDOR_RESOURCE_PREFIX "<project>-<stage>", e.g. candor-prod: tables <prefix>-tenants|
                     idempotency|preferences|audit|suggestions, queues <prefix>-jobs and <prefix>-jobs-dlq,
                     KMS alias alias/<prefix>
    secret_prefix    CANDOR_SECRET_PREFIX "<project>/<stage>": tenant secrets <prefix>/tenants/<tenant>, the
                     LLM provider's key <prefix>/openai
    max_receives     CANDOR_MAX_RECEIVES, the queue's maxReceiveCount: the last try dead-letters with a reason
    jobs_queue_url, dlq_url   CANDOR_JOBS_QUEUE_URL, CANDOR_DLQ_URL: optional, looked up by name otherwise
    audit_retention_days      CANDOR_AUDIT_RETENTION_DAYS, for a tenant without its own `retention_days_audit`
    region           AWS_REGION (set by Lambda), else AWS_DEFAULT_REGION
    endpoint_url     CANDOR_AWS_ENDPOINT_URL points every client at moto in tests
    """

    resource_prefix: str | None = None
    secret_prefix: str | None = None
    max_receives: int = 5
    jobs_queue_url: str | None = None
    dlq_url: str | None = None
    audit_retention_days: float = 365
    region: str = "eu-west-1"
    endpoint_url: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> AwsSettings:
        return cls(resource_prefix=env.get("CANDOR_RESOURCE_PREFIX") or None,
                   secret_prefix=env.get("CANDOR_SECRET_PREFIX") or None,
                   max_receives=int(_float(env, "CANDOR_MAX_RECEIVES", 5)),
                   jobs_queue_url=env.get("CANDOR_JOBS_QUEUE_URL") or None, dlq_url=env.get("CANDOR_DLQ_URL") or None,
                   audit_retention_days=_float(env, "CANDOR_AUDIT_RETENTION_DAYS", 365),
                   region=env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION") or "eu-west-1",
                   endpoint_url=env.get("CANDOR_AWS_ENDPOINT_URL") or None)

    def required(self, name: str) -> str:
        """The value of `name` ("resource_prefix" or "secret_prefix"); SettingsError naming the variable if unset."""
        value = getattr(self, name)
        if not value:
            raise SettingsError(f"CANDOR_{name.upper()} must be set when CANDOR_BACKEND=aws")
        return str(value)


@dataclass(frozen=True)
class AppSettings:
    """The Zendesk app's backend: sidebar sessions, the OAuth install flow, Marketplace headers.

    public_url       CANDOR_PUBLIC_URL, https://candor.example.com; the OAuth redirect URI is <it>/oauth/callback
    session_key      CANDOR_SESSION_KEY, at least 32 characters; signs sidebar sessions and the OAuth state.
                     Required on AWS (all Lambda instances must share it). Embedded default: derived from the
                     local key file (CANDOR_HOME/key), so it survives restarts.
    session_ttl      CANDOR_SESSION_TTL, seconds a sidebar session lives (60..43200, default 3600)
    zaf_app_id       CANDOR_ZAF_APP_ID, the Zendesk app id: its public key is /api/v2/apps/<id>/public_key.pem
    webhook_secret   CANDOR_APP_WEBHOOK_SECRET, the signing secret written into plugin/app/requirements.json
    oauth_*          ZENDESK_OAUTH_CLIENT_ID, ZENDESK_OAUTH_CLIENT_SECRET, ZENDESK_OAUTH_SCOPE ("read write")
    api_headers      ZENDESK_MARKETPLACE_NAME, _ORG_ID, _APP_ID: the X-Zendesk-Marketplace-* headers sent on
                     every Zendesk API call (CANDOR_MARKETPLACE_* are deprecated aliases)
    """

    public_url: str | None = None
    session_key: str | None = field(default=None, repr=False)
    session_ttl: int = 3600
    zaf_app_id: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    oauth_client_id: str | None = None
    oauth_client_secret: str | None = field(default=None, repr=False)
    oauth_scope: str = "read write"
    api_headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> AppSettings:
        ttl = env.get("CANDOR_SESSION_TTL") or "3600"
        if not ttl.isdigit() or not 60 <= int(ttl) <= 12 * 3600:
            raise SettingsError("CANDOR_SESSION_TTL must be a number of seconds between 60 and 43200")
        return cls(public_url=(env.get("CANDOR_PUBLIC_URL") or "").rstrip("/") or None,
                   session_key=env.get("CANDOR_SESSION_KEY") or None, session_ttl=int(ttl),
                   zaf_app_id=env.get("CANDOR_ZAF_APP_ID") or None,
                   webhook_secret=env.get("CANDOR_APP_WEBHOOK_SECRET") or None,
                   oauth_client_id=env.get("ZENDESK_OAUTH_CLIENT_ID") or None,
                   oauth_client_secret=env.get("ZENDESK_OAUTH_CLIENT_SECRET") or None,
                   oauth_scope=env.get("ZENDESK_OAUTH_SCOPE") or "read write",
                   api_headers={header: env[var] for var, header in MARKETPLACE_HEADERS.items() if env.get(var)})


@dataclass(frozen=True)
class Settings:
    backend: str = "embedded"  # embedded | aws
    home: Path = Path(".candor")
    tenant: str = "demo"
    account_id: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    zendesk_subdomain: str | None = None
    zendesk_email: str | None = None
    zendesk_api_token: str | None = field(default=None, repr=False)
    zendesk_base_url: str | None = None  # tests only: every account's URL instead of https://<sub>.zendesk.com
    drafter: str = "auto"  # auto | offline | openai
    openai_api_key_set: bool = False  # the SDK reads OPENAI_API_KEY itself; we only need to know it is there
    openai_base_url: str | None = None  # OPENAI_BASE_URL, also read by the SDK; named in the privacy notice
    openai_model: str = "gpt-4o-mini"
    openai_timeout: float = 20.0
    embedding_model: str = "text-embedding-3-small"  # Help Center article embeddings (plugin/knowledge.py)
    kb_dir: Path = DEFAULT_KB
    redactor: str = "presidio"  # presidio | regex
    dry_run_tickets: Path | None = None
    aws: AwsSettings = field(default_factory=AwsSettings)
    app: AppSettings = field(default_factory=AppSettings)

    @property
    def db_path(self) -> Path:
        return self.home / "candor.db"

    @property
    def key_file(self) -> Path:
        return self.home / "key"

    @property
    def use_openai(self) -> bool:
        if self.drafter == "openai":
            return True
        return self.drafter == "auto" and self.openai_api_key_set

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = _with_aliases(os.environ if env is None else env)
        tickets = env.get("CANDOR_DRY_RUN_TICKETS")
        return cls(
            backend=_choice(env, "CANDOR_BACKEND", "embedded", ("embedded", "aws")),
            home=Path(env.get("CANDOR_HOME", ".candor")),
            tenant=env.get("CANDOR_TENANT") or env.get("ZENDESK_SUBDOMAIN") or "demo",
            account_id=env.get("CANDOR_ACCOUNT_ID") or None,
            webhook_secret=env.get("CANDOR_WEBHOOK_SECRET") or None,
            zendesk_subdomain=env.get("ZENDESK_SUBDOMAIN") or None,
            zendesk_email=env.get("ZENDESK_EMAIL") or None,
            zendesk_api_token=env.get("ZENDESK_API_TOKEN") or None,
            zendesk_base_url=env.get("ZENDESK_BASE_URL") or None,
            drafter=_choice(env, "CANDOR_DRAFTER", "auto", ("auto", "offline", "openai")),
            openai_api_key_set=bool(env.get("OPENAI_API_KEY")),
            openai_base_url=env.get("OPENAI_BASE_URL") or None,
            openai_model=env.get("CANDOR_OPENAI_MODEL", "gpt-4o-mini"),
            openai_timeout=_float(env, "CANDOR_OPENAI_TIMEOUT", 20.0),
            embedding_model=env.get("CANDOR_EMBEDDING_MODEL") or "text-embedding-3-small",
            kb_dir=Path(env.get("CANDOR_KB_DIR") or DEFAULT_KB),
            redactor=_choice(env, "CANDOR_REDACTOR", "presidio", ("presidio", "regex")),
            dry_run_tickets=Path(tickets) if tickets else None,
            aws=AwsSettings.from_env(env),
            app=AppSettings.from_env(env),
        )


def named_secret(variable: str | None, env: Mapping[str, str] | None = None) -> str | None:
    """The value of an environment variable the operator named on the command line (`tenant add
    --oauth-token-env VAR`): secrets never go through argv."""
    if not variable:
        return None
    return (os.environ if env is None else env).get(variable) or None
