"""The admins' API (handlers/admin.py): audit export, erasure, privacy notice and retention — for a Zendesk
admin's session of an installed tenant only, the tenant taken from the session."""
from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest

from plugin.adapters.dryrun_helpdesk import DryRunHelpdesk
from plugin.wiring import build_services
from tests.functional import privacy_world as w
from tests.functional.zaf.support import add_tenant, make_settings, session_headers

ADMIN, AGENT = 7, 8  # roles in the Zendesk stub


@pytest.fixture
def services(tmp_path, stub):
    services = build_services(make_settings(tmp_path, stub.base_url), helpdesk=DryRunHelpdesk(w.threads()))
    add_tenant(services, "globex")
    return services


@pytest.fixture
def app_key(client, stub, services) -> str:
    """acme installed through OAuth (as an admin does it), then Zofia's and Tomás's tickets processed."""
    location = urlsplit(client.get("/install", query_string={"subdomain": "acme"}).headers["Location"])
    state = parse_qs(location.query)["state"][0]
    key = client.get("/oauth/callback", query_string={"code": "good-code", "state": state,
                                                       "format": "json"}).get_json()["app_key"]
    own = services.secrets.get("acme").webhook_secret  # the install's own webhook secret, read from Zendesk
    for ticket_id in w.TICKETS:
        body = w.comment_event(ticket_id)
        assert client.post("/webhooks/zendesk/acme", data=body, headers=w.signed(body, own)).status_code == 202
    services.queue.drain(services.worker.handle)
    return key


def admin(app, key: str) -> dict:
    return session_headers(app, "acme", user_id=ADMIN, app_key=key)


def test_audit_log_is_ndjson_of_the_sessions_tenant(client, app, app_key):
    response = client.get("/admin/api/audit-log?since=2000-01-01", headers=admin(app, app_key))
    lines = response.get_data(as_text=True).splitlines()
    assert response.status_code == 200 and response.mimetype == "application/x-ndjson"
    assert response.headers["Cache-Control"] == "no-store"
    records = [json.loads(line) for line in lines]
    assert {r["tenant"] for r in records} == {"acme"}
    assert [r["action"] for r in records].count("suggestion_posted") == 3
    future = client.get("/admin/api/audit-log?since=2999-01-01", headers=admin(app, app_key))
    assert future.get_data(as_text=True) == ""
    assert client.get("/admin/api/audit-log?since=soon", headers=admin(app, app_key)).status_code == 400


def test_forget_erases_and_returns_the_receipt(client, app, app_key, services):
    response = client.post("/admin/api/forget", json={"requester": w.ZOFIA["email"]}, headers=admin(app, app_key))
    receipt = response.get_json()
    assert response.status_code == 200 and receipt["requested_by"] == "admin_api"
    assert receipt["tenant"] == "acme" and receipt["tickets"] == [9101, 9102, 9103]
    assert services.archive.latest("acme", 9101) is None and services.archive.latest("acme", 9104) is not None
    audit = json.dumps(list(services.audit.query("acme")))
    assert str(w.ZOFIA_ID) not in audit and receipt["receipt_id"] in audit
    by_id = client.post("/admin/api/forget", json={"requester": w.TOMAS_ID}, headers=admin(app, app_key))
    assert by_id.get_json()["stores"]["suggestions"]["tickets"] == [9104]


@pytest.mark.parametrize("body", [None, {}, {"requester": ""}, {"requester": True}, {"requester": "Zofia"}])
def test_forget_needs_an_id_or_an_email(client, app, app_key, body):
    response = client.post("/admin/api/forget", json=body, headers=admin(app, app_key))
    assert response.status_code == 400 and response.get_json()["error"]


def test_only_an_admin_of_the_tenant_may_call(client, app, app_key, services):
    assert client.post("/admin/api/forget", json={"requester": "7340019921"}).status_code == 401
    agent = session_headers(app, "acme", user_id=AGENT, app_key=app_key)
    assert client.post("/admin/api/forget", json={"requester": "7340019921"}, headers=agent).status_code == 403
    no_key = session_headers(app, "acme", user_id=ADMIN)
    assert client.get("/admin/api/audit-log", headers=no_key).status_code == 403
    other = session_headers(app, "globex", user_id=ADMIN)  # globex has no OAuth token: no admin check possible
    assert client.get("/admin/api/audit-log", headers=other).status_code == 403
    assert services.archive.latest("acme", 9101) is not None  # nothing was erased


def test_privacy_notice_as_json_or_markdown(client, app, app_key):
    doc = client.get("/admin/api/privacy-notice", headers=admin(app, app_key)).get_json()
    assert doc["tenant"] == "acme" and doc["review_required"] == ["controller", "contact"]
    assert doc["record_of_processing"]["configuration"]["review_group"] == "Bias & Fairness Review"
    text = client.get("/admin/api/privacy-notice?format=markdown", headers=admin(app, app_key))
    assert text.mimetype == "text/markdown" and "## Your choices" in text.get_data(as_text=True)


def test_retention_read_and_change(client, app, app_key, services):
    headers = admin(app, app_key)
    assert client.get("/admin/api/retention", headers=headers).get_json() == {
        "tenant": "acme", "drafts_and_vault_days": 30, "audit_days": 365}
    changed = client.put("/admin/api/retention", json={"drafts_days": 10}, headers=headers)
    assert changed.get_json()["drafts_and_vault_days"] == 10 and services.tenants.get("acme").retention_days_drafts == 10
    assert client.put("/admin/api/retention", json={"audit_days": 0}, headers=headers).status_code == 400
    assert client.put("/admin/api/retention", json={"other": 1}, headers=headers).status_code == 400


def test_admin_opts_a_customer_out_and_back_in(client, app, app_key, services):
    headers = admin(app, app_key)
    response = client.post("/admin/api/opt-out", json={"requester": "424242"}, headers=headers)
    assert response.status_code == 200 and response.get_json()["opted_out"] is True
    assert services.preferences.opted_out("acme", "424242")
    back = client.post("/admin/api/opt-out", json={"requester": "424242", "opted_out": False}, headers=headers)
    assert back.get_json()["opted_out"] is False and not services.preferences.opted_out("acme", "424242")
    for bad in ({"requester": "maria@example.com"}, {"requester": "1", "opted_out": "yes"}, {}):
        assert client.post("/admin/api/opt-out", json=bad, headers=headers).status_code == 400


def test_agents_cannot_change_opt_outs_or_settings(client, app, app_key):
    agent = session_headers(app, "acme", user_id=AGENT, app_key=app_key)
    assert client.post("/admin/api/opt-out", json={"requester": "1"}, headers=agent).status_code == 403
    assert client.put("/admin/api/settings", json={"auto_reply": True}, headers=agent).status_code == 403


def test_admin_reads_and_changes_settings_with_clear_errors(client, app, app_key, services):
    headers = admin(app, app_key)
    assert client.get("/admin/api/settings", headers=headers).get_json()["auto_reply"] is False
    changed = client.put("/admin/api/settings", headers=headers,
                         json={"auto_reply": True, "auto_reply_intents": ["refund-policy"], "bias_second_opinion": True})
    assert changed.status_code == 200 and changed.get_json()["auto_reply_intents"] == ["refund-policy"]
    assert services.tenants.get("acme").bias_second_opinion is True
    for bad in ({"tenant": "globex"}, {"auto_reply": "maybe"}, {"allowed_offers": ["free money"]}, {}):
        response = client.put("/admin/api/settings", json=bad, headers=headers)
        assert response.status_code == 400 and response.get_json()["error"]
    assert services.tenants.get("acme").tenant == "acme"


def test_allow_list_entries_an_outside_reviewer_tried_are_400s_and_store_nothing(client, app, app_key, services):
    """Issue 13 review, black-box over the admin API: an unbalanced IPv6 bracket used to escape as a 500; a
    line break inside an entry used to be dropped by urlsplit, joining two hosts."""
    headers = admin(app, app_key)
    before = services.tenants.get("acme").url_allow_list
    for entry in ("https://[::1", "https://help.example.com\n.evil.example", "https://a@evil.example",
                  "https://HELP.example.com:8443", "https://xn--80ak6aa92e.com\u200b", "javascript:alert(1)",
                  "https://203.0.113.7", "drafter=offline"):
        response = client.put("/admin/api/settings", json={"url_allow_list": [entry]}, headers=headers)
        assert response.status_code == 400 and "url_allow_list" in response.get_json()["error"], entry
    assert services.tenants.get("acme").url_allow_list == before
    for drafter in ("OFFLINE", " off line", ["offline"], None):  # only the exact value chooses; nothing half-stored
        assert client.put("/admin/api/settings", json={"drafter": drafter}, headers=headers).status_code == 400
    assert client.put("/admin/api/settings", json={"drafter": "offline"}, headers=headers).status_code == 200
    assert services.tenants.get("acme").allows_provider is False


@pytest.mark.parametrize("entry", ["xn--bcher-kva.de", "https://help.xn--bcher-kva.de/faq", "HTTPS://XN--80AK6AA92E.COM",
                                   "bücher.de", "https://hélp.example.com"])
def test_punycode_and_unicode_hosts_are_refused_with_a_clear_400(client, app, app_key, services, entry):
    """Issue 13 follow-up: the allow-list kept `xn--` hosts, but the draft guard never equates one with the
    Unicode name a reply would show (nor allows its sub-domains): the entry is refused, saying why."""
    before = services.tenants.get("acme").url_allow_list
    response = client.put("/admin/api/settings", json={"url_allow_list": [entry]}, headers=admin(app, app_key))
    assert response.status_code == 400
    assert "url_allow_list" in response.get_json()["error"] and "ASCII" in response.get_json()["error"]
    assert services.tenants.get("acme").url_allow_list == before
    ok = client.put("/admin/api/settings", json={"url_allow_list": ["help.example.com"]}, headers=admin(app, app_key))
    assert ok.status_code == 200 and services.tenants.get("acme").url_allow_list == ("help.example.com",)


@pytest.mark.parametrize("entry", ["https://co.uk", "github.io", "https://blogspot.com", "com.br"])
def test_a_bare_public_suffix_is_refused_with_a_clear_400(client, app, app_key, services, entry):
    """Issue 13 audit: `github.io` in the allow-list let `https://attacker.github.io/x` through. A host that is only a
    public suffix (the guards' tldextract snapshot, private suffixes included) is refused, saying why."""
    before = services.tenants.get("acme").url_allow_list
    response = client.put("/admin/api/settings", json={"url_allow_list": [entry]}, headers=admin(app, app_key))
    assert response.status_code == 400
    assert "url_allow_list" in response.get_json()["error"] and "public suffix" in response.get_json()["error"]
    assert services.tenants.get("acme").url_allow_list == before
    ok = client.put("/admin/api/settings", json={"url_allow_list": ["acme.github.io"]}, headers=admin(app, app_key))
    assert ok.status_code == 200 and services.tenants.get("acme").url_allow_list == ("acme.github.io",)
