"""What the agents' sidebar shows for one ticket: the suggestion, what was hidden from the AI, its sources,
the route and why, and the customer-facing disclosure footer the app appends when inserting.

The footer comes from core.disclosure (the one place disclosure text is made). A ticket on a human route
(bias review, handoff) shows the route and no suggestion, even if an older one exists: nothing
AI-written is offered once a person has to answer.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from . import disclosure, escalation, texts
from .audit import iso
from .drafting import LOW_CONFIDENCE
from .errors import CandorError
from .model import Classification, Route
from .ports import AuditLog, Clock, PreferenceStore
from .tenant import TenantConfig

ROUTE_LOOKBACK_SECONDS = 30 * 86400
HUMAN_ROUTES = ("bias_review", "human")


@dataclass(frozen=True)
class RouteInfo:
    route: Route
    reasons: tuple[str, ...] = ()
    characteristics: tuple[str, ...] = ()

    def to_dict(self, tenant: TenantConfig) -> dict[str, Any]:
        group = {"bias_review": tenant.review_group, "human": tenant.handoff_group}.get(self.route)
        why = escalation.explain(Classification(self.route, self.reasons, self.characteristics))
        return {"route": self.route, "group": group, "why": why, "reasons": list(self.reasons),
                "characteristics": list(self.characteristics)}


def latest_route(audit_log: AuditLog, preferences: PreferenceStore, tenant: str, ticket_id: int,
                 now: float) -> RouteInfo | None:
    """The ticket's route: the sticky human route if any (with the reasons of the audit record that set it),
    else the route of the latest audited decision within the look-back window."""
    sticky = preferences.sticky_route(tenant, ticket_id)
    records = [r for r in audit_log.query(tenant, since=iso(now - ROUTE_LOOKBACK_SECONDS))
               if r.get("ticket_id") == ticket_id and r.get("route")]
    if sticky:
        records = [r for r in records if r["route"] == sticky] or [{"route": sticky}]
    if not records:
        return None
    last = records[-1]
    return RouteInfo(last["route"], tuple(last.get("reasons") or ()), tuple(last.get("characteristics") or ()))


def _suggestion(record: dict[str, Any]) -> dict[str, Any]:
    hidden = {k: int(v) for k, v in (record.get("hidden") or {}).items()}
    sources = [{"title": s.get("title") or s.get("id") or "", "url": s.get("url")}
               for s in record.get("sources") or [] if isinstance(s, dict)]
    confidence = record.get("confidence")
    return {
        "id": record.get("id"),
        "draft": record.get("draft") or "",
        "model": record.get("model"),
        "created_at": record.get("created_at"),
        "confidence": confidence,
        "low_confidence": isinstance(confidence, int | float) and confidence < LOW_CONFIDENCE,
        "flagged": [str(r) for r in record.get("flagged") or []],  # guard reasons for a warning (texts.NOTE_FLAGGED)
        "hidden": hidden,
        "hidden_summary": texts.entity_summary(hidden),
        "sources": sources,
    }


def sidebar_view(tenant: TenantConfig, ticket_id: int, suggestion: dict[str, Any] | None, route: RouteInfo | None,
                 language: str) -> dict[str, Any]:
    """The JSON the sidebar renders. `suggestion` is SuggestionArchive.latest() (draft restored)."""
    if route is None and suggestion is not None:
        route = RouteInfo(suggestion.get("route") or "ai_assist", tuple(suggestion.get("reasons") or ()),
                          tuple(suggestion.get("characteristics") or ()))
    human_route = route is not None and route.route in HUMAN_ROUTES
    footer, version = disclosure.customer_footer(language, tenant.extra.get("disclosure"))
    return {
        "ticket_id": ticket_id,
        "suggestion": None if suggestion is None or human_route else _suggestion(suggestion),
        "route": route.to_dict(tenant) if route else None,
        "ai_allowed": not human_route,
        "disclosure": {"footer": footer, "version": version, "language": (language or "en").split("-")[0]},
    }


class NoSuggestion(CandorError):
    """The ticket has no (unexpired) suggestion to act on."""


class StaleSuggestion(CandorError):
    """The agent acted on a suggestion that a newer one has replaced."""


class LatestSuggestions(Protocol):
    def latest(self, tenant: str, ticket_id: int) -> dict[str, Any] | None: ...  # core.vault.SuggestionArchive


class TicketSidebar:
    """The sidebar's reads for one ticket, over the collaborators the composition root gives it."""

    def __init__(self, archive: LatestSuggestions, audit_log: AuditLog, preferences: PreferenceStore,
                 clock: Clock) -> None:
        self._archive, self._audit, self._prefs, self._clock = archive, audit_log, preferences, clock

    def view(self, tenant: TenantConfig, ticket_id: int, language: str) -> dict[str, Any]:
        route = latest_route(self._audit, self._prefs, tenant.tenant, ticket_id, self._clock())
        return sidebar_view(tenant, ticket_id, self._archive.latest(tenant.tenant, ticket_id), route, language)

    def seen_suggestion(self, tenant: str, ticket_id: int, suggestion_id: object) -> dict[str, Any]:
        """The latest suggestion, if it is the one the agent saw (`suggestion_id`, None: not said): an action or
        flag must never land on a draft the agent did not see. NoSuggestion / StaleSuggestion otherwise."""
        suggestion = self._archive.latest(tenant, ticket_id)
        if suggestion is None:
            raise NoSuggestion(f"no suggestion for ticket {ticket_id}")
        if suggestion_id is not None and suggestion_id != suggestion.get("id"):
            raise StaleSuggestion(f"suggestion {suggestion_id!r} was replaced")
        return suggestion
