"""The outcome of a bias review, recorded by the review group: substantiated, not substantiated or unclear.

Install creates a drop-down ticket field, "Bias review outcome (Candor)" (plugin/app/requirements.json,
`candor_bias_review_outcome`), whose options set the tags `candor_bias_<outcome>`. The review group records the
outcome either in the sidebar (POST /zaf/api/tickets/<id>/review-outcome, which sets the tag and, when the
tenant knows the field's id, the field) or in the field itself, which the worker reads from the ticket's tags
the next time it fetches the ticket (an agent's public reply, core/reply_review.py). Either way it becomes an
audit record `bias_review_outcome` that the trust report counts (the latest one per ticket wins).
"""
from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from typing import Any

from . import audit
from .errors import BadRequest, CandorError
from .logs import log_event
from .model import Classification, TicketUpdate
from .ports import AuditLog, Clock, Helpdesk, PreferenceStore
from .tenant import TenantConfig
from .ticket_writes import try_update_ticket

log = logging.getLogger("candor.bias_outcome")
OUTCOMES = ("substantiated", "not_substantiated", "unclear")
TAG_PREFIX = "candor_bias_"


class NotUnderReview(CandorError):
    """An outcome was sent for a ticket that is not (sticky-routed to) a bias review."""


def tag_for(outcome: str) -> str:
    return TAG_PREFIX + outcome


def from_tags(tags: Iterable[str]) -> str | None:
    """The outcome the ticket's field (its tag) says, or None when none or several are set."""
    found = {t[len(TAG_PREFIX):] for t in tags if t.startswith(TAG_PREFIX) and t[len(TAG_PREFIX):] in OUTCOMES}
    return found.pop() if len(found) == 1 else None


class BiasOutcomes:
    def __init__(self, audit_log: AuditLog, clock: Clock) -> None:
        self._audit, self._clock = audit_log, clock

    def record(self, tenant: TenantConfig, ticket_id: int, outcome: str, *, source: str,
               helpdesk: Helpdesk | None = None, agent_id: int | None = None, event_id: str | None = None,
               characteristics: tuple[str, ...] = ()) -> dict[str, Any]:
        """Audit the outcome; with a helpdesk, also write it to the ticket (tag, and the field when known).
        A failed ticket write never loses the outcome: the record says so."""
        if outcome not in OUTCOMES:
            raise BadRequest(f"outcome must be one of: {', '.join(OUTCOMES)}")
        detail: dict[str, Any] = {"outcome": outcome, "source": source}
        if agent_id is not None:
            detail["agent_id"] = agent_id
        if helpdesk is not None:
            detail["written_to_ticket"] = self._write(tenant, helpdesk, ticket_id, outcome)
        entry = audit.record(tenant=tenant.tenant, ticket_id=ticket_id, event_id=event_id or f"outcome-{uuid.uuid4().hex}",
                             action="bias_review_outcome", now=self._clock(),
                             classification=Classification("bias_review", (), tuple(characteristics)), detail=detail)
        self._audit.append(entry)
        log_event(log, "bias_review_outcome", tenant=tenant.tenant, ticket_id=ticket_id, outcome=outcome, source=source)
        return entry

    @staticmethod
    def _write(tenant: TenantConfig, helpdesk: Helpdesk, ticket_id: int, outcome: str) -> bool:
        field_id = tenant.bias_outcome_field_id
        update = TicketUpdate(add_tags=() if field_id else (tag_for(outcome),),
                              custom_fields=((field_id, tag_for(outcome)),) if field_id else ())
        return try_update_ticket(helpdesk, tenant.tenant, ticket_id, update, log, "bias_outcome_write_failed")


def record_review_outcome(outcomes: BiasOutcomes, preferences: PreferenceStore, tenant: TenantConfig, ticket_id: int,
                          outcome: str, *, helpdesk: Helpdesk, agent_id: int) -> dict[str, Any]:
    """The sidebar's outcome of a bias review: only a ticket routed to bias review takes one (NotUnderReview
    otherwise); it is audited and written to the ticket."""
    if preferences.sticky_route(tenant.tenant, ticket_id) != "bias_review":
        raise NotUnderReview(f"ticket {ticket_id} is not a bias review")
    return outcomes.record(tenant, ticket_id, outcome, source="sidebar", helpdesk=helpdesk, agent_id=agent_id)
