"""Shared test data and builders for the Helpdesk contract tests (not a test module)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from zendesk_server import PLUGIN_USER_ID, ZendeskServer
from zendesk_state import make_comment, make_ticket, make_user

from plugin.adapters.dryrun_helpdesk import DryRunHelpdesk
from plugin.adapters.zendesk_helpdesk import ZendeskHelpdesk
from plugin.adapters.zendesk_parse import thread_from_api

BIG, SMALL = 101, 202  # ticket ids: 250 comments (three pages) and 3 comments
REQUESTER, AGENT, STRANGER = 501, 601, 701
SUPPORT_GROUP = 41
EMAIL, TOKEN = "candor@example.com", "test-token"


def _at(minutes: int) -> str:
    return (datetime(2024, 5, 1, tzinfo=UTC) + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ")


def users() -> list[dict]:
    return [
        make_user(REQUESTER, "Maria Example", email="maria@example.com", phone="+1 555 0100", locale="de",
                  tags=["vip"], user_fields={"ai_opt_out": False}),
        make_user(AGENT, "Alex Agent", "agent", email="alex@example.com"),
        make_user(STRANGER, "Not On This Ticket", email="stranger@example.com"),
    ]


def ticket_data(ticket_id: int, count: int) -> tuple[dict, list[dict]]:
    ticket = make_ticket(ticket_id, REQUESTER, tags=["vip", "billing"], priority="normal",
                         updated_at="2024-05-02T10:00:00Z", custom_fields=[{"id": 777, "value": None}])
    comments = [make_comment(ticket_id * 10_000 + i, REQUESTER if i % 2 == 0 else AGENT, f"message {i}",
                             public=i % 5 != 3, created_at=_at(i)) for i in range(count)]
    return ticket, comments


def seeded_server(validator) -> ZendeskServer:
    server = ZendeskServer(email=EMAIL, api_token=TOKEN, validator=validator).start()
    for ticket_id, count in ((BIG, 250), (SMALL, 3)):
        ticket, comments = ticket_data(ticket_id, count)
        server.state.add(ticket, comments, users())
    server.state.add_group(SUPPORT_GROUP, "Support")
    return server


def zendesk_for(server: ZendeskServer, sleeps: list, **options) -> ZendeskHelpdesk:
    options.setdefault("api_token", TOKEN)
    return ZendeskHelpdesk("acme", email=EMAIL, base_url=server.base_url, sleep=sleeps.append, **options)


def dry_run() -> DryRunHelpdesk:
    threads = []
    for ticket_id, count in ((BIG, 250), (SMALL, 3)):
        ticket, comments = ticket_data(ticket_id, count)
        threads.append(thread_from_api(ticket, comments, [u for u in users() if u["id"] != STRANGER]))
    return DryRunHelpdesk(threads, plugin_user_id=PLUGIN_USER_ID, groups={"Support": SUPPORT_GROUP})


def as_action(recorded) -> dict:
    """A request the server received, in DryRunHelpdesk's `.actions` format."""
    query = "&".join(f"{k}={v}" for k, v in recorded.params)
    return {"method": recorded.method, "path": recorded.path + (f"?{query}" if query else ""), "body": recorded.body}
