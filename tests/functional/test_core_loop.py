"""Flask test client -> queue -> worker -> dry-run helpdesk: the whole core loop, embedded default."""
import re

import pytest

from plugin.core.model import Job
from tests.functional.conftest import sample, signed_headers


def deliver(client, name, **headers):
    body = sample(name)
    return client.post("/webhooks/zendesk", data=body, headers=signed_headers(body, **headers))


def notes(helpdesk, ticket_id):
    out = []
    for action in helpdesk.actions:
        if action["method"] == "PUT" and action["path"].startswith(f"/api/v2/tickets/{ticket_id}"):
            comment = action["body"]["ticket"].get("comment")
            if comment:
                out.append((comment, action["body"]["ticket"]))
    return out


@pytest.mark.slow
def test_customer_comment_becomes_one_redacted_disclosed_internal_note(client, services, helpdesk):
    assert deliver(client, "01-comment-refund").status_code == 202
    services.queue.drain(services.worker.handle)
    posted = notes(helpdesk, 101)
    assert len(posted) == 1
    comment, ticket = posted[0]
    assert comment["public"] is False
    body = comment.get("body") or comment.get("html_body")
    assert body.startswith("🤖 AI-suggested reply")
    assert "Hidden from the AI:" in body and "card number" in body and "e-mail" in body
    assert "Sources:" in body
    assert "ai_suggested" in (ticket.get("additional_tags") or ticket.get("tags"))
    # the agent gets a personal reply: the requester's name is restored locally
    assert "Maria Gonzalez" in body


@pytest.mark.slow
def test_provider_never_sees_personal_data(services, helpdesk):
    thread = helpdesk.thread(101)
    request, _, hidden = services.drafting.prepare(
        thread, list(thread.comments), services.default_tenant())
    sent = " ".join(m.content for m in request.messages)
    for value in ("Maria", "Gonzalez", "maria.gonzalez@example.com", "5425 2334 3010 9903", "555-0134"):
        assert value not in sent
    for kept in ("ORD-2024-0042", "SKU-JK-2231", "$89.99"):
        assert kept in sent
    assert re.search(r"<PERSON_1>", sent)
    assert hidden["CREDIT_CARD"] == 1


@pytest.mark.slow
def test_same_job_twice_posts_one_note(services, helpdesk):
    job = Job("acme", "evt-x", "comment_added", ticket_id=101, comment_id=10101)
    first, second = services.worker.handle(job), services.worker.handle(job)
    assert first.action == "suggestion_posted" and second.action == "duplicate"
    assert len(notes(helpdesk, 101)) == 1


@pytest.mark.slow
def test_worker_crash_after_posting_does_not_post_twice(services, helpdesk):
    job = Job("acme", "evt-crash", "comment_added", ticket_id=101, comment_id=10101)
    services.worker.handle(job)
    services.idempotency.release(f"job:acme:{job.event_id}")  # as if "done" was never recorded
    services.idempotency._db.run("DELETE FROM idempotency")
    again = services.worker.handle(job)
    assert again.action == "skipped_already_handled"
    # a second event about the same comment (trigger + event subscription both set up) is also one note
    other = services.worker.handle(Job("acme", "inv-other", "comment_added", ticket_id=101))
    assert other.action == "skipped_already_handled"
    assert len(notes(helpdesk, 101)) == 1


@pytest.mark.slow
def test_bias_complaint_goes_to_humans_without_any_draft(client, services, helpdesk, monkeypatch):
    calls = []
    monkeypatch.setattr(services.drafter, "draft", lambda request: calls.append(request))
    deliver(client, "03-comment-bias")
    services.queue.drain(services.worker.handle)
    (comment, ticket), = notes(helpdesk, 103)
    assert calls == []
    assert comment["public"] is False and "Bias & Fairness Review" in comment["body"]
    assert ticket["priority"] in ("high", "urgent") and ticket["group_id"]
    assert "bias_review" in (ticket.get("additional_tags") or ticket.get("tags"))


@pytest.mark.slow
def test_injection_cannot_stop_escalation(client, services, helpdesk):
    deliver(client, "08-comment-injection")
    services.queue.drain(services.worker.handle)
    (comment, ticket), = notes(helpdesk, 107)
    assert "bias_review" in (ticket.get("additional_tags") or ticket.get("tags"))


@pytest.mark.slow
def test_opt_out_message_is_honoured_across_tickets(client, services, helpdesk):
    deliver(client, "06-created-optout")
    services.queue.drain(services.worker.handle)
    assert services.preferences.opted_out("acme", "505")
    (comment, _), = notes(helpdesk, 105)
    assert "opted out" in comment["body"]


@pytest.mark.slow
def test_dead_letter_for_unknown_tenant_job(services):
    services.queue.enqueue(Job("ghost", "e1", "comment_added", ticket_id=1))
    services.queue.drain(services.worker.handle)
    assert [j.tenant for j, _ in services.queue.dead_letters] == ["ghost"]
