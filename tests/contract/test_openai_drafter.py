"""OpenAIDrafter against a local OpenAI-compatible server: what is sent, retries, error translation."""
from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from plugin.adapters.openai_drafter import MAX_WAIT, OpenAIDrafter, provider_retry_after
from plugin.core.errors import DraftRejected, PermanentError, TransientError
from plugin.core.model import Article
from plugin.core.prompting import build_draft_request
from tests.contract.fake_openai_server import (
    Delay,
    FakeOpenAIServer,
    Malformed,
    RateLimited,
    Reply,
    ServerError,
)

ARTICLE = Article("where-is-my-order", "Where is my order?", "Track it in Your account.",
                  url="https://help.example.com/hc/en-us/articles/track-your-order")
SECRET_TEXT = "my-unique-ticket-words-q7"


@pytest.fixture
def server(monkeypatch):
    with FakeOpenAIServer() as fake:
        for key, value in fake.env().items():
            monkeypatch.setenv(key, value)
        yield fake


@pytest.fixture
def sleeps():
    return []


@pytest.fixture
def drafter(server, sleeps):
    return OpenAIDrafter("gpt-test", timeout=5.0, max_attempts=4, sleep=sleeps.append)


def request(text=f"Hi, I am <PERSON_1>. Where is order #48213? {SECRET_TEXT}", articles=(ARTICLE,)):
    return build_draft_request([text], "Order <EMAIL_ADDRESS_1>", list(articles), "<PERSON_1>")


def test_sends_exactly_the_request_messages_to_the_base_url_from_the_environment(server, drafter):
    req = request()
    server.script(Reply("Hi <PERSON_1>,\n\nYour order 48213 is on its way."))
    draft = drafter.draft(req)
    assert len(server.requests) == 1
    sent = server.requests[0]
    assert sent.path == "/v1/chat/completions" and sent.headers["authorization"] == "Bearer test"
    assert sent.body["messages"] == [m.to_dict() for m in req.messages]
    assert sent.body["model"] == "gpt-test" and sent.body["temperature"] <= 0.3
    assert draft.text == "Hi <PERSON_1>,\n\nYour order 48213 is on its way."
    assert draft.sources == (ARTICLE,) and draft.model == "gpt-test" and 0 < draft.confidence <= 1


def test_ungrounded_drafts_have_lower_confidence(server, drafter):
    grounded = drafter.draft(request())
    ungrounded = drafter.draft(request(articles=()))
    assert ungrounded.sources == () and ungrounded.confidence < grounded.confidence


def test_429_retry_after_is_honoured_with_the_injected_sleep(server, drafter, sleeps):
    server.script(RateLimited(retry_after="2"), Reply("ok"))
    assert drafter.draft(request()).text == "ok"
    assert sleeps == [2.0] and len(server.requests) == 2


def test_429_without_header_backs_off_exponentially(server, drafter, sleeps):
    server.script(RateLimited(retry_after=None), RateLimited(retry_after=None), Reply("ok"))
    drafter.draft(request())
    assert sleeps == [0.5, 1.0]


def test_429_asking_for_longer_than_max_wait_is_handed_to_the_queue(server, drafter, sleeps):
    server.script(RateLimited(retry_after=str(int(MAX_WAIT) + 50)))
    with pytest.raises(TransientError) as caught:
        drafter.draft(request())
    assert caught.value.retry_after == MAX_WAIT + 50 and sleeps == [] and len(server.requests) == 1


def test_429_insufficient_quota_is_permanent(server, drafter, sleeps):
    server.script(RateLimited(retry_after="1", code="insufficient_quota"))
    with pytest.raises(PermanentError, match="quota"):
        drafter.draft(request())
    assert len(server.requests) == 1 and sleeps == []


def test_500_is_retried_then_raised_as_transient(server, drafter, sleeps):
    server.default = ServerError(500)
    with pytest.raises(TransientError, match="500"):
        drafter.draft(request())
    assert len(server.requests) == 4 and sleeps == [0.5, 1.0, 2.0]


def test_503_then_success(server, drafter):
    server.script(ServerError(503), Reply("fine"))
    assert drafter.draft(request()).text == "fine" and len(server.requests) == 2


def test_timeout_is_transient_and_retried(server, sleeps):
    server.default = Delay(5.0)
    drafter = OpenAIDrafter("gpt-test", timeout=0.3, max_attempts=2, sleep=sleeps.append)
    with pytest.raises(TransientError, match="timed out"):
        drafter.draft(request())
    assert len(server.requests) == 2 and sleeps == [0.5]


def test_connection_refused_is_transient(monkeypatch, sleeps):
    with FakeOpenAIServer() as gone:
        url = gone.base_url
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    monkeypatch.setenv("OPENAI_API_KEY", "test")
    with pytest.raises(TransientError, match="cannot reach"):
        OpenAIDrafter("gpt-test", max_attempts=2, sleep=sleeps.append).draft(request())


@pytest.mark.parametrize("body", [b'{"choices": [{"message": ', b"[]", b'{"id": "x"}', b'{"choices": []}', b"<html>"])
def test_malformed_responses_are_transient_and_retried(server, drafter, body):
    server.default = Malformed(body)
    with pytest.raises(TransientError, match="malformed"):
        drafter.draft(request())
    assert len(server.requests) == 4


def test_a_malformed_response_then_a_good_one_succeeds(server, drafter):
    server.script(Malformed(), Reply("recovered"))
    assert drafter.draft(request()).text == "recovered"


@pytest.mark.parametrize("reply,reason", [
    (Reply("   "), "empty"),
    (Reply("Hi <PERSON_1>, your ord", finish_reason="length"), "truncated"),
    (Reply("", finish_reason="content_filter"), "content_filter"),
])
def test_unusable_answers_are_rejected_without_retry(server, drafter, reply, reason):
    server.script(reply)
    with pytest.raises(DraftRejected) as caught:
        drafter.draft(request())
    assert caught.value.reasons == (reason,) and len(server.requests) == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_permanent_and_not_retried(server, drafter, status):
    server.script(ServerError(status))
    with pytest.raises(PermanentError, match=str(status)):
        drafter.draft(request())
    assert len(server.requests) == 1


def test_missing_api_key_is_a_clear_permanent_error(server, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY")
    with pytest.raises(PermanentError, match="cannot configure"):
        OpenAIDrafter("gpt-test").draft(request())
    assert server.requests == []


def test_injected_client_is_used_as_is():
    calls = []

    class Completions:
        def create(self, **kwargs):
            calls.append(kwargs)
            message = type("M", (), {"content": "from fake client", "refusal": None})()
            choice = type("C", (), {"message": message, "finish_reason": "stop"})()
            return type("R", (), {"choices": [choice], "usage": None})()

    client = type("Client", (), {"chat": type("Chat", (), {"completions": Completions()})()})()
    assert OpenAIDrafter("m", client=client).draft(request()).text == "from fake client"
    assert calls[0]["model"] == "m" and calls[0]["timeout"] == 20.0


def test_logs_carry_no_prompt_or_completion_text(server, drafter, caplog):
    caplog.set_level(logging.DEBUG)
    server.script(ServerError(502), Reply("Completion words zq9 for <PERSON_1>"))
    drafter.draft(request())
    ours = [r.getMessage() for r in caplog.records if r.name == "candor.openai"]
    assert len(ours) == 2 and '"outcome": "error"' in ours[0] and '"outcome": "ok"' in ours[1]
    everything = "\n".join(r.getMessage() for r in caplog.records)
    for secret in (SECRET_TEXT, "zq9", "<PERSON_1>", "48213"):
        assert secret not in everything


@pytest.mark.parametrize("headers,expected", [
    ({"retry-after": "3"}, 3.0),
    ({"retry-after": "1.5"}, 1.5),
    ({"retry-after-ms": "250"}, 0.25),
    ({"retry-after": "soon"}, None),
    ({}, None),
])
def test_retry_after_parsing(headers, expected):
    assert provider_retry_after(headers) == expected


def test_retry_after_as_http_date():
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 25 <= provider_retry_after({"retry-after": when}) <= 31
