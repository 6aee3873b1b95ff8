"""The Zendesk app's backend: sign-in (a verified ZAF JWT becomes our own short-lived sidebar session, and a
session token names its still installed tenant), the admin check, and install/uninstall with the
collaborators core/installation.py takes. Built once by the composition root (`services.marketplace`,
plugin/wiring.py); its settings are `Settings.app` (plugin/settings.py).

The install routes need `CANDOR_PUBLIC_URL`: the OAuth redirect URI and each tenant's webhook address are
built from it only, never from a request's Host header (`public_url()` says what is missing).
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import TYPE_CHECKING, Any

from plugin.core import installation
from plugin.core.errors import CandorError, Unauthorized, UnknownTenant
from plugin.core.installation import Grant, InstallRequest, InstallResult, Removal, zaf_settings
from plugin.core.session import STATE_PURPOSE, Session, issue_session, read_session
from plugin.core.tenant import TenantConfig
from plugin.core.texts import INSTALL_TEXTS, SIDEBAR_ERRORS

if TYPE_CHECKING:
    from plugin.adapters.zendesk_account import ZendeskAccountAdmin
    from plugin.adapters.zendesk_oauth import ZendeskOAuth
    from plugin.core.feedback import AgentFeedback
    from plugin.core.ports import TenantRecords, TokenSigner
    from plugin.settings import AppSettings
    from plugin.wiring import Services


STATE_SECONDS = 600  # how long an admin has between starting the install and Zendesk's callback


class NotConfigured(CandorError):
    """A setting the sidebar or the install flow needs is missing; the message names it."""


def _sha(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


class Marketplace:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.config: AppSettings = services.settings.app
        self._tenants, self._secrets = services.tenants, services.secrets

    # Kept for the install, admin and sidebar API views (see __init__); the root builds each of these.
    @property
    def signer(self) -> TokenSigner:
        return self.services.signer

    def oauth(self) -> ZendeskOAuth:
        return self.services.oauth()

    @property
    def feedback(self) -> AgentFeedback:
        return self.services.feedback

    def removal_stores(self) -> dict[str, TenantRecords]:
        return self.services.removal_stores()

    def zendesk_url(self, subdomain: str) -> str:
        return self.services.zendesk_url(subdomain)

    # -- install, uninstall and the admin check (core/installation.py) ---------------------------------
    def public_url(self) -> str:
        """CANDOR_PUBLIC_URL, or NotConfigured naming it."""
        if not self.config.public_url:
            raise NotConfigured(INSTALL_TEXTS["public_url"])
        return self.config.public_url

    def webhook_endpoint(self, subdomain: str) -> str:
        return f"{self.public_url()}/webhooks/zendesk/{subdomain}"

    def account(self, subdomain: str, token: str) -> ZendeskAccountAdmin:
        """The tenant's Zendesk as `token` reaches it (core.installation.AccountAdmin), built by the root."""
        return self.services.account_admin(subdomain, token)

    def tenant_account(self, tenant: TenantConfig) -> ZendeskAccountAdmin:
        """The tenant's Zendesk with its stored (refreshed) token; Unauthorized when it has none."""
        token = self.services.tokens.access_token(tenant.tenant)
        if not token:
            raise Unauthorized("tenant has no OAuth token")
        return self.account(tenant.tenant, token)

    def install_steps(self) -> list[installation.InstallStep]:
        """What an install does once the tenant is stored. Add a step here: an object with `name` and
        `run(config, account) -> StepResult` (core.installation.InstallStep), e.g. a ticket field for
        bias-review outcomes or an initial Help Center sync."""
        return [installation.ReviewGroupStep(self.services.helpdesk_for),
                installation.KnowledgeSyncStep(self.services.knowledge.after_install)]

    def install(self, subdomain: str, grant: Grant, installation_id: str | None) -> InstallResult:
        s = self.services
        request = InstallRequest(subdomain, grant, self.webhook_endpoint(subdomain), installation_id)
        return installation.install(request, account=self.account(subdomain, grant.access_token),
                                    tenants=s.tenants, secret_store=s.secrets, audit_log=s.audit, clock=s.clock,
                                    steps=self.install_steps())

    def start_install(self, subdomain: str, installation_id: str) -> tuple[str, str]:
        """(Zendesk's authorisation URL, the nonce for the browser's cookie). The signed `state` carries the
        subdomain, the installation id and the nonce's hash, so only this browser can finish (RFC 6749 §10.12)."""
        self.public_url()
        oauth = self.oauth()
        nonce = secrets.token_urlsafe(24)
        state = self.signer.sign(STATE_PURPOSE, {"s": subdomain, "n": _sha(nonce),
                                                 "i": installation_id if installation_id.isdigit() else None},
                                 STATE_SECONDS)
        return oauth.authorize_url(subdomain, state), nonce

    def checked_state(self, state: str | None, nonce: str | None) -> dict[str, Any]:
        """The claims of a `state` this deployment signed for the browser holding `nonce`; Unauthorized else."""
        self.public_url()
        claims = self.signer.verify(STATE_PURPOSE, state)
        if not nonce or not hmac.compare_digest(_sha(nonce), str(claims.get("n"))):
            raise Unauthorized("state not started in this browser")
        return claims

    def complete_install(self, subdomain: str, code: str, installation_id: str | None) -> InstallResult | None:
        """The OAuth callback's work: trade the authorisation `code` for a token, then install with it (None
        without a code). Forbidden when the token's user is no admin; PermanentError when Zendesk refuses."""
        if not code:
            return None
        token = self.oauth().exchange_code(subdomain, code)
        return self.install(subdomain, token.grant(self.services.clock()), installation_id)

    def require_admin(self, tenant: TenantConfig, user_id: int) -> None:
        """The one admin check: Forbidden unless the user is an admin of the tenant's Zendesk."""
        installation.require_admin(self.tenant_account(tenant), user_id)

    def uninstall(self, tenant: TenantConfig, user_id: int) -> tuple[Removal, bool]:
        s = self.services
        return installation.uninstall(tenant.tenant, user_id, account=self.tenant_account(tenant),
                                      tenants=s.tenants, secret_store=s.secrets, stores=self.removal_stores(),
                                      webhook_endpoint=self.webhook_endpoint(tenant.tenant))

    # -- sidebar authentication ----------------------------------------------------------------------
    def authenticate(self, zaf_token: str | None) -> tuple[str, Session]:
        """A verified ZAF JWT -> (our session token, the session). Unauthorized for anything else."""
        from plugin.adapters.zaf_jwt import ZafExpectation, peek_subdomain

        subdomain = peek_subdomain(zaf_token or "")
        tenant = self._tenants.get(subdomain)
        if tenant is None:
            raise UnknownTenant("account not installed")
        zaf = zaf_settings(tenant)
        app_id = zaf.get("app_id") or self.config.zaf_app_id
        if not app_id:
            raise NotConfigured(SIDEBAR_ERRORS["not_configured"].format(what="CANDOR_ZAF_APP_ID"))
        secrets = self._secrets.get(subdomain)
        token = secrets.zendesk_oauth_token if secrets else None
        auth = {"Authorization": f"Bearer {token}"} if token else {}
        expect = ZafExpectation(subdomain, f"{self.zendesk_url(subdomain)}/api/v2/apps/{app_id}/public_key.pem",
                                zaf.get("installation_id"), {**self.config.api_headers, **auth})
        identity = self.services.zaf_verifier.verify(zaf_token, expect)  # type: ignore[arg-type]
        token = issue_session(self.signer, identity.subdomain, identity.user_id, self.config.session_ttl)
        return token, read_session(self.signer, token)

    def session(self, token: str | None) -> tuple[Session, TenantConfig]:
        """The caller of a sidebar API request and their (still installed) tenant."""
        session = read_session(self.signer, token)
        tenant = self._tenants.get(session.tenant)
        if tenant is None:
            raise Unauthorized("tenant removed")
        return session, tenant
