"""Where the trust report's records come from: the tenant's audit trail, read through the AuditLog port
(SQLite embedded, DynamoDB on AWS), with the tenant's own small-number threshold. Shared by the CLI and the
admin API so both give the same report."""
from __future__ import annotations

from typing import TYPE_CHECKING

from plugin.core.audit import parse_time
from plugin.core.errors import BadRequest

from . import trust

if TYPE_CHECKING:
    from plugin.privacy import Privacy


def trust_report(privacy: Privacy, tenant: str, since: str | None = None, until: str | None = None) -> dict:
    """`since`/`until` as an admin types them (2026-01-31 or a UTC time); BadRequest for anything else.
    `privacy` is the composition root's (services.privacy): the tenant and its audit records come from it."""
    config = privacy.tenant(tenant)
    start, end = parse_time(since), parse_time(until)
    if start and end and start >= end:  # else an empty report that looks like a quiet month
        raise BadRequest(f"since ({since}) must be before until ({until}); until is exclusive")
    records = privacy.audit_records(config.tenant, start, end)
    return trust.build(records, tenant=config.tenant, since=start, until=end, min_count=config.report_min_count)
