"""Issue 17 units: article events, the per-tenant index (visibility, locale fallback, fusion with article
embeddings), the sync's embedding reuse, the drafting floor, and which knowledge a tenant gets."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from plugin.adapters.help_center_index import EmptyKnowledgeBase, HelpCenterIndex
from plugin.adapters.offline_drafter import OfflineDrafter
from plugin.adapters.sqlite_db import SQLiteDatabase
from plugin.adapters.sqlite_kb_store import SQLiteKnowledgeStore
from plugin.adapters.zendesk_help_center import html_to_text, macro_document
from plugin.core import events
from plugin.core.knowledge import ArticleChanges, KbDocument, KbSnapshot, KbStatus, KnowledgeSync
from plugin.core.model import Article, Job
from plugin.core.prompting import build_draft_request
from plugin.core.tenant import TenantConfig
from plugin.settings import Settings
from plugin.wiring import build_services


def doc(source: str, locale: str, title: str, body: str, audience: str = "public") -> KbDocument:
    return KbDocument(f"{source}@{locale}", "article", source, locale, title, body,
                      url=f"https://acme.zendesk.com/hc/{locale}/articles/{source}", audience=audience)


DOCS = (doc("1", "en-us", "Tracking your parcel", "Every parcel has a tracking number from the carrier."),
        doc("1", "fr", "Suivre votre colis", "Chaque colis a un numéro de suivi du transporteur."),
        doc("2", "en-us", "Refunds", "Refunds go back to the card within ten days."),
        doc("3", "en-us", "VIP refund override", "Agents may refund VIP customers without a return.", "internal"))


@pytest.mark.parametrize("kind", ["published", "unpublished"])
def test_article_events_become_kb_jobs_with_the_article_id(kind):
    parsed = events.parse({"type": f"zen:event-type:article.{kind}", "id": "01GX", "subject": "zen:article:7005",
                           "detail": {"brand_id": "1", "id": "7005", "user_id": "2"}, "event": {}}, "acme", None)
    job = Job.from_event(parsed.event)
    assert (job.kind, job.article_id, job.ticket_id) == ("kb_article", 7005, None)
    assert Job.from_dict(job.to_dict()) == job


def test_other_article_events_are_acknowledged_and_ignored():
    parsed = events.parse({"type": "zen:event-type:article.vote_created", "id": "x", "detail": {"id": "1"}}, "a", None)
    assert parsed.event is None


def test_index_answers_in_the_locale_asked_and_never_returns_internal_articles():
    index = HelpCenterIndex(KbSnapshot(documents=DOCS))
    assert index.search("where is my parcel tracking", locale="fr")[0][0].id == "1@fr"
    assert index.search("where is my parcel tracking", locale="fr-ca")[0][0].id == "1@fr"  # same language
    assert index.search("refund to my card", locale="fr")[0][0].id == "2@en-us"  # no French version: English
    assert all(a.id != "3@en-us" for a, _ in index.search("VIP refund override without return", limit=5))
    assert EmptyKnowledgeBase().search("refund") == []


class WordEmbedder:
    """Deterministic fake: one dimension per word of a tiny vocabulary (synonyms share a dimension)."""

    model = "fake-words"
    VOCAB = {"parcel": 0, "package": 0, "tracking": 0, "refund": 1, "money": 1, "card": 1}

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def embed(self, texts):
        self.calls.append(list(texts))
        out = []
        for text in texts:
            vector = [0.0, 0.0, 0.01]
            for word in text.lower().replace("?", " ").split():
                if word in self.VOCAB:
                    vector[self.VOCAB[word]] += 1
            out.append(vector)
        return out


def test_embeddings_of_articles_are_fused_with_lexical_ranks_and_only_the_query_is_embedded_at_search():
    embedder = WordEmbedder()
    store = SQLiteKnowledgeStore(SQLiteDatabase(":memory:"))
    source = type("S", (), {"changed_articles": lambda self, t: ArticleChanges(DOCS, frozenset(), 5),
                            "macros": lambda self: (), "notes": lambda self: ()})()
    sync = KnowledgeSync(store, lambda t: source, lambda t: embedder, clock=lambda: 1000.0)
    sync.run("acme")
    snapshot = store.load("acme")
    assert set(snapshot.vectors) == {"1@en-us", "1@fr", "2@en-us"}  # internal articles are not embedded
    embedder.calls.clear()
    index = HelpCenterIndex(snapshot, embedder)
    found = index.search("money back please", locale="en-us")  # no lexical match at all for article 2
    assert found[0][0].id == "2@en-us" and embedder.calls == [["money back please"]]
    sync.run("acme", full=True)  # nothing changed: no article is embedded again
    assert embedder.calls == [["money back please"]]


def test_the_offline_drafter_uses_the_cores_retrieval_and_never_its_own_kb():
    class Boom:
        def search(self, query, limit=3):
            raise AssertionError("searched another knowledge base")
    request = build_draft_request(["Where is my parcel?"], "Help", [], "<PERSON_1>")
    held = OfflineDrafter(Boom()).draft(replace(request, retrieved=True))
    assert held.sources == () and held.confidence < 0.35
    article = Article("1@en-us", "Tracking", "Every parcel has a tracking number.", url="https://x.test/1")
    drafted = OfflineDrafter(Boom()).draft(replace(request, articles=(article,), scores=(0.8,), retrieved=True))
    assert drafted.sources == (article,) and drafted.confidence == 0.8


def test_html_and_macros_are_parsed_to_plain_text():
    assert html_to_text("<h2>Title</h2><p>One &amp; two</p><script>x()</script><ul><li>a</li></ul>") == \
        "Title\n\nOne & two\n\na"
    assert macro_document({"id": 5, "title": "Hi", "active": True, "restriction": None,
                           "actions": [{"field": "status", "value": "solved"}]}) is None  # writes no reply
    personal = {"id": 6, "title": "Mine", "active": True, "restriction": {"type": "User", "id": 1},
                "actions": [{"field": "comment_value", "value": "Hello"}]}
    assert macro_document(personal) is None
    shared = macro_document({"id": 7, "title": "Refund sent", "active": True, "restriction": None, "actions": [
        {"field": "comment_value", "value": "Hi {{ticket.requester.first_name}}, refund for #{{ticket.id}} sent."}]})
    assert shared.title == "Macro: Refund sent" and shared.body == "Hi {{requester_name}}, refund for # sent."


def test_which_knowledge_a_tenant_gets(tmp_path):
    services = build_services(Settings(home=tmp_path, tenant="demo", redactor="regex", drafter="offline"))
    knowledge = services.knowledge
    assert knowledge.kb_for(TenantConfig("demo"), "en") is services.kb  # the embedded single tenant: sample
    assert isinstance(knowledge.kb_for(TenantConfig("acme"), "en"), EmptyKnowledgeBase)  # never the sample
    knowledge.store.save("acme", KbSnapshot(documents=DOCS, synced_at=1.0), KbStatus("acme"))
    knowledge.forget("acme")  # what a sync does; another worker's sync is seen within INDEX_TTL
    assert knowledge.kb_for(TenantConfig("acme"), "fr").search("parcel tracking")[0][0].id == "1@fr"
    own = build_services(Settings(home=tmp_path / "b", tenant="demo", redactor="regex", drafter="offline",
                                  kb_dir=Path(__file__).resolve().parents[2] / "plugin" / "kb" / "sample" / "es"))
    assert own.knowledge.kb_for(TenantConfig("acme"), "en") is own.kb  # an explicit CANDOR_KB_DIR serves all


class TableEmbedder:
    """Fixed vectors: a text's vector is the one of the first key it contains (else the last row)."""

    model = "table"

    def __init__(self, table: dict[str, list[float]]) -> None:
        self.table = table

    def embed(self, texts):
        return [next((v for k, v in self.table.items() if k in t), list(self.table.values())[-1]) for t in texts]


def test_an_article_clearly_first_by_meaning_alone_reaches_the_drafter_flagged_low():
    from plugin.adapters.help_center_index import index_from_fixture
    from plugin.core.drafting import LOW_CONFIDENCE, MIN_ARTICLE_CONFIDENCE

    topics = ["Refunds", "Parcels", "Passwords", "Invoices", "Accounts", "Vouchers"]
    fixture = {"articles": [{"id": 10 + i, "user_segment_id": None, "draft": False, "translations": {
        "en-us": {"title": title, "body": f"<p>{title} are explained here.</p>"}}} for i, title in enumerate(topics)],
        "macros": []}
    unit = [[1.0 if j == i else 0.0 for j in range(7)] for i in range(7)]
    table = dict(zip([*topics, "money back"], [*unit[:6], [0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.0]], strict=True))
    table["vague"] = [0.42, 0.42, 0.4, 0.4, 0.4, 0.4, 0.1]  # two articles equally first: nothing stands out
    index = index_from_fixture(fixture, embedder=TableEmbedder(table))
    [(article, confidence), *_] = index.search("money back", locale="en-us")  # no word in common with any article
    assert article.id == "10@en-us" and MIN_ARTICLE_CONFIDENCE <= confidence < LOW_CONFIDENCE
    [(_, vague), *_] = index.search("vague question", locale="en-us")
    assert vague < MIN_ARTICLE_CONFIDENCE
    assert index_from_fixture(fixture).search("money back", locale="en-us") == []  # lexical alone finds nothing
