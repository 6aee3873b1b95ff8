"""ZendeskAccountAdmin (what install and uninstall do on an account) against the spec-checked local Zendesk:
every request and answer is validated against the Support OAS plus the Webhooks API paths transcribed from
Zendesk's reference (webhooks.openapi.yaml); the fixture fails the test on any violation."""
from __future__ import annotations

import pytest
from zendesk_server import ZendeskServer
from zendesk_state import make_user

from plugin.adapters.zendesk_account import ZendeskAccountAdmin, app_triggers
from plugin.adapters.zendesk_oauth import OAuthClient, ZendeskOAuth
from plugin.core.installation import WEBHOOKS

ENDPOINT = "https://candor.test/webhooks/zendesk/acme"


@pytest.fixture
def zendesk(validator):
    server = ZendeskServer(oauth_token="tok-admin", validator=validator).start()
    server.state.me = server.state.users[900] = make_user(900, "Ada Admin", "admin", email="ada@example.com")
    yield server
    server.stop()
    assert server.violations == []


@pytest.fixture
def account(zendesk):
    oauth = ZendeskOAuth(OAuthClient("zdg-candor", "shh", "https://candor.test/oauth/callback"),
                         lambda subdomain: zendesk.base_url, sleep=lambda s: None)
    return ZendeskAccountAdmin(oauth, "acme", "tok-admin")


def test_the_current_user_and_its_role(account):
    assert account.current_user() == (900, "admin")


def test_each_webhook_is_created_once_with_its_own_secret(account, zendesk):
    hooks = [account.ensure_webhook(spec, ENDPOINT) for spec in WEBHOOKS]
    again = [account.ensure_webhook(spec, ENDPOINT) for spec in WEBHOOKS]
    assert hooks == again and len(zendesk.state.webhooks) == len(WEBHOOKS)  # a re-install re-uses them
    assert [h.secret for h in hooks] == [zendesk.state.signing_secrets[h.id] for h in hooks]
    assert len({h.secret for h in hooks}) == len(WEBHOOKS)
    created = [r.body["webhook"] for r in zendesk.requests_to("POST", "/api/v2/webhooks")]
    assert [(w["endpoint"], w["http_method"], w["request_format"], w["subscriptions"]) for w in created] == [
        (ENDPOINT, "POST", "json", ["conditional_ticket_events"]),
        (ENDPOINT, "POST", "json", ["zen:event-type:user.deleted"]),
        (ENDPOINT, "POST", "json", ["zen:event-type:article.published", "zen:event-type:article.unpublished"])]


def test_the_apps_triggers_call_the_installations_webhook(account, zendesk):
    wanted = app_triggers()
    zendesk.state.create_trigger({}, {}, {"trigger": {**wanted[0], "actions": [
        {"field": "notification_webhook", "value": ["candor_webhook", "{}"]}]}})
    assert account.route_triggers("01HWOURS") == len(wanted) == 3
    triggers = list(zendesk.state.triggers.values())
    assert sorted(t["title"] for t in triggers) == sorted(t["title"] for t in wanted)  # one updated, one created
    assert {t["actions"][0]["value"][0] for t in triggers} == {"01HWOURS"}
    assert len(zendesk.requests_to("PUT", "/api/v2/triggers/{trigger_id}")) == 1


def test_app_wide_webhooks_are_switched_off_and_uninstall_deletes_ours(account, zendesk):
    app_hook = zendesk.state.create_webhook({}, {}, {"webhook": {
        "name": "Candor", "endpoint": "https://candor.test/webhooks/zendesk", "http_method": "POST",
        "request_format": "json", "status": "active", "subscriptions": ["conditional_ticket_events"]}})[1]["webhook"]
    ours = account.ensure_webhook(WEBHOOKS[0], ENDPOINT)
    assert account.retire_app_webhooks([ours.id]) == 1
    assert zendesk.state.webhooks[app_hook["id"]]["status"] == "inactive"
    assert zendesk.state.webhooks[ours.id]["status"] == "active"
    assert account.delete_webhooks(ENDPOINT) == 1 and set(zendesk.state.webhooks) == {app_hook["id"]}
