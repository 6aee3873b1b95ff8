"""Installing and removing a tenant: the tenant record, its secrets, the Zendesk app key, its webhooks, and
every record Candor keeps for it.

A tenant is one Zendesk account (its subdomain). `install()` runs the OAuth install with the collaborators it
is given (the admin's Zendesk through `ZendeskAccount`, the stores, the audit log, post-install steps):
  1. the user who granted the token must be an admin of the account (`users/me`), else nothing is kept;
  2. the tenant gets its OWN webhooks (Webhooks API) and stores each one's signing secret, read from Zendesk
     (`GET /api/v2/webhooks/{id}/signing_secret`): a delivery for this tenant must be signed with it, so no
     other account (nor anyone holding the app-wide secret of requirements.json) can sign for it;
  3. the app's triggers call the tenant's webhook; the app-wide webhooks are switched off;
  4. the OAuth token (and refresh token) and the app key's SHA-256 are stored, encrypted at rest;
  5. each post-install step runs (review group; later e.g. a bias-review ticket field, a Help Center sync);
  6. the install, or a re-install and every credential it replaced, is audited.
The app key links the Zendesk app installation to the tenant: Zendesk's proxy adds it to the app's
requests (a secure setting, never visible in the browser) and we keep only its SHA-256.
Removal deletes state first and the tenant record last, so an interrupted removal can simply be re-run.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets as random
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from . import audit
from .errors import CandorError, Forbidden
from .ports import AuditLog, Clock, TenantRecords
from .tenant import SecretStore, TenantConfig, TenantDirectory, TenantSecrets
from .texts import INSTALL_TEXTS

SUBDOMAIN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
ZAF_KEY = "zaf"  # TenantConfig.extra["zaf"]: {"app_key_sha256", "installation_id", "app_id"}
OAUTH_KEY = "oauth"  # TenantConfig.extra["oauth"]: {"status": "refresh_failed", "since", "reason"} (oauth_tokens)
DISCLOSURE_FIELD_TITLE = "AI disclosure (Candor)"  # the title plugin/app/requirements.json gives the field


@dataclass(frozen=True)
class WebhookSpec:
    """A webhook each installation gets for itself (https://developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks/)."""

    key: str
    name: str
    subscriptions: tuple[str, ...]


# The ticket webhook is called by the app's triggers; the user-events one tells us about deleted users (erasure,
# GDPR Art. 17); the article-events one about Help Center changes (the tenant's knowledge index).
WEBHOOKS = (WebhookSpec("tickets", "Candor tickets", ("conditional_ticket_events",)),
            WebhookSpec("user_events", "Candor user deletions", ("zen:event-type:user.deleted",)),
            WebhookSpec("article_events", "Candor article changes",
                        ("zen:event-type:article.published", "zen:event-type:article.unpublished")))


@dataclass(frozen=True)
class Webhook:
    id: str
    secret: str

    def __repr__(self) -> str:
        return f"Webhook(id={self.id!r})"


class AccountAdmin(Protocol):
    """One Zendesk account as an admin's OAuth token reaches it (adapters/zendesk_account.py)."""

    def current_user(self) -> tuple[int, str]: ...  # (id, role) of the token's user

    def user_role(self, user_id: int) -> str: ...

    def ticket_field_id(self, title: str) -> int | None: ...

    def ensure_webhook(self, spec: WebhookSpec, endpoint: str) -> Webhook: ...

    def route_triggers(self, webhook_id: str) -> int: ...  # the app's triggers now call this webhook

    def retire_app_webhooks(self, keep: Sequence[str]) -> int: ...  # switch off requirements.json webhooks

    def delete_webhooks(self, endpoint: str) -> int: ...

    def revoke(self, token: str | None = None) -> None: ...  # default: the token this account was opened with


@dataclass(frozen=True)
class Grant:
    """What the OAuth token exchange gave us."""

    access_token: str
    refresh_token: str | None = None
    expires_at: float | None = None  # epoch seconds; None: the token does not expire

    def __repr__(self) -> str:
        return f"Grant(refresh={self.refresh_token is not None}, expires_at={self.expires_at})"


@dataclass(frozen=True)
class StepResult:
    detail: dict[str, Any] = field(default_factory=dict)
    warning: str | None = None


class InstallStep(Protocol):
    """One more thing an install does once the tenant is stored (review group, a ticket field, a KB sync...).
    A step that fails raises CandorError: the install goes on and shows its warning."""

    name: str

    def run(self, config: TenantConfig, account: AccountAdmin) -> StepResult: ...


@dataclass(frozen=True)
class InstallRequest:
    subdomain: str
    grant: Grant
    webhook_endpoint: str  # <CANDOR_PUBLIC_URL>/webhooks/zendesk/<subdomain>
    installation_id: str | None = None


@dataclass(frozen=True)
class InstallResult:
    config: TenantConfig
    created: bool
    reinstalled: bool
    app_key: str  # shown once to the admin, never stored in clear
    disclosure_field_id: int | None
    webhooks: dict[str, str]  # key -> webhook id
    steps: dict[str, dict[str, Any]]
    warnings: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        group = self.steps.get("review_group", {})
        return {"status": "installed", "tenant": self.config.tenant, "created": self.created,
                "reinstalled": self.reinstalled, "review_group": self.config.review_group,
                "review_group_id": group.get("review_group_id"), "disclosure_field_id": self.disclosure_field_id,
                "webhook_addressed": "tickets" in self.webhooks, "warnings": list(self.warnings),
                "app_key": self.app_key}


def require_admin(account: AccountAdmin, user_id: int) -> None:
    """The one admin check (install, uninstall, admin API): Forbidden unless Zendesk says `admin`."""
    if account.user_role(user_id) != "admin":
        raise Forbidden(INSTALL_TEXTS["admin_only"])


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


def install(request: InstallRequest, *, account: AccountAdmin, tenants: TenantDirectory,
            secret_store: SecretStore, audit_log: AuditLog, clock: Clock,
            steps: Sequence[InstallStep] = ()) -> InstallResult:
    """Install or re-install one tenant (see the module doc). Forbidden (and the token revoked, nothing kept)
    when the granting user is not an admin of the account."""
    user_id, role = account.current_user()
    if role != "admin":
        _quietly(account.revoke)
        raise Forbidden(INSTALL_TEXTS["admin_only"])
    current, old = tenants.get(request.subdomain), secret_store.get(request.subdomain)
    warnings: list[str] = []
    field_id = _quietly(account.ticket_field_id, DISCLOSURE_FIELD_TITLE)
    if field_id is None:
        warnings.append(INSTALL_TEXTS["field_missing"])
    hooks = _own_webhooks(account, request.webhook_endpoint, warnings)
    app_key = random.token_urlsafe(32)
    config = _config(current or TenantConfig(tenant=request.subdomain), app_key, request.installation_id, field_id)
    secret_store.put(request.subdomain, TenantSecrets(
        # without its own webhook nobody can sign for the tenant (a random secret) until a re-install
        webhook_secret=hooks["tickets"].secret if "tickets" in hooks else random.token_urlsafe(32),
        more_webhook_secrets=tuple(h.secret for k, h in hooks.items() if k != "tickets"),
        zendesk_oauth_token=request.grant.access_token, zendesk_refresh_token=request.grant.refresh_token,
        oauth_expires_at=request.grant.expires_at))
    tenants.put(config)
    replaced = _replaced(current, old)
    if replaced:
        warnings.append(INSTALL_TEXTS["reinstalled"].format(what=", ".join(replaced)))
        if old and old.zendesk_oauth_token and old.zendesk_oauth_token != request.grant.access_token:
            _quietly(account.revoke, old.zendesk_oauth_token)
    results = _run_steps(steps, config, account, warnings)
    previous = zaf_settings(current).get("installation_id") if current else None
    audit_log.append(audit.record(
        tenant=request.subdomain, ticket_id=None, event_id=f"install-{uuid.uuid4().hex}",
        action="tenant_reinstalled" if current is not None else "tenant_installed", now=clock(),
        detail={"created": current is None, "by_user": user_id, "replaced": replaced,
                "previous_installation_id": previous, "installation_id": request.installation_id,
                "disclosure_field_id": field_id, "webhooks": {k: h.id for k, h in hooks.items()},
                "steps": results}))
    return InstallResult(config, current is None, current is not None, app_key, field_id,
                         {k: h.id for k, h in hooks.items()}, results, tuple(warnings))


def _quietly[T](fn: Callable[..., T], *args: object) -> T | None:
    """Best effort: a remote step that failed is a warning, not a failed install."""
    try:
        return fn(*args)
    except CandorError:
        return None


def _own_webhooks(account: AccountAdmin, endpoint: str, warnings: list[str]) -> dict[str, Webhook]:
    hooks: dict[str, Webhook] = {}
    for spec in WEBHOOKS:
        hook = _quietly(account.ensure_webhook, spec, endpoint)
        if hook is not None:
            hooks[spec.key] = hook
    routed = "tickets" in hooks and bool(_quietly(account.route_triggers, hooks["tickets"].id))
    if not routed:
        warnings.append(INSTALL_TEXTS["webhook_missing"])
        hooks.pop("tickets", None)  # not called by any trigger: not addressed
    else:  # the installation's own webhooks carry the deliveries now: the shared-secret ones go quiet
        _quietly(account.retire_app_webhooks, [h.id for h in hooks.values()])
    return hooks


def _config(config: TenantConfig, app_key: str, installation_id: str | None, field_id: int | None) -> TenantConfig:
    zaf = {**zaf_settings(config), "app_key_sha256": _digest(app_key)}
    if installation_id:
        zaf["installation_id"] = str(installation_id)
    extra = {k: v for k, v in config.extra.items() if k != OAUTH_KEY}  # a fresh grant clears a refresh alert
    return replace(config, disclosure_field_id=field_id or config.disclosure_field_id, extra={**extra, ZAF_KEY: zaf})


def _replaced(current: TenantConfig | None, old: TenantSecrets | None) -> list[str]:
    """The credentials of the installation before this one that this install replaces."""
    replaced = []
    if old is not None and (old.zendesk_oauth_token or old.zendesk_api_token):
        replaced.append("oauth_token" if old.zendesk_oauth_token else "api_token")
    if current is not None and zaf_settings(current).get("app_key_sha256"):
        replaced.append("app_key")
    return replaced


def _run_steps(steps: Sequence[InstallStep], config: TenantConfig, account: AccountAdmin,
               warnings: list[str]) -> dict[str, dict[str, Any]]:
    results: dict[str, dict[str, Any]] = {}
    for step in steps:
        try:
            result = step.run(config, account)
        except CandorError as exc:
            result = StepResult({"error": type(exc).__name__},
                                INSTALL_TEXTS["step_failed"].format(step=step.name, error=type(exc).__name__))
        results[step.name] = result.detail
        if result.warning:
            warnings.append(result.warning)
    return results


class KnowledgeSyncStep:
    """Post-install: queue the first sync of the tenant's Help Center (the worker runs it)."""

    name = "knowledge_sync"

    def __init__(self, after_install: Callable[[str], None]) -> None:
        self._after_install = after_install

    def run(self, config: TenantConfig, account: AccountAdmin) -> StepResult:
        try:
            self._after_install(config.tenant)
        except CandorError:
            return StepResult({"queued": False}, INSTALL_TEXTS["kb_sync_failed"])
        return StepResult({"queued": True})


class ReviewGroupStep:
    """Post-install: the group bias complaints go to exists (created if missing)."""

    name = "review_group"

    def __init__(self, helpdesk_for: Callable[[TenantConfig], Any]) -> None:
        self._helpdesk_for = helpdesk_for

    def run(self, config: TenantConfig, account: AccountAdmin) -> StepResult:
        try:
            return StepResult({"review_group_id": self._helpdesk_for(config).ensure_group(config.review_group)})
        except CandorError as exc:
            return StepResult({"review_group_id": None}, INSTALL_TEXTS["group_failed"].format(
                error=type(exc).__name__, group=config.review_group))


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
    not_supported: tuple[str, ...] = ()  # always empty now that every store is TenantRecords; kept in the
    # answer of POST /uninstall and `tenant remove` (docs/openapi.yaml), whose shape does not change

    def to_dict(self) -> dict[str, Any]:
        return {"tenant": self.tenant, "status": "removed", "deleted": dict(self.deleted),
                "not_supported": list(self.not_supported)}


def uninstall(tenant: str, user_id: int, *, account: AccountAdmin, tenants: TenantDirectory,
              secret_store: SecretStore, stores: Mapping[str, TenantRecords], webhook_endpoint: str) -> tuple[Removal, bool]:
    """An admin removes Candor: their role is checked, the tenant's webhooks deleted and the token revoked
    (best effort), then every record is deleted. Returns (removal, token revoked)."""
    require_admin(account, user_id)
    _quietly(account.delete_webhooks, webhook_endpoint)
    try:
        account.revoke()
        revoked = True
    except CandorError:
        revoked = False
    return remove_tenant(tenant, tenants=tenants, secret_store=secret_store, stores=stores), revoked


def remove_tenant(tenant: str, *, tenants: TenantDirectory, secret_store: SecretStore,
                  stores: Mapping[str, TenantRecords]) -> Removal:
    """Delete the tenant's records from each store in `stores` (name -> store), then its secrets, then its
    record."""
    deleted = {name: int(store.delete_tenant(tenant) or 0) for name, store in stores.items()}
    secret_store.delete(tenant)
    tenants.remove(tenant)
    return Removal(tenant, deleted)
