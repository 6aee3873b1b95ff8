"""Public replies Candor may send by itself — off by default, per tenant, and never on a human route.

1. Auto-reply for configured low-risk intents (TenantConfig.auto_reply, auto_reply_intents = KB article ids):
   only on the ai_assist route, when the draft passed every check with no warning (not flagged), was grounded on one of those articles with
   enough confidence, and the customer asked nothing that needs a person (no bot question, no opt-in change).
   Bias complaints, handoffs and opt-outs never reach this code: the pipeline routes them to people first.
2. The truthful answer to "am I talking to a bot?" (bot_question_mode="auto_reply"), a human-written text.
Every public AI-drafted reply carries the customer disclosure footer and the machine-readable marker (tag
`ai_disclosed`, the tenant's disclosure ticket field). The internal note is posted first, so a retried job
finds it and never sends a public reply twice.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import disclosure
from .model import Classification, TicketUpdate
from .tenant import TenantConfig

if TYPE_CHECKING:
    from .drafting import DraftOutcome

AUTO_REPLY_MIN_CONFIDENCE = 0.7
DISCLOSED_TAG, AUTO_TAG = "ai_disclosed", "ai_auto_reply"


def allowed(tenant: TenantConfig, decision: Classification, result: DraftOutcome) -> bool:
    return (tenant.auto_reply and decision.route == "ai_assist" and not decision.opt_out
            and not decision.asks_if_bot and not decision.opt_in and result.draft is not None and not result.flagged
            and result.confidence >= AUTO_REPLY_MIN_CONFIDENCE
            and any(article.id in tenant.auto_reply_intents for article in result.sources))


def _marker(tenant: TenantConfig) -> tuple[tuple[int, object], ...]:
    if tenant.disclosure_field_id is None:
        return ()
    return ((tenant.disclosure_field_id, disclosure.DISCLOSURE_VERSION),)


def reply_update(tenant: TenantConfig, draft: str, language: str) -> TicketUpdate:
    overrides = tenant.extra.get("disclosure") if isinstance(tenant.extra, dict) else None
    return TicketUpdate(disclosure.with_customer_footer(draft, language, overrides), comment_public=True,
                        add_tags=(DISCLOSED_TAG, AUTO_TAG), custom_fields=_marker(tenant))


def bot_answer_update(tenant: TenantConfig, decision: Classification, language: str) -> TicketUpdate | None:
    if not decision.asks_if_bot or tenant.bot_question_mode != "auto_reply":
        return None
    return TicketUpdate(disclosure.bot_answer(language), comment_public=True)
