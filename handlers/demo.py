"""`python -m handlers demo` (also `python -m plugin demo`): replay the sample webhooks through the real Flask
app and worker on the embedded default, printing per ticket what would be posted to Zendesk. No cloud, no
Zendesk, no OpenAI key needed.

State lives in CANDOR_HOME (default .candor/) under the tenant `demo`, so `python -m plugin trust-report
--tenant demo --out report.html` shows the demo's tickets afterwards. Each run starts the demo tenant afresh
(its earlier records are deleted the way `tenant remove` deletes them); other tenants are left alone."""
from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path
from typing import cast

from plugin.settings import PACKAGE_DIR, Settings

SAMPLES = PACKAGE_DIR / "samples"
DEMO_SECRET = "demo-signing-secret"
DEMO_TENANT = "demo"
RULE = "─" * 78


HELP = "replay sample webhooks through the app and worker (embedded default)"


def register(sub) -> None:
    p = sub.add_parser("demo", help=HELP)
    p.add_argument("--samples", default=str(SAMPLES), help="folder with webhooks/ and tickets/")
    p.set_defaults(handler=run)


def run(args) -> int:
    from plugin.adapters.dryrun_helpdesk import DryRunHelpdesk
    from plugin.adapters.local_queue import InProcessQueue
    from plugin.core import signature
    from plugin.wiring import build_services

    from .app import create_app

    samples = Path(args.samples)
    settings = replace(Settings.from_env(), backend="embedded", tenant=DEMO_TENANT, webhook_secret=DEMO_SECRET,
                       dry_run_tickets=samples / "tickets", zendesk_subdomain=None)
    services = _fresh(build_services(settings))
    client = create_app(services=services).test_client()
    helpdesk = cast(DryRunHelpdesk, services.helpdesk_for(services.default_tenant()))  # no credentials
    queue = cast(InProcessQueue, services.queue)
    print(f"Candor demo — drafter: {services.drafter.name}, state: SQLite in {settings.home}\n")
    for path in sorted((samples / "webhooks").glob("*.json")):
        body = path.read_bytes()
        for attempt in ("delivery", "redelivery") if path.name.startswith("01") else ("delivery",):
            _deliver(client, signature, path.stem, attempt, body)
        before = len(helpdesk.actions)
        queue.drain(services.worker.handle)
        show_posts(helpdesk.actions[before:])
    _agents_at_work(services, helpdesk, client, signature)
    _deliver_forged(client, signature)
    print(RULE)
    print(f"trust report of this run: python -m plugin trust-report --tenant {DEMO_TENANT} --out report.html")
    return 0


def _fresh(services):
    """The demo tenant without the records of an earlier run (audit, suggestions, opt-outs, dedupe keys)."""
    from plugin.core.installation import remove_tenant
    from plugin.wiring import seed_default_tenant

    remove_tenant(DEMO_TENANT, tenants=services.tenants, secret_store=services.secrets,
                  stores=services.removal_stores())
    seed_default_tenant(services)
    # synthetic tickets single nobody out: the demo's trust report shows exact counts (real tenants: 5)
    services.tenants.put(replace(services.tenants.get(DEMO_TENANT), report_min_count=1))
    return services


def _agents_at_work(services, helpdesk, client, signature) -> None:
    """What agents do next, as the sidebar and Zendesk would report it, so the demo's trust report has something
    in every section: an insert sent with a sign-off added, a flag and a discard, a person's reply to a bias
    complaint two hours later and the review group's outcome. Ticket 106's suggestion is left alone (ignored)."""
    from plugin.core.bias_outcome import BiasOutcomes
    from plugin.core.model import User

    tenant, agent = services.default_tenant(), User(900, "Alex Agent", role="agent")
    feedback, archive = services.marketplace.feedback, services.archive
    print(RULE)
    print("agents at work (sidebar clicks and public replies, as Zendesk would send them)")
    suggestion = archive.latest(tenant.tenant, 101)
    if suggestion is not None:
        feedback.act(tenant, helpdesk, 101, agent.id, "inserted", suggestion, "en")
        sent = f"{suggestion.get('draft') or ''}\n\nKind regards, Alex"
        feedback.act(tenant, helpdesk, 101, agent.id, "sent_as_is", suggestion, "en")  # sidebar.js at submit: draft kept whole
        _agent_replies(services, helpdesk, client, signature, 101, agent, sent, "2026-11-28T09:40:00Z")
        print("  101: inserted the suggestion, sent it with a sign-off added")
    suggestion = archive.latest(tenant.tenant, 102)
    if suggestion is not None:
        feedback.flag(tenant, helpdesk, 102, agent.id, "inaccurate", suggestion)
        feedback.act(tenant, helpdesk, 102, agent.id, "discarded", suggestion, "en")
        print("  102: flagged the suggestion as inaccurate and discarded it")
    _agent_replies(services, helpdesk, client, signature, 103, agent, "I am sorry. I am looking into how you were "
                   "treated myself and will come back to you today.", "2026-11-28T11:00:00Z")
    BiasOutcomes(services.audit, services.clock).record(tenant, 103, "not_substantiated", source="sidebar",
                                                        helpdesk=helpdesk, agent_id=agent.id)
    print("  103: a person replied to the bias complaint after 2 h; the review group recorded 'not substantiated'")


def _agent_replies(services, helpdesk, client, signature, ticket_id: int, agent, body: str, at: str) -> None:
    comment = helpdesk.add_agent_reply(ticket_id, agent, body, at)
    event = {"type": "zen:event-type:ticket.comment_added", "account_id": 1, "id": f"evt-{ticket_id}-{comment.id}",
             "time": at, "subject": f"zen:ticket:{ticket_id}", "detail": {"id": str(ticket_id)},
             "event": {"comment": {"id": str(comment.id), "body": "(omitted)", "is_public": True,
                                   "author": {"id": str(agent.id), "is_staff": True, "name": "(omitted)"}}}}
    _deliver(client, signature, f"agent reply on {ticket_id}", "delivery", json.dumps(event).encode(), quiet=True)
    services.queue.drain(services.worker.handle)


def _deliver(client, signature, name: str, attempt: str, body: bytes, quiet: bool = False) -> None:
    stamp = signature.format_timestamp(time.time())
    headers = {signature.SIGNATURE_HEADER: signature.sign(DEMO_SECRET, stamp, body),
               signature.TIMESTAMP_HEADER: stamp, "x-zendesk-webhook-invocation-id": f"demo-{name}"}
    response = client.post("/webhooks/zendesk", data=body, headers=headers, content_type="application/json")
    if quiet:
        assert response.status_code == 202, response.get_json()
        return
    print(RULE)
    print(f"webhook {name} ({attempt}) -> HTTP {response.status_code} {response.get_json()}")


def _deliver_forged(client, signature) -> None:
    body = b'{"ticket_id": "101", "updated_at": "2026-11-28T10:00:00Z"}'
    stamp = signature.format_timestamp(time.time())
    headers = {signature.SIGNATURE_HEADER: signature.sign("wrong-secret", stamp, body),
               signature.TIMESTAMP_HEADER: stamp}
    response = client.post("/webhooks/zendesk", data=body, headers=headers, content_type="application/json")
    print(RULE)
    print(f"forged webhook (wrong secret) -> HTTP {response.status_code} {response.get_json()}")


def show_posts(actions: list[dict]) -> None:
    writes = [a for a in actions if a["method"] in ("PUT", "POST")]
    if not writes:
        print("  would post: nothing")
    for action in writes:
        ticket = (action.get("body") or {}).get("ticket") or (action.get("body") or {}).get("group") or {}
        comment = ticket.get("comment") or {}
        fields = {k: v for k, v in ticket.items() if k in ("group_id", "priority", "tags", "additional_tags")}
        kind = "public reply" if comment.get("public") else "internal note"
        print(f"  would {action['method']} {action['path']} {json.dumps(fields, ensure_ascii=False)}")
        if comment:
            print(f"  {kind}:")
            for line in (comment.get("body") or comment.get("html_body") or "").splitlines():
                print(f"    │ {line}")
