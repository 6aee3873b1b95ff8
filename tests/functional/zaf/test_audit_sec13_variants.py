"""Auditor's scratch variants for issue 13 (branch a-sec13): reviewer inputs the shipped tests do not try."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from plugin.wiring import build_services
from tests.contract.fake_openai_server import FakeOpenAIServer
from tests.functional.live_stack import GOOD_REPLY
from tests.functional.zaf.support import WEBHOOK_SECRET, add_tenant, make_settings
from tests.functional.zaf.test_install_flow import TRIGGER_BODY, _delivery, _install, _own_hook

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def services(tmp_path, stub):
    services = build_services(make_settings(tmp_path, stub.base_url))
    add_tenant(services, "globex")
    return services


def test_v1_forged_host_and_forwarded_headers_never_reach_the_redirect_uri(client, stub, services):
    forged = {"Host": "evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "http",
              "Forwarded": "host=evil.example;proto=http"}
    response = client.get("/install", query_string={"subdomain": "acme"}, headers=forged)
    assert response.status_code == 302
    query = parse_qs(urlsplit(response.headers["Location"]).query)
    assert query["redirect_uri"] == ["https://candor.test/oauth/callback"]
    body = client.get("/oauth/callback", headers=forged,
                      query_string={"code": "good-code", "state": query["state"][0], "format": "json"})
    assert body.status_code == 200 and stub.redirect_uri == "https://candor.test/oauth/callback"
    assert {h["endpoint"] for h in stub.webhooks if not h["by_app"] and h["id"] != "01HOTHER"} == {
        "https://candor.test/webhooks/zendesk/acme"}


@pytest.mark.parametrize("subdomain", ["evil.example#", "acme.evil.example", "acme@evil.example", "acme/..",
                                       "acme%2eevil", "acme\\evil", "аcme", "acme:443", "-acme", "a" * 64])
def test_v2_subdomains_that_are_not_one_dns_label_are_refused(client, subdomain):
    response = client.get("/install", query_string={"subdomain": subdomain})
    assert response.status_code == 400, (subdomain, response.headers.get("Location"))


USER_DELETED = json.dumps({"type": "zen:event-type:user.deleted", "account_id": 123456, "id": "evt-u-9",
                           "subject": "zen:user:5", "detail": {"id": "5"}, "event": {}}).encode()


def test_v3_an_oauth_installed_pinned_tenant_refuses_its_own_secret_without_the_account_header(client, stub,
                                                                                                services):
    _install(client, stub)
    own = stub.signing_secrets[_own_hook(stub)["id"]]
    users = stub.signing_secrets[_own_hook(stub, "zen:event-type:user.deleted")["id"]]
    assert client.post("/webhooks/zendesk/acme", data=TRIGGER_BODY,
                       headers=_delivery(own, TRIGGER_BODY, **{"x-zendesk-account-id": "123456"})).status_code == 202
    services.preferences.set_opt_out("acme", "5", True, "test")
    for secret in (users, own, WEBHOOK_SECRET):
        for extra in ({}, {"x-zendesk-account-id": ""}, {"x-zendesk-account-id": " "}):
            r = client.post("/webhooks/zendesk/acme", data=USER_DELETED, headers=_delivery(secret, USER_DELETED, **extra))
            assert r.status_code == 401, (secret == own, extra)
    assert services.preferences.opted_out("acme", "5")


def test_v4_one_tenants_own_secret_cannot_act_on_another_tenant(client, stub, services):
    _install(client, stub)
    own = stub.signing_secrets[_own_hook(stub)["id"]]
    client.post("/webhooks/zendesk/acme", data=TRIGGER_BODY,
                headers=_delivery(own, TRIGGER_BODY, **{"x-zendesk-account-id": "123456"}))
    for path, extra in (("/webhooks/zendesk/globex", {}), ("/webhooks/zendesk/globex", {"x-zendesk-account-id": "123456"}),
                        ("/webhooks/zendesk", {"x-zendesk-account-id": "999"})):
        r = client.post(path, data=USER_DELETED, headers=_delivery(own, USER_DELETED, **extra))
        assert r.status_code == 401, (path, extra)
    # the app-wide secret, path-less, naming acme's pinned account
    r = client.post("/webhooks/zendesk", data=USER_DELETED,
                    headers=_delivery(WEBHOOK_SECRET, USER_DELETED, **{"x-zendesk-account-id": "123456"}))
    assert r.status_code == 401


@pytest.mark.parametrize("deployment", [{}, {"CANDOR_DRAFTER": "openai"}, {"CANDOR_DRAFTER": "openai", "CANDOR_TENANT": "globex"}])
def test_v5_offline_tenant_triage_with_a_forced_provider_and_tenant_model(tmp_path, deployment):
    env = {**os.environ, "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "", "CANDOR_HOME": str(tmp_path / "state"),
           "CANDOR_REDACTOR": "regex"}
    with FakeOpenAIServer() as server:
        server.default = GOOD_REPLY
        env.update(server.env())
        for setting in ("drafter=offline", "model=gpt-x", "bias_second_opinion=true"):
            subprocess.run([sys.executable, "-m", "plugin", "tenant-config", "set", setting], cwd=ROOT,
                           env={**env, "CANDOR_TENANT": "globex"}, check=True, capture_output=True, timeout=120)
        for sample in ("101.json", "102.json", "103.json"):
            path = ROOT / "plugin" / "samples" / "tickets" / sample
            if not path.exists():
                continue
            out = subprocess.run([sys.executable, "-m", "plugin", "triage", "--tenant", "globex", str(path)],
                                 cwd=ROOT, env={**env, **deployment}, capture_output=True, text=True, timeout=300)
            assert out.returncode == 0, out.stderr
        assert server.requests == []
