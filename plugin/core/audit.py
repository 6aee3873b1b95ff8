"""Audit records: what the AI did and why, without the personal data it saw.

Each record carries ids, the route and its reasons, redaction counts by entity type (never values), the
drafter's model and prompt version, a hash of the redacted draft and the disclosure version.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timezone

from .model import Classification

AUDIT_SCHEMA = 1


def iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def record(*, tenant: str, ticket_id: int | None, event_id: str, action: str, now: float,
           classification: Classification | None = None, requester: str | None = None,
           hidden: dict[str, int] | None = None, model: str | None = None,
           prompt_version: str | None = None, draft_hash: str | None = None,
           disclosure_version: str | None = None, detail: dict | None = None) -> dict:
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
