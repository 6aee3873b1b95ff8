"""A small Zendesk world with planted personal data, for the privacy tests (erasure leaves nothing, no
personal data in logs, the privacy CLI). Not a test module.

Zofia (the planted person) has two tickets: one with her name, e-mail and phone, one opting out of AI.
Tomás has two: one that mentions Zofia's e-mail (so her e-mail sits in *his* suggestion's vault) and an
ordinary one that must survive her erasure.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

from plugin.core import signature

SECRET = "privacy-test-webhook-secret"
TENANT = "acme"
ZOFIA_ID, TOMAS_ID, AGENT_ID = 7340019921, 8450021377, 6100000042
ZOFIA = {"name": "Zofia Wiśniewska", "email": "zofia.wisniewska@planted.example", "phone": "+48 601 234 567"}
TOMAS = {"name": "Tomás Ferreira", "email": "tomas.ferreira@control.example", "phone": None}
# What must not survive Zofia's erasure anywhere (stores, files) and never reach a log line.
PLANTED = [ZOFIA["name"], "Wiśniewska", ZOFIA["email"], ZOFIA["phone"], "48601234567", "601 234 567",
           str(ZOFIA_ID)]

TICKETS = {
    9101: (ZOFIA_ID, "Parcel never arrived",
           f"Hi, I'm {ZOFIA['name']}. My order ORD-2024-7788 never arrived. My phone is {ZOFIA['phone']} and my "
           f"e-mail {ZOFIA['email']}."),  # "call me on …" is a callback request since issue 12: a human route
    9102: (ZOFIA_ID, "Another question", "Please don't use AI for my messages. Where is my invoice?"),
    # issue 12: "my colleague … says" read as a comparison (a router false alarm, reported); reworded so this
    # erasure fixture still gets a draft.
    9103: (TOMAS_ID, "Lost parcel", f"Hello, I'm {TOMAS['name']}. Please send the tracking update for our shared "
                                    f"parcel ORD-2024-7790 to {ZOFIA['email']} too. Where is it?"),
    9104: (TOMAS_ID, "Refund", "Where is my refund for order ORD-2024-1111?"),
}


def _user(user_id: int) -> dict:
    person = ZOFIA if user_id == ZOFIA_ID else TOMAS
    return {"id": user_id, "name": person["name"], "email": person["email"], "phone": person["phone"],
            "role": "end-user", "locale": "en-US", "tags": [], "user_fields": {}}


def bundle(ticket_id: int) -> dict:
    requester, subject, body = TICKETS[ticket_id]
    return {"ticket": {"id": ticket_id, "subject": subject, "status": "open", "requester_id": requester,
                       "tags": [], "custom_fields": [], "updated_at": "2026-11-28T09:05:00Z"},
            "comments": [{"id": ticket_id * 10 + 1, "author_id": requester, "body": body, "public": True,
                          "created_at": "2026-11-28T09:00:00Z"}],
            "users": [_user(requester)]}


def write_bundles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for ticket_id in TICKETS:
        (folder / f"{ticket_id}.json").write_text(json.dumps(bundle(ticket_id), ensure_ascii=False), encoding="utf-8")
    return folder


def threads() -> list:
    from plugin.adapters.zendesk_parse import thread_from_bundle
    return [thread_from_bundle(bundle(t)) for t in TICKETS]


def comment_event(ticket_id: int) -> bytes:
    """A `ticket.comment_added` event as Zendesk sends it: with the comment text and the author's name."""
    requester, _, body = TICKETS[ticket_id]
    person = ZOFIA if requester == ZOFIA_ID else TOMAS
    return json.dumps({
        "type": "zen:event-type:ticket.comment_added", "account_id": 12514403, "id": f"evt-{ticket_id}",
        "time": "2026-11-28T09:00:01Z", "subject": f"zen:ticket:{ticket_id}",
        "detail": {"id": str(ticket_id), "requester_id": str(requester), "subject": TICKETS[ticket_id][1]},
        "event": {"comment": {"id": str(ticket_id * 10 + 1), "body": body, "is_public": True,
                              "author": {"id": str(requester), "is_staff": False, "name": person["name"]}}},
    }, ensure_ascii=False).encode("utf-8")


def user_deleted_event(user_id: int) -> bytes:
    person = ZOFIA if user_id == ZOFIA_ID else TOMAS
    return json.dumps({"type": "zen:event-type:user.deleted", "account_id": 12514403, "id": "2b24ef10-19d4-4740-93cf-8f98ec4776c0",
                       "time": "2026-11-28T10:00:00Z", "subject": f"zen:user:{user_id}",
                       "detail": {"id": str(user_id), "name": person["name"], "email": person["email"]},
                       "event": {}}, ensure_ascii=False).encode("utf-8")


def signed(body: bytes, secret: str = SECRET) -> dict:
    stamp = signature.format_timestamp(time.time())
    return {signature.SIGNATURE_HEADER: signature.sign(secret, stamp, body), signature.TIMESTAMP_HEADER: stamp,
            "Content-Type": "application/json"}


def found(values: list[str], blob: bytes | str) -> list[str]:
    """Which of `values` occur in `blob` (bytes are searched as UTF-8)."""
    if isinstance(blob, bytes):
        return [v for v in values if v.encode("utf-8") in blob]
    return [v for v in values if v in blob]
