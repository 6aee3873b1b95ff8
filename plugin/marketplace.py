"""The Zendesk app's backend, composed from Services: session signer, ZAF JWT verifier, OAuth client and the
sidebar's domain services. Built once per Flask app (`marketplace_for(app)`); it extends plugin/wiring.py
without changing it.

Environment (read from Settings.env):
  CANDOR_PUBLIC_URL           https://candor.example.com; the OAuth redirect URI is <it>/oauth/callback and each
                              tenant's webhooks call <it>/webhooks/zendesk/<tenant>. Required by the install
                              routes: they never build an address from a request's Host header
  CANDOR_SESSION_KEY          at least 32 characters; signs sidebar sessions and the OAuth state. Required on
                              AWS (all Lambda instances must share it). Embedded default: derived from the
                              local key file (CANDOR_HOME/key), so it survives restarts.
  CANDOR_SESSION_TTL          seconds a sidebar session lives (default 3600)
  CANDOR_ZAF_APP_ID           the Zendesk app id: its public key is /api/v2/apps/<id>/public_key.pem
  CANDOR_APP_WEBHOOK_SECRET   the signing secret written into plugin/app/requirements.json (its webhooks are
                              switched off at install: each installation gets webhooks with their own secrets)
  ZENDESK_OAUTH_CLIENT_ID, ZENDESK_OAUTH_CLIENT_SECRET, ZENDESK_OAUTH_SCOPE (default "read write")
  ZENDESK_MARKETPLACE_NAME, ZENDESK_MARKETPLACE_ORG_ID, ZENDESK_MARKETPLACE_APP_ID
                              the X-Zendesk-Marketplace-* headers on our API calls (research/zendesk.md §3.8)
  ZENDESK_BASE_URL            tests only: every account's URL instead of https://<subdomain>.zendesk.com
"""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from functools import cached_property

from plugin.core import installation
from plugin.core.errors import CandorError, Unauthorized, UnknownTenant
from plugin.core.feedback import AgentFeedback
from plugin.core.installation import InstallRequest, InstallResult, Removal, zaf_settings
from plugin.core.session import Session, TokenSigner, issue_session, read_session
from plugin.core.tenant import TenantConfig
from plugin.core.texts import INSTALL_TEXTS, SIDEBAR_ERRORS


class NotConfigured(CandorError):
    """A setting the sidebar or the install flow needs is missing; the message names it."""


def _headers(env) -> dict[str, str]:
    names = {"X-Zendesk-Marketplace-Name": "ZENDESK_MARKETPLACE_NAME",
             "X-Zendesk-Marketplace-Organization-Id": "ZENDESK_MARKETPLACE_ORG_ID",
             "X-Zendesk-Marketplace-App-Id": "ZENDESK_MARKETPLACE_APP_ID"}
    return {header: env[var] for header, var in names.items() if env.get(var)}


@dataclass(frozen=True)
class MarketplaceSettings:
    public_url: str | None = None
    session_key: str | None = field(default=None, repr=False)
    session_ttl: int = 3600
    zaf_app_id: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    oauth_client_id: str | None = None
    oauth_client_secret: str | None = field(default=None, repr=False)
    oauth_scope: str = "read write"
    api_headers: dict = field(default_factory=dict)
    zendesk_base_url: str | None = None

    @classmethod
    def from_env(cls, env, zendesk_base_url: str | None = None) -> MarketplaceSettings:
        ttl = env.get("CANDOR_SESSION_TTL") or "3600"
        if not ttl.isdigit() or not 60 <= int(ttl) <= 12 * 3600:
            raise ValueError("CANDOR_SESSION_TTL must be a number of seconds between 60 and 43200")
        return cls(public_url=(env.get("CANDOR_PUBLIC_URL") or "").rstrip("/") or None,
                   session_key=env.get("CANDOR_SESSION_KEY") or None, session_ttl=int(ttl),
                   zaf_app_id=env.get("CANDOR_ZAF_APP_ID") or None,
                   webhook_secret=env.get("CANDOR_APP_WEBHOOK_SECRET") or None,
                   oauth_client_id=env.get("ZENDESK_OAUTH_CLIENT_ID") or None,
                   oauth_client_secret=env.get("ZENDESK_OAUTH_CLIENT_SECRET") or None,
                   oauth_scope=env.get("ZENDESK_OAUTH_SCOPE") or "read write", api_headers=_headers(env),
                   zendesk_base_url=zendesk_base_url)


class Marketplace:
    def __init__(self, services, config: MarketplaceSettings | None = None, *, verifier=None, oauth=None) -> None:
        self.services = services
        self.config = config or MarketplaceSettings.from_env(services.settings.env, services.settings.zendesk_base_url)
        self._verifier, self._oauth = verifier, oauth

    def zendesk_url(self, subdomain: str) -> str:
        return (self.config.zendesk_base_url or f"https://{subdomain}.zendesk.com").rstrip("/")

    @cached_property
    def signer(self) -> TokenSigner:
        key = self.config.session_key.encode("utf-8") if self.config.session_key else self._local_key()
        return TokenSigner(key, self.services.clock)

    def _local_key(self) -> bytes:
        settings = self.services.settings
        if settings.backend != "embedded" or not settings.key_file.exists():
            raise NotConfigured(SIDEBAR_ERRORS["not_configured"].format(what="CANDOR_SESSION_KEY"))
        return hmac.new(settings.key_file.read_bytes(), b"candor-session-key-v1", hashlib.sha256).digest()

    @property
    def verifier(self):
        if self._verifier is None:
            from plugin.adapters.zaf_jwt import ZafJwtVerifier
            self._verifier = ZafJwtVerifier(clock=self.services.clock)
        return self._verifier

    def public_url(self) -> str:
        """CANDOR_PUBLIC_URL, or NotConfigured: addresses are never built from a request's Host header."""
        if not self.config.public_url:
            raise NotConfigured(INSTALL_TEXTS["public_url"])
        return self.config.public_url

    def webhook_endpoint(self, subdomain: str) -> str:
        return f"{self.public_url()}/webhooks/zendesk/{subdomain}"

    def oauth(self):
        if self._oauth is None:
            self._oauth = oauth_client(self.config, self.zendesk_url)
        return self._oauth

    def account(self, subdomain: str, token: str):
        """The tenant's Zendesk as `token` reaches it (core.installation.AccountAdmin)."""
        from plugin.adapters.zendesk_account import ZendeskAccountAdmin
        return ZendeskAccountAdmin(self.oauth(), subdomain, token)

    def tenant_account(self, tenant: TenantConfig):
        """The tenant's Zendesk with its stored (refreshed) token; Unauthorized when it has none."""
        token = self.services.tokens.access_token(tenant.tenant)
        if not token:
            raise Unauthorized("tenant has no OAuth token")
        return self.account(tenant.tenant, token)

    def install_steps(self) -> list:
        """What an install does once the tenant is stored. Add a step here (an object with `name` and
        `run(config, account) -> StepResult`, see core.installation.InstallStep), e.g. a ticket field for
        bias-review outcomes or an initial Help Center sync."""
        return [installation.ReviewGroupStep(self.services.helpdesk_for)]

    def install(self, subdomain: str, grant, installation_id: str | None) -> InstallResult:
        s = self.services
        request = InstallRequest(subdomain, grant, self.webhook_endpoint(subdomain), installation_id)
        return installation.install(request, account=self.account(subdomain, grant.access_token),
                                    tenants=s.tenants, secret_store=s.secrets, audit_log=s.audit, clock=s.clock,
                                    steps=self.install_steps())

    def require_admin(self, tenant: TenantConfig, user_id: int) -> None:
        """The one admin check: Forbidden unless the user is an admin of the tenant's Zendesk."""
        installation.require_admin(self.tenant_account(tenant), user_id)

    def uninstall(self, tenant: TenantConfig, user_id: int) -> tuple[Removal, bool]:
        s = self.services
        return installation.uninstall(tenant.tenant, user_id, account=self.tenant_account(tenant),
                                      tenants=s.tenants, secret_store=s.secrets, stores=self.removal_stores(),
                                      webhook_endpoint=self.webhook_endpoint(tenant.tenant))

    @cached_property
    def feedback(self) -> AgentFeedback:
        return AgentFeedback(self.services.audit, self.services.preferences, self.services.clock)

    def removal_stores(self) -> dict:
        s = self.services
        return {"suggestions": s.suggestions, "audit": s.audit, "preferences": s.preferences,
                "idempotency": s.idempotency}

    # -- sidebar authentication ----------------------------------------------------------------------
    def authenticate(self, zaf_token: str | None) -> tuple[str, Session]:
        """A verified ZAF JWT -> (our session token, the session). Unauthorized for anything else."""
        from plugin.adapters.zaf_jwt import ZafExpectation, peek_subdomain

        subdomain = peek_subdomain(zaf_token or "")
        tenant = self.services.tenants.get(subdomain)
        if tenant is None:
            raise UnknownTenant("account not installed")
        zaf = zaf_settings(tenant)
        app_id = zaf.get("app_id") or self.config.zaf_app_id
        if not app_id:
            raise NotConfigured(SIDEBAR_ERRORS["not_configured"].format(what="CANDOR_ZAF_APP_ID"))
        secrets = self.services.secrets.get(subdomain)
        token = secrets.zendesk_oauth_token if secrets else None
        auth = {"Authorization": f"Bearer {token}"} if token else {}
        expect = ZafExpectation(subdomain, f"{self.zendesk_url(subdomain)}/api/v2/apps/{app_id}/public_key.pem",
                                zaf.get("installation_id"), {**self.config.api_headers, **auth})
        identity = self.verifier.verify(zaf_token, expect)
        token = issue_session(self.signer, identity.subdomain, identity.user_id, self.config.session_ttl)
        return token, read_session(self.signer, token)

    def session(self, token: str | None) -> tuple[Session, TenantConfig]:
        """The caller of a sidebar API request and their (still installed) tenant."""
        session = read_session(self.signer, token)
        tenant = self.services.tenants.get(session.tenant)
        if tenant is None:
            raise Unauthorized("tenant removed")
        return session, tenant


def oauth_client(config: MarketplaceSettings, zendesk_url):
    """Candor's global OAuth client; its redirect URI comes from CANDOR_PUBLIC_URL only."""
    from plugin.adapters.zendesk_oauth import OAuthClient, ZendeskOAuth
    if not (config.oauth_client_id and config.oauth_client_secret):
        raise NotConfigured(INSTALL_TEXTS["not_configured"].format(
            what="ZENDESK_OAUTH_CLIENT_ID and ZENDESK_OAUTH_CLIENT_SECRET"))
    redirect = f"{config.public_url}/oauth/callback" if config.public_url else ""
    client = OAuthClient(config.oauth_client_id, config.oauth_client_secret, redirect, config.oauth_scope)
    return ZendeskOAuth(client, zendesk_url, extra_headers=config.api_headers)


def token_refresher(settings):
    """The refresher of tenants' OAuth tokens (core.oauth_tokens), or None when no OAuth client is configured."""
    config = MarketplaceSettings.from_env(settings.env, settings.zendesk_base_url)
    try:
        return oauth_client(config, lambda sub: (config.zendesk_base_url or f"https://{sub}.zendesk.com").rstrip("/"))
    except NotConfigured:
        return None


def marketplace_for(app) -> Marketplace:
    """One Marketplace per Flask app, next to its Services."""
    market = app.extensions.get("candor_marketplace")
    if market is None:
        market = app.extensions["candor_marketplace"] = Marketplace(app.extensions["candor"])
    return market
