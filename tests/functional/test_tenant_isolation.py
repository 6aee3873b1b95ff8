"""Issue 13, tenants: one tenant cannot be acted on with another's delivery, a captured trigger body cannot be
queued twice, and a pinned account id is required on every delivery."""
from __future__ import annotations

import json
from dataclasses import replace

from tests.functional.conftest import sample, signed_headers

USER_DELETED = json.dumps({"type": "zen:event-type:user.deleted", "account_id": 3333, "id": "evt-user-del-1",
                           "time": "2026-01-01T00:00:00Z", "zendesk_event_version": "2022-06-20",
                           "subject": "zen:user:5", "detail": {"id": "5"}, "event": {}}).encode()


def _pin(services, account: str = "2222") -> None:
    services.tenants.put(replace(services.tenants.get("acme"), account_id=account))


def test_a_pinned_tenant_refuses_a_delivery_without_the_account_header(client, services):
    _pin(services)
    services.preferences.set_opt_out("acme", "5", True, "test")
    for body in (USER_DELETED, sample("01-comment-refund")):
        response = client.post("/webhooks/zendesk/acme", data=body, headers=signed_headers(body))
        assert response.status_code == 401
    assert len(services.queue) == 0 and services.preferences.opted_out("acme", "5")


def test_a_pinned_tenant_refuses_another_account_and_accepts_its_own(client, services):
    _pin(services)
    body = sample("01-comment-refund")
    other = client.post("/webhooks/zendesk/acme", data=body,
                        headers=signed_headers(body, **{"x-zendesk-account-id": "3333"}))
    own = client.post("/webhooks/zendesk/acme", data=body,
                      headers=signed_headers(body, **{"x-zendesk-account-id": "2222"}))
    assert (other.status_code, own.status_code) == (401, 202) and len(services.queue) == 1


def test_a_captured_trigger_body_replayed_with_a_new_invocation_id_is_queued_once(client, services):
    body = json.dumps({"candor": 1, "ticket_id": "101", "updated_at": "2026-11-29T10:00:00Z",
                       "actor_id": "5"}).encode()
    headers = signed_headers(body)
    answers = [client.post("/webhooks/zendesk/acme", data=body,
                           headers={**headers, "x-zendesk-webhook-invocation-id": str(n)}).get_json()["status"]
               for n in range(1, 4)]
    assert answers == ["queued", "duplicate", "duplicate"] and len(services.queue) == 1
