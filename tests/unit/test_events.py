import json
from pathlib import Path

import pytest

from plugin.core import events
from plugin.core.errors import BadRequest

SAMPLES = Path(__file__).resolve().parents[2] / "plugin" / "samples" / "webhooks"


def load(name):
    return json.loads((SAMPLES / f"{name}.json").read_text())


def test_comment_added_event():
    parsed = events.parse(load("01-comment-refund"), "acme", "inv-1")
    assert parsed.event.kind == "comment_added"
    assert (parsed.event.ticket_id, parsed.event.comment_id) == (101, 10101)
    assert parsed.event.event_id == "evt-101-10101"  # the event's own id, not the delivery id
    assert parsed.event.tenant == "acme"


def test_public_staff_comment_becomes_a_staff_reply_to_measure():
    parsed = events.parse(load("05-comment-agent-reply"), "acme", None)
    assert (parsed.event.kind, parsed.event.ticket_id, parsed.event.comment_id) == ("staff_reply", 104, 10402)


def test_private_staff_comment_is_skipped():
    payload = load("05-comment-agent-reply")
    payload["event"]["comment"]["is_public"] = False  # an internal note (ours included): never a job
    parsed = events.parse(payload, "acme", None)
    assert parsed.event is None and parsed.skip_reason == "comment by staff"


def test_agent_reply_trigger_body_is_a_staff_reply():
    parsed = events.parse({"candor": 1, "kind": "agent_reply", "ticket_id": "7", "updated_at": "x"}, "acme", "inv-9")
    assert parsed.event.kind == "staff_reply" and parsed.event.ticket_id == 7 and parsed.event.comment_id is None


def test_ticket_created_event():
    parsed = events.parse(load("06-created-optout"), "acme", None)
    assert parsed.event.kind == "ticket_created" and parsed.event.ticket_id == 105


def test_trigger_body_uses_invocation_id():
    parsed = events.parse(load("02-trigger-parcel"), "acme", "8350205582")
    assert parsed.event.ticket_id == 102 and parsed.event.event_id == "inv-8350205582"


def test_trigger_body_without_invocation_id_uses_update_stamp():
    parsed = events.parse({"ticket_id": 7, "updated_at": "2026-01-01T00:00:00Z"}, "acme", None)
    assert parsed.event.event_id == "trg-7-2026-01-01T00:00:00Z"


def test_user_deleted_event():
    parsed = events.parse({"type": "zen:event-type:user.deleted", "id": "e1", "subject": "zen:user:42",
                           "detail": {"id": "42"}}, "acme", None)
    assert parsed.event.kind == "user_deleted" and parsed.event.user_id == 42


def test_other_event_types_are_ignored_not_errors():
    parsed = events.parse({"type": "zen:event-type:ticket.priority_changed", "id": "e"}, "acme", None)
    assert parsed.event is None


@pytest.mark.parametrize("payload, message", [
    ([], "JSON object"),
    ({"hello": 1}, "unrecognised payload"),
    ({"ticket_id": "abc", "updated_at": "x"}, "numeric id"),
    ({"ticket_id": True, "updated_at": "x"}, "numeric id"),
    ({"ticket_id": -3, "updated_at": "x"}, "numeric id"),
    ({"ticket_id": 5}, "updated_at"),
    ({"type": events.COMMENT_ADDED, "subject": "zen:ticket:1", "detail": {"id": "1"}, "event": {}}, "event id"),
    ({"type": events.COMMENT_ADDED, "id": "x", "detail": {"id": "1"}, "event": {}}, "event.comment"),
])
def test_malformed_payloads_get_clear_errors(payload, message):
    with pytest.raises(BadRequest, match=message):
        events.parse(payload, "acme", None)
