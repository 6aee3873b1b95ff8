"""Fault injection on the whole worker path: webhook -> queue -> worker -> OpenAI fake and Zendesk fake over HTTP.

Whatever fails (OpenAI 429/500/timeouts/malformed bodies, Zendesk 429/409/5xx/timeouts, answers lost after
the write landed, a worker dying between posting and finishing), the ticket ends with exactly one note — the
suggestion, or one clear note that the AI is unavailable — nothing is lost, and the dead-letter list holds
only jobs that truly failed. Waits are injected (see live_stack); no test sleeps through a real timeout.
DynamoDB throttling: tests/e2e/test_dynamodb_throttling.py; SQS redelivery and worker death on Lambda:
tests/e2e/test_aws_lambda_e2e.py.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from plugin.core import worker as pipeline_worker
from plugin.core.model import Job
from plugin.core.texts import NOTE_LABEL
from tests.contract.fake_openai_server import Delay, Malformed, RateLimited, ServerError
from tests.functional.live_stack import GOOD_REPLY as GOOD
from tests.functional.live_stack import SpecValidator, live_stack

ROOT = Path(__file__).resolve().parents[2]
TICKET, COMMENTS, UPDATE = "/api/v2/tickets/{ticket_id}", "/api/v2/tickets/{ticket_id}/comments", \
    "/api/v2/tickets/{ticket_id}"
QUESTION = "Hello, I returned my order last week. When will I get my refund?"


@pytest.fixture(scope="module")
def validator():
    return SpecValidator()


@pytest.fixture
def stack(tmp_path, monkeypatch, validator):
    with live_stack(tmp_path / "state", monkeypatch, validator=validator) as live:
        live.openai.default = GOOD
        yield live
        assert live.zendesk.violations == []


def one_ticket(stack, ticket_id=7):
    comment = stack.add_ticket(ticket_id, QUESTION)
    assert stack.deliver(ticket_id, comment).status_code == 202
    stack.run()
    return stack.notes(ticket_id)


def assert_one_suggestion(notes):
    assert len(notes) == 1, notes
    assert notes[0].startswith(NOTE_LABEL) and "your refund is issued" in notes[0] and "Maria Example" in notes[0]


def assert_one_unavailable_note(notes):
    assert len(notes) == 1, notes
    assert "AI suggestion service is unavailable" in notes[0]


# -- OpenAI -------------------------------------------------------------------------------------------------
def test_openai_429_with_retry_after_is_waited_then_drafted(stack):
    stack.openai.script(RateLimited(retry_after="2"))
    assert_one_suggestion(one_ticket(stack))
    assert 2.0 in stack.sleeps and len(stack.openai.requests) == 2 and stack.dead() == []


def test_openai_429_asking_for_minutes_gives_one_unavailable_note_without_waiting(stack):
    stack.openai.script(RateLimited(retry_after="120"))
    assert_one_unavailable_note(one_ticket(stack))
    assert stack.sleeps == [] and len(stack.openai.requests) == 1 and stack.dead() == []


def test_openai_500_once_is_retried(stack):
    stack.openai.script(ServerError(500))
    assert_one_suggestion(one_ticket(stack))
    assert stack.sleeps == [0.5]


def test_openai_500_on_every_attempt_gives_one_unavailable_note(stack):
    stack.openai.script(*[ServerError(500)] * 3)
    assert_one_unavailable_note(one_ticket(stack))
    assert len(stack.openai.requests) == 3 and stack.dead() == []


def test_openai_timeout_then_answer(stack):
    stack.short_timeouts()
    stack.openai.script(Delay(30.0))  # the client gives up after 0.3 s; the fake is released at teardown
    assert_one_suggestion(one_ticket(stack))
    assert len(stack.openai.requests) == 2


@pytest.mark.parametrize("body", [b'{"id": "x", "choices": [{"message": ', b'{"id": "x", "choices": []}',
                                  b"<html>502 Bad Gateway</html>"])
def test_openai_malformed_answer_then_a_good_one(stack, body):
    stack.openai.script(Malformed(body))
    assert_one_suggestion(one_ticket(stack))


def test_openai_malformed_every_time_gives_one_unavailable_note(stack):
    stack.openai.default = Malformed()
    assert_one_unavailable_note(one_ticket(stack))


# -- Zendesk ------------------------------------------------------------------------------------------------
def test_zendesk_429_with_retry_after_is_waited(stack):
    stack.zendesk.fail_next("GET", TICKET, 429, headers={"Retry-After": "7"})
    assert_one_suggestion(one_ticket(stack))
    assert 7.0 in stack.sleeps


def test_zendesk_429_asking_for_minutes_goes_back_to_the_queue_for_that_long(stack):
    stack.zendesk.fail_next("GET", TICKET, 429, headers={"Retry-After": "120"})
    assert_one_suggestion(one_ticket(stack))
    assert 120.0 in stack.time.slept and 120.0 not in stack.sleeps  # the queue waited, not the worker


def test_zendesk_409_on_the_update_rereads_and_posts_once(stack):
    stack.zendesk.fail_next("PUT", UPDATE, 409)
    assert_one_suggestion(one_ticket(stack))
    assert "ai_suggested" in stack.zendesk.state.tickets[7]["tags"]


@pytest.mark.parametrize("status", [500, 502, 503])
def test_zendesk_5xx_after_the_note_landed_does_not_post_it_twice(stack, status):
    stack.zendesk.fail_next("PUT", UPDATE, status, applied=True)
    assert_one_suggestion(one_ticket(stack))


def test_zendesk_timeout_after_the_note_landed_does_not_post_it_twice(stack):
    stack.short_timeouts()
    stack.zendesk.fail_next("PUT", UPDATE, delay=2.0, applied=True)  # client timeout 0.3 s
    assert_one_suggestion(one_ticket(stack))


def test_zendesk_answer_cut_off_after_the_note_landed_does_not_post_it_twice(stack):
    stack.zendesk.fail_next("PUT", UPDATE, truncated=True)
    assert_one_suggestion(one_ticket(stack))


def test_zendesk_timeout_on_a_read_is_retried(stack):
    stack.short_timeouts()
    stack.zendesk.fail_next("GET", COMMENTS, delay=2.0)
    assert_one_suggestion(one_ticket(stack))


def test_zendesk_down_for_a_while_is_retried_by_the_queue_until_one_note(stack):
    stack.zendesk.fail_next("GET", TICKET, 503, times=5 * 3)  # three whole jobs' worth of attempts
    assert_one_suggestion(one_ticket(stack))
    assert stack.time.slept == [5.0, 10.0, 20.0] and stack.dead() == []


def test_zendesk_down_for_good_dead_letters_only_that_job_and_others_proceed(stack):
    ok = stack.add_ticket(8, QUESTION)
    stack.zendesk.fail_next("GET", TICKET, 503, times=5 * 5)  # every attempt of every receive of one job
    assert one_ticket(stack, 7) == []
    assert stack.dead() == [("evt-7-701", "MaybeAppliedError")] and stack.time.slept == [5.0, 10.0, 20.0, 40.0]
    assert stack.deliver(8, ok).status_code == 202
    stack.run()
    assert_one_suggestion(stack.notes(8))
    assert stack.dead() == [("evt-7-701", "MaybeAppliedError")]


def test_a_deleted_ticket_is_dead_lettered_at_once(stack):
    stack.add_ticket(9, QUESTION)
    stack.services.queue.enqueue(Job("acme", "evt-gone", "comment_added", ticket_id=404404, comment_id=1))
    stack.run()
    assert stack.dead() == [("evt-gone", "ZendeskHttpError")]


# -- redelivery and worker death ----------------------------------------------------------------------------
def test_webhook_redelivered_and_job_delivered_twice_still_one_note(stack):
    comment = stack.add_ticket(7, QUESTION)
    assert stack.deliver(7, comment).get_json()["status"] == "queued"
    assert stack.deliver(7, comment).get_json()["status"] == "duplicate"
    stack.services.queue.enqueue(stack.services.queue.pending()[0])  # SQS at-least-once: the same job twice
    stack.run()
    assert_one_suggestion(stack.notes(7))
    assert stack.actions() == ["suggestion_posted"] and len(stack.openai.requests) == 1


class WorkerDied(BaseException):
    """The process is gone: no except-clause cleanup runs, the queue copy is lost with it."""


def test_worker_dying_between_posting_and_marking_done_posts_one_note(stack, monkeypatch):
    comment = stack.add_ticket(7, QUESTION)
    stack.deliver(7, comment)
    [job] = stack.services.queue.pending()
    idem = stack.services.idempotency
    real_complete, real_release = idem.complete, idem.release
    monkeypatch.setattr(idem, "release", lambda key: None)  # a dead process releases nothing
    monkeypatch.setattr(idem, "complete", lambda key, ttl: (_ for _ in ()).throw(WorkerDied()))
    with pytest.raises(WorkerDied):
        stack.run()
    assert len(stack.notes(7)) == 1
    monkeypatch.setattr(idem, "complete", real_complete)
    monkeypatch.setattr(idem, "release", real_release)
    # the broker redelivers before the claim lapses: handed back, not dropped, not run twice
    stack.services.queue.enqueue(job)
    with pytest.raises(Exception, match="in progress"):
        stack.services.worker.handle(job)
    expire_claims(stack.services.db)  # ... and again after the visibility timeout, when the claim has lapsed
    outcome = stack.services.worker.handle(job)
    assert outcome.action == "skipped_already_handled" and len(stack.notes(7)) == 1


def test_worker_dying_before_posting_is_run_again_and_posts_one_note(stack, monkeypatch):
    comment = stack.add_ticket(7, QUESTION)
    stack.deliver(7, comment)
    [job] = stack.services.queue.pending()
    monkeypatch.setattr(stack.services.idempotency, "release", lambda key: None)
    drafting = stack.services.drafting
    real_complete = drafting.complete
    monkeypatch.setattr(drafting, "complete", lambda *a: (_ for _ in ()).throw(WorkerDied()))  # dies while drafting
    with pytest.raises(WorkerDied):
        stack.run()
    monkeypatch.setattr(drafting, "complete", real_complete)
    assert stack.notes(7) == []
    expire_claims(stack.services.db)
    assert stack.services.worker.handle(job).action == "suggestion_posted"
    assert_one_suggestion(stack.notes(7))


def expire_claims(db) -> None:
    """Time passes beyond the claim: in-progress claims lapse (as they would after CLAIM_SECONDS)."""
    db.run("UPDATE idempotency SET expires_at = 0 WHERE status = 'IN_PROGRESS'")


def test_claim_outlives_the_function_and_lapses_before_the_queue_redelivers():
    """The numbers the two tests above depend on, read from the deployment files."""
    zappa = json.loads((ROOT / "zappa_settings.json").read_text())
    timeouts = {stage["timeout_seconds"] for stage in zappa.values() if isinstance(stage, dict)
                and "timeout_seconds" in stage}
    stack_text = (ROOT / "infra" / "candor.yaml").read_text()
    visibility = {int(v) for v in re.findall(r"VisibilityTimeout:\s*(\d+)", stack_text)}
    assert timeouts and visibility
    assert max(timeouts) < pipeline_worker.CLAIM_SECONDS < min(visibility)
