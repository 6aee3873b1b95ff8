"""Accountability and privacy as the CLI, the admin API and the worker ask for them: erasure (by Zendesk user
id or e-mail, and on Zendesk's user deletion), an admin's opt-out for a customer, audit export, retention, the
privacy notice. Built once by the
composition root (`services.privacy`, plugin/wiring.py) from the collaborators it names; it builds nothing.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from plugin.core.erasure import Erasure, Receipt
from plugin.core.errors import UnknownTenant
from plugin.core.model import Job
from plugin.core.notice import Deployment
from plugin.core.ports import AuditLog, Clock, PreferenceStore, UserDirectory
from plugin.core.pseudonyms import Pseudonyms
from plugin.core.tenant import TenantConfig, TenantDirectory

ERASED_BY = {"cli": "cli", "admin_api": "admin_api", "user_deleted": "zendesk_user_deleted"}


class Privacy:
    def __init__(self, *, tenants: TenantDirectory, audit: AuditLog, pseudonyms: Pseudonyms, erasure: Erasure,
                 preferences: PreferenceStore, helpdesk_for: Callable[[TenantConfig], UserDirectory],
                 deployment: Callable[[TenantConfig | None], Deployment],
                 clock: Clock, sweep: Callable[[], dict[str, int]] | None) -> None:
        """`sweep` deletes what retention says must go (embedded only; None on AWS, where DynamoDB TTL does it).
        `deployment(tenant)` is the deployment as that tenant's settings use it (None: the deployment's own).
        `preferences` are the opt-outs as the pipeline honours them (with those kept as hashes after an erasure)."""
        self.pseudonyms, self.erasure, self._preferences = pseudonyms, erasure, preferences
        self._tenants, self._audit, self._helpdesk_for = tenants, audit, helpdesk_for
        self._deployment, self._clock, self._sweep = deployment, clock, sweep

    def tenant(self, name: str) -> TenantConfig:
        config = self._tenants.get(name)
        if config is None:
            raise UnknownTenant(f"tenant {name!r} is not installed")
        return config

    # -- erasure ---------------------------------------------------------------------------------------
    def forget(self, tenant: str, requester: str, requested_by: str) -> Receipt:
        """Erase a requester given as a Zendesk user id or an e-mail address; returns the Receipt."""
        from plugin.core.erasure import resolve

        config = self.tenant(tenant)
        subject = resolve(requester, self._helpdesk_for(config))
        return self.erasure.forget(config.tenant, subject, ERASED_BY[requested_by])

    def on_user_deleted(self, job: Job) -> Receipt:
        """The worker's hook for `zen:event-type:user.deleted`: the user is gone from Zendesk, so it is erased
        by id only (no lookup)."""
        from plugin.core.erasure import Subject

        subject = Subject(str(job.user_id), given_as="user_id", lookup="skipped")
        return self.erasure.forget(self.tenant(job.tenant).tenant, subject, ERASED_BY["user_deleted"],
                                   event_id=job.event_id)

    # -- an admin's opt-out for a customer -------------------------------------------------------------
    def set_opt_out(self, tenant: str, requester: str, opted_out: bool, source: str) -> bool:
        """Store and audit an admin's opt-out (or opt-in) of `requester`; whether they now count as opted out."""
        from plugin.core.consent import set_opt_out

        return set_opt_out(self._preferences, self._audit, self._clock, tenant, requester, opted_out, source)

    def opted_out(self, tenant: str, requester: str) -> bool:
        return self._preferences.opted_out(tenant, requester)

    # -- audit export ----------------------------------------------------------------------------------
    def audit_records(self, tenant: str, since: str | None = None, until: str | None = None) -> Iterator[dict]:
        """The tenant's audit records from `since` (inclusive) to `until` (exclusive), oldest first."""
        self.tenant(tenant)
        for record in self._audit.query(tenant, since=since):
            if until is None or record.get("time", "") < until:
                yield record

    # -- retention -------------------------------------------------------------------------------------
    def set_retention(self, tenant: str, drafts_days: int | None, audit_days: int | None) -> TenantConfig:
        from plugin.core.retention import with_retention

        config = with_retention(self.tenant(tenant), drafts_days, audit_days)
        self._tenants.put(config)
        return config

    def sweep(self) -> dict[str, int]:
        """Embedded only: delete what retention says must go (on AWS, DynamoDB TTL does it)."""
        if self._sweep is None:
            raise ValueError("on AWS, DynamoDB TTL enforces retention; there is nothing to sweep")
        return self._sweep()

    # -- transparency ----------------------------------------------------------------------------------
    def deployment(self, config: TenantConfig | None = None) -> Deployment:
        """The deployment, or as `config`'s settings use it (drafter=offline: no provider; its own model)."""
        return self._deployment(config)

    def notice(self, tenant: str) -> dict:
        """The tenant's privacy notice: it follows the tenant's drafter and model settings."""
        from plugin.core.notice import build
        config = self.tenant(tenant)
        return build(config, self._deployment(config), self._clock())
