"""Installing and removing a tenant: the tenant record, its secrets, the Zendesk app key, and every record
Candor keeps for it.

A tenant is one Zendesk account (its subdomain). Install stores the OAuth token through the secret store
(encrypted at rest there) and the webhook signing secret the app's requirements.json gave the webhook.
The app key links the Zendesk app installation to the tenant: Zendesk's proxy adds it to the app's
requests (a secure setting, never visible in the browser) and we keep only its SHA-256.
Removal deletes state first and the tenant record last, so an interrupted removal can simply be re-run.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets as random
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from .tenant import SecretStore, TenantConfig, TenantDirectory, TenantSecrets

SUBDOMAIN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
ZAF_KEY = "zaf"  # TenantConfig.extra["zaf"]: {"app_key_sha256", "installation_id", "app_id"}


def valid_subdomain(value: str | None) -> str | None:
    """The subdomain, lower-cased, if it is a DNS label (it becomes a host we send credentials to)."""
    text = (value or "").strip().lower()
    return text if SUBDOMAIN.match(text) else None


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def zaf_settings(config: TenantConfig) -> dict[str, Any]:
    value = config.extra.get(ZAF_KEY)
    return dict(value) if isinstance(value, dict) else {}


def app_key_matches(config: TenantConfig, presented: str | None) -> bool:
    """True when the tenant has no app key yet, or the presented key is its key (constant time)."""
    wanted = zaf_settings(config).get("app_key_sha256")
    if not wanted:
        return True
    return bool(presented) and hmac.compare_digest(_digest(presented or ""), wanted)


@dataclass(frozen=True)
class Installed:
    config: TenantConfig
    created: bool
    app_key: str  # shown once to the admin, never stored in clear


def install_tenant(tenants: TenantDirectory, secret_store: SecretStore, *, subdomain: str, oauth_token: str,
                   webhook_secret: str, account_id: str | None = None, installation_id: str | None = None,
                   disclosure_field_id: int | None = None) -> Installed:
    """Create or update the tenant record; an existing tenant keeps its settings and webhook secret."""
    current = tenants.get(subdomain)
    config = current or TenantConfig(tenant=subdomain)
    app_key = random.token_urlsafe(32)
    zaf = {**zaf_settings(config), "app_key_sha256": _digest(app_key)}
    if installation_id:
        zaf["installation_id"] = str(installation_id)
    config = replace(config, account_id=account_id or config.account_id,
                     disclosure_field_id=disclosure_field_id or config.disclosure_field_id,
                     extra={**config.extra, ZAF_KEY: zaf})
    old = secret_store.get(subdomain)
    secret_store.put(subdomain, TenantSecrets(
        webhook_secret=old.webhook_secret if old and old.webhook_secret else webhook_secret,
        zendesk_oauth_token=oauth_token))
    tenants.put(config)
    return Installed(config, current is None, app_key)


@dataclass(frozen=True)
class Removal:
    tenant: str
    deleted: dict[str, int]
    not_supported: tuple[str, ...]  # stores without `delete_tenant`: their records stay until their TTL

    def to_dict(self) -> dict[str, Any]:
        return {"tenant": self.tenant, "status": "removed", "deleted": dict(self.deleted),
                "not_supported": list(self.not_supported)}


def remove_tenant(tenant: str, *, tenants: TenantDirectory, secret_store: SecretStore,
                  stores: Mapping[str, object]) -> Removal:
    """Delete the tenant's records from each store in `stores` (name -> store with `delete_tenant`), then its
    secrets, then its record."""
    deleted: dict[str, int] = {}
    missing: list[str] = []
    for name, store in stores.items():
        purge = getattr(store, "delete_tenant", None)
        if purge is None:
            missing.append(name)
            continue
        deleted[name] = int(purge(tenant) or 0)
    secret_store.delete(tenant)
    tenants.remove(tenant)
    return Removal(tenant, deleted, tuple(missing))
