"""A tenant's Zendesk OAuth access token, refreshed before it expires.

Zendesk issues expiring access tokens with refresh tokens (grant_type=refresh_token on /oauth/tokens; a
refresh returns a new access AND refresh token and deletes the previous ones:
https://support.zendesk.com/hc/en-us/articles/9182123625370). Both live in the tenant's secrets (encrypted
at rest by the secret store). `access_token()` refreshes when less than REFRESH_MARGIN seconds are left.
When Zendesk refuses the refresh (revoked, expired refresh token), the admin is alerted once: an audit
record `oauth_refresh_failed` and a status on the tenant (TenantConfig.extra["oauth"]) that the sidebar
and the admin API show, and callers get `ReauthorizationNeeded` (a PermanentError: jobs are dead-lettered
with that reason instead of failing one by one in silence). A new install clears the status.
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, replace
from typing import Any, Protocol

from . import audit
from .errors import PermanentError, TransientError
from .installation import OAUTH_KEY, Grant
from .logs import log_event
from .ports import AuditLog, Clock, IdempotencyStore
from .tenant import SecretStore, TenantConfig, TenantDirectory

log = logging.getLogger("candor.oauth")
REFRESH_MARGIN = 300  # seconds before expiry at which we refresh
REFRESH_CLAIM = 30  # one refresh per tenant at a time: refresh tokens are single-use


class ReauthorizationNeeded(PermanentError):
    """The tenant's token cannot be refreshed any more: an admin has to install again."""


class TokenRefresher(Protocol):
    def refresh(self, subdomain: str, refresh_token: str) -> Grant: ...


@dataclass(frozen=True)
class OAuthStatus:
    status: str  # ok | refresh_failed
    since: str | None = None
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "since": self.since, "reason": self.reason}


def status_of(config: TenantConfig) -> OAuthStatus:
    value = config.extra.get(OAUTH_KEY)
    if isinstance(value, dict) and value.get("status") == "refresh_failed":
        return OAuthStatus("refresh_failed", value.get("since"), value.get("reason"))
    return OAuthStatus("ok")


class TenantTokens:
    def __init__(self, tenants: TenantDirectory, secrets: SecretStore, refresher: TokenRefresher | None,
                 audit_log: AuditLog, clock: Clock, claims: IdempotencyStore | None = None) -> None:
        self._tenants, self._secrets, self._refresher = tenants, secrets, refresher
        self._audit, self._clock, self._claims = audit_log, clock, claims

    def access_token(self, tenant: str) -> str | None:
        """The tenant's OAuth access token, fresh; None when it has none. ReauthorizationNeeded when it can no
        longer be refreshed; TransientError when Zendesk could not be asked and the old token has expired."""
        stored = self._secrets.get(tenant)
        if stored is None or not stored.zendesk_oauth_token:
            return None
        now = self._clock()
        if stored.oauth_expires_at is None or now < stored.oauth_expires_at - REFRESH_MARGIN:
            return stored.zendesk_oauth_token
        config = self._tenants.get(tenant)
        if config is not None and status_of(config).status == "refresh_failed":
            raise ReauthorizationNeeded("the Zendesk token can no longer be refreshed; an admin must re-install")
        if not stored.zendesk_refresh_token or self._refresher is None:
            return self._failed(tenant, stored.zendesk_oauth_token, stored.oauth_expires_at, "no refresh token")
        key = f"oauth-refresh:{tenant}"
        if self._claims is not None and not self._claims.claim(key, REFRESH_CLAIM):
            return self._still_valid(stored.zendesk_oauth_token, stored.oauth_expires_at)  # another worker refreshes
        try:
            # Read again under the claim: another worker may have refreshed since our first read, and the
            # refresh token we read is then single-use and spent (Zendesk deletes it on rotation).
            current = self._secrets.get(tenant) or stored
            if current.zendesk_refresh_token != stored.zendesk_refresh_token or (
                    current.oauth_expires_at is not None and now < current.oauth_expires_at - REFRESH_MARGIN):
                return current.zendesk_oauth_token or stored.zendesk_oauth_token
            try:
                grant = self._refresher.refresh(tenant, stored.zendesk_refresh_token)
            except TransientError:
                return self._still_valid(stored.zendesk_oauth_token, stored.oauth_expires_at)
            except PermanentError as exc:
                latest = self._secrets.get(tenant)
                if latest is not None and latest.zendesk_refresh_token != stored.zendesk_refresh_token:
                    return latest.zendesk_oauth_token or stored.zendesk_oauth_token  # rotated meanwhile, not refused
                return self._failed(tenant, stored.zendesk_oauth_token, stored.oauth_expires_at, str(exc)[:120])
            # stored before the claim is released, so the next worker reads the new refresh token
            self._secrets.put(tenant, replace(current, zendesk_oauth_token=grant.access_token,
                                              zendesk_refresh_token=grant.refresh_token or stored.zendesk_refresh_token,
                                              oauth_expires_at=grant.expires_at))
        finally:
            if self._claims is not None:
                self._claims.release(key)
        log_event(log, "oauth_refreshed", tenant=tenant)
        return grant.access_token

    def _still_valid(self, token: str, expires_at: float) -> str:
        if self._clock() < expires_at:
            return token
        raise TransientError("the Zendesk token expired and could not be refreshed yet")

    def refused(self, tenant: str, reason: str) -> None:
        """Zendesk answered 401 to the tenant's OAuth token before its expiry (revoked by an admin, the app
        removed): alert once, as for a refused refresh; a new install clears it."""
        stored = self._secrets.get(tenant)
        if stored is not None and stored.zendesk_oauth_token:
            self._alert(tenant, reason)

    def _failed(self, tenant: str, token: str, expires_at: float, reason: str) -> str:
        """Alert once (audit + tenant status); the old token serves until it expires."""
        self._alert(tenant, reason)
        if self._clock() < expires_at:
            return token
        raise ReauthorizationNeeded("the Zendesk token can no longer be refreshed; an admin must re-install")

    def _alert(self, tenant: str, reason: str) -> None:
        config = self._tenants.get(tenant)
        if config is not None and status_of(config).status != "refresh_failed":
            since = audit.iso(self._clock())
            self._tenants.put(replace(config, extra={**config.extra, OAUTH_KEY: {
                "status": "refresh_failed", "since": since, "reason": reason}}))
            self._audit.append(audit.record(tenant=tenant, ticket_id=None, event_id=f"oauth-{uuid.uuid4().hex}",
                                            action="oauth_refresh_failed", now=self._clock(),
                                            detail={"reason": reason}))
            log_event(log, "oauth_refresh_failed", logging.ERROR, tenant=tenant)
