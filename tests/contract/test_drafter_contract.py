"""The Drafter contract, run against every drafter: OfflineDrafter and OpenAIDrafter (fake server).

The OpenAI side uses a well-behaved fake model that greets the requester placeholder the prompt names and
repeats the order number it was given, so the test checks the drafter's round trip, not a real model.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from plugin.adapters.markdown_kb import MarkdownKnowledgeBase
from plugin.adapters.offline_drafter import OfflineDrafter
from plugin.adapters.openai_drafter import OpenAIDrafter
from plugin.core.model import Article, Draft
from plugin.core.prompting import PLACEHOLDER, build_draft_request
from tests.contract.fake_openai_server import Computed, FakeOpenAIServer

SAMPLE = Path(__file__).resolve().parents[2] / "plugin" / "kb" / "sample"
KB = MarkdownKnowledgeBase(SAMPLE)

CASES = [
    ("Hi, this is <PERSON_1> (<EMAIL_ADDRESS_1>). Where is my parcel? Order #48213 hasn't arrived.", "<PERSON_1>"),
    ("The lamp from order 55123 arrived broken. Call me on <PHONE_NUMBER_1>.", "<PERSON_2>"),
    ("¿Dónde está mi pedido 88812? Soy <PERSON_1>.", "<PERSON_1>"),
    ("What's the weather like on Mars?", "<PERSON_1>"),
    ("How do I reset my password?", None),
]


def polite_model(body: dict) -> str:
    """A fake model that follows the system prompt: greets the named placeholder, cites the order number."""
    system, user = body["messages"][0]["content"], body["messages"][1]["content"]
    named = re.search(r"Greet the customer as (<[A-Z_]+_\d+>)", system)
    order = re.search(r"\b(\d{5})\b", user)
    greeting = f"Hi {named.group(1)}," if named else "Hello,"
    about = f" about order {order.group(1)}" if order else ""
    return f"{greeting}\n\nThank you for your message{about}. We are looking into it.\n\nThe support team"


@pytest.fixture(params=["offline", "openai"])
def drafter(request, monkeypatch):
    if request.param == "offline":
        yield OfflineDrafter(KB)
        return
    with FakeOpenAIServer(default=Computed(polite_model)) as server:
        for key, value in server.env().items():
            monkeypatch.setenv(key, value)
        yield OpenAIDrafter("gpt-test", timeout=5.0, sleep=lambda s: None)


def make_request(text: str, requester: str | None):
    articles = [article for article, _ in KB.search(text, limit=3)]
    return build_draft_request([text], "Support request", articles, requester)


@pytest.mark.parametrize("text,requester", CASES)
def test_returns_a_draft_with_text_sources_and_model(drafter, text, requester):
    request = make_request(text, requester)
    draft = drafter.draft(request)
    assert isinstance(draft, Draft) and draft.text.strip()
    assert isinstance(draft.model, str) and draft.model
    assert isinstance(draft.sources, tuple) and all(isinstance(a, Article) for a in draft.sources)
    assert 0.0 <= draft.confidence <= 1.0
    assert isinstance(drafter.name, str) and drafter.name in ("offline", "openai")


@pytest.mark.parametrize("text,requester", CASES)
def test_placeholders_in_the_draft_come_from_the_input_verbatim(drafter, text, requester):
    request = make_request(text, requester)
    draft = drafter.draft(request)
    given = set(PLACEHOLDER.findall(request.customer_text)) | ({requester} if requester else set())
    assert set(PLACEHOLDER.findall(draft.text)) <= given
    if requester:
        assert requester in draft.text
    assert "&lt;" not in draft.text and "{{" not in draft.text


@pytest.mark.parametrize("text,requester", CASES)
def test_sources_are_articles_the_drafter_could_see(drafter, text, requester):
    request = make_request(text, requester)
    draft = drafter.draft(request)
    known = {e.article.id for e in KB.entries()}
    assert all(a.id in known for a in draft.sources)
    assert all(a.url for a in draft.sources)
