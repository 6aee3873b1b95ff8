"""The ack path through the Flask test client: verification, validation, dedupe, ids-only queueing."""
import json

import pytest

from tests.functional.conftest import sample, signed_headers


def post(client, body: bytes, headers: dict, path: str = "/webhooks/zendesk"):
    return client.post(path, data=body, headers=headers)


def test_signed_event_is_queued_with_ids_only(client, services):
    body = sample("01-comment-refund")
    response = post(client, body, signed_headers(body))
    assert response.status_code == 202 and response.get_json()["status"] == "queued"
    job = services.queue.pending()[0]
    assert job.to_dict() == {"tenant": "acme", "event_id": "evt-101-10101", "kind": "comment_added",
                             "ticket_id": 101, "comment_id": 10101}


def test_redelivery_is_deduplicated(client, services):
    body = sample("01-comment-refund")
    assert post(client, body, signed_headers(body, **{"x-zendesk-webhook-invocation-id": "1"})).status_code == 202
    again = post(client, body, signed_headers(body, **{"x-zendesk-webhook-invocation-id": "2"}))
    assert again.status_code == 202 and again.get_json()["status"] == "duplicate"
    assert len(services.queue) == 1


@pytest.mark.parametrize("headers", [
    lambda body: signed_headers(body, secret="someone-else"),
    lambda body: signed_headers(body, stamp="2020-01-01T00:00:00Z"),
    lambda body: {k: v for k, v in signed_headers(body).items() if "Signature" not in k},
])
def test_bad_signatures_get_401_and_nothing_is_stored(client, services, headers):
    body = sample("01-comment-refund")
    response = post(client, body, headers(body))
    assert response.status_code == 401
    assert response.get_json() == {"error": "invalid signature or unknown tenant"}
    assert len(services.queue) == 0
    # the event was not marked as seen: a correctly signed delivery still goes through
    assert post(client, body, signed_headers(body)).status_code == 202


def test_tampered_body_rejected(client):
    body = sample("01-comment-refund")
    headers = signed_headers(body)
    assert post(client, body.replace(b"101", b"102"), headers).status_code == 401


@pytest.mark.parametrize("body, content_type, status", [
    (b"{not json", "application/json", 400),
    (b'{"hello": "world"}', "application/json", 400),
    (b'{"ticket_id": "abc", "updated_at": "x"}', "application/json", 400),
    (b"\xff\xfe{}", "application/json", 400),
    (b"[" * 100000 + b"]" * 100000, "application/json", 400),
    (b'{"ticket_id": 1}', "text/plain", 415),
    (b'{"pad": "' + b"a" * 300_000 + b'"}', "application/json", 413),
])
def test_bad_input_gets_clear_4xx_and_nothing_queued(client, services, body, content_type, status):
    headers = signed_headers(body)
    headers["Content-Type"] = content_type
    response = post(client, body, headers)
    assert response.status_code == status
    assert response.get_json()["error"]
    assert len(services.queue) == 0


def test_private_staff_comment_ignored(client, services):
    payload = json.loads(sample("05-comment-agent-reply"))
    payload["event"]["comment"]["is_public"] = False
    body = json.dumps(payload).encode()
    response = post(client, body, signed_headers(body))
    assert response.status_code == 202 and response.get_json()["status"] == "ignored"
    assert len(services.queue) == 0


def test_public_staff_reply_is_queued_for_the_trust_report(client, services):
    body = sample("05-comment-agent-reply")
    response = post(client, body, signed_headers(body))
    assert response.status_code == 202 and response.get_json()["status"] == "queued"
    assert len(services.queue) == 1


def test_queue_failure_answers_503_with_retry_after_and_releases_the_claim(client, services, monkeypatch):
    body = sample("01-comment-refund")

    def broken(job):
        raise ConnectionError("queue down")

    monkeypatch.setattr(services.queue, "enqueue", broken)
    response = post(client, body, signed_headers(body))
    assert response.status_code == 503 and int(response.headers["Retry-After"]) < 60
    monkeypatch.undo()
    assert post(client, body, signed_headers(body)).get_json()["status"] == "queued"


def test_unknown_tenant_path_is_401(client):
    body = sample("01-comment-refund")
    assert post(client, body, signed_headers(body), "/webhooks/zendesk/other").status_code == 401


def test_no_ticket_text_reaches_logs(client, caplog):
    body = sample("01-comment-refund")
    with caplog.at_level("DEBUG"):
        post(client, body, signed_headers(body))
    assert caplog.records
    for record in caplog.records:
        json.loads(record.getMessage())
        assert "body omitted" not in record.getMessage()


def test_first_verified_delivery_pins_the_account(client, services):
    body = sample("01-comment-refund")
    ok = client.post("/webhooks/zendesk/acme", data=body, headers=signed_headers(body, **{"x-zendesk-account-id": "111"}))
    assert ok.status_code == 202 and services.tenants.get("acme").account_id == "111"
    body2 = sample("03-comment-bias")
    other = client.post("/webhooks/zendesk/acme", data=body2,
                        headers=signed_headers(body2, **{"x-zendesk-account-id": "222"}))
    assert other.status_code == 401
