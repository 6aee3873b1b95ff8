"""Issue 17 end to end: a tenant's drafts are grounded on its own Zendesk Help Center, synced after install,
in the customer's language; a newly installed tenant never cites the sample shop; a changed article is used
after the next sync; article events refresh the index. Zendesk (Support + Help Center) is the local,
spec-checked server of tests/contract; the drafter is the offline one."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

CONTRACT = Path(__file__).resolve().parents[1] / "contract"
if str(CONTRACT) not in sys.path:
    sys.path.insert(0, str(CONTRACT))

from help_center_server import seeded_help_center  # noqa: E402
from zendesk_server import PLUGIN_USER_ID  # noqa: E402
from zendesk_spec import SpecValidator  # noqa: E402
from zendesk_state import make_comment, make_ticket, make_user  # noqa: E402

from handlers.app import create_app  # noqa: E402
from plugin.core import signature  # noqa: E402
from plugin.core.model import Job  # noqa: E402
from plugin.core.tenant import TenantConfig, TenantSecrets  # noqa: E402
from plugin.settings import Settings  # noqa: E402
from plugin.wiring import build_services  # noqa: E402

EMAIL, TOKEN, SECRET = "candor@example.com", "test-token", "tenant-webhook-secret"
CUSTOMER = 501


@pytest.fixture(scope="module")
def validator():
    return SpecValidator()


@pytest.fixture
def world(tmp_path, validator):
    server = seeded_help_center(validator, email=EMAIL, api_token=TOKEN)
    settings = Settings(home=tmp_path, tenant="demo", redactor="regex", drafter="offline",
                        zendesk_base_url=server.base_url)
    services = build_services(settings)
    for tenant, account in (("acme", "1001"), ("globex", "1002")):
        services.tenants.put(TenantConfig(tenant=tenant, account_id=account))
        services.secrets.put(tenant, TenantSecrets(SECRET, EMAIL, TOKEN))
    yield server, services
    server.stop()
    assert server.violations == []


def ask(server, services, tenant: str, ticket_id: int, text: str, locale: str = "en-US") -> str:
    comment_id = ticket_id * 100 + 1
    server.state.add(make_ticket(ticket_id, CUSTOMER, subject="Question", updated_at="2024-05-02T10:00:00Z"),
                     [make_comment(comment_id, CUSTOMER, text, created_at="2024-05-02T09:00:00Z")],
                     [make_user(CUSTOMER, "Maria Example", email="maria@example.com", locale=locale)])
    services.worker.handle(Job(tenant, f"evt-{ticket_id}", "comment_added", ticket_id, comment_id))
    [note] = [c["body"] for c in server.state.comments[ticket_id]
              if c["author_id"] == PLUGIN_USER_ID and not c["public"]]
    return note


def installed(services, tenant: str = "acme") -> None:
    services.knowledge.after_install(tenant)  # what the install flow's post-install step does
    assert services.queue.drain(services.worker.handle) == 1


def test_after_install_drafts_cite_the_tenants_own_article_in_the_customers_language(world):
    server, services = world
    installed(services)
    status = services.knowledge.status("acme")
    assert status["source"] == "help_center" and status["articles"]["es"] == 12 and status["macros"] == 2
    note = ask(server, services, "acme", 71, "Necesito cambiar la dirección de envío de mi pedido, me mudo mañana",
               locale="es")
    assert "Puedes modificar la dirección de entrega" in note
    assert "https://acme.zendesk.com/hc/es/articles/1002" in note and "help.example.com" not in note


def test_a_tenant_without_a_synced_help_center_never_cites_the_sample_shop(world):
    server, services = world
    note = ask(server, services, "globex", 72, "I returned the jacket, when do I get my refund?")
    assert "help.example.com" not in note and "30 days of delivery" not in note  # the sample KB's refund text
    assert services.knowledge.status("globex")["source"] == "none"


def test_a_changed_article_is_used_after_the_next_sync(world):
    server, services = world
    installed(services)
    server.state.put_article(1003, {"en-us": {"title": "Refunds: how and when",
                                              "body": "<p>Refunds reach your card within 2 business days of the "
                                                      "returned item arriving at our warehouse.</p>"}})
    services.knowledge.sync_all()  # the scheduled sync (Zappa event on AWS, timer in serve)
    note = ask(server, services, "acme", 73, "When will my refund reach my card? I returned the item.")
    assert "within 2 business days" in note


def test_an_article_unpublished_event_removes_it_from_the_index(world):
    server, services = world
    installed(services)
    server.state.delete_article(1002)
    body = json.dumps({"type": "zen:event-type:article.unpublished", "account_id": 1001, "id": "01HKB-art-1",
                       "time": "2026-12-01T10:00:00Z", "subject": "zen:article:1002",
                       "detail": {"brand_id": "1", "id": "1002", "user_id": "900"}, "event": {}}).encode()
    stamp = signature.format_timestamp(time.time())
    headers = {signature.SIGNATURE_HEADER: signature.sign(SECRET, stamp, body),
               signature.TIMESTAMP_HEADER: stamp, "Content-Type": "application/json",
               "x-zendesk-account-id": "1001"}  # sent by Zendesk on every delivery; required once pinned
    response = create_app(services=services).test_client().post("/webhooks/zendesk/acme", data=body, headers=headers)
    assert response.status_code == 202
    assert services.queue.drain(services.worker.handle) == 1
    snapshot = services.knowledge.store.load("acme")
    assert snapshot.documents and not [d for d in snapshot.documents if d.source_id == "1002"]


def test_the_scheduled_event_and_the_serve_timer_sync_every_tenant_with_credentials(world, monkeypatch):
    import threading

    import handlers.worker
    from handlers.kb_sync import scheduled_sync
    from plugin.knowledge import SyncTimer

    server, services = world
    monkeypatch.setattr(handlers.worker, "_services", services)
    assert scheduled_sync({"source": "aws.events"}, None) == {"tenants": 2, "failed": 0}  # acme and globex
    assert services.knowledge.status("globex")["articles"]["fr"] == 12
    ran = threading.Event()
    knowledge = services.knowledge
    monkeypatch.setattr(knowledge, "sync_all", lambda full=False: ran.set() or [])
    timer = SyncTimer(knowledge, interval=0.01).start()
    try:
        assert ran.wait(5)
    finally:
        timer.stop()
