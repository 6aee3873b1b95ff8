"""ZendeskHelpCenter and the Help Center sync against a local server that speaks the documented API:
article and macro shapes, incremental cursors, translations, visibility, dynamic content (items, variants,
locales, pagination), 429 + Retry-After, failures that keep the last good index, and the per-tenant stores
(SQLite and S3 on moto) erased at uninstall."""
from __future__ import annotations

import pytest
from help_center_server import seeded_help_center

from plugin.adapters.help_center_index import HelpCenterIndex
from plugin.adapters.sqlite_db import SQLiteDatabase
from plugin.adapters.sqlite_kb_store import SQLiteKnowledgeStore
from plugin.adapters.zendesk_help_center import ZendeskHelpCenter
from plugin.core.knowledge import KbSnapshot, KbStatus, KnowledgeSync

EMAIL, TOKEN = "candor@example.com", "test-token"
INCREMENTAL = "/api/v2/help_center/incremental/articles"
TRANSLATIONS = "/api/v2/help_center/articles/{article_id}/translations"
DC_ITEMS, LOCALES = "/api/v2/dynamic_content/items", "/api/v2/locales"


@pytest.fixture
def hc(validator):
    server = seeded_help_center(validator, email=EMAIL, api_token=TOKEN)
    yield server
    server.stop()
    assert server.violations == []  # every request and response matched the documented shapes


def source_for(server, sleeps=None, **options):
    return ZendeskHelpCenter("acme", email=EMAIL, api_token=TOKEN, base_url=server.base_url,
                             sleep=(sleeps if sleeps is not None else []).append, **options)


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def syncer(server, store=None, clock=None, **options):
    store = store or SQLiteKnowledgeStore(SQLiteDatabase(":memory:"))
    return KnowledgeSync(store, lambda tenant: source_for(server, **options), clock=clock or Clock()), store


def test_full_sync_keeps_every_published_locale_and_only_shared_macros(hc):
    sync, store = syncer(hc)
    status = sync.run("acme")
    assert status.error is None
    assert status.articles == {"de": 11, "en-us": 12, "es": 12, "fr": 12, "pt-br": 10}
    assert status.internal == 1 and status.macros == 3  # the segment-restricted article; three shared macros
    snapshot = store.load("acme")
    ids = {d.id for d in snapshot.documents}
    assert "1091@en-us" not in ids  # the draft is never stored
    assert {d.audience for d in snapshot.documents if d.source_id == "1090"} == {"internal"}
    assert {d.id for d in snapshot.documents if d.kind == "macro"} == {
        "macro:2001", "macro:2002", "macro:2004@en-us", "macro:2004@es", "macro:2004@fr", "macro:2004@de"}
    refund = next(d for d in snapshot.documents if d.id == "1003@fr")
    assert refund.title == "Remboursements : comment et quand" and "<p>" not in refund.body
    assert refund.url == "https://acme.zendesk.com/hc/fr/articles/1003"


def test_incremental_export_follows_next_page_and_resumes_from_end_time(hc):
    hc.state.export_page_size = 5  # 14 articles; a page starts at the previous page's end_time (inclusive)
    sync, store = syncer(hc, export_page_size=5)
    first = sync.run("acme")
    starts = [int(dict(r.params)["start_time"]) for r in hc.requests_to("GET", INCREMENTAL)]
    assert starts[0] == 0 and len(starts) == 4 and starts == sorted(set(starts))  # always forward
    assert {d.source_id for d in store.load("acme").documents if d.kind == "article"} == \
        {str(i) for i in range(1001, 1013)} | {"1090"}
    assert first.cursor == max(a["changed"] for a in hc.state.articles.values())
    hc.requests.clear()
    hc.state.put_article(1003, {"en-us": {"title": "Refunds, faster", "body": "<p>Refunds now take 2 days.</p>"}})
    second = sync.run("acme")
    assert [dict(r.params)["start_time"] for r in hc.requests_to("GET", INCREMENTAL)] == [str(first.cursor)]
    # the changed article, plus at most the previous page's last one (start_time is inclusive)
    fetched = {r.path.split("/")[-2] for r in hc.requests_to("GET", TRANSLATIONS)}
    assert "1003" in fetched and len(fetched) <= 2
    docs = {d.id: d for d in store.load("acme").documents}
    assert docs["1003@en-us"].title == "Refunds, faster" and "1003@fr" not in docs  # its translations replaced
    assert "1001@fr" in docs and second.error is None


def test_an_unpublished_article_leaves_the_index(hc):
    sync, store = syncer(hc)
    sync.run("acme")
    hc.state.put_article(1004, {"en-us": {"title": "Returns", "body": "<p>x</p>", "draft": True}})
    sync.run("acme")
    assert not [d for d in store.load("acme").documents if d.source_id == "1004"]


def test_article_event_refreshes_one_article_and_a_deleted_one_disappears(hc):
    sync, store = syncer(hc)
    sync.run("acme")
    hc.state.delete_article(1002)
    status = sync.apply_article_event("acme", "1002")
    assert status.error is None and not [d for d in store.load("acme").documents if d.source_id == "1002"]


def test_429_waits_the_retry_after_seconds(hc):
    sleeps: list = []
    hc.fail_next("GET", INCREMENTAL, 429, headers={"Retry-After": "7"})
    hc.fail_next("GET", "/api/v2/macros", 429, headers={"Retry-After": "3"})
    sync, _ = syncer(hc, sleeps=sleeps)
    assert sync.run("acme").error is None and sleeps == [7.0, 3.0]


def test_a_failed_sync_keeps_the_last_good_index_and_says_why(hc):
    clock = Clock()
    sync, store = syncer(hc, clock=clock, max_attempts=1)
    good = sync.run("acme")
    clock.now += 3600
    hc.state.put_article(1003, {"en-us": {"title": "Changed", "body": "<p>Changed.</p>"}})
    hc.fail_next("GET", INCREMENTAL, 429, headers={"Retry-After": "120"})
    failed = sync.run("acme")
    assert failed.error and "429" in failed.error and failed.last_success == good.last_success
    assert failed.last_attempt == clock.now and failed.articles == good.articles
    assert next(d for d in store.load("acme").documents if d.id == "1003@en-us").title == "Refunds: how and when"


def test_wrong_credentials_are_an_error_not_an_empty_index(hc):
    store = SQLiteKnowledgeStore(SQLiteDatabase(":memory:"))
    sync = KnowledgeSync(store, lambda t: ZendeskHelpCenter("acme", email=EMAIL, api_token="wrong",
                                                           base_url=hc.base_url), clock=Clock())
    status = sync.run("acme")
    assert status.error and "401" in status.error and not store.load("acme").documents


def test_search_answers_in_the_customers_language_and_falls_back_to_other_versions(hc):
    sync, store = syncer(hc)
    sync.run("acme")
    index = HelpCenterIndex(store.load("acme"))
    (article, confidence), *_ = index.search("Was bedeutet meine Sendungsnummer, die Sendungsverfolgung zeigt nichts", locale="de")
    assert article.id == "1001@de" and confidence > 0
    # no German version of 1011: the customer still gets the article, in English
    found = index.search("The mirror arrived broken, it is damaged", locale="de")
    assert found[0][0].id == "1011@en-us"
    assert all("1090" not in a.id for a, _ in index.search("VIP refund override without a return", limit=5))


# -- dynamic content: multilingual macros ----------------------------------------------------------------

def macro_versions(store, macro_id: int = 2004) -> dict:
    return {d.locale: d for d in store.load("acme").documents if d.source_id == f"macro:{macro_id}"}


def test_a_dynamic_content_macro_is_indexed_once_per_locale_with_an_active_variant(hc):
    sync, store = syncer(hc)
    assert sync.run("acme").error is None
    versions = macro_versions(store)
    assert sorted(versions) == ["de", "en-us", "es", "fr"]  # pt-BR: the balance variant is inactive
    spanish = versions["es"]
    assert spanish.id == "macro:2004@es" and spanish.title == "Macro: Gift card balance"
    assert spanish.body.startswith("Hola {{requester_name}},\n\nPuedes consultar el saldo de tu tarjeta regalo")
    assert "{{" not in spanish.body.replace("{{requester_name}}", "")  # {{current_user.first_name}} dropped
    assert versions["en-us"].body.startswith("Hi {{requester_name}},\n\nYou can check the balance")
    assert len(hc.requests_to("GET", LOCALES)) == 1 and len(hc.requests_to("GET", DC_ITEMS)) == 1
    index = HelpCenterIndex(store.load("acme"))
    assert index.search("saldo de mi tarjeta regalo", locale="es")[0][0].id == "macro:2004@es"
    # a Brazilian customer gets the default (English) version, never the inactive draft translation
    assert index.search("How do I check my gift card balance?", locale="pt-br")[0][0].id == "macro:2004@en-us"


def test_dynamic_content_items_are_read_page_by_page_with_the_cursor(hc):
    filler = [{"id": 370000 + i, "name": f"Unused {i}", "placeholder": f"{{{{dc.unused_{i}}}}}", "default_locale_id": 1,
               "variants": [{"id": 3800000 + i, "locale_id": 1, "content": "x", "default": True, "active": True}]}
              for i in range(150)]
    hc.state.dynamic_content = filler + hc.state.dynamic_content  # our items are on the second page
    sync, store = syncer(hc)
    assert sync.run("acme").error is None
    pages = [dict(r.params) for r in hc.requests_to("GET", DC_ITEMS)]
    assert len(pages) == 2 and "page[after]" not in pages[0] and pages[1]["page[after]"]
    assert {p["page[size]"] for p in pages} == {"100"}
    assert sorted(macro_versions(store)) == ["de", "en-us", "es", "fr"]


def test_no_dynamic_content_call_when_no_macro_uses_it(hc):
    hc.state.macros = [m for m in hc.state.macros if m["id"] != 2004]
    sync, _ = syncer(hc)
    assert sync.run("acme").error is None
    assert hc.requests_to("GET", LOCALES) == [] and hc.requests_to("GET", DC_ITEMS) == []


def test_dynamic_content_calls_wait_the_retry_after_seconds(hc):
    sleeps: list = []
    hc.fail_next("GET", LOCALES, 429, headers={"Retry-After": "4"})
    hc.fail_next("GET", DC_ITEMS, 429, headers={"Retry-After": "5"})
    sync, store = syncer(hc, sleeps=sleeps)
    assert sync.run("acme").error is None and sleeps == [4.0, 5.0]
    assert "es" in macro_versions(store)


def test_without_access_to_dynamic_content_macros_index_as_before(hc):
    """An agent without the permission to manage dynamic content gets 403: the sync goes on, and the macro
    is parsed as it was before dynamic content was read (its placeholders dropped: nothing of it is left)."""
    hc.fail_next("GET", DC_ITEMS, 403, body={"error": "Forbidden", "description": "You do not have access"})
    sync, store = syncer(hc)
    status = sync.run("acme")
    assert status.error is None and status.macros == 2 and status.articles["es"] == 12
    assert macro_versions(store) == {}
    # the admin sees why (the status code and what to do; nothing of the account's content)
    assert len(status.warnings) == 1 and "dynamic content not readable (403)" in status.warnings[0]
    assert store.status("acme").warnings == status.warnings
    assert "You do not have access" not in status.warnings[0]
    assert sync.run("acme").warnings == ()  # readable again: the warning goes


def test_a_dynamic_content_outage_keeps_the_last_good_index_with_its_language_versions(hc):
    clock = Clock()
    sync, store = syncer(hc, clock=clock, max_attempts=1)
    good = sync.run("acme")
    clock.now += 3600
    hc.fail_next("GET", DC_ITEMS, 429, headers={"Retry-After": "120"})  # longer than a sync may wait
    failed = sync.run("acme")
    assert failed.error and "429" in failed.error and failed.last_success == good.last_success
    assert sorted(macro_versions(store)) == ["de", "en-us", "es", "fr"] and failed.macros == 3


# -- stores: the same contract on SQLite and on S3 (moto) ------------------------------------------------

@pytest.fixture(params=["sqlite", "s3"])
def store(request):
    if request.param == "sqlite":
        yield SQLiteKnowledgeStore(SQLiteDatabase(":memory:"))
        return
    moto = pytest.importorskip("moto")
    import boto3

    from plugin.adapters.s3_kb_store import S3KnowledgeStore
    with moto.mock_aws():
        s3 = boto3.client("s3", region_name="eu-west-1")
        s3.create_bucket(Bucket="candor-test-kb", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
        yield S3KnowledgeStore("candor-test-kb", s3)


def test_store_keeps_tenants_apart_and_erases_one(store, hc):
    sync = KnowledgeSync(store, lambda tenant: source_for(hc), clock=Clock())
    sync.run("acme")
    store.save("globex", KbSnapshot(), KbStatus("globex", error="x"))
    assert store.load("acme").documents and not store.load("globex").documents
    assert store.status("globex").error == "x" and store.status("acme").error is None
    assert store.delete_tenant("acme") == (1 if store.__class__.__name__.startswith("SQLite") else 2)
    assert store.load("acme") is None and store.status("acme") is None and store.load("globex") is not None
    assert store.delete_tenant("acme") == 0
