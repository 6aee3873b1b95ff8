"""The admins' install flow against a local Zendesk (OAuth authorisation code -> tenant record with the token
encrypted, review group ensured, app key shown once) and uninstall (admin only; every record deleted)."""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import pytest

from handlers.app import create_app
from plugin.adapters.zendesk_account import app_triggers
from plugin.core import signature
from plugin.core.installation import WEBHOOKS, app_key_matches, zaf_settings
from plugin.core.knowledge import KbDocument, KbSnapshot, KbStatus
from plugin.core.session import STATE_PURPOSE
from plugin.wiring import build_services
from tests.functional.zaf.support import WEBHOOK_SECRET, add_tenant, make_settings, seed_suggestion, session_headers


@pytest.fixture
def services(tmp_path, stub):
    services = build_services(make_settings(tmp_path, stub.base_url))
    add_tenant(services, "globex")
    return services


def start(client, stub, subdomain: str = "acme", **params) -> dict:
    response = client.get("/install", query_string={"subdomain": subdomain, **params})
    assert response.status_code == 302
    location = urlsplit(response.headers["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == f"{stub.base_url}/oauth/authorizations/new"
    return {k: v[0] for k, v in parse_qs(location.query).items()}


def test_install_redirects_to_zendesk_with_a_signed_state(client, stub, services):
    query = start(client, stub, installation_id="9")
    assert query["response_type"] == "code" and query["client_id"] == "zdg-candor"
    assert query["redirect_uri"] == "https://candor.test/oauth/callback" and query["scope"] == "read write"
    assert services.signer.verify(STATE_PURPOSE, query["state"])["s"] == "acme"  # signed for the OAuth state only


def test_the_callback_installs_the_tenant(client, stub, services):
    state = start(client, stub, installation_id="9")["state"]
    response = client.get("/oauth/callback", query_string={"code": "good-code", "state": state, "format": "json"})
    body = response.get_json()
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    assert (body["tenant"], body["created"], body["disclosure_field_id"], body["warnings"]) == ("acme", True, 555, [])
    assert body["webhook_addressed"] is True and body["reinstalled"] is False
    # its own webhooks, addressed to the tenant's path, each with the signing secret Zendesk made for it
    ours = [h for h in stub.webhooks if not h["by_app"] and h["id"] != "01HOTHER"]
    assert {h["endpoint"] for h in ours} == {"https://candor.test/webhooks/zendesk/acme"}
    assert sorted(h["subscriptions"][0] for h in ours) == ["conditional_ticket_events", "zen:event-type:article.published",
                                                           "zen:event-type:user.deleted"]
    assert stub.webhook("01HOTHER")["endpoint"] == "https://elsewhere.test/hook"  # not ours: untouched
    # the app-wide webhooks (shared secret) are switched off; the app's trigger calls our webhook instead
    assert {stub.webhook(i)["status"] for i in ("01HCANDOR", "01HUSERS")} == {"inactive"}
    tickets = next(h for h in ours if h["subscriptions"] == ["conditional_ticket_events"])
    called = {t["title"]: t["actions"][0]["value"][0] for t in stub.triggers}
    assert set(called.values()) == {tickets["id"]} and len(called) == len(app_triggers())
    assert stub.redirect_uri == "https://candor.test/oauth/callback"
    secrets = services.secrets.get("acme")
    assert secrets.zendesk_oauth_token == "tok-acme-1" and secrets.webhook_secret == stub.signing_secrets[tickets["id"]]
    assert secrets.webhook_secret != WEBHOOK_SECRET
    raw = services.db.run("SELECT blob FROM secrets WHERE tenant='acme'")[0][0]
    assert b"tok-acme-1" not in raw and secrets.webhook_secret.encode() not in raw  # encrypted at rest
    config = services.tenants.get("acme")
    assert config.disclosure_field_id == 555 and zaf_settings(config)["installation_id"] == "9"
    assert app_key_matches(config, body["app_key"]) and not app_key_matches(config, "guess")
    assert stub.groups == {body["review_group_id"]: "Bias & Fairness Review"}
    assert {r["auth"] for r in stub.hits("POST", "/api/v2/groups")} == {"Bearer tok-acme-1"}
    assert [e["action"] for e in services.audit.query("acme")] == ["tenant_installed"]


def test_the_html_answer_shows_the_app_key_once(client, stub, services):
    state = start(client, stub)["state"]
    page = client.get("/oauth/callback", query_string={"code": "good-code", "state": state}).get_data(as_text=True)
    assert "Candor is connected to acme.zendesk.com" in page and "<code>" in page


def test_missing_permissions_are_reported_not_fatal(client, stub, services, monkeypatch):
    real = stub._api
    monkeypatch.setattr(stub, "_api", lambda method, path, token, body: real(method, path, token, body)
                        if path == "/api/v2/users/me" else (403, {"error": "Forbidden"}))
    state = start(client, stub)["state"]
    body = client.get("/oauth/callback", query_string={"code": "good-code", "state": state, "format": "json"}).get_json()
    assert body["review_group_id"] is None and body["webhook_addressed"] is False and len(body["warnings"]) == 3
    secrets = services.secrets.get("acme")
    assert secrets.zendesk_oauth_token == "tok-acme-1"
    assert secrets.webhook_secret not in (WEBHOOK_SECRET, "")  # nobody can sign for it until a re-install


@pytest.mark.parametrize("params", [{}, {"subdomain": "acme.evil.com"}, {"subdomain": "-acme"}, {"subdomain": ""}])
def test_install_needs_a_subdomain(params, client):
    assert client.get("/install", query_string=params).status_code == 400


def test_install_says_what_is_not_configured(tmp_path, stub):
    services = build_services(make_settings(tmp_path, stub.base_url, ZENDESK_OAUTH_CLIENT_SECRET=""))
    response = create_app(services=services).test_client().get("/install?subdomain=acme")
    assert response.status_code == 503 and "ZENDESK_OAUTH_CLIENT_SECRET" in response.get_json()["error"]


def test_a_tampered_or_foreign_state_installs_nothing(client, app, stub, services):
    state = start(client, stub)["state"]
    tampered = state[:-2] + ("AA" if not state.endswith("AA") else "BB")
    assert client.get("/oauth/callback", query_string={"code": "good-code", "state": tampered}).status_code == 400
    other_browser = app.test_client()
    assert other_browser.get("/oauth/callback", query_string={"code": "good-code", "state": state}).status_code == 400
    assert services.tenants.get("acme") is None and stub.hits("POST", "/oauth/tokens") == []


def test_an_expired_state_installs_nothing(client, app, services):
    nonce = "nonce-0123456789"
    state = app.extensions["candor"].signer.sign(
        STATE_PURPOSE, {"s": "acme", "n": hashlib.sha256(nonce.encode()).hexdigest(), "i": None}, -1)
    client.set_cookie("candor_oauth_nonce", nonce, path="/oauth")
    assert client.get("/oauth/callback", query_string={"code": "good-code", "state": state}).status_code == 400
    assert services.tenants.get("acme") is None


@pytest.mark.parametrize("params", [{"error": "access_denied"}, {"code": "wrong-code"}, {}])
def test_a_refused_or_bad_code_installs_nothing(params, client, stub, services):
    state = start(client, stub)["state"]
    response = client.get("/oauth/callback", query_string={**params, "state": state})
    assert response.status_code == 400 and response.get_json()["error"]
    assert services.tenants.get("acme") is None and services.secrets.get("acme") is None


def _install(client, stub) -> str:
    state = start(client, stub)["state"]
    return client.get("/oauth/callback", query_string={"code": "good-code", "state": state,
                                                       "format": "json"}).get_json()["app_key"]


def _seed_state(services, tenant: str) -> None:
    seed_suggestion(services, tenant)
    services.preferences.set_opt_out(tenant, "5", True, "test")
    services.preferences.set_sticky_route(tenant, 101, "human")
    services.idempotency.claim(f"intake:{tenant}:evt-1", 60)
    doc = KbDocument("1@en-us", "article", "1", "en-us", f"{tenant} refunds", "Refund text.")
    services.knowledge.store.save(tenant, KbSnapshot(documents=(doc,), synced_at=1.0), KbStatus(tenant, last_success=1.0))


def test_uninstall_by_an_admin_deletes_every_record_of_the_tenant(client, app, stub, services):
    app_key = _install(client, stub)
    _seed_state(services, "acme")
    _seed_state(services, "globex")
    response = client.post("/uninstall", headers=session_headers(app, "acme", user_id=7, app_key=app_key))
    body = response.get_json()
    assert response.status_code == 200 and body["token_revoked"] is True and body["not_supported"] == []
    assert body["deleted"] == {"suggestions": 1, "audit": 1, "preferences": 2, "idempotency": 1, "knowledge": 1}
    assert services.knowledge.store.load("acme") is None and services.knowledge.store.status("acme") is None
    assert services.knowledge.store.load("globex").documents[0].title == "globex refunds"  # the other tenant's stays
    assert stub.revoked == ["tok-acme-1"]
    assert services.tenants.get("acme") is None and services.secrets.get("acme") is None
    assert services.archive.latest("acme", 101) is None and services.audit.query("acme") == []
    assert not services.preferences.opted_out("acme", "5") and services.preferences.sticky_route("acme", 101) is None
    assert services.idempotency.claim("intake:acme:evt-1", 60)  # the old claim is gone
    assert services.archive.latest("globex", 101) is not None and services.preferences.opted_out("globex", "5")
    assert not services.idempotency.claim("intake:globex:evt-1", 60)


def test_uninstall_by_an_agent_is_refused_and_deletes_nothing(client, app, stub, services):
    app_key = _install(client, stub)
    response = client.post("/uninstall", headers=session_headers(app, "acme", user_id=8, app_key=app_key))
    assert response.status_code == 403
    assert services.tenants.get("acme") is not None and stub.revoked == []
    assert client.post("/uninstall", headers=session_headers(app, "acme", user_id=7)).status_code == 403  # no key
    assert client.post("/uninstall").status_code == 401


def _delivery(secret: str, body: bytes, **headers) -> dict:
    stamp = signature.format_timestamp(time.time())
    return {"Content-Type": "application/json", signature.SIGNATURE_HEADER: signature.sign(secret, stamp, body),
            signature.TIMESTAMP_HEADER: stamp, **headers}


TRIGGER_BODY = json.dumps({"candor": 1, "ticket_id": "101", "updated_at": "2026-11-29T10:00:00Z",
                           "actor_id": "5"}).encode()


def _own_hook(stub, subscription: str = "conditional_ticket_events") -> dict:
    return next(h for h in stub.webhooks if not h["by_app"] and h["subscriptions"] == [subscription]
                and h["id"] != "01HOTHER")


def test_after_install_the_webhooks_reach_the_tenant_with_their_own_secrets(client, stub, services):
    _install(client, stub)
    tickets, users = _own_hook(stub), _own_hook(stub, "zen:event-type:user.deleted")
    path = urlsplit(tickets["endpoint"]).path
    ok = client.post(path, data=TRIGGER_BODY, headers=_delivery(stub.signing_secrets[tickets["id"]], TRIGGER_BODY,
                                                                 **{"x-zendesk-account-id": "123456"}))
    assert ok.status_code == 202 and ok.get_json()["status"] == "queued"
    deleted = json.dumps({"type": "zen:event-type:user.deleted", "account_id": 123456, "id": "evt-u-1",
                          "subject": "zen:user:5", "detail": {"id": "5"}, "event": {}}).encode()
    gone = client.post(path, data=deleted, headers=_delivery(stub.signing_secrets[users["id"]], deleted,
                                                             **{"x-zendesk-account-id": "123456"}))
    assert gone.status_code == 202
    jobs = []
    services.queue.drain(jobs.append)
    assert [(j.tenant, j.kind) for j in jobs if j.kind != "kb_sync"] == [("acme", "comment_added"),
                                                                          ("acme", "user_deleted")]
    assert [(j.tenant, j.kind) for j in jobs if j.kind == "kb_sync"] == [("acme", "kb_sync")]  # queued at install


def test_the_app_wide_secret_cannot_pin_or_act_on_an_installed_tenant(client, stub, services):
    """The first-use hijack: with the app-wide secret (every installing account's webhook carried it), an
    attacker's delivery pinned a fresh tenant to their account. Each installation now has its own secret."""
    _install(client, stub)
    attack = client.post("/webhooks/zendesk/acme", data=TRIGGER_BODY,
                         headers=_delivery(WEBHOOK_SECRET, TRIGGER_BODY, **{"x-zendesk-account-id": "666"}))
    assert attack.status_code == 401 and services.tenants.get("acme").account_id is None
    own = _delivery(stub.signing_secrets[_own_hook(stub)["id"]], TRIGGER_BODY, **{"x-zendesk-account-id": "123456"})
    assert client.post("/webhooks/zendesk/acme", data=TRIGGER_BODY, headers=own).status_code == 202
    assert services.tenants.get("acme").account_id == "123456"


def test_an_agent_cannot_install_and_nothing_is_kept(client, stub, services):
    stub.codes["agent-code"] = "tok-agent"
    stub.token_user["tok-agent"] = 8  # role agent
    state = start(client, stub)["state"]
    response = client.get("/oauth/callback", query_string={"code": "agent-code", "state": state, "format": "json"})
    assert response.status_code == 403 and "admin" in response.get_json()["error"]
    assert services.tenants.get("acme") is None and services.secrets.get("acme") is None
    assert stub.revoked == ["tok-agent"] and stub.hits("POST", "/api/v2/webhooks") == []


def test_a_reinstall_is_audited_and_says_what_it_replaced(client, stub, services):
    first = _install(client, stub)
    stub.codes["second-code"] = "tok-acme-2"
    stub.token_user["tok-acme-2"] = 7
    state = start(client, stub, installation_id="10")["state"]
    body = client.get("/oauth/callback", query_string={"code": "second-code", "state": state,
                                                       "format": "json"}).get_json()
    assert body["reinstalled"] is True and body["created"] is False
    assert any("replaced" in w for w in body["warnings"])
    assert services.secrets.get("acme").zendesk_oauth_token == "tok-acme-2" and stub.revoked == ["tok-acme-1"]
    config = services.tenants.get("acme")
    assert app_key_matches(config, body["app_key"]) and not app_key_matches(config, first)
    record = services.audit.query("acme")[-1]
    assert record["action"] == "tenant_reinstalled"
    assert set(record["detail"]["replaced"]) == {"oauth_token", "app_key"} and record["detail"]["by_user"] == 7
    assert record["detail"]["previous_installation_id"] is None and record["detail"]["installation_id"] == "10"
    assert len([h for h in stub.webhooks if not h["by_app"]]) == 1 + len(WEBHOOKS)  # reused, not doubled


def test_a_tenant_added_by_hand_is_not_taken_over_without_an_admin(client, stub, services):
    """globex exists (CLI); an agent of globex's Zendesk cannot replace its credentials through install."""
    stub.codes["agent-code"] = "tok-agent"
    stub.token_user["tok-agent"] = 8
    before = services.secrets.get("globex")
    state = start(client, stub, subdomain="globex")["state"]
    response = client.get("/oauth/callback", query_string={"code": "agent-code", "state": state, "format": "json"})
    assert response.status_code == 403 and services.secrets.get("globex") == before


def test_without_a_configured_public_url_install_routes_refuse_and_the_host_header_is_never_used(tmp_path, stub):
    services = build_services(make_settings(tmp_path, stub.base_url, CANDOR_PUBLIC_URL=""))
    client = create_app(services=services).test_client()
    for path in ("/install?subdomain=acme", "/oauth/callback?code=good-code&state=x"):
        response = client.get(path, headers={"Host": "evil.example"})
        assert response.status_code == 503 and "CANDOR_PUBLIC_URL" in response.get_json()["error"]
    assert stub.hits("POST", "/oauth/tokens") == [] and services.tenants.get("acme") is None


def test_a_restart_does_not_put_the_environment_secret_back_over_an_oauth_installation(tmp_path, stub):
    """Outside review (issue 13): the embedded default seeds CANDOR_TENANT's secrets from the environment on
    every start (serve, every CLI command). After that tenant was installed by OAuth, a restart replaced its
    token and its own webhook secrets with CANDOR_WEBHOOK_SECRET: the shared secret signed deliveries again and
    the installation's own webhooks were refused."""
    env = {"CANDOR_WEBHOOK_SECRET": "laptop-secret-from-env"}
    first = build_services(replace(make_settings(tmp_path, stub.base_url, **env), tenant="acme"))
    client = create_app(services=first).test_client()
    _install(client, stub)
    installed = first.secrets.get("acme")
    assert installed.zendesk_oauth_token and "laptop-secret-from-env" not in installed.webhook_secrets
    again = build_services(replace(make_settings(tmp_path, stub.base_url, **env), tenant="acme"))  # a restart
    assert again.secrets.get("acme") == installed
    body = TRIGGER_BODY
    shared = _delivery("laptop-secret-from-env", body)
    assert create_app(services=again).test_client().post("/webhooks/zendesk/acme", data=body,
                                                         headers=shared).status_code == 401


def test_an_agent_cannot_reinstall_an_oauth_installed_tenant(client, stub, services):
    """Outside review: the admin check also guards a re-install of a tenant an admin installed by OAuth."""
    _install(client, stub)
    before, config = services.secrets.get("acme"), services.tenants.get("acme")
    stub.codes["agent-code"] = "tok-agent"
    stub.token_user["tok-agent"] = 8  # role agent
    for subdomain in ("acme", "ACME", " acme"):
        response = client.get("/install", query_string={"subdomain": subdomain})
        if response.status_code != 302:
            assert response.status_code == 400
            continue
        state = parse_qs(urlsplit(response.headers["Location"]).query)["state"][0]
        answer = client.get("/oauth/callback", query_string={"code": "agent-code", "state": state, "format": "json"})
        assert answer.status_code == 403
        stub.codes["agent-code"] = "tok-agent"  # the stub spends codes
    assert services.secrets.get("acme") == before and services.tenants.get("acme") == config
    assert "tok-acme-1" not in stub.revoked and {t.tenant for t in services.tenants.list_tenants()} <= {"acme", "globex", "demo"}
