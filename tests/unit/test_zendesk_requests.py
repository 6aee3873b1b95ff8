"""The requests Candor sends to Zendesk, built as data (shared by ZendeskHelpdesk and DryRunHelpdesk)."""
from __future__ import annotations

import pytest

from plugin.adapters import zendesk_requests as rq
from plugin.adapters.zendesk_http import auth_header, next_cursor, retry_after_seconds
from plugin.core.errors import PermanentError
from plugin.core.model import TicketUpdate

NOTE = "AI-drafted suggestion (review before sending)\n\nHello,\n\nthanks for writing in."


def test_internal_note_is_a_plain_body_with_public_false():
    request = rq.update_ticket(12, TicketUpdate(NOTE))
    assert (request.method, request.path, request.template) == ("PUT", "/api/v2/tickets/12", "/api/v2/tickets/{ticket_id}")
    assert request.body == {"ticket": {"comment": {"body": NOTE, "public": False}}}


def test_new_tags_are_merged_into_the_current_ones_under_safe_update():
    request = rq.update_ticket(12, TicketUpdate(NOTE, add_tags=("candor_suggested", "VIP")),
                               current_tags=("vip", "billing"), updated_stamp="2024-06-01T00:00:01Z")
    ticket = request.body["ticket"]
    assert ticket["tags"] == ["vip", "billing", "candor_suggested"]
    assert ticket["safe_update"] is True and ticket["updated_stamp"] == "2024-06-01T00:00:01Z"
    assert "additional_tags" not in ticket  # ignored by the single-ticket endpoint


def test_tags_already_present_send_no_tag_change():
    request = rq.update_ticket(12, TicketUpdate(NOTE, add_tags=("vip",)), current_tags=("vip",),
                               updated_stamp="2024-06-01T00:00:01Z")
    assert set(request.body["ticket"]) == {"comment"}


def test_adding_tags_without_the_current_ones_is_refused():
    with pytest.raises(ValueError):
        rq.update_ticket(12, TicketUpdate(add_tags=("x",)))


def test_group_priority_and_custom_fields():
    update = TicketUpdate(group_id=41, priority="high", custom_fields=((777, "yes"), (778, ("a", "b"))))
    assert rq.update_ticket(3, update).body == {"ticket": {
        "group_id": 41, "priority": "high", "custom_fields": [{"id": 777, "value": "yes"}, {"id": 778, "value": ["a", "b"]}]}}


def test_an_update_with_nothing_to_do_builds_no_request():
    assert rq.update_ticket(3, TicketUpdate()) is None


@pytest.mark.parametrize("update", [
    TicketUpdate(priority="asap"),
    TicketUpdate(NOTE, add_tags=("two words",)),
    TicketUpdate(NOTE, add_tags=("a,b",)),
    TicketUpdate(NOTE, add_tags=("",)),
    TicketUpdate("   \n"),
])
def test_updates_zendesk_would_reject_or_mangle_are_permanent_errors(update):
    with pytest.raises(PermanentError):
        rq.update_ticket(3, update, current_tags=(), updated_stamp="2024-06-01T00:00:01Z")


def test_comment_pages_use_cursor_pagination():
    first, later = rq.list_comments(5), rq.list_comments(5, "abc")
    assert first.params == (("page[size]", "100"),)
    assert later.params == (("page[size]", "100"), ("page[after]", "abc"))
    assert later.action() == {"method": "GET", "path": "/api/v2/tickets/5/comments?page[size]=100&page[after]=abc",
                              "body": None}


def test_show_many_users_takes_one_to_hundred_ids():
    assert rq.show_many_users([1, 2]).params == (("ids", "1,2"),)
    with pytest.raises(ValueError):
        rq.show_many_users(list(range(101)))


def test_create_group_sends_only_the_name():
    assert rq.create_group("Bias & Fairness Review").body == {"group": {"name": "Bias & Fairness Review"}}


def test_merged_tags_compare_case_insensitively_and_keep_order():
    assert rq.merged_tags(("b", "A"), ("a", "c", "C")) == ["b", "A", "c"]


@pytest.mark.parametrize(("value", "expected"), [("7", 7.0), ("0.5", 0.5), ("-3", 0.0), (None, None), ("soon", None)])
def test_retry_after_is_read_as_seconds(value, expected):
    assert retry_after_seconds(value) == expected


def test_retry_after_accepts_an_http_date_in_the_past_as_zero():
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0


def test_next_cursor_prefers_meta_then_reads_links_next():
    assert next_cursor({"meta": {"after_cursor": "xyz"}}) == "xyz"
    assert next_cursor({"meta": {}, "links": {"next": "https://acme.zendesk.com/x?page%5Bafter%5D=q1&page[size]=100"}}) == "q1"
    assert next_cursor({"meta": {"has_more": False}}) is None


def test_auth_header_is_api_token_basic_auth_or_oauth_bearer():
    assert auth_header("a@example.com", "tok", None) == "Basic YUBleGFtcGxlLmNvbS90b2tlbjp0b2s="  # a@example.com/token:tok
    assert auth_header(None, None, "oauth") == "Bearer oauth"
    with pytest.raises(ValueError):
        auth_header("a@example.com", "tok", "oauth")
    with pytest.raises(ValueError):
        auth_header("a@example.com", None, None)
