"""An admin's opt-out or opt-in for a customer (CLI, admin API): stored, and written as an audit record so the
trust report can count them beside the opt-outs customers make by message (those are audited by the pipeline)."""
from __future__ import annotations

import uuid

from . import audit
from .ports import AuditLog, Clock, PreferenceStore


def record_opt_out(audit_log: AuditLog, now: float, tenant: str, requester: str, opted_out: bool, source: str) -> None:
    audit_log.append(audit.record(tenant=tenant, ticket_id=None, event_id=f"consent-{uuid.uuid4().hex}",
                                  action="opt_out_set", now=now, requester=requester,
                                  detail={"opted_out": opted_out, "source": source}))


def set_opt_out(preferences: PreferenceStore, audit_log: AuditLog, clock: Clock, tenant: str, requester: str,
                opted_out: bool, source: str) -> bool:
    """Store an admin's choice for `requester` and audit it. Returns whether the requester now counts as opted
    out as the pipeline sees it (`preferences` should be the honoured view: an opt-out kept as a hash after an
    erasure still counts, so an opt-in here may not lift it)."""
    preferences.set_opt_out(tenant, requester, opted_out, source)
    record_opt_out(audit_log, clock(), tenant, requester, opted_out, source)
    return preferences.opted_out(tenant, requester)
