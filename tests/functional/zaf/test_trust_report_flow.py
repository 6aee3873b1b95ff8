"""The trust report end to end through the real app: install creates the outcome field (requirements.json),
the worker measures agents' public replies, the review group records the outcome in the sidebar, and admins —
only admins — read the result from GET /admin/api/trust-report and the app's nav_bar page."""
from __future__ import annotations

import json
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import pytest

from plugin.adapters.dryrun_helpdesk import DryRunHelpdesk
from plugin.core import bias_outcome, disclosure
from plugin.core.model import Comment, Thread, Ticket, User
from plugin.settings import PACKAGE_DIR
from plugin.wiring import build_services
from tests.functional import privacy_world as w
from tests.functional.zaf.support import make_settings, session_headers

ADMIN, AGENT, CUSTOMER = 7, 8, 4100
BIAS, ASSIST = 201, 202
# planted personal data: it must reach neither the audit trail's report nor its page
NAME, EMAIL, AGENT_NAME = "Zofia Wróblewska-Haas", "zofia.haas@example.org", "Agent Kimberly Osei"
TEXTS = {BIAS: f"Your agent refused my refund because I am a woman. That is discrimination. {NAME}, {EMAIL}",
         ASSIST: f"Hello, where is my parcel? It was due on Monday. Write to {EMAIL}. Regards, {NAME}"}


def _thread(ticket_id: int) -> Thread:
    customer = User(CUSTOMER, NAME, email=EMAIL, role="end-user", locale="en")
    return Thread(Ticket(ticket_id, "Help", requester_id=CUSTOMER, updated_at="2026-11-28T09:05:00Z"),
                  (Comment(ticket_id * 10, CUSTOMER, TEXTS[ticket_id], True, "2026-11-28T09:00:00Z"),),
                  (customer, User(900, AGENT_NAME, role="agent")))


def _event(ticket_id: int, comment_id: int, staff: bool) -> bytes:
    author = {"id": "900" if staff else str(CUSTOMER), "is_staff": staff, "name": "x"}
    return json.dumps({"type": "zen:event-type:ticket.comment_added", "account_id": 1, "id": f"evt-{comment_id}",
                       "time": "2026-11-28T09:00:01Z", "subject": f"zen:ticket:{ticket_id}",
                       "detail": {"id": str(ticket_id)},
                       "event": {"comment": {"id": str(comment_id), "body": "(omitted)", "is_public": True,
                                             "author": author}}}).encode()


def _agent_replies(helpdesk: DryRunHelpdesk, ticket_id: int, body: str, at: str) -> int:
    return helpdesk.add_agent_reply(ticket_id, User(900, AGENT_NAME, role="agent"), body, at).id


@pytest.fixture
def helpdesk():
    return DryRunHelpdesk([_thread(BIAS), _thread(ASSIST)])


@pytest.fixture
def services(tmp_path, stub, helpdesk):
    return build_services(make_settings(tmp_path, stub.base_url), helpdesk=helpdesk)


@pytest.fixture
def app_key(client, services) -> str:
    """acme installed through OAuth as an admin does it; small numbers shown exactly for this test."""
    location = urlsplit(client.get("/install", query_string={"subdomain": "acme"}).headers["Location"])
    state = parse_qs(location.query)["state"][0]
    key = client.get("/oauth/callback", query_string={"code": "good-code", "state": state,
                                                       "format": "json"}).get_json()["app_key"]
    services.tenants.put(replace(services.tenants.get("acme"), report_min_count=1))
    return key


def _deliver(client, services, body: bytes) -> None:
    own = services.secrets.get("acme").webhook_secret  # the install's own webhook secret, read from Zendesk
    assert client.post("/webhooks/zendesk/acme", data=body, headers=w.signed(body, own)).status_code == 202
    services.queue.drain(services.worker.handle)


def test_install_creates_the_outcome_field_with_the_tags_candor_reads():
    requirements = json.loads((PACKAGE_DIR / "app" / "requirements.json").read_text(encoding="utf-8"))
    field = requirements["ticket_fields"]["candor_bias_review_outcome"]
    assert field["type"] == "tagger" and field["visible_in_portal"] is False
    assert [o["value"] for o in field["custom_field_options"]] == [bias_outcome.tag_for(o) for o in
                                                                    bias_outcome.OUTCOMES]
    trigger = requirements["triggers"]["candor_agent_reply"]
    body = json.loads(trigger["actions"][0]["value"][1])
    assert body["kind"] == "agent_reply" and set(body) == {"candor", "kind", "ticket_id", "updated_at", "actor_id"}


def test_bias_review_outcome_and_agent_replies_end_up_in_the_admins_report(client, app, services, helpdesk,
                                                                           app_key):
    _deliver(client, services, _event(BIAS, BIAS * 10, staff=False))
    _deliver(client, services, _event(ASSIST, ASSIST * 10, staff=False))
    agent = session_headers(app, "acme", user_id=AGENT, app_key=app_key)
    view = client.get(f"/zaf/api/tickets/{ASSIST}/suggestion", headers=agent).get_json()
    draft = view["suggestion"]["draft"]

    # the agent sends the suggestion with the disclosure footer; on the bias ticket a person answers after 2 h
    sent = f"{draft}\n\n{disclosure.customer_footer('en')[0]}"
    _deliver(client, services, _event(ASSIST, _agent_replies(helpdesk, ASSIST, sent, "2026-11-28T10:00:00Z"), True))
    _deliver(client, services, _event(BIAS, _agent_replies(helpdesk, BIAS, "I am sorry. I am looking into this "
                                                                           "myself.", "2026-11-28T11:00:00Z"), True))
    replies = [r for r in services.audit.query("acme") if r["action"] == "agent_reply"]
    assert {r["ticket_id"]: r["detail"].get("similarity") for r in replies} == {ASSIST: 1.0, BIAS: None}
    assert next(r for r in replies if r["ticket_id"] == BIAS)["detail"]["first_reply_seconds"] == 7200
    assert "looking into" not in json.dumps(replies) and draft not in json.dumps(replies)  # scores, never text

    # the review group records the outcome in the sidebar: audited and written to the ticket
    url = f"/zaf/api/tickets/{BIAS}/review-outcome"
    assert client.post(url, json={"outcome": "maybe"}, headers=agent).status_code == 400
    assert client.post(f"/zaf/api/tickets/{ASSIST}/review-outcome", json={"outcome": "unclear"},
                       headers=agent).status_code == 409  # not a bias review
    recorded = client.post(url, json={"outcome": "substantiated"}, headers=agent)
    assert recorded.status_code == 200 and recorded.get_json()["written_to_ticket"] is True
    assert bias_outcome.tag_for("substantiated") in helpdesk.thread(BIAS).ticket.tags

    # admins read it; agents may not, nor anyone without a session
    assert client.get("/admin/api/trust-report", headers=agent).status_code == 403
    assert client.get("/admin/api/trust-report?format=html", headers=agent).status_code == 403
    assert client.get("/admin/api/trust-report").status_code == 401
    response = client.get("/admin/api/trust-report", headers=session_headers(app, "acme", ADMIN, app_key))
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    figures = {f["id"]: f for s in response.get_json()["sections"] for f in s["figures"]}
    assert figures["bias_reviews"]["count"] == 1 and figures["outcome_substantiated"]["count"] == 1
    assert figures["outcome_missing"]["count"] == 0
    assert figures["first_reply_hours"]["display"] == "2 h"
    assert figures["suggestions_made"]["count"] == 1 and figures["replies_compared"]["count"] == 1
    assert figures["similarity"]["display"] == "100%"
    table = {t["id"]: t for s in response.get_json()["sections"] for t in s.get("tables", [])}
    sex = next(r for r in table["outcomes_by_characteristic"]["rows"] if r["label"] == "sex")
    assert sex["cells"][0]["count"] == 1  # substantiated, by the characteristic the complaint named

    page = client.get("/admin/api/trust-report?format=html", headers=session_headers(app, "acme", ADMIN, app_key))
    assert page.mimetype == "text/html" and b"Candor trust report" in page.data
    published = page.get_data(as_text=True) + response.get_data(as_text=True)
    trail = json.dumps(list(services.audit.query("acme")), ensure_ascii=False)
    for planted in (NAME, "Zofia", "Haas", EMAIL, "example.org", AGENT_NAME, "Kimberly", str(CUSTOMER), "refund",
                    "looking into"):
        assert planted.lower() not in published.lower(), planted
        assert planted.lower() not in trail.lower() or planted == str(CUSTOMER), planted  # the trail keeps ids
    assert client.get("/admin/api/trust-report?since=later",
                      headers=session_headers(app, "acme", ADMIN, app_key)).status_code == 400
    assert client.get("/admin/api/trust-report?since=2026-12-01&until=2026-11-01",
                      headers=session_headers(app, "acme", ADMIN, app_key)).status_code == 400


def test_the_outcome_set_in_the_field_itself_is_read_on_the_next_reply(client, app, services, helpdesk, app_key):
    _deliver(client, services, _event(BIAS, BIAS * 10, staff=False))
    thread = helpdesk.thread(BIAS)
    helpdesk._threads[BIAS] = replace(thread, ticket=replace(
        thread.ticket, tags=thread.ticket.tags + (bias_outcome.tag_for("not_substantiated"),)))
    _deliver(client, services, _event(BIAS, _agent_replies(helpdesk, BIAS, "Done.", "2026-11-28T09:30:00Z"), True))
    outcomes = [r for r in services.audit.query("acme") if r["action"] == "bias_review_outcome"]
    assert [(r["detail"]["outcome"], r["detail"]["source"]) for r in outcomes] == [("not_substantiated",
                                                                                    "ticket_field")]
    report = client.get("/admin/api/trust-report", headers=session_headers(app, "acme", ADMIN, app_key)).get_json()
    figures = {f["id"]: f for s in report["sections"] for f in s["figures"]}
    assert figures["outcome_not_substantiated"]["count"] == 1 and figures["outcome_missing"]["count"] == 0


def test_the_nav_bar_page_is_served_like_the_sidebar(client):
    page = client.get("/zaf/assets/admin.html")
    assert page.status_code == 200 and b"admin.js" in page.data and b'content=""' in page.data
    assert client.post("/zaf/assets/admin.html", data={"token": "forged"}).status_code == 401
