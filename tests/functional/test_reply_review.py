"""The worker's look at an agent's public reply (core/reply_review.py): a score for the first reply after a
suggestion, nothing for Candor's own public replies, no API call when there is nothing to measure, never text."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from plugin.adapters.dryrun_helpdesk import DryRunHelpdesk
from plugin.core import disclosure
from plugin.core.model import Comment, Job, TicketUpdate, User
from plugin.core.reply_review import ReplyReview, similarity
from plugin.wiring import build_services
from tests.functional.zaf.support import add_tenant, make_settings, seed_suggestion, thread

AGENT = User(900, "Agent Kim", role="agent")


@pytest.fixture
def world(tmp_path):
    helpdesk = DryRunHelpdesk([replace(thread(101), users=thread(101).users + (AGENT,)), thread(102)])
    services = build_services(make_settings(tmp_path), helpdesk=helpdesk)
    tenant = add_tenant(services, "acme")
    review = ReplyReview(services.archive, services.preferences, services.audit, services.clock)
    return services, helpdesk, tenant, review


def _reply(helpdesk, ticket_id: int, comment_id: int, body: str, author: int = 900) -> None:
    current = helpdesk.thread(ticket_id)
    comment = Comment(comment_id, author, body, True, "2030-01-01T10:00:00Z")
    helpdesk._threads[ticket_id] = replace(current, comments=current.comments + (comment,))


def test_similarity_ignores_case_spacing_markup_and_the_disclosure_footer():
    footer = disclosure.customer_footer("en")[0]
    assert similarity("Your refund was sent today.", f"<p>your refund  was sent\ntoday.</p>\n\n{footer}",
                      (footer,)) == 1.0
    assert similarity("Your refund was sent today.", "Please send us a photo of the damaged box.") < 0.5
    assert similarity("", "anything") == 0.0


def test_the_first_agent_reply_after_a_suggestion_gets_a_score_and_no_text(world):
    services, helpdesk, tenant, review = world
    record = seed_suggestion(services, "acme", name="Maria")
    _reply(helpdesk, 101, 501, "Hi Maria, your refund was sent today! Anything else?")
    result = review.handle(tenant, helpdesk, Job("acme", "evt-501", "staff_reply", 101, 501))
    assert result.action == "agent_reply" and 0.7 < result.detail["similarity"] < 1.0
    assert result.detail["suggestion_id"] == record["id"]
    _reply(helpdesk, 101, 502, "One more thing: the bank may take a week.")
    again = review.handle(tenant, helpdesk, Job("acme", "evt-502", "staff_reply", 101, 502))
    assert again.action == "skipped_nothing_to_measure"  # each suggestion is compared once
    stored = [r for r in services.audit.query("acme") if r["action"] == "agent_reply"]
    assert len(stored) == 1 and stored[0]["draft_hash"] == record["draft_hash"]
    assert "refund" not in json.dumps(stored) and "Maria" not in json.dumps(stored)


def test_candors_own_public_reply_is_never_compared(world):
    services, helpdesk, tenant, review = world
    seed_suggestion(services, "acme", name="Maria")
    helpdesk.update_ticket(101, TicketUpdate("Hi Maria, your refund was sent today.", comment_public=True))
    own = helpdesk.thread(101).comments[-1]
    result = review.handle(tenant, helpdesk, Job("acme", "evt-own", "staff_reply", 101, own.id))
    assert result.action == "skipped_not_agent_reply"
    assert [r for r in services.audit.query("acme") if r["action"] == "agent_reply"] == []


def test_no_suggestion_and_no_review_means_no_api_call(world):
    _, helpdesk, tenant, review = world
    before = len(helpdesk.actions)
    assert review.handle(tenant, helpdesk, Job("acme", "evt-9", "staff_reply", 102, 9)).action == "skipped_no_suggestion"
    assert len(helpdesk.actions) == before
