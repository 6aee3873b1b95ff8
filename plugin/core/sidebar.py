"""What the agents' sidebar shows for one ticket: the suggestion, what was hidden from the AI, its sources,
the route and why, and the customer-facing disclosure footer the app appends when inserting.

The footer comes from core.disclosure (the one place disclosure text is made). A ticket on a human route
(bias review, handoff) shows the route and no suggestion, even if an older one exists: nothing
AI-written is offered once a person has to answer.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import disclosure, escalation, texts
from .audit import iso
from .drafting import LOW_CONFIDENCE
from .model import Classification, Route
from .ports import AuditLog, PreferenceStore
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
