"""Parse the two webhook payload kinds into WebhookEvent (ids only).

1. Event subscriptions (`zen:event-type:ticket.comment_added`, `ticket.created`, `user.deleted`): a shared
   envelope `{type, account_id, id, time, subject, detail, event}`.
   https://developer.zendesk.com/api-reference/webhooks/event-types/ticket-events
2. Trigger-connected webhooks: the body is whatever the admin templates. We document one (README,
   "Trigger body") that carries ids only:
   `{"candor": 1, "ticket_id": "{{ticket.id}}", "updated_at": "{{ticket.updated_at_with_timestamp}}",
     "actor_id": "{{current_user.id}}"}`, plus `"kind": "agent_reply"` in the trigger for agents' public
   replies (requirements.json `candor_agent_reply`). Text placeholders are not sent: they can break the JSON and
   would put ticket text where it does not need to be.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import BadRequest
from .model import EventKind, WebhookEvent

COMMENT_ADDED = "zen:event-type:ticket.comment_added"
TICKET_CREATED = "zen:event-type:ticket.created"
USER_DELETED = "zen:event-type:user.deleted"
# Help Center article events: https://developer.zendesk.com/api-reference/webhooks/event-types/article-events
# (`subject` "zen:article:<id>", `detail.id` the article id). Either refreshes that article in the index.
ARTICLE_PUBLISHED = "zen:event-type:article.published"
ARTICLE_UNPUBLISHED = "zen:event-type:article.unpublished"
_EVENT_KINDS = {COMMENT_ADDED: "comment_added", TICKET_CREATED: "ticket_created", USER_DELETED: "user_deleted",
                ARTICLE_PUBLISHED: "kb_article", ARTICLE_UNPUBLISHED: "kb_article"}


@dataclass(frozen=True)
class Parsed:
    """`event` is None when the delivery is valid but not for us; `skip_reason` says why."""

    event: WebhookEvent | None
    skip_reason: str | None = None


MAX_ID = 2**53 - 1  # Zendesk ids are JavaScript-safe integers; larger ones would overflow our stores


def _int_id(value: object, what: str) -> int:
    if isinstance(value, bool):
        raise BadRequest(f"{what} must be a numeric id")
    if isinstance(value, int) and 0 < value <= MAX_ID:
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("zen:"):
            text = text.rsplit(":", 1)[-1]
        if text.isascii() and text.isdigit() and len(text) <= 16 and 0 < int(text) <= MAX_ID:
            return int(text)
    raise BadRequest(f"{what} must be a numeric id")


def _clean_id(value: str) -> bool:
    """An id we can use as a key anywhere: printable, no lone surrogates (not encodable as UTF-8)."""
    return value.isprintable() and not any("\ud800" <= ch <= "\udfff" for ch in value)


def parse(payload: object, tenant: str, delivery_id: str | None) -> Parsed:
    """`delivery_id` is the `x-zendesk-webhook-invocation-id` header, if any."""
    if not isinstance(payload, dict):
        raise BadRequest("body must be a JSON object")
    if isinstance(payload.get("type"), str) and payload["type"].startswith("zen:event-type:"):
        return _parse_event_subscription(payload, tenant)
    if "ticket_id" in payload:
        return _parse_trigger(payload, tenant, delivery_id)
    raise BadRequest("unrecognised payload: expected a Zendesk event (type zen:event-type:…) or a "
                     "trigger body with ticket_id")


def _parse_event_subscription(payload: dict[str, Any], tenant: str) -> Parsed:
    kind = _EVENT_KINDS.get(payload["type"])
    if kind is None:
        return Parsed(None, "event type not handled")
    event_id = payload.get("id")
    if not isinstance(event_id, str) or not event_id.strip() or len(event_id) > 200 or not _clean_id(event_id):
        raise BadRequest("event id missing or not printable")
    detail: dict[str, Any] = payload["detail"] if isinstance(payload.get("detail"), dict) else {}
    if kind == "user_deleted":
        user_id = _int_id(detail.get("id", payload.get("subject")), "user id")
        return Parsed(WebhookEvent(tenant, event_id, "user_deleted", user_id=user_id))
    if kind == "kb_article":
        article_id = _int_id(detail.get("id", payload.get("subject")), "article id")
        return Parsed(WebhookEvent(tenant, event_id, "kb_article", article_id=article_id))
    ticket_id = _int_id(detail.get("id", payload.get("subject")), "ticket id")
    comment_id = None
    if kind == "comment_added":
        change = payload.get("event")
        comment = change.get("comment") if isinstance(change, dict) else None
        if not isinstance(comment, dict):
            raise BadRequest("event.comment missing")
        author: dict[str, Any] = comment["author"] if isinstance(comment.get("author"), dict) else {}
        if author.get("is_staff") is True:
            if comment.get("is_public") is not True:
                return Parsed(None, "comment by staff")  # internal notes, ours included: no loops
            # an agent's public reply: measured for the trust report (core/reply_review.py), never answered
            return Parsed(WebhookEvent(tenant, event_id.strip(), "staff_reply", ticket_id=ticket_id,
                                       comment_id=_int_id(comment.get("id"), "comment id")))
        comment_id = _int_id(comment.get("id"), "comment id")
    return Parsed(WebhookEvent(tenant, event_id.strip(), kind,  # type: ignore[arg-type]  # a key of _EVENT_KINDS
                               ticket_id=ticket_id, comment_id=comment_id))


def _parse_trigger(payload: dict[str, Any], tenant: str, delivery_id: str | None) -> Parsed:
    ticket_id = _int_id(payload.get("ticket_id"), "ticket_id")
    if delivery_id and _clean_id(delivery_id.strip()) and delivery_id.strip():
        event_id = f"inv-{delivery_id.strip()[:200]}"
    else:
        stamp = payload.get("updated_at")
        if not isinstance(stamp, str) or not stamp.strip() or not _clean_id(stamp.strip()):
            raise BadRequest("trigger body needs a printable updated_at when no invocation id header is sent")
        event_id = f"trg-{ticket_id}-{stamp.strip()[:64]}"
    kind: EventKind = "staff_reply" if payload.get("kind") == "agent_reply" else "comment_added"
    return Parsed(WebhookEvent(tenant, event_id, kind, ticket_id=ticket_id))
