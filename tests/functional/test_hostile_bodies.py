"""Oversized, deeply nested, non-UTF-8 and mixed-encoding bodies, and ids no store can hold: every endpoint
answers a clear 4xx and keeps nothing. Signed bodies are signed correctly, so it is the parser that is tested,
not the signature check."""
from __future__ import annotations

import io
import time

import pytest

from handlers.app import create_app
from plugin.core import signature
from plugin.core.texts import HTTP_TEXTS
from plugin.wiring import build_services
from tests.functional.zaf.support import WEBHOOK_SECRET, add_tenant, make_settings, session_headers

DEEP = b"[" * 100_000 + b"]" * 100_000  # 200 KB: under the size limit, far over the recursion limit
DEEP_OBJECT = b'{"a":' * 40_000 + b"1" + b"}" * 40_000


@pytest.fixture
def app(tmp_path):
    services = build_services(make_settings(tmp_path))
    add_tenant(services, "acme")
    return create_app(services=services)


@pytest.fixture
def client(app):
    return app.test_client()


def signed(body: bytes, content_type: str = "application/json") -> dict:
    stamp = signature.format_timestamp(time.time())
    return {signature.SIGNATURE_HEADER: signature.sign(WEBHOOK_SECRET, stamp, body),
            signature.TIMESTAMP_HEADER: stamp, "Content-Type": content_type}


def queued(app) -> int:
    return len(app.extensions["candor"].queue)


@pytest.mark.parametrize("body, status, error", [
    (b"{" + b" " * (256 * 1024) + b"}", 413, HTTP_TEXTS["too_large"]),
    (DEEP, 400, HTTP_TEXTS["bad_json"]),
    (DEEP_OBJECT, 400, HTTP_TEXTS["bad_json"]),
    ('{"ticket_id": "1", "updated_at": "café"}'.encode("latin-1"), 400, HTTP_TEXTS["not_utf8"]),
    ('{"ticket_id": "1", "updated_at": "é'.encode() + "é\"}".encode("latin-1"), 400, HTTP_TEXTS["not_utf8"]),
    ('{"ticket_id": "1", "updated_at": "x"}'.encode("utf-16"), 400, HTTP_TEXTS["not_utf8"]),
    (b'\xef\xbb\xbf{"ticket_id": "1", "updated_at": "x"}', 400, HTTP_TEXTS["bad_json"]),
    (b'{"ticket_id": "1", "updated_at": "x"}\x00', 400, HTTP_TEXTS["bad_json"]),
    (b'{"ticket_id": "1", "updated_at": "\\ud800"}', 400, None),
    (b'{"ticket_id": "1", "updated_at": "\\u0000"}', 400, None),
    (b'{"ticket_id": "99999999999999999999999999", "updated_at": "x"}', 400, None),
    (b'{"ticket_id": 1e400, "updated_at": "x"}', 400, None),
    (b'{"ticket_id": 9007199254740992, "updated_at": "x"}', 400, None),
    (b'{"type": "zen:event-type:ticket.created", "id": "\\ud800", "detail": {"id": "5"}}', 400, None),
    (b'{"type": "zen:event-type:ticket.created", "id": "e\\n1", "detail": {"id": "5"}}', 400, None),
    (b'{"type": "zen:event-type:ticket.created", "id": "' + b"e" * 201 + b'", "detail": {"id": "5"}}', 400, None),
    (b'{"ticket_id": "\xd9\xa3", "updated_at": "x"}', 400, None),  # an Arabic-Indic digit is no Zendesk id
    (b"[]", 400, None),
    (b"null", 400, None),
    (b"", 400, HTTP_TEXTS["bad_json"]),
])
def test_signed_hostile_webhook_bodies_get_a_clear_4xx_and_nothing_is_queued(app, client, body, status, error):
    response = client.post("/webhooks/zendesk/acme", data=body, headers=signed(body))
    assert response.status_code == status
    assert isinstance(response.get_json()["error"], str) and response.get_json()["error"]
    if error:
        assert response.get_json()["error"] == error
    assert queued(app) == 0


def test_a_huge_body_is_refused_after_reading_only_the_limit(app):
    stream = io.BytesIO(b"x" * (20 * 1024 * 1024))
    response = app.test_client().post("/webhooks/zendesk/acme", input_stream=stream,
                                      headers={"Content-Type": "application/json", "Content-Length": str(20 << 20)})
    assert response.status_code == 413 and stream.tell() <= 300 * 1024
    assert queued(app) == 0


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "application/jsonx", ""])
def test_wrong_content_type_is_415(client, content_type):
    body = b'{"ticket_id": "1", "updated_at": "x"}'
    assert client.post("/webhooks/zendesk/acme", data=body, headers=signed(body, content_type)).status_code == 415


@pytest.mark.parametrize("path", ["/zaf/session", "/zaf/api/tickets/101/actions", "/zaf/api/tickets/101/flags"])
@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT, b"\xff\xfe{", b'{"token": "\\ud800"}', b"{" * 10])
def test_sidebar_json_endpoints_answer_hostile_bodies_with_400_or_401(app, client, path, body):
    headers = {"Content-Type": "application/json", **(session_headers(app) if "/api/" in path else {})}
    response = client.post(path, data=body, headers=headers)
    assert response.status_code in (400, 401)
    assert response.get_json()["error"]


@pytest.mark.parametrize("ticket", ["99999999999999999999999", "9007199254740992", "-1", "1e3", "%C2%B2"])
def test_ticket_ids_no_store_can_hold_are_404(app, client, ticket):
    response = client.get(f"/zaf/api/tickets/{ticket}/suggestion", headers=session_headers(app))
    assert response.status_code == 404 and response.get_json() == {"error": "not found"}


def test_the_largest_id_still_works(app, client):
    response = client.get(f"/zaf/api/tickets/{2**53 - 1}/suggestion", headers=session_headers(app))
    assert response.status_code == 200 and response.get_json()["suggestion"] is None


@pytest.mark.parametrize("token", ["\u00e9" * 10, "eyJ\u00e9.e30.", "\x00", "a" * 20_000])
def test_a_non_ascii_or_oversized_zaf_token_is_refused_not_a_crash(client, token):
    assert client.post("/zaf/session", json={"token": token}).status_code == 401
    assert client.post("/zaf/assets/iframe.html", data={"token": token}).status_code == 401


@pytest.mark.parametrize("authorization", ["Bearer \u00e9\u00e9.\u00e9", "Bearer " + "a" * 20_000, "Basic abc", "Bearer a.b.c"])
def test_a_garbled_session_header_is_401(client, authorization):
    response = client.get("/zaf/api/tickets/101/suggestion", headers={"Authorization": authorization})
    assert response.status_code == 401
