"""What agents do with a suggestion in the sidebar: flag it, insert it, send it, discard it.

Every step is an audit record (ids, the suggestion's model and draft hash, never the draft text). Inserting
marks the ticket as AI-disclosed (tag, and the disclosure field when the tenant has one); a "biased" flag
also sends the ticket to the tenant's review group with an internal note and makes the bias route sticky,
so no further AI suggestion is made on it. A failed helpdesk write never loses the agent's feedback: the
record is kept and says so.
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from typing import Any

from . import audit, disclosure, texts
from .errors import CandorError
from .logs import log_event
from .model import Classification, TicketUpdate
from .ports import AuditLog, Clock, Helpdesk, PreferenceStore
from .tenant import TenantConfig
from .ticket_writes import try_update_ticket

log = logging.getLogger("candor.feedback")

FLAG_KINDS = ("inaccurate", "biased", "unsafe")
AGENT_ACTIONS = ("inserted", "sent_as_is", "sent_edited", "discarded")
DISCLOSED_TAG = "ai_disclosed"
BIAS_TAGS = ("bias_review", "ai_flagged_biased")


@dataclass(frozen=True)
class FeedbackResult:
    audit_id: str
    review_group: str | None = None
    alerted: bool | None = None  # biased flags: was the review group alerted?
    disclosed: bool | None = None  # inserts: was the ticket marked as AI-disclosed?
    disclosure_version: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"status": "recorded", **{k: v for k, v in self.__dict__.items() if v is not None}}


def _decision(suggestion: dict[str, Any]) -> Classification:
    return Classification(suggestion.get("route") or "ai_assist", tuple(suggestion.get("reasons") or ()),
                          tuple(suggestion.get("characteristics") or ()))


class AgentFeedback:
    def __init__(self, audit_log: AuditLog, preferences: PreferenceStore, clock: Clock) -> None:
        self._audit, self._prefs, self._clock = audit_log, preferences, clock

    def flag(self, tenant: TenantConfig, helpdesk: Helpdesk, ticket_id: int, agent_id: int, kind: str,
             suggestion: dict[str, Any]) -> FeedbackResult:
        if kind not in FLAG_KINDS:
            raise ValueError(f"unknown flag kind {kind!r}")
        detail: dict[str, Any] = {"flag": kind}
        group = alerted = None
        decision = _decision(suggestion)
        if kind == "biased":
            group = tenant.review_group
            alerted = self._alert_review_group(tenant, helpdesk, ticket_id, suggestion)
            detail["alerted"] = alerted
            decision = Classification("bias_review", (texts.REASON_AGENT_FLAG,), decision.characteristics)
        audit_id = self._record(tenant, ticket_id, agent_id, "agent_flag", suggestion, detail, decision=decision)
        return FeedbackResult(audit_id, review_group=group, alerted=alerted)

    def act(self, tenant: TenantConfig, helpdesk: Helpdesk, ticket_id: int, agent_id: int, action: str,
            suggestion: dict[str, Any], language: str) -> FeedbackResult:
        if action not in AGENT_ACTIONS:
            raise ValueError(f"unknown agent action {action!r}")
        if action != "inserted":
            audit_id = self._record(tenant, ticket_id, agent_id, "agent_action", suggestion, {"agent_action": action})
            return FeedbackResult(audit_id)
        _, version = disclosure.customer_footer(language, tenant.extra.get("disclosure"))
        disclosed = self._mark_disclosed(tenant, helpdesk, ticket_id, version)
        audit_id = self._record(tenant, ticket_id, agent_id, "agent_action", suggestion,
                                {"agent_action": action, "disclosure_marked": disclosed}, disclosure_version=version)
        return FeedbackResult(audit_id, disclosed=disclosed, disclosure_version=version)

    def _mark_disclosed(self, tenant: TenantConfig, helpdesk: Helpdesk, ticket_id: int, version: str) -> bool:
        fields = ((tenant.disclosure_field_id, version),) if tenant.disclosure_field_id else ()
        return self._write(tenant, helpdesk, ticket_id, TicketUpdate(add_tags=(DISCLOSED_TAG,), custom_fields=fields))

    def _alert_review_group(self, tenant: TenantConfig, helpdesk: Helpdesk, ticket_id: int, suggestion: dict[str, Any]) -> bool:
        note = texts.NOTE_FLAG_BIASED.format(suggestion=str(suggestion.get("id", ""))[:12], group=tenant.review_group)
        try:
            group_id = helpdesk.ensure_group(tenant.review_group)
        except CandorError as exc:
            log_event(log, "review_group_unavailable", logging.WARNING, tenant=tenant.tenant, ticket_id=ticket_id,
                      error=type(exc).__name__)
            return False
        written = self._write(tenant, helpdesk, ticket_id,
                              TicketUpdate(comment_body=note, add_tags=BIAS_TAGS, group_id=group_id))
        if written:
            self._prefs.set_sticky_route(tenant.tenant, ticket_id, "bias_review")
        return written

    @staticmethod
    def _write(tenant: TenantConfig, helpdesk: Helpdesk, ticket_id: int, update: TicketUpdate) -> bool:
        return try_update_ticket(helpdesk, tenant.tenant, ticket_id, update, log, "feedback_write_failed")

    def _record(self, tenant: TenantConfig, ticket_id: int, agent_id: int, action: str, suggestion: dict[str, Any],
                detail: dict[str, Any], disclosure_version: str | None = None,
                decision: Classification | None = None) -> str:
        entry = audit.record(
            tenant=tenant.tenant, ticket_id=ticket_id, event_id=f"sidebar-{uuid.uuid4().hex}", action=action,
            now=self._clock(), classification=decision or _decision(suggestion), requester=suggestion.get("requester"),
            hidden=suggestion.get("hidden"), model=suggestion.get("model"),
            prompt_version=suggestion.get("prompt_version"), draft_hash=suggestion.get("draft_hash"),
            disclosure_version=disclosure_version,
            detail={**detail, "suggestion_id": suggestion.get("id"), "agent_id": agent_id, "source": "sidebar"})
        self._audit.append(entry)
        log_event(log, "agent_feedback", tenant=tenant.tenant, ticket_id=ticket_id, action=action,
                  kind=detail.get("flag") or detail.get("agent_action"))
        return str(entry["id"])
