"""Markdown knowledge base (BM25 retrieval) and the offline drafter over the sample KB."""
from __future__ import annotations

from pathlib import Path

import pytest

from plugin.adapters import markdown_kb
from plugin.adapters.kb_text import fold, guess_language, tokenize
from plugin.adapters.markdown_kb import MalformedArticle, MarkdownKnowledgeBase
from plugin.adapters.offline_drafter import DEFAULT_MIN_SCORE, MODEL, OfflineDrafter, fill, slot_values
from plugin.core.model import DraftRequest
from plugin.core.prompting import build_draft_request

SAMPLE = Path(__file__).resolve().parents[2] / "plugin" / "kb" / "sample"

RETRIEVAL = [
    ("I was charged twice for my subscription this month, two identical payments on my card", "double-charge"),
    ("Hello, my bank statement shows two payments of 49.99 for the same order 7781 on 3 March. I only ordered "
     "once. Please fix this. Regards <PERSON_1>", "double-charge"),
    ("Where is my package? Order #48213 hasn't arrived yet", "where-is-my-order"),
    ("Hi there, I ordered a sofa two weeks ago, order 55123. The tracking page hasn't changed in 6 days and says "
     "in transit. Could you tell me where my parcel is? Thanks a lot, <PERSON_1>", "where-is-my-order"),
    ("How do I reset my password? I forgot it", "password-reset"),
    ("My account is locked after too many login attempts", "account-locked"),
    ("Please cancel my subscription, I don't want to be billed again next month", "cancel-subscription"),
    ("The mug arrived broken, it was shattered in the box", "damaged-item"),
    ("my order arrived damaged", "damaged-item"),
    ("where is my order", "where-is-my-order"),
    ("I want a refund", "refund-policy"),
    ("I need a copy of the invoice for order 1234 for my accounting", "invoice-copy"),
    ("I moved last week, can I change the delivery address on my order?", "change-address"),
    ("Please delete all my personal data under GDPR", "data-deletion-request"),
    ("Can I talk to a real person please? I'm tired of bots", "talk-to-a-human"),
    ("I use a screen reader and can't get through the checkout page", "accessibility"),
    ("My headphones stopped working after 6 months, is that covered?", "warranty"),
    ("How do I send back a jacket that doesn't fit?", "returns"),
    ("When will I get my money back? I returned the item last week", "refund-policy"),
    ("I received the wrong item: you sent me a blue lamp but I ordered the green one", "wrong-item"),
    ("My card expired, how do I update my payment details?", "update-payment-method"),
    ("It's been three weeks and delivery is still delayed, why is shipping so slow?", "shipping-delays"),
    ("¿Dónde está mi pedido? Lo compré hace diez días y todavía no ha llegado", "es-donde-esta-mi-pedido"),
    ("Hola, quiero que me devuelvan el dinero, ¿cuándo recibiré el reembolso?", "es-reembolso"),
    ("Bonjour, j'ai oublié mon mot de passe et je ne peux plus me connecter", "fr-mot-de-passe"),
    ("Je voudrais être remboursé pour ma commande, merci", "fr-remboursement"),
    ("Ich möchte mein Abonnement kündigen", "cancel-subscription"),
]
UNRELATED = [
    "Do you sell gift cards in Canada?",
    "What's the weather like on Mars?",
    "I love your products, keep up the good work!",
    "Is the new model available in black?",
    "I want to complain about the rude delivery driver who threw my parcel",
    "Hello, I am writing because I would like to know whether you ship to Iceland and how much customs fees "
    "would cost me for a large order of furniture. Thanks, <PERSON_1>",
    "Can I get a discount if I buy 50 units for my school?",
]


@pytest.fixture(scope="module")
def kb():
    return MarkdownKnowledgeBase(SAMPLE)


def request_for(text: str, requester: str | None = "<PERSON_1>", language: str = "en") -> DraftRequest:
    return build_draft_request([text], "Help", [], requester, language)


@pytest.mark.parametrize("query,expected", RETRIEVAL)
def test_retrieval_ranks_the_right_article_first_and_confidently(kb, query, expected):
    results = kb.search(query, limit=3)
    assert results[0][0].id == expected
    assert results[0][1] >= DEFAULT_MIN_SCORE


@pytest.mark.parametrize("query", UNRELATED)
def test_unrelated_questions_score_below_the_offline_threshold(kb, query):
    results = kb.search(query, limit=1)
    assert not results or results[0][1] < DEFAULT_MIN_SCORE


def test_scores_are_in_unit_range_and_sorted(kb):
    for query, _ in RETRIEVAL:
        scores = [score for _, score in kb.search(query, limit=5)]
        assert scores == sorted(scores, reverse=True) and all(0 <= s <= 1 for s in scores)


def test_sample_kb_is_well_formed_and_sized_like_a_real_helpdesk(kb):
    entries = kb.entries()
    assert 15 <= len(entries) <= 25 and len({e.article.id for e in entries}) == len(entries)
    assert all(e.article.url and e.article.url.startswith("https://help.example.com/") for e in entries)
    macros = [e for e in entries if e.kind == "macro"]
    assert macros and all("{{requester_name}}" in e.article.body for e in macros)


def test_empty_or_placeholder_only_query_finds_nothing(kb):
    assert kb.search("") == [] and kb.search("<PERSON_1> <EMAIL_ADDRESS_1>") == []


# --- offline drafter ---------------------------------------------------------------------------------

def test_macro_is_filled_with_identifiers_from_the_customer_text(kb):
    text = "Hi, where is my parcel? Order #48213, tracking number 1Z999AA10123456784. Thanks <PERSON_1>"
    draft = OfflineDrafter(kb).draft(request_for(text))
    assert draft.text.startswith("Hi <PERSON_1>,")
    assert "your order 48213." in draft.text and "using the tracking number 1Z999AA10123456784." in draft.text
    assert [a.id for a in draft.sources] == ["where-is-my-order"] and draft.model == MODEL
    assert DEFAULT_MIN_SCORE <= draft.confidence <= 1


def test_unfilled_slots_disappear_gracefully(kb):
    draft = OfflineDrafter(kb).draft(request_for("where is my order", requester=None))
    assert draft.text.startswith("Hi,\n") and "your order." in draft.text and "tracking number" not in draft.text
    assert "{{" not in draft.text and "[[" not in draft.text and "  " not in draft.text


def test_article_is_framed_in_its_own_language_with_its_source_link(kb):
    draft = OfflineDrafter(kb).draft(request_for("Je voudrais être remboursé pour ma commande", language="en"))
    assert draft.text.startswith("Bonjour <PERSON_1>,\n\nMerci pour votre message.")
    assert "https://help.example.com/hc/fr/articles/remboursements" in draft.text
    assert draft.text.endswith("L'équipe du service client") and "relevé ; nous" in draft.text


def test_no_good_match_gives_an_honest_holding_reply(kb):
    draft = OfflineDrafter(kb).draft(request_for("What's the weather like on Mars?", language="de"))
    assert draft.sources == () and draft.confidence < 0.35 and draft.model == MODEL
    assert draft.text.startswith("Hallo <PERSON_1>,") and "Support-Team" in draft.text


@pytest.mark.parametrize("query,_", RETRIEVAL)
def test_every_draft_is_clean_and_deterministic(kb, query, _):
    first = OfflineDrafter(kb).draft(request_for(query))
    again = OfflineDrafter(MarkdownKnowledgeBase(SAMPLE)).draft(request_for(query))
    assert first == again
    for leftover in ("{{", "}}", "[[", "]]", "<b>", "##"):
        assert leftover not in first.text


@pytest.mark.parametrize("text,expected", [
    ("Order #48213 is late", {"order_number": "48213"}),
    ("order number: A-12345 please", {"order_number": "A-12345"}),
    ("Mi pedido número 88812 no llega", {"order_number": "88812"}),
    ("Ma commande n° 77120 est en retard", {"order_number": "77120"}),
    ("a large order of furniture", {}),
    ("first order 1111, then order 2222", {"order_number": "2222"}),
    ("tracking number is LZ123456789US", {"tracking_number": "LZ123456789US"}),
    ("parcel 9400111899223197428490 stuck", {"tracking_number": "9400111899223197428490"}),
    ("SKU TS-1042 costs $19.99", {}),
])
def test_slot_values_come_only_from_the_customer_text(text, expected):
    request = DraftRequest(messages=(), articles=(), customer_text=text)
    assert slot_values(request) == expected


@pytest.mark.parametrize("template,values,expected", [
    ("Hi {{requester_name}},", {}, "Hi,"),
    ("Hi {{requester_name}},", {"requester_name": "<PERSON_1>"}, "Hi <PERSON_1>,"),
    ("Order[[ {{order_number}}]] shipped.", {}, "Order shipped."),
    ("Order[[ {{order_number}}]] shipped.", {"order_number": "42"}, "Order 42 shipped."),
    ("Note : {{unknown}} ok", {}, "Note : ok"),
])
def test_fill(template, values, expected):
    assert fill(template, values) == expected


# --- loading ----------------------------------------------------------------------------------------

GOOD = "---\nid: a\ntitle: A\nkind: macro\nkeywords: x, y\nurl: https://help.example.com/a\n---\nBody\n"


@pytest.mark.parametrize("content,problem", [
    ("id: a\ntitle: A\n---\nBody", "must start with a '---'"),
    ("---\nid: a\ntitle: A\nBody", "not closed"),
    ("---\ntitle: A\n---\nBody", "'id'"),
    ("---\nid: a\ntitle: A\nkind: faq\n---\nBody", "kind must be"),
    ("---\nid: a\ntitle: A\nkeyword: x\n---\nBody", "line 4"),
    ("---\nid: a\ntitle: A\nurl: javascript:alert(1)\n---\nBody", "url must start"),
    ("---\nid: a\ntitle: A\n---\n\n", "body"),
])
def test_malformed_file_error_names_the_file_and_the_problem(tmp_path, content, problem):
    (tmp_path / "good.md").write_text(GOOD.replace("id: a", "id: good"), encoding="utf-8")
    (tmp_path / "broken.md").write_text(content, encoding="utf-8")
    with pytest.raises(MalformedArticle, match=problem) as caught:
        MarkdownKnowledgeBase(tmp_path).search("anything")
    assert caught.value.path.name == "broken.md" and "broken.md" in str(caught.value)


def test_duplicate_ids_name_both_files(tmp_path):
    (tmp_path / "one.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "two.md").write_text(GOOD, encoding="utf-8")
    with pytest.raises(MalformedArticle, match="one.md") as caught:
        MarkdownKnowledgeBase(tmp_path).entries()
    assert "two.md" in str(caught.value)


def test_kb_is_loaded_once_and_reloaded_when_a_file_changes(tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    calls = []
    real = markdown_kb.load_entries
    monkeypatch.setattr(markdown_kb, "load_entries", lambda folder: calls.append(folder) or real(folder))
    first, second = MarkdownKnowledgeBase(tmp_path), MarkdownKnowledgeBase(tmp_path)
    first.search("body"), first.search("body"), second.search("body")
    assert len(calls) == 1
    (tmp_path / "b.md").write_text(GOOD.replace("id: a", "id: b"), encoding="utf-8")
    assert [e.article.id for e in MarkdownKnowledgeBase(tmp_path).entries()] == ["a", "b"] and len(calls) == 2


def test_readme_is_not_an_article_and_missing_folder_is_an_error(tmp_path):
    (tmp_path / "README.md").write_text("# How to write articles", encoding="utf-8")
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    assert [e.article.id for e in MarkdownKnowledgeBase(tmp_path).entries()] == ["a"]
    with pytest.raises(Exception, match="not found"):
        MarkdownKnowledgeBase(tmp_path / "missing").entries()


# --- text analysis ----------------------------------------------------------------------------------

def test_folding_stemming_and_stopwords():
    assert fold("Kündigung Réinitialiser") == "kundigung reinitialiser"
    assert tokenize("refunds refunded refunding") == ["refund"] * 3
    assert tokenize("shipped shipping") == ["ship", "ship"]
    assert tokenize("the and el la les der") == []
    assert tokenize("<PERSON_1> {{order_number}} 12345") == []


@pytest.mark.parametrize("text,language", [
    ("Hola, quiero saber dónde está mi pedido", "es"),
    ("Bonjour, je ne peux pas me connecter à mon compte", "fr"),
    ("Ich habe mein Passwort vergessen und kann mich nicht anmelden", "de"),
    ("Olá, não recebi o meu pedido", "pt"),
    ("Where is my order?", "en"),
    ("12345", "en"),
])
def test_guess_language(text, language):
    assert guess_language(text) == language
