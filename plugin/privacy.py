"""Accountability and privacy, composed from Services: erasure (CLI, admin API, Zendesk user deletion),
audit export, retention, the privacy notice, and the opt-out honouring that survives erasure. Built once per
Services (`privacy_for(services)`); it extends plugin/wiring.py the way plugin/marketplace.py does.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

from plugin.core.errors import UnknownTenant
from plugin.core.model import Job
from plugin.core.tenant import TenantConfig

ERASED_BY = {"cli": "cli", "admin_api": "admin_api", "user_deleted": "zendesk_user_deleted"}


class Privacy:
    def __init__(self, services) -> None:
        self.services = services

    @cached_property
    def pseudonyms(self):
        from plugin.core.pseudonyms import Pseudonyms
        return Pseudonyms(self.services.preferences, self.services.cipher)

    def honoured(self, preferences):
        """`preferences` that also honour opt-outs kept as salted hashes after an erasure (the worker's view)."""
        from plugin.core.pseudonyms import HonouredOptOuts
        return HonouredOptOuts(preferences, self.pseudonyms)

    @cached_property
    def erasure(self):
        from plugin.core.erasure import Erasure
        s = self.services
        return Erasure(suggestions=s.suggestions, audit_log=s.audit, preferences=s.preferences,
                       pseudonyms=self.pseudonyms, cipher=s.cipher, clock=s.clock, queue=s.queue)

    def tenant(self, name: str) -> TenantConfig:
        config = self.services.tenants.get(name)
        if config is None:
            raise UnknownTenant(f"tenant {name!r} is not installed")
        return config

    # -- erasure ---------------------------------------------------------------------------------------
    def forget(self, tenant: str, requester: str, requested_by: str):
        """Erase a requester given as a Zendesk user id or an e-mail address; returns the Receipt."""
        from plugin.core.erasure import resolve

        config = self.tenant(tenant)
        helpdesk = self.services.helpdesk_for(config)
        directory = helpdesk if hasattr(helpdesk, "user_by_email") else None
        subject = resolve(requester, directory)
        return self.erasure.forget(config.tenant, subject, ERASED_BY[requested_by])

    def on_user_deleted(self, job: Job):
        """The worker's hook for `zen:event-type:user.deleted`: the user is gone from Zendesk, so it is erased
        by id only (no lookup)."""
        from plugin.core.erasure import Subject

        subject = Subject(str(job.user_id), given_as="user_id", lookup="skipped")
        return self.erasure.forget(self.tenant(job.tenant).tenant, subject, ERASED_BY["user_deleted"],
                                   event_id=job.event_id)

    # -- audit export ----------------------------------------------------------------------------------
    def audit_records(self, tenant: str, since: str | None = None, until: str | None = None) -> Iterator[dict]:
        """The tenant's audit records from `since` (inclusive) to `until` (exclusive), oldest first."""
        self.tenant(tenant)
        for record in self.services.audit.query(tenant, since=since):
            if until is None or record.get("time", "") < until:
                yield record

    # -- retention -------------------------------------------------------------------------------------
    def set_retention(self, tenant: str, drafts_days: int | None, audit_days: int | None) -> TenantConfig:
        from plugin.core.retention import with_retention

        config = with_retention(self.tenant(tenant), drafts_days, audit_days)
        self.services.tenants.put(config)
        return config

    def sweep(self) -> dict[str, int]:
        """Embedded only: delete what retention says must go (on AWS, DynamoDB TTL does it)."""
        if self.services.db is None:
            raise ValueError("on AWS, DynamoDB TTL enforces retention; there is nothing to sweep")
        from plugin.adapters.sqlite_retention import SQLiteRetention
        return SQLiteRetention(self.services.db, self.services.tenants).sweep()

    # -- transparency ----------------------------------------------------------------------------------
    def deployment(self):
        from plugin.core.notice import Deployment, provider_for

        s = self.services.settings
        uses_llm = s.drafter != "offline" and (s.use_openai or (s.backend == "aws" and bool(self.services.provider_key)))
        llm = provider_for(s.env.get("OPENAI_BASE_URL"), s.openai_model) if uses_llm else None
        region = (s.env.get("AWS_REGION") or s.env.get("AWS_DEFAULT_REGION")) if s.backend == "aws" else None
        return Deployment(s.backend, region, llm)

    def deployment_for(self, config: TenantConfig):
        """The deployment as this tenant uses it: no provider for drafter=offline, its own model if it chose one."""
        from dataclasses import replace

        deployment = self.deployment()
        if deployment.llm is None or not config.allows_provider:
            return replace(deployment, llm=None)
        drafter = self.services.drafter_for(config)
        model = config.chosen_model or getattr(drafter, "model", None) or deployment.llm.model
        return replace(deployment, llm=replace(deployment.llm, model=model))

    def notice(self, tenant: str) -> dict:
        from plugin.core.notice import build
        config = self.tenant(tenant)
        return build(config, self.deployment_for(config), self.services.clock())


def privacy_for(services) -> Privacy:
    """One Privacy per Services."""
    privacy = getattr(services, "_privacy", None)
    if privacy is None:
        privacy = services._privacy = Privacy(services)
    return privacy
