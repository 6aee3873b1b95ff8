"""Ticket updates for the human routes: bias review, handoff and opt-out. Decided by code, never a model."""
from __future__ import annotations

from . import texts
from .model import Classification, Ticket, TicketUpdate

PRIORITY_UP = {None: "high", "low": "normal", "normal": "high", "high": "urgent", "urgent": "urgent"}
BIAS_TAG, HUMAN_TAG, OPT_OUT_TAG, SUGGESTED_TAG = "bias_review", "human_handoff", "ai_opt_out", "ai_suggested"


def explain(classification: Classification) -> str:
    parts = []
    if classification.characteristics:
        names = ", ".join(c.replace("_", " ") for c in classification.characteristics)
        parts.append(texts.WHY_CHARACTERISTICS.format(characteristics=names))
    if classification.matched:
        words = ", ".join(f"“{w}”" for w in classification.matched[:5])
        parts.append(texts.WHY_WORDS.format(words=words))
    parts += [r for r in classification.reasons[:3]]
    return "; ".join(parts) or "rule match"


def bias_review_update(ticket: Ticket, classification: Classification, group: str, group_id: int
                       ) -> TicketUpdate:
    note = texts.NOTE_BIAS_REVIEW.format(group=group, why=explain(classification))
    priority = PRIORITY_UP.get(ticket.priority, "high")
    if priority in ("low", "normal"):
        priority = "high"  # a discrimination complaint is never below high
    return TicketUpdate(comment_body=note, add_tags=(BIAS_TAG,), group_id=group_id, priority=priority)


def handoff_update(classification: Classification, group: str, group_id: int) -> TicketUpdate:
    note = texts.NOTE_HANDOFF.format(group=group, why=explain(classification))
    return TicketUpdate(comment_body=note, add_tags=(HUMAN_TAG,), group_id=group_id)


def opt_out_update(source: str) -> TicketUpdate:
    return TicketUpdate(comment_body=texts.NOTE_OPT_OUT.format(source=source), add_tags=(OPT_OUT_TAG,))


def acknowledgement_update(text: str) -> TicketUpdate:
    """A human-written acknowledgement configured by the tenant. Public, never AI text."""
    return TicketUpdate(comment_body=text, comment_public=True)
