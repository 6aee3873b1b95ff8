"""Retention per tenant: how long drafts with their placeholder vault (default 30 days) and pseudonymous
audit records (default 365 days) are kept.

Every expiring record carries `expires_at` (epoch seconds) computed from its tenant's retention when it is
written: DynamoDB's TTL deletes it on AWS, and the embedded default runs a sweep once an hour
(`python -m plugin sweep` by hand) that also applies a retention shortened since the record was written.
Fixed periods that are not per tenant are listed here too, so the privacy notice states them.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from .audit import iso
from .tenant import TenantConfig, TenantDirectory

DAY = 86400
LIMITS = {"drafts": (1, 365), "audit": (1, 3650)}
SWEEP_INTERVAL_SECONDS = 3600
IDEMPOTENCY_DAYS = 7  # core.intake.DEDUPE_SECONDS and core.worker.DONE_SECONDS
STICKY_ROUTE_DAYS = 180  # adapters.dynamodb_state.STICKY_ROUTE_SECONDS
QUEUE_DAYS, DEAD_LETTER_DAYS = 4, 14  # infra/candor.yaml MessageRetentionPeriod of the jobs queue and DLQ


@dataclass(frozen=True)
class Retention:
    drafts_days: int
    audit_days: int

    @classmethod
    def of(cls, config: TenantConfig) -> Retention:
        return cls(int(config.retention_days_drafts), int(config.retention_days_audit))

    def to_dict(self) -> dict[str, Any]:
        return {"drafts_and_vault_days": self.drafts_days, "audit_days": self.audit_days}

    def cutoffs(self, now: float) -> tuple[float, str]:
        """(epoch before which drafts go, ISO time before which audit records go)."""
        return now - self.drafts_days * DAY, iso(now - self.audit_days * DAY)


def _checked(kind: str, days: int | None) -> int | None:
    if days is None:
        return None
    low, high = LIMITS[kind]
    if not isinstance(days, int) or isinstance(days, bool) or not low <= days <= high:
        raise ValueError(f"{kind} retention must be a whole number of days from {low} to {high}")
    return days


def with_retention(config: TenantConfig, drafts_days: int | None = None,
                   audit_days: int | None = None) -> TenantConfig:
    """The tenant's config with new retention periods (validated). Records already written keep their
    `expires_at`; the embedded sweep also applies a shorter period to them."""
    drafts, audit = _checked("drafts", drafts_days), _checked("audit", audit_days)
    return replace(config, retention_days_drafts=drafts if drafts is not None else config.retention_days_drafts,
                   retention_days_audit=audit if audit is not None else config.retention_days_audit)


class AuditRetention:
    """Seconds an audit record of a tenant is kept, for the audit adapters' `expires_at`. Tenant configs are
    cached briefly: an audit append should not cost a tenant lookup each time."""

    def __init__(self, tenants: TenantDirectory, default_days: float = 365, cache_seconds: float = 300,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._tenants, self._default, self._ttl, self._clock = tenants, default_days, cache_seconds, clock
        self._cache: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def __call__(self, tenant: str) -> float:
        with self._lock:
            hit = self._cache.get(tenant)
        if hit is not None and hit[0] > self._clock():
            return hit[1]
        config = self._tenants.get(tenant)
        seconds = (config.retention_days_audit if config else self._default) * DAY
        with self._lock:
            self._cache[tenant] = (self._clock() + self._ttl, seconds)
        return seconds
