"""Zendesk API JSON -> domain types, on a recorded Zendesk response and hand-made comment/user bodies."""
from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from plugin.adapters.zendesk_parse import parse_comment, parse_ticket, parse_user, thread_from_bundle
from plugin.core.errors import BadRequest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "zendesk"
REPO = Path(__file__).resolve().parents[2]


def load(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.fixture
def bodies() -> dict:
    """The three API response bodies exactly as Zendesk sends them."""
    return {"ticket": load("zendesk_api_client_rb__GET_ticket_8867.json"),
            "comments": load("comments_8867.json"), "users": load("users_8867.json")}


def test_recorded_ticket_parses(bodies):
    ticket = parse_ticket(bodies["ticket"])
    assert (ticket.id, ticket.subject, ticket.requester_id) == (8867, "This is a question?", 20014192)
    assert (ticket.status, ticket.priority, ticket.group_id) == ("new", "normal", None)
    assert ticket.tags == ("awesome", "blossom")
    assert ticket.custom_fields[0] == (20015156, None) and len(ticket.custom_fields) == 8
    assert ticket.updated_at == "2015-12-30T01:45:29Z"


def test_ticket_response_body_and_bare_ticket_object_are_the_same(bodies):
    assert parse_ticket(bodies["ticket"]) == parse_ticket(bodies["ticket"]["ticket"])


def test_comments_prefer_plain_body_fall_back_to_body_and_keep_visibility(bodies):
    thread = thread_from_bundle(bodies)
    assert [c.id for c in thread.comments] == [40001, 40003, 40005, 40007]
    note = thread.comments[1]
    assert note.body == "Internal: customer is on the legacy plan." and note.public is False
    assert thread.comments[2].body == "Hello,\n\nthanks for writing in. Yes, it is a question."
    assert thread.comments[3].body.startswith("Great, thank you.")  # only `body` present


def test_users_carry_role_phone_locale_tags_and_user_fields(bodies):
    thread = thread_from_bundle(bodies)
    requester = thread.requester
    assert requester is not None and requester.id == 20014192
    assert (requester.phone, requester.locale, requester.role) == ("+1 555 0100", "de", "end-user")
    assert requester.tags == ("vip", "newsletter")
    assert requester.field("ai_opt_out") is True and requester.field("plan") == "legacy"
    assert requester.field("interests") == ("billing", "api") and requester.field("joined") is None
    agent = thread.user(20014187)
    assert agent is not None and agent.is_staff and agent.phone is None


def test_customer_and_agent_comments_are_told_apart(bodies):
    thread = thread_from_bundle(bodies)
    assert [thread.is_customer_comment(c) for c in thread.comments] == [True, False, False, True]


def test_bundle_accepts_bare_lists_as_well_as_response_bodies(bodies):
    bare = {"ticket": bodies["ticket"]["ticket"], "comments": bodies["comments"]["comments"],
            "users": bodies["users"]["users"]}
    assert thread_from_bundle(bare) == thread_from_bundle(bodies)


def test_comments_are_sorted_oldest_first_whatever_the_input_order(bodies):
    bodies["comments"]["comments"].reverse()
    assert [c.id for c in thread_from_bundle(bodies).comments] == [40001, 40003, 40005, 40007]


def test_bundle_without_users_still_parses(bodies):
    thread = thread_from_bundle({"ticket": bodies["ticket"], "comments": bodies["comments"]})
    assert thread.users == () and len(thread.comments) == 4


def test_parsed_thread_is_hashable_even_with_list_values(bodies):
    hash(thread_from_bundle(bodies))


def test_system_author_id_and_decimal_string_ids_are_accepted():
    comment = parse_comment({"id": "7", "author_id": -1, "body": "Automatic reply", "public": True})
    assert (comment.id, comment.author_id) == (7, -1)


def _comment(**changes) -> dict:
    return {"id": 1, "author_id": 2, "body": "hi", "public": True, **changes}


def _user(**changes) -> dict:
    return {"id": 3, "name": "Maria Example", "email": "maria@example.com", "role": "end-user", **changes}


@pytest.mark.parametrize(("parse", "data", "expected"), [
    (parse_ticket, {"requester_id": 1}, "ticket: field 'id' is missing"),
    (parse_ticket, {"id": 5, "requester_id": "abc"}, "ticket 5: field 'requester_id' is not an integer id"),
    (parse_ticket, {"id": 5, "requester_id": 1, "tags": "vip"}, "ticket 5: field 'tags' must be a list of strings"),
    (parse_ticket, {"id": 5, "requester_id": 1, "subject": 3}, "ticket 5: field 'subject' must be a string"),
    (parse_ticket, {"id": True, "requester_id": 1}, "ticket: field 'id' is not an integer id"),
    (parse_ticket, ["not", "an", "object"], "ticket: expected a JSON object, got list"),
    (parse_comment, _comment(public=None), "comment 1: field 'public' must be true or false"),
    (parse_comment, _comment(public="false"), "comment 1: field 'public' must be true or false"),
    (parse_comment, _comment(body=None), "comment 1: needs 'plain_body' or 'body'"),
    (parse_comment, _comment(author_id=None), "comment 1: field 'author_id' is missing"),
    (parse_user, _user(role=None), "user 3: field 'role' must be one of end-user, agent, admin"),
    (parse_user, _user(role="owner"), "user 3: field 'role' must be one of end-user, agent, admin"),
    (parse_user, _user(user_fields=["ai_opt_out"]), "user 3: field 'user_fields' must be an object"),
    (parse_user, _user(phone=5550100), "user 3: field 'phone' must be a string"),
    (thread_from_bundle, {"comments": []}, "bundle: needs a 'ticket'"),
    (thread_from_bundle, {"ticket": {"id": 1, "requester_id": 2}, "comments": "none"}, "'comments' must be a list"),
])
def test_malformed_input_is_a_clear_bad_request(parse, data, expected):
    with pytest.raises(BadRequest) as caught:
        parse(data)
    assert expected in str(caught.value)
    assert caught.value.status == 400


def test_errors_name_the_field_never_its_value():
    with pytest.raises(BadRequest) as caught:
        parse_user(_user(role="owner"))
    assert "maria" not in str(caught.value).lower() and "owner" not in str(caught.value)


@pytest.mark.parametrize("module", ["zendesk_parse", "zendesk_requests", "dryrun_helpdesk"])
def test_offline_modules_never_import_requests(module):
    tree = ast.parse((REPO / "plugin" / "adapters" / f"{module}.py").read_text(encoding="utf-8"))
    imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {(n.module or "").split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert imported and "requests" not in imported
