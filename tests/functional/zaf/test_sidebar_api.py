"""The sidebar's JSON API through the Flask test client: sessions, tenant isolation, the suggestion view,
regenerate, agent actions and flags (audit trail, disclosure marking, bias alert)."""
from __future__ import annotations

import json

import pytest

from plugin.core import disclosure
from plugin.core.errors import TransientError
from plugin.core.installation import install_tenant
from plugin.core.session import STATE_PURPOSE, issue_session
from tests.functional.zaf.support import seed_suggestion, session_headers

URL = "/zaf/api/tickets/101"


def test_every_endpoint_needs_a_session(sidebar_client, sidebar_app, sidebar_services):
    seed_suggestion(sidebar_services, "acme")
    signer = sidebar_app.extensions["candor"].signer
    wrong_purpose = signer.sign(STATE_PURPOSE, {"t": "acme", "u": 7}, 600)
    for headers in ({}, {"Authorization": "Bearer nonsense"}, {"Authorization": f"Bearer {wrong_purpose}"},
                    {"Authorization": "Basic abc"}):
        assert sidebar_client.get(f"{URL}/suggestion", headers=headers).status_code == 401
        assert sidebar_client.post(f"{URL}/flags", json={"kind": "biased"}, headers=headers).status_code == 401
        assert sidebar_client.post(f"{URL}/regenerate", headers=headers).status_code == 401
    assert sidebar_services.audit.query("acme") == []


def test_an_expired_session_is_refused(sidebar_client, sidebar_app, sidebar_services):
    expired = issue_session(sidebar_app.extensions["candor"].signer, "acme", 7, -1)
    response = sidebar_client.get(f"{URL}/suggestion", headers={"Authorization": f"Bearer {expired}"})
    assert response.status_code == 401


def test_the_view_shows_the_restored_draft_its_label_data_and_the_footer(sidebar_client, sidebar_app,
                                                                         sidebar_services):
    record = seed_suggestion(sidebar_services, "acme", name="Maria")
    view = sidebar_client.get(f"{URL}/suggestion?locale=es-ES", headers=session_headers(sidebar_app)).get_json()
    suggestion = view["suggestion"]
    assert suggestion["id"] == record["id"]
    assert suggestion["draft"] == "Hi Maria, your refund was sent today."  # restored for the agent only
    assert suggestion["hidden_summary"] == "1 name, 1 card number"
    assert suggestion["sources"] == [{"title": "Refund policy", "url": "https://help.example.com/refunds"}]
    assert view["route"]["route"] == "ai_assist" and view["ai_allowed"] is True
    footer, version = disclosure.customer_footer("es")
    assert view["disclosure"] == {"footer": footer, "version": version, "language": "es"}


def test_an_agent_of_one_tenant_never_sees_another_tenants_suggestion(sidebar_client, sidebar_app,
                                                                      sidebar_services):
    seed_suggestion(sidebar_services, "globex", name="Ana")
    acme = session_headers(sidebar_app, "acme")
    assert sidebar_client.get(f"{URL}/suggestion", headers=acme).get_json()["suggestion"] is None
    assert sidebar_client.post(f"{URL}/flags", json={"kind": "biased"}, headers=acme).status_code == 404
    seed_suggestion(sidebar_services, "acme", name="Maria")
    view = sidebar_client.get(f"{URL}/suggestion", headers=acme).get_json()
    assert "Ana" not in json.dumps(view) and view["suggestion"]["draft"].startswith("Hi Maria")
    assert sidebar_services.audit.query("globex") == []


def test_a_removed_tenants_session_stops_working(sidebar_client, sidebar_app, sidebar_services):
    headers = session_headers(sidebar_app, "globex")
    sidebar_services.tenants.remove("globex")
    assert sidebar_client.get(f"{URL}/suggestion", headers=headers).status_code == 401


def test_the_app_key_is_required_once_the_tenant_has_one(sidebar_client, sidebar_app, sidebar_services):
    installed = install_tenant(sidebar_services.tenants, sidebar_services.secrets, subdomain="acme",
                               oauth_token="tok", webhook_secret="x" * 32)
    for key in (None, "", "{{setting.candor_app_key}}", installed.app_key + "x"):
        response = sidebar_client.get(f"{URL}/suggestion", headers=session_headers(sidebar_app, app_key=key))
        assert response.status_code == 403
    ok = sidebar_client.get(f"{URL}/suggestion", headers=session_headers(sidebar_app, app_key=installed.app_key))
    assert ok.status_code == 200


def test_regenerate_queues_a_regenerate_job_for_the_sessions_tenant(sidebar_client, sidebar_app, sidebar_services):
    response = sidebar_client.post(f"{URL}/regenerate", headers=session_headers(sidebar_app, "globex"))
    assert response.status_code == 202
    jobs = []
    sidebar_services.queue.drain(jobs.append)
    assert [(j.tenant, j.kind, j.ticket_id) for j in jobs] == [("globex", "regenerate", 101)]
    assert jobs[0].event_id == response.get_json()["event_id"] and jobs[0].event_id.startswith("regen-")


def test_insert_marks_the_ticket_disclosed_and_audits_without_the_draft(sidebar_client, sidebar_app,
                                                                        sidebar_services, helpdesk):
    record = seed_suggestion(sidebar_services, "acme")
    response = sidebar_client.post(f"{URL}/actions", headers=session_headers(sidebar_app),
                                   json={"action": "inserted", "suggestion_id": record["id"], "locale": "en"})
    assert response.get_json() == {"status": "recorded", "audit_id": response.get_json()["audit_id"],
                                   "disclosed": True, "disclosure_version": disclosure.DISCLOSURE_VERSION}
    ticket = helpdesk.thread(101).ticket
    assert "ai_disclosed" in ticket.tags
    assert dict(ticket.custom_fields)[555] == disclosure.DISCLOSURE_VERSION
    (entry,) = sidebar_services.audit.query("acme")
    assert entry["action"] == "agent_action" and entry["detail"]["agent_action"] == "inserted"
    assert entry["detail"]["agent_id"] == 7 and entry["draft_hash"] == record["draft_hash"]
    assert entry["disclosure_version"] == disclosure.DISCLOSURE_VERSION
    assert "Maria" not in json.dumps(entry) and "refund was sent" not in json.dumps(entry)


@pytest.mark.parametrize("action", ["sent_as_is", "sent_edited", "discarded"])
def test_other_actions_are_audited_and_change_nothing_on_the_ticket(action, sidebar_client, sidebar_app,
                                                                    sidebar_services, helpdesk):
    record = seed_suggestion(sidebar_services, "acme")
    response = sidebar_client.post(f"{URL}/actions", headers=session_headers(sidebar_app),
                                   json={"action": action, "suggestion_id": record["id"]})
    assert response.status_code == 200
    assert [e["detail"]["agent_action"] for e in sidebar_services.audit.query("acme")] == [action]
    assert not [a for a in helpdesk.actions if a["method"] == "PUT"]


def test_a_biased_flag_alerts_the_review_group_and_stops_ai_on_the_ticket(sidebar_client, sidebar_app,
                                                                          sidebar_services, helpdesk):
    record = seed_suggestion(sidebar_services, "acme")
    response = sidebar_client.post(f"{URL}/flags", headers=session_headers(sidebar_app),
                                   json={"kind": "biased", "suggestion_id": record["id"]})
    body = response.get_json()
    assert body["alerted"] is True and body["review_group"] == "Bias & Fairness Review"
    ticket = helpdesk.thread(101)
    assert {"bias_review", "ai_flagged_biased"} <= set(ticket.ticket.tags)
    assert ticket.ticket.group_id == helpdesk.groups["Bias & Fairness Review"]
    note = ticket.comments[-1]
    assert not note.public and "flagged the AI suggestion" in note.body and "Maria" not in note.body
    (entry,) = sidebar_services.audit.query("acme")
    assert entry["action"] == "agent_flag" and entry["route"] == "bias_review" and entry["detail"]["flag"] == "biased"
    view = sidebar_client.get(f"{URL}/suggestion", headers=session_headers(sidebar_app)).get_json()
    assert view["suggestion"] is None and view["ai_allowed"] is False
    assert view["route"]["group"] == "Bias & Fairness Review"
    assert view["route"]["why"] == "an agent flagged the AI suggestion as biased"


@pytest.mark.parametrize("kind", ["inaccurate", "unsafe"])
def test_other_flags_are_only_audited(kind, sidebar_client, sidebar_app, sidebar_services, helpdesk):
    record = seed_suggestion(sidebar_services, "acme")
    response = sidebar_client.post(f"{URL}/flags", headers=session_headers(sidebar_app),
                                   json={"kind": kind, "suggestion_id": record["id"]})
    assert response.get_json()["status"] == "recorded"
    assert [e["detail"]["flag"] for e in sidebar_services.audit.query("acme")] == [kind]
    assert helpdesk.actions == []


def test_a_biased_flag_is_kept_when_zendesk_is_down(sidebar_client, sidebar_app, sidebar_services, helpdesk,
                                                    monkeypatch):
    record = seed_suggestion(sidebar_services, "acme")

    def down(*args, **kwargs):
        raise TransientError("zendesk 503")
    monkeypatch.setattr(helpdesk, "update_ticket", down)
    response = sidebar_client.post(f"{URL}/flags", headers=session_headers(sidebar_app),
                                   json={"kind": "biased", "suggestion_id": record["id"]})
    assert response.status_code == 200 and response.get_json()["alerted"] is False
    (entry,) = sidebar_services.audit.query("acme")
    assert entry["detail"] == {**entry["detail"], "flag": "biased", "alerted": False}


@pytest.mark.parametrize("path, body, status", [
    ("flags", {"kind": "rude"}, 400),
    ("flags", ["biased"], 400),
    ("flags", {"kind": "biased", "suggestion_id": "older-one"}, 409),
    ("actions", {"action": "sent"}, 400),
    ("actions", {"action": "inserted", "suggestion_id": "older-one"}, 409),
])
def test_bad_input_gets_a_clear_error_and_records_nothing(path, body, status, sidebar_client, sidebar_app,
                                                          sidebar_services):
    seed_suggestion(sidebar_services, "acme")
    response = sidebar_client.post(f"{URL}/{path}", headers=session_headers(sidebar_app), json=body)
    assert response.status_code == status and response.get_json()["error"]
    assert sidebar_services.audit.query("acme") == []


def test_regenerate_end_to_end_through_the_worker(sidebar_client, sidebar_app, sidebar_services, helpdesk):
    old = seed_suggestion(sidebar_services, "acme")
    assert sidebar_client.post(f"{URL}/regenerate", headers=session_headers(sidebar_app)).status_code == 202
    sidebar_services.queue.drain(sidebar_services.worker.handle)
    view = sidebar_client.get(f"{URL}/suggestion", headers=session_headers(sidebar_app)).get_json()
    assert view["suggestion"]["id"] != old["id"]
    assert view["suggestion"]["draft"].startswith("Hi Maria Lopez")  # restored from the new vault
    assert view["suggestion"]["hidden"]["PERSON"] >= 1
    assert any("AI-suggested reply" in c.body for c in helpdesk.thread(101).comments)
