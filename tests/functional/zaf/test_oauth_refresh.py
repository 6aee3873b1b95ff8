"""Issue 13 §7: expiring Zendesk OAuth tokens. The refresh token is stored encrypted, the access token is
refreshed before it expires, and when Zendesk refuses a refresh the admin is told (audit record, status on
the sidebar API) instead of jobs failing one by one in silence."""
from __future__ import annotations

import time
from urllib.parse import parse_qs, urlsplit

import pytest

from plugin.core.model import Job
from plugin.core.oauth_tokens import ReauthorizationNeeded
from plugin.wiring import build_services
from tests.functional.zaf.support import make_settings, session_headers


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def services(tmp_path, stub, clock):
    stub.expires_in = 7200  # Zendesk gives expiring access tokens with refresh tokens
    return build_services(make_settings(tmp_path, stub.base_url), clock=clock)


def _install(client) -> str:
    location = urlsplit(client.get("/install", query_string={"subdomain": "acme"}).headers["Location"])
    state = parse_qs(location.query)["state"][0]
    return client.get("/oauth/callback", query_string={"code": "good-code", "state": state,
                                                       "format": "json"}).get_json()["app_key"]


def test_the_refresh_token_is_stored_encrypted(client, services, clock):
    _install(client)
    stored = services.secrets.get("acme")
    assert stored.zendesk_refresh_token and stored.oauth_expires_at == pytest.approx(clock.now + 7200, abs=30)
    raw = services.db.run("SELECT blob FROM secrets WHERE tenant='acme'")[0][0]
    assert stored.zendesk_refresh_token.encode() not in raw


def test_the_token_is_refreshed_before_it_expires(client, services, stub, clock):
    _install(client)
    first = services.secrets.get("acme")
    clock.now += 3600
    assert services.tokens.access_token("acme") == "tok-acme-1"  # an hour left: no refresh
    clock.now = first.oauth_expires_at - 120  # two minutes left
    services.helpdesk_for(services.tenants.get("acme"))  # any use of the tenant's Zendesk refreshes first
    second = services.secrets.get("acme")
    assert second.zendesk_oauth_token.startswith("tok-refreshed-") and "tok-acme-1" not in stub.tokens
    assert second.zendesk_refresh_token != first.zendesk_refresh_token  # rotated
    assert [h["body"]["grant_type"] for h in stub.hits("POST", "/oauth/tokens")] == ["authorization_code",
                                                                                      "refresh_token"]


def test_a_refused_refresh_alerts_the_admin_and_jobs_say_why(client, app, services, stub, clock):
    key = _install(client)
    stub.refused_refresh = True
    expires = services.secrets.get("acme").oauth_expires_at
    clock.now = expires - 120
    assert services.tokens.access_token("acme") == "tok-acme-1"  # still valid for two minutes
    status = client.get("/zaf/api/status", headers=session_headers(app, "acme", user_id=8, app_key=key))
    assert status.status_code == 200 and status.get_json()["oauth"]["status"] == "refresh_failed"
    assert "install" in status.get_json()["oauth"]["message"]
    clock.now = expires + 1
    with pytest.raises(ReauthorizationNeeded):
        services.tokens.access_token("acme")
    services.queue.enqueue(Job("acme", "evt-after-expiry", "comment_added", ticket_id=101))
    services.queue.drain(services.worker.handle)
    assert [reason for _, reason in services.queue.dead_letters] == ["ReauthorizationNeeded"] or \
        any("install" in reason for _, reason in services.queue.dead_letters)
    alerts = [r for r in services.audit.query("acme") if r["action"] == "oauth_refresh_failed"]
    assert len(alerts) == 1  # alerted once, not once per job
    assert len(stub.hits("POST", "/oauth/tokens")) == 2  # a refused refresh is not retried on every call


def test_a_new_install_clears_the_alert(client, app, services, stub, clock):
    _install(client)
    stub.refused_refresh = True
    clock.now = services.secrets.get("acme").oauth_expires_at - 60
    services.tokens.access_token("acme")
    stub.refused_refresh = False
    stub.codes["good-code"] = "tok-acme-2"
    stub.token_user["tok-acme-2"] = 7
    key = _install(client)
    status = client.get("/zaf/api/status", headers=session_headers(app, "acme", user_id=8, app_key=key))
    assert status.get_json()["oauth"]["status"] == "ok"
