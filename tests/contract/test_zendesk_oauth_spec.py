"""Every request the install flow's ZendeskOAuth sends is an operation of the vendored specs: the Support API
spec (ticket fields, users, token revocation) and the unofficial Webhooks API spec (list and patch webhooks)."""
from __future__ import annotations

import pytest
from zendesk_spec import SpecValidator, load_spec, load_webhooks_spec

from plugin.adapters.zendesk_oauth import OAuthClient, ZendeskOAuth
from plugin.adapters.zendesk_requests import ApiRequest

HOOKS = [{"id": "01HCANDOR", "name": "Candor", "endpoint": "https://candor.test/webhooks/zendesk"},
         {"id": "01HUSERS", "name": "Candor user events", "endpoint": "https://candor.test/webhooks/zendesk"}]


class RecordingApi:
    """Stands in for ZendeskHttp: records each ApiRequest and answers with canned bodies."""

    def __init__(self, sent: list[ApiRequest]) -> None:
        self.sent = sent

    def pages(self, make, key: str) -> list:
        self.sent.append(make(None))
        self.sent.append(make("cursor-2"))  # the follow-up page's parameters are checked too
        return {"webhooks": HOOKS, "ticket_fields": [{"id": 5, "title": "AI disclosure (Candor)"}]}[key]

    def call(self, request: ApiRequest) -> dict:
        self.sent.append(request)
        return {"user": {"id": 7, "role": "admin"}}

    def once(self, request: ApiRequest) -> dict:
        self.sent.append(request)
        return {}


@pytest.fixture(scope="module")
def validator() -> SpecValidator:
    support, webhooks = load_spec(), load_webhooks_spec()
    merged = {**support, "paths": {**support["paths"], **webhooks["paths"]},
              "components": {**support["components"],
                             "schemas": {**support["components"]["schemas"], **webhooks["components"]["schemas"]}}}
    return SpecValidator(merged)


@pytest.fixture
def sent(monkeypatch) -> list[ApiRequest]:
    sent: list[ApiRequest] = []
    monkeypatch.setattr(ZendeskOAuth, "_api", lambda self, subdomain, token: RecordingApi(sent))
    return sent


def oauth() -> ZendeskOAuth:
    return ZendeskOAuth(OAuthClient("zdg-candor", "shh", "https://candor.test/oauth/callback"),
                        lambda subdomain: f"https://{subdomain}.zendesk.com")


def test_the_install_flow_sends_only_operations_the_specs_declare(validator, sent):
    client = oauth()
    assert client.ticket_field_id("acme", "tok") == 5
    assert client.point_webhooks("acme", "tok", "https://candor.test/webhooks/zendesk/acme") is True
    assert client.user_role("acme", "tok", 7) == "admin"
    client.revoke("acme", "tok")
    methods = sorted({(r.method, r.template) for r in sent})
    assert methods == [("DELETE", "/api/v2/oauth/tokens/{oauth_token_id}"), ("GET", "/api/v2/ticket_fields"),
                       ("GET", "/api/v2/users/{user_id}"), ("GET", "/api/v2/webhooks"),
                       ("PATCH", "/api/v2/webhooks/{webhook_id}")]
    for request in sent:
        assert validator.match(request.method, request.path)[0] == request.template
        assert validator.request_errors(request.method, request.path, list(request.params), request.body) == []


def test_the_validator_catches_a_webhook_patch_the_spec_does_not_allow(validator):
    errors = validator.request_errors("PATCH", "/api/v2/webhooks/01HCANDOR", [], {"webhook": {"endpoint": 5}})
    assert errors and "endpoint" in errors[0]
