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
    assert status["source"] == "help_center" and status["articles"]["es"] == 12 and status["macros"] == 3
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
    calls: list[float] = []
    twice = threading.Event()
    knowledge = services.knowledge
    monkeypatch.setattr(knowledge, "sync_all", lambda full=False: calls.append(time.monotonic()) or (
        twice.set() if len(calls) >= 2 else None) or [])
    timer = SyncTimer(knowledge, interval=0.2).start()
    try:
        assert twice.wait(5)  # a first sync at start (the embedded tenant's install), then one per interval
        assert calls[1] - calls[0] >= 0.2
    finally:
        timer.stop()
    started = SyncTimer(knowledge, interval=3600).start()  # the first sync does not wait for the interval
    try:
        deadline = time.monotonic() + 5
        while len(calls) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(calls) >= 3
    finally:
        started.stop()


def test_a_shared_macro_is_the_source_when_it_answers(world):
    server, services = world
    installed(services)
    note = ask(server, services, "acme", 74, "I was charged twice for one order, there are two payments on my card")
    assert "pre-authorisation that your bank releases within 5 business days" in note  # macro 2002's reply text


def test_a_spanish_customer_gets_the_spanish_version_of_a_dynamic_content_macro(world):
    """Macro 2004 is written once with {{dc.*}} placeholders (tests/fixtures/help_center/dynamic_content.json):
    the sync expands it per locale, and the draft for a Spanish customer is the Spanish one."""
    server, services = world
    installed(services)
    note = ask(server, services, "acme", 80, "Hola, ¿dónde puedo consultar el saldo de mi tarjeta regalo?",
               locale="es")
    assert "Hola Maria Example,\n\nPuedes consultar el saldo de tu tarjeta regalo en cualquier momento" in note
    assert "You can check the balance" not in note and "{{" not in note
    english = ask(server, services, "acme", 81, "Where can I check the balance of my gift card?")
    assert "You can check the balance of your gift card at any time" in english and "tarjeta" not in english


GLOBEX_HELP_CENTER = {
    "articles": [{"id": 5001, "user_segment_id": None, "draft": False, "translations": {
        "en-us": {"title": "Refunds at Globex", "body": "<p>Globex refunds every returned item as store credit "
                                                          "on your Globex account within one day.</p>"},
        "fr": {"title": "Remboursements chez Globex", "body": "<p>Globex rembourse chaque article retourné en "
                                                            "avoir sur votre compte Globex sous un jour.</p>"}}}],
    "macros": []}


def test_each_tenant_is_grounded_on_its_own_help_center_only(world):
    """Two tenants whose Zendesks publish different help centers (the server's content is swapped between
    their syncs): each draft cites its own tenant's article, never the other's nor the sample shop's."""
    server, services = world
    installed(services, "acme")
    server.state.articles.clear()
    server.state.load_fixture(GLOBEX_HELP_CENTER)
    installed(services, "globex")
    assert services.knowledge.status("globex")["articles"] == {"en-us": 1, "fr": 1}
    assert services.knowledge.status("acme")["articles"]["en-us"] == 12  # untouched by globex's sync
    question = "When will my refund reach my card? I returned the item."
    acme, globex = ask(server, services, "acme", 75, question), ask(server, services, "globex", 76, question)
    assert "within 3 business days of it reaching our warehouse" in acme and "Globex" not in acme
    assert "store credit" in globex and "warehouse" not in globex and "help.example.com" not in globex
    french = ask(server, services, "globex", 77, "Quand est-ce que l'article retourné sera remboursé ? Je veux mon remboursement.", locale="fr")
    assert "avoir sur votre compte Globex" in french


def test_another_worker_uses_a_sync_made_elsewhere_within_the_index_ttl(world, monkeypatch):
    """On AWS the scheduled sync runs in one Lambda container and drafts in others: a worker re-reads the
    tenant's store at most INDEX_TTL after it loaded the index, so a changed article reaches drafts within
    one sync interval plus INDEX_TTL (15 min + 60 s)."""
    import plugin.knowledge
    from plugin.knowledge import INDEX_TTL, SYNC_INTERVAL

    server, services = world
    installed(services)
    worker = build_services(services.settings)  # another container: same stores, its own cache
    clock = [1000.0]
    monkeypatch.setattr(plugin.knowledge.time, "monotonic", lambda: clock[0])
    question = "When will my refund reach my card? I returned the item."
    assert "within 3 business days" in ask(server, worker, "acme", 78, question)
    server.state.put_article(1003, {"en-us": {"title": "Refunds: how and when",
                                              "body": "<p>Refunds reach your card within 2 business days of the "
                                                      "returned item arriving at our warehouse.</p>"}})
    services.knowledge.sync("acme")  # the scheduled sync, elsewhere
    clock[0] += INDEX_TTL + 1
    assert "within 2 business days" in ask(server, worker, "acme", 79, question)
    assert INDEX_TTL < SYNC_INTERVAL == 15 * 60


def test_zappas_scheduled_sync_runs_at_the_serve_timers_interval():
    from plugin.knowledge import SYNC_INTERVAL

    settings = json.loads((CONTRACT.parents[1] / "zappa_settings.json").read_text(encoding="utf-8"))
    for stage in settings.values():
        [event] = [e for e in stage.get("events", []) if e.get("function") == "handlers.kb_sync.scheduled_sync"]
        assert event["expression"] == f"rate({SYNC_INTERVAL // 60} minutes)"


def test_kb_cli_sync_and_status_show_counts_per_locale_and_a_failure_keeps_the_index(world, monkeypatch, capsys):
    from plugin.cli import main

    server, services = world
    for name, value in (("CANDOR_HOME", str(services.settings.home)), ("CANDOR_REDACTOR", "regex"),
                        ("CANDOR_DRAFTER", "offline"), ("ZENDESK_BASE_URL", server.base_url)):
        monkeypatch.setenv(name, value)
    assert main(["kb", "sync", "--tenant", "acme"]) == 0
    synced = json.loads(capsys.readouterr().out)
    assert synced["articles"] == {"de": 11, "en-us": 12, "es": 12, "fr": 12, "pt-br": 10}
    assert synced["macros"] == 3 and synced["internal"] == 1 and synced["source"] == "help_center"
    assert synced["error"] is None and synced["last_success"] > 0
    # rate limited for longer than a sync may wait (Retry-After over 60 s): the sync fails at once
    server.fail_next("GET", "/api/v2/help_center/incremental/articles", 429, headers={"Retry-After": "120"})
    assert main(["kb", "sync", "--tenant", "acme", "--full"]) == 1
    failed = json.loads(capsys.readouterr().out)
    assert "429" in failed["error"] and failed["last_success"] == synced["last_success"]
    assert failed["articles"] == synced["articles"] and failed["source"] == "help_center"
    assert main(["kb", "status", "--tenant", "acme"]) == 0
    assert json.loads(capsys.readouterr().out)["error"] == failed["error"]


def test_an_offline_tenant_syncs_and_drafts_without_any_embeddings_call(tmp_path, validator, monkeypatch):
    """Outside review (issue 13): with a provider configured for the deployment, a tenant that chose
    drafter=offline has its Help Center synced and its tickets grounded without one call to the provider's
    embeddings endpoint; another tenant of the same deployment does use it (the control)."""
    from tests.contract.fake_openai_server import FakeOpenAIServer
    from tests.functional.live_stack import GOOD_REPLY

    server = seeded_help_center(validator, email=EMAIL, api_token=TOKEN)
    with FakeOpenAIServer() as openai:
        openai.default = GOOD_REPLY
        for key, value in openai.env().items():
            monkeypatch.setenv(key, value)
        services = build_services(Settings(home=tmp_path, tenant="demo", redactor="regex", drafter="openai",
                                           openai_api_key_set=True, zendesk_base_url=server.base_url))
        for tenant, account, drafter in (("acme", "1001", "offline"), ("globex", "1002", "auto")):
            services.tenants.put(TenantConfig(tenant=tenant, account_id=account, drafter=drafter))
            services.secrets.put(tenant, TenantSecrets(SECRET, EMAIL, TOKEN))
        installed(services, "acme")
        ask(server, services, "acme", 81, "How do I return a parcel I received damaged?")
        assert openai.requests == []
        installed(services, "globex")
        assert any(r.path.rstrip("/") == "/v1/embeddings" for r in openai.requests)  # the control
    server.stop()
    assert server.violations == []
