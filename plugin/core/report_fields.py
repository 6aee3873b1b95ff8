"""What the trust report needs on every worker audit record besides the route: the customer's language, the
ticket's channel, whether the message opted back in to AI, and what the AI call cost. Labels and numbers
only, never text. Called from one place (TicketProcessor.audit)."""
from __future__ import annotations

from typing import Any

from .drafting import language_for
from .model import Classification, Thread
from .tenant import TenantConfig

# the decisions the report counts by language and channel; other records (already_handled…) stay as they were
DECISIONS = ("suggestion_posted", "auto_replied", "withheld", "ai_unavailable", "routed_bias_review", "routed_human",
             "opted_out", "skipped_opted_out")


def context(thread: Thread, tenant: TenantConfig, action: str, decision: Classification | None,
            detail: dict[str, Any] | None) -> dict[str, Any]:
    if action not in DECISIONS:
        return dict(detail or {})
    out: dict[str, Any] = {"language": language_for(thread, tenant), "channel": thread.ticket.channel or None}
    if decision is not None and decision.opt_in:
        out["opt_in"] = True
    return {**out, **(detail or {})}
