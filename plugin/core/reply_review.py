"""An agent's public reply, looked at once for the trust report: how much of Candor's suggestion it kept, and
on a bias review how long the customer waited for a person. Only a score and a duration are kept, never text.

The worker calls `ReplyReview.handle` for a `staff_reply` job (a public comment by staff, core/events.py). It
posts nothing. The similarity is difflib's ratio on normalised text (case, spacing, markup and the customer
disclosure footer removed): 1.0 means the agent sent the suggestion as it was, 0 that nothing of it is left.
It is computed for the first public staff reply after the latest suggestion only, and never for Candor's own
public replies (auto-replies, bot answers), which the helpdesk user we act as wrote.
"""
from __future__ import annotations

import difflib
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from . import audit, bias_outcome, disclosure, escalation
from .model import Comment, Job, Thread
from .ports import AuditLog, Clock, Helpdesk, PreferenceStore
from .tenant import TenantConfig
from .vault import SuggestionArchive

MAX_CHARS = 6000  # difflib is quadratic at worst: a reply longer than this is compared on its start
_MARKUP = re.compile(r"<[^>]+>|&nbsp;|&#160;")
_SPACE = re.compile(r"\s+")


def normalise(text: str, footers: tuple[str, ...] = ()) -> str:
    plain = _SPACE.sub(" ", _MARKUP.sub(" ", text or "")).strip().lower()
    for footer in footers:
        cut = _SPACE.sub(" ", footer).strip().lower()
        if cut and cut in plain:
            plain = plain.replace(cut, " ")
    return _SPACE.sub(" ", plain).strip()[:MAX_CHARS]


def similarity(suggestion: str, reply: str, footers: tuple[str, ...] = ()) -> float:
    a, b = normalise(suggestion, footers), normalise(reply, footers)
    if not a or not b:
        return 0.0
    return round(difflib.SequenceMatcher(None, a, b).ratio(), 3)


def _seconds(later: str, earlier: str) -> float | None:
    """Seconds between two ISO 8601 UTC times as Zendesk writes them (2026-11-28T09:00:01Z)."""
    try:
        delta = datetime.fromisoformat(later) - datetime.fromisoformat(earlier)
    except (TypeError, ValueError):
        return None
    return max(0.0, delta.total_seconds())


@dataclass(frozen=True)
class Review:
    action: str
    detail: dict[str, Any]


class ReplyReview:
    def __init__(self, archive: SuggestionArchive, preferences: PreferenceStore, audit_log: AuditLog,
                 clock: Clock) -> None:
        self._archive, self._prefs, self._audit, self._clock = archive, preferences, audit_log, clock

    def handle(self, tenant: TenantConfig, helpdesk: Helpdesk, job: Job) -> Review:
        assert job.ticket_id is not None
        suggestion = self._archive.latest(tenant.tenant, job.ticket_id)
        route = self._prefs.sticky_route(tenant.tenant, job.ticket_id)
        if suggestion is None and route != "bias_review":
            return Review("skipped_no_suggestion", {})  # most agent replies: no API call at all
        thread = helpdesk.fetch_thread(job.ticket_id)
        reply = self._reply(thread, job.comment_id)
        if reply is None or reply.author_id == helpdesk.current_user_id():
            return Review("skipped_not_agent_reply", {})
        if route is None and escalation.BIAS_TAG in thread.ticket.tags:
            route = "bias_review"
        self._outcome_from_field(tenant, thread, job, route)
        detail = self._measure(tenant, thread, reply, suggestion, route)
        if not detail:
            return Review("skipped_nothing_to_measure", {})
        detail["comment_id"] = reply.id
        self._audit.append(audit.record(
            tenant=tenant.tenant, ticket_id=thread.ticket.id, event_id=job.event_id or f"reply-{uuid.uuid4().hex}",
            action="agent_reply", now=self._clock(), requester=str(thread.ticket.requester_id),
            draft_hash=(suggestion or {}).get("draft_hash") if "similarity" in detail else None,
            model=(suggestion or {}).get("model") if "similarity" in detail else None, detail=detail))
        return Review("agent_reply", detail)

    def _outcome_from_field(self, tenant: TenantConfig, thread: Thread, job: Job, route: str | None) -> None:
        """The review group may set the outcome field in Zendesk itself: its tag is read here (core/bias_outcome.py)."""
        outcome = bias_outcome.from_tags(thread.ticket.tags) if route == "bias_review" else None
        if outcome is not None:
            bias_outcome.BiasOutcomes(self._audit, self._clock).record(
                tenant, thread.ticket.id, outcome, source="ticket_field", event_id=f"{job.event_id}:outcome")

    @staticmethod
    def _reply(thread: Thread, comment_id: int | None) -> Comment | None:
        staff = [c for c in thread.comments if c.public and not thread.is_customer_comment(c)]
        if comment_id is not None:
            return next((c for c in staff if c.id == comment_id), None)
        return staff[-1] if staff else None

    def _measure(self, tenant: TenantConfig, thread: Thread, reply: Comment, suggestion: dict[str, Any] | None,
                 route: str | None) -> dict[str, Any]:
        before = list(thread.comments[:thread.comments.index(reply)])
        detail: dict[str, Any] = {"route": route} if route else {}
        if suggestion is not None and self._first_after(before, thread, suggestion.get("created_at") or ""):
            overrides = tenant.extra.get("disclosure")
            custom: dict[str, Any] = overrides if isinstance(overrides, dict) else {}
            footers = (*(str(v) for v in custom.values()), *disclosure.CUSTOMER_FOOTERS.values())
            detail["similarity"] = similarity(suggestion.get("draft") or "", reply.body, footers)
            detail["suggestion_id"] = suggestion.get("id")
        if route == "bias_review":
            customer = next((c for c in reversed(before) if thread.is_customer_comment(c)), None)
            answered = customer is not None and any(
                c.public and not thread.is_customer_comment(c) for c in before[before.index(customer) + 1:])
            if customer is not None and not answered:
                waited = _seconds(reply.created_at, customer.created_at)
                if waited is not None:
                    detail["first_reply_seconds"] = round(waited)
        return detail if ("similarity" in detail or "first_reply_seconds" in detail) else {}

    @staticmethod
    def _first_after(before: list[Comment], thread: Thread, created_at: str) -> bool:
        """No other public staff reply between the suggestion and this one (each suggestion is compared once)."""
        return not any(c.public and not thread.is_customer_comment(c) and (c.created_at or "") >= created_at[:19]
                       for c in before)
