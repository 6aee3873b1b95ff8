"""An admin's opt-out or opt-in for a customer (CLI, admin API) as an audit record, so the trust report can
count them beside the opt-outs customers make by message (those are audited by the pipeline)."""
from __future__ import annotations

import uuid

from . import audit
from .ports import AuditLog


def record_opt_out(audit_log: AuditLog, now: float, tenant: str, requester: str, opted_out: bool, source: str) -> None:
    audit_log.append(audit.record(tenant=tenant, ticket_id=None, event_id=f"consent-{uuid.uuid4().hex}",
                                  action="opt_out_set", now=now, requester=requester,
                                  detail={"opted_out": opted_out, "source": source}))
