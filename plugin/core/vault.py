"""The suggestion archive: what the sidebar shows, with the placeholder map encrypted at rest.

The stored draft is the redacted one; the values to restore it sit in `vault`, encrypted with the tenant's
key (KMS in production, a local key file embedded) and bound to tenant and ticket as encryption context.
Both expire with the tenant's draft retention.
"""
from __future__ import annotations

import base64
import json
import uuid
from typing import TYPE_CHECKING, Any

from .audit import iso
from .model import Classification, Thread
from .ports import Cipher, Clock, SuggestionStore
from .prompting import PROMPT_VERSION
from .redaction import PlaceholderMap
from .tenant import TenantConfig

if TYPE_CHECKING:
    from .drafting import DraftOutcome


def _context(tenant: str, ticket_id: int) -> dict[str, str]:
    return {"tenant": tenant, "ticket": str(ticket_id), "purpose": "placeholder-vault"}


def vault_values(cipher: Cipher, tenant: str, record: dict[str, Any]) -> list[str]:
    """The original values held in a stored suggestion's vault (erasure looks for a person in them)."""
    if not record.get("vault"):
        return []
    plain = cipher.decrypt(base64.b64decode(record["vault"]), _context(tenant, int(record["ticket_id"])))
    return [str(v) for v in json.loads(plain).values()]


class SuggestionArchive:
    def __init__(self, store: SuggestionStore, cipher: Cipher, clock: Clock) -> None:
        self._store, self._cipher, self._clock = store, cipher, clock

    def save(self, tenant: TenantConfig, thread: Thread, event_id: str, decision: Classification,
             result: DraftOutcome) -> dict[str, Any]:
        now = self._clock()
        vault = self._cipher.encrypt(json.dumps(result.mapping.to_dict()).encode("utf-8"),
                                     _context(tenant.tenant, thread.ticket.id))
        record = {
            "id": uuid.uuid4().hex,
            "ticket_id": thread.ticket.id,
            "event_id": event_id,
            "requester": str(thread.ticket.requester_id),
            "created_at": iso(now),
            "expires_at": int(now + tenant.retention_days_drafts * 86400),
            "route": decision.route,
            "reasons": list(decision.reasons),
            "characteristics": list(decision.characteristics),
            "redacted_draft": result.redacted_draft,
            "vault": base64.b64encode(vault).decode("ascii"),
            "hidden": dict(result.hidden),
            "sources": [{"id": a.id, "title": a.title, "url": a.url} for a in result.sources],
            "model": result.model,
            "prompt_version": PROMPT_VERSION,
            "confidence": result.confidence,
            "draft_hash": result.draft_hash,
            "flagged": list(result.flagged),
        }
        self._store.save(tenant.tenant, thread.ticket.id, record)
        return record

    def latest(self, tenant: str, ticket_id: int) -> dict[str, Any] | None:
        """The latest suggestion with its draft restored (for the agent's eyes only), or None."""
        record = self._store.latest(tenant, ticket_id)
        if record is None or record.get("expires_at", 0) < self._clock():
            return None
        mapping = PlaceholderMap.from_dict(json.loads(self._cipher.decrypt(
            base64.b64decode(record["vault"]), _context(tenant, ticket_id))))
        draft, _ = mapping.restore(record["redacted_draft"] or "")
        public = {k: v for k, v in record.items() if k not in ("vault", "redacted_draft")}
        return {**public, "draft": draft}
