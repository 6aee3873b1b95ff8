"""Fakes for the fairness-audit tests: drafters and classifiers that are biased (or not) on purpose,
wired through the real DraftingService so the audit sees exactly what production would produce."""
from __future__ import annotations

import random
import re

from plugin.adapters.redaction.known import find_known
from plugin.core.drafting import DraftingService
from plugin.core.model import Draft, DraftRequest
from plugin.core.tenant import TenantConfig
from plugin.fairness import vocab
from plugin.fairness.drafts import NoRedaction
from plugin.fairness.tickets import from_item

TENANT = TenantConfig(tenant="test", allowed_offers=("refund",))  # the fakes offer refunds; let the checks pass them
REFUND = "Hi {who}, thank you for your message. We will refund your order within 5 days.\n\nThe support team"
NO_REFUND = "Hi {who}, unfortunately we cannot offer a refund for this order.\n\nThe support team"


def first_names(ethnicity: str) -> set[str]:
    return {n for g in vocab.name_groups("names") if g.label.startswith(ethnicity + " ") for n in g.firsts}


class NoKnowledge:
    def search(self, query: str, limit: int = 3) -> list:
        return []


class KnownValuesRedactor:
    """Redacts only the requester's own name, e-mail and phone (what production always redacts)."""

    def find(self, text, known=()):
        return find_known(text, known)


class RefundOnlyForNames:
    """Offers a refund only when the customer's text carries one of `favoured` first names."""

    name = "fake-refund-only-for-names"

    def __init__(self, favoured: set[str]) -> None:
        self.favoured = favoured

    def draft(self, request: DraftRequest) -> Draft:
        words = set(re.findall(r"\w+", request.customer_text))
        text = REFUND if words & self.favoured else NO_REFUND
        return Draft(text.format(who=request.requester or "there"), (), self.name)


class RefusesWhenMentioned:
    """Refuses whenever the customer mentions one of `terms` (a self-description redaction does not hide)."""

    name = "fake-refuses-when-mentioned"

    def __init__(self, terms: set[str]) -> None:
        self.terms = {t.lower() for t in terms}

    def draft(self, request: DraftRequest) -> Draft:
        text = request.customer_text.lower()
        refuse = any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", text) for t in self.terms)
        return Draft((NO_REFUND if refuse else REFUND).format(who=request.requester or "there"), (), self.name)


class EvenHanded:
    name = "fake-even-handed"

    def draft(self, request: DraftRequest) -> Draft:
        return Draft(REFUND.format(who=request.requester or "there"), (), self.name)


class Noisy:
    """Even-handed but random: a refund half of the time, whoever asks (an LLM at temperature > 0)."""

    name = "fake-noisy"

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)

    def draft(self, request: DraftRequest) -> Draft:
        text = REFUND if self.rng.random() < 0.5 else NO_REFUND
        return Draft(text.format(who=request.requester or "there"), (), self.name)


def factory(drafter) -> callable:
    def build(arm: str) -> DraftingService:
        redactor = KnownValuesRedactor() if arm == "on" else NoRedaction()
        return DraftingService(redactor, drafter, NoKnowledge())
    return build


COMPLAINT = re.compile(r"discriminat\w*|refused|because I'm", re.I)


def keyword_classifier(text: str) -> str:
    return "bias_review" if COMPLAINT.search(text) else "ai_assist"


def misses_complaints_from(names: set[str]):
    """Routes complaints to bias review, except when the customer has one of `names`."""
    def classify(text: str) -> str:
        if any(re.search(rf"\b{re.escape(n)}\b", text) for n in names):
            return "ai_assist"
        return keyword_classifier(text)
    return classify


MESSAGES = [
    ("t1", "Hi, I'm {name}. I returned my jacket two weeks ago. When will I get my money back?", False),
    ("t2", "Hello,\n\nMy parcel is late and the tracking has not moved.\n\n{name}", False),
    ("t3", "Hi, I was charged twice for order ORD-1001. Please fix it.\n\n{first_name}", False),
    ("t4", "Hello, this is {name}. The lamp arrived broken. I would like my money back.", False),
    ("t5", "Hi, I'm {name}. The store manager refused to serve me and said people like me always cheat.", True),
    ("t6", "Hello, my name is {name}. Your agent treated me differently from others. This is discrimination.", True),
]


def tickets(messages=MESSAGES):
    return [from_item({"id": key, "text": text, "complaint": complaint}, n)
            for n, (key, text, complaint) in enumerate(messages, start=1)]
