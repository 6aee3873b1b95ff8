"""The Helpdesk contract, run against ZendeskHelpdesk (over the spec-validating local Zendesk server)
and against DryRunHelpdesk (= InMemoryHelpdesk). Both must behave the same."""
from __future__ import annotations

import pytest
from zendesk_scenario import AGENT, BIG, REQUESTER, SMALL, STRANGER, SUPPORT_GROUP, dry_run, zendesk_for
from zendesk_server import PLUGIN_USER_ID

from plugin.core.errors import PermanentError
from plugin.core.model import TicketUpdate

NOTE = "AI-drafted suggestion — review before sending\n\nHello Maria,\n\nyour refund is on its way.\n\nCandor ref r-1"


def test_fetch_thread_returns_every_comment_oldest_first_across_pages(helpdesk):
    thread = helpdesk.fetch_thread(BIG)
    assert [c.id for c in thread.comments] == [BIG * 10_000 + i for i in range(250)]
    assert [c.public for c in thread.comments[:5]] == [True, True, True, False, True]
    assert thread.ticket.tags == ("vip", "billing") and thread.ticket.priority == "normal"


def test_fetch_thread_brings_the_requester_and_the_authors_only(helpdesk):
    thread = helpdesk.fetch_thread(SMALL)
    assert sorted(u.id for u in thread.users) == [REQUESTER, AGENT]
    assert thread.user(STRANGER) is None
    requester = thread.requester
    assert (requester.phone, requester.locale, requester.tags) == ("+1 555 0100", "de", ("vip",))
    assert requester.field("ai_opt_out") is False and thread.user(AGENT).is_staff


def test_internal_note_is_private_by_the_plugin_user_and_adds_tags_without_replacing(helpdesk):
    helpdesk.update_ticket(SMALL, TicketUpdate(NOTE, add_tags=("candor_suggested",)))
    thread = helpdesk.fetch_thread(SMALL)
    note = thread.comments[-1]
    assert (note.body, note.public, note.author_id) == (NOTE, False, PLUGIN_USER_ID)
    assert helpdesk.current_user_id() == PLUGIN_USER_ID and thread.user(PLUGIN_USER_ID).is_staff
    assert thread.ticket.tags == ("vip", "billing", "candor_suggested")
    assert len(thread.comments) == 4


def test_a_tag_already_present_is_not_duplicated(helpdesk):
    helpdesk.update_ticket(SMALL, TicketUpdate(NOTE, add_tags=("VIP", "billing")))
    assert helpdesk.fetch_thread(SMALL).ticket.tags == ("vip", "billing")


def test_group_priority_and_custom_fields_are_set(helpdesk):
    group = helpdesk.ensure_group("Bias & Fairness Review")
    helpdesk.update_ticket(SMALL, TicketUpdate(group_id=group, priority="high", custom_fields=((777, "yes"),)))
    ticket = helpdesk.fetch_thread(SMALL).ticket
    assert (ticket.group_id, ticket.priority, dict(ticket.custom_fields)[777]) == (group, "high", "yes")


def test_ensure_group_finds_existing_and_creates_missing_once(helpdesk):
    assert helpdesk.ensure_group("Support") == SUPPORT_GROUP
    created = helpdesk.ensure_group("Bias & Fairness Review")
    assert created not in (None, SUPPORT_GROUP)
    assert helpdesk.ensure_group("Bias & Fairness Review") == created
    assert helpdesk.ensure_group("  bias & fairness review ") == created


def test_unknown_ticket_is_a_permanent_error(helpdesk):
    with pytest.raises(PermanentError):
        helpdesk.fetch_thread(999)
    with pytest.raises(PermanentError):
        helpdesk.update_ticket(999, TicketUpdate(NOTE))


@pytest.mark.parametrize("update", [TicketUpdate(NOTE, priority="asap"), TicketUpdate(NOTE, add_tags=("two words",))])
def test_an_update_zendesk_would_reject_is_refused_and_changes_nothing(helpdesk, update):
    before = helpdesk.fetch_thread(SMALL)
    with pytest.raises(PermanentError):
        helpdesk.update_ticket(SMALL, update)
    assert helpdesk.fetch_thread(SMALL) == before


def test_an_empty_update_changes_nothing(helpdesk):
    before = helpdesk.fetch_thread(SMALL)
    helpdesk.update_ticket(SMALL, TicketUpdate())
    assert helpdesk.fetch_thread(SMALL) == before


def test_dry_run_records_exactly_the_requests_zendesk_receives(server):
    from zendesk_scenario import as_action

    real, dry = zendesk_for(server, []), dry_run()
    for desk in (real, dry):
        desk.fetch_thread(SMALL)
        desk.update_ticket(SMALL, TicketUpdate(NOTE, add_tags=("candor_suggested",), priority="high"))
        desk.ensure_group("Bias & Fairness Review")
    real.close()
    assert dry.actions == [as_action(r) for r in server.requests]
    assert [a["method"] for a in dry.actions] == ["GET", "GET", "GET", "GET", "PUT", "GET", "POST"]


def test_dry_run_prints_nothing_itself(capsys):
    desk = dry_run()
    desk.fetch_thread(SMALL)
    desk.update_ticket(SMALL, TicketUpdate(NOTE, add_tags=("candor_suggested",)))
    desk.ensure_group("Support")
    assert capsys.readouterr() == ("", "") and len(desk.actions) == 6
