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
from tests.functional.zaf.zendesk_stub import MISSING


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


def test_two_workers_refreshing_at_once_do_not_burn_the_tenant(client, services, stub, clock):
    """Outside review (issue 13): worker B reads the stored secrets, then worker A refreshes (Zendesk rotates
    the refresh token) and releases its claim; B then claims and refreshes with the refresh token it read,
    which Zendesk no longer knows. That must not mark the tenant "refresh failed" (an alert, and every job
    dead-lettered as ReauthorizationNeeded once the new token nears expiry) when its token is fine."""
    from plugin.core.oauth_tokens import TenantTokens, status_of

    _install(client)
    clock.now = services.secrets.get("acme").oauth_expires_at - 120  # both workers see it due for refresh
    worker_a = services.tokens

    class ReadThenLetARun:
        def __init__(self, inner) -> None:
            self.inner, self.first = inner, True

        def get(self, tenant):
            value = self.inner.get(tenant)
            if self.first:
                self.first = False
                worker_a.access_token(tenant)  # A refreshes between B's read and B's claim
            return value

        def put(self, tenant, value):
            self.inner.put(tenant, value)

    worker_b = TenantTokens(services.tenants, ReadThenLetARun(services.secrets), worker_a._refresher,
                            services.audit, clock, services.idempotency)
    token = worker_b.access_token("acme")
    stored = services.secrets.get("acme")
    assert token == stored.zendesk_oauth_token and token.startswith("tok-refreshed-")
    assert status_of(services.tenants.get("acme")).status == "ok"
    assert not [r for r in services.audit.query("acme") if r["action"] == "oauth_refresh_failed"]
    clock.now = stored.oauth_expires_at - 120  # the next refresh, with the refresh token A stored, works
    assert services.tokens.access_token("acme").startswith("tok-refreshed-")


def test_a_token_zendesk_no_longer_accepts_alerts_the_admin_once(client, app, services, stub, clock):
    """Outside review (issue 13): an admin revokes Candor's token in Zendesk (or the token dies some other way
    before its expiry). Every job then got a 401 and was dead-lettered one by one; nobody was told."""
    stub.expires_in = None  # a non-expiring token: there is nothing to refresh
    key = _install(client)
    stub.tokens.discard("tok-acme-1")  # revoked in Zendesk's admin centre
    for n in (1, 2):
        services.queue.enqueue(Job("acme", f"evt-revoked-{n}", "comment_added", ticket_id=101))
    services.queue.drain(services.worker.handle)
    assert len(services.queue.dead_letters) == 2
    alerts = [r for r in services.audit.query("acme") if r["action"] == "oauth_refresh_failed"]
    assert len(alerts) == 1 and "401" in alerts[0]["detail"]["reason"]
    status = client.get("/zaf/api/status", headers=session_headers(app, "acme", user_id=8, app_key=key))
    assert status.get_json()["oauth"]["status"] == "refresh_failed" and "install" in status.get_json()["oauth"]["message"]


@pytest.mark.parametrize("expires_in", ["3600", 3600.5, 0, -60, True, None, 10 ** 9, MISSING])
def test_a_refresh_answer_without_a_sane_lifetime_is_a_refresh_failure(client, app, services, stub, clock, expires_in):
    """Issue 13 follow-up: a refresh answered with an `expires_in` that is not a whole, positive, bounded number
    of seconds used to be stored as a token that never expires (so never refreshed again, failing in silence
    once Zendesk drops it). It is a refused refresh now: the admin is alerted, the old token serves until its
    own expiry, then jobs say an admin must re-install."""
    key = _install(client)
    stub.refresh_expires_in = expires_in
    expires = services.secrets.get("acme").oauth_expires_at
    clock.now = expires - 120
    assert services.tokens.access_token("acme") == "tok-acme-1"
    stored = services.secrets.get("acme")
    assert stored.zendesk_oauth_token == "tok-acme-1" and stored.oauth_expires_at == expires  # nothing "for ever"
    assert [h["body"]["grant_type"] for h in stub.hits("POST", "/oauth/tokens")] == ["authorization_code",
                                                                                      "refresh_token"]
    alerts = [r for r in services.audit.query("acme") if r["action"] == "oauth_refresh_failed"]
    assert len(alerts) == 1 and "expires_in" in alerts[0]["detail"]["reason"]
    status = client.get("/zaf/api/status", headers=session_headers(app, "acme", user_id=8, app_key=key))
    assert status.get_json()["oauth"]["status"] == "refresh_failed"
    clock.now = expires + 1
    with pytest.raises(ReauthorizationNeeded):
        services.tokens.access_token("acme")


def test_a_sane_refresh_answer_still_refreshes(client, services, stub, clock):
    _install(client)
    stub.refresh_expires_in = 3600
    clock.now = services.secrets.get("acme").oauth_expires_at - 120
    assert services.tokens.access_token("acme").startswith("tok-refreshed-")
    assert services.secrets.get("acme").oauth_expires_at == pytest.approx(time.time() + 3600, abs=30)  # wall clock
