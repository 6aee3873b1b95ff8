"""OpenAIEmbedder against the local OpenAI-compatible server's `/v1/embeddings`: the documented request and
response shapes, errors translated, and at draft time only the (redacted) query is sent."""
from __future__ import annotations

import pytest

from plugin.adapters.help_center_index import HelpCenterIndex
from plugin.adapters.openai_embeddings import OpenAIEmbedder
from plugin.core.errors import TransientError
from plugin.core.knowledge import KbDocument, KbSnapshot, with_embeddings
from tests.contract.fake_openai_server import FakeOpenAIServer, RateLimited

DOCS = (KbDocument("1@en-us", "article", "1", "en-us", "Track your parcel", "Every parcel has a tracking number."),
        KbDocument("2@en-us", "article", "2", "en-us", "Refunds", "Refunds reach your card in ten days."))


@pytest.fixture
def server():
    with FakeOpenAIServer() as fake:
        yield fake


def embedder(server) -> OpenAIEmbedder:
    return OpenAIEmbedder("text-embedding-3-small", api_key="test", base_url=server.base_url, timeout=5)


def test_embeddings_request_and_response_follow_the_documented_shape(server):
    vectors = embedder(server).embed(["first text", "second text"])
    assert len(vectors) == 2 and all(isinstance(x, float) for x in vectors[0])
    [request] = server.requests
    assert request.path == "/v1/embeddings"
    assert request.body["model"] == "text-embedding-3-small"
    assert request.body["input"] == ["first text", "second text"]


def test_only_articles_at_sync_and_only_the_query_at_search_are_embedded(server):
    snapshot = with_embeddings(KbSnapshot(documents=DOCS), KbSnapshot(), embedder(server))
    sent_at_sync = [r.body["input"] for r in server.requests]
    assert sent_at_sync == [["Track your parcel\n\nEvery parcel has a tracking number.",
                             "Refunds\n\nRefunds reach your card in ten days."]]
    server.requests.clear()
    index = HelpCenterIndex(snapshot, embedder(server))
    assert index.search("refunds card", locale="en-us")[0][0].id == "2@en-us"
    assert [r.body["input"] for r in server.requests] == [["refunds card"]]


def test_rate_limits_become_transient_errors_and_search_falls_back_to_lexical(server):
    snapshot = with_embeddings(KbSnapshot(documents=DOCS), KbSnapshot(), embedder(server))
    server.script(*[RateLimited(retry_after="0")] * 5)  # the SDK's own retries included
    with pytest.raises(TransientError):
        embedder(server).embed(["x"])
    server.script(*[RateLimited(retry_after="0")] * 5)
    assert HelpCenterIndex(snapshot, embedder(server)).search("tracking number")[0][0].id == "1@en-us"
