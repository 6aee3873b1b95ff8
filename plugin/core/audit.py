"""Audit records: what the AI did and why, without the personal data it saw.

Each record carries ids, the route and its reasons, redaction counts by entity type (never values), the
drafter's model and prompt version, a hash of the redacted draft and the disclosure version.
"""
from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from .errors import BadRequest
from .model import Classification

AUDIT_SCHEMA = 1


def iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def record(*, tenant: str, ticket_id: int | None, event_id: str, action: str, now: float,
           classification: Classification | None = None, requester: str | None = None,
           hidden: dict[str, int] | None = None, model: str | None = None,
           prompt_version: str | None = None, draft_hash: str | None = None,
           disclosure_version: str | None = None, detail: dict[str, Any] | None = None) -> dict[str, Any]:
    """`requester` is the helpdesk's user id (a pseudonymous id, erased or hashed on request)."""
    return {
        "schema": AUDIT_SCHEMA,
        "id": uuid.uuid4().hex,
        "time": iso(now),
        "tenant": tenant,
        "ticket_id": ticket_id,
        "event_id": event_id,
        "requester": requester,
        "action": action,
        "route": classification.route if classification else None,
        "reasons": list(classification.reasons) if classification else [],
        "characteristics": list(classification.characteristics) if classification else [],
        "redactions": dict(hidden or {}),
        "model": model,
        "prompt_version": prompt_version,
        "draft_hash": draft_hash,
        "disclosure_version": disclosure_version,
        "detail": dict(detail or {}),
    }


def parse_time(text: str | None) -> str | None:
    """A date or UTC time given by an admin (2026-01-31, 2026-01-31T08:00, 2026-01-31T08:00:00Z) -> the
    records' own format, so it compares as text with `time`. BadRequest for anything else."""
    if text is None or not text.strip():
        return None
    value = text.strip().removesuffix("Z").removesuffix("+00:00")
    for pattern in ("%Y-%m-%d", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S.%f"):
        try:
            parsed = datetime.strptime(value, pattern).replace(tzinfo=UTC)
        except ValueError:
            continue
        return parsed.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    raise BadRequest(f"not a date or UTC time: {text.strip()[:40]!r} (use 2026-01-31 or 2026-01-31T08:00:00Z)")
