"""Drafting orchestration: context -> redaction -> retrieval -> drafter -> restore -> checks.

The drafter (OpenAI or offline) only ever receives `llm_request`, which is built from redacted text.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from . import context, guards, prompting
from .model import Article, Comment, DraftRequest, KnownValue, Thread
from .ports import Drafter, KnowledgeBase, Redactor
from .redaction import PLACEHOLDER_RE, PlaceholderMap, apply
from .tenant import TenantConfig

CONTEXT_TOKENS = 1500
LOW_CONFIDENCE = 0.5


@dataclass(frozen=True)
class DraftOutcome:
    llm_request: list[dict[str, Any]]
    draft: str | None  # restored; None when withheld
    redacted_draft: str | None
    withheld: tuple[str, ...]
    hidden: dict[str, int]
    sources: tuple[Article, ...]
    model: str
    confidence: float
    mapping: PlaceholderMap

    @property
    def draft_hash(self) -> str | None:
        text = self.redacted_draft
        return hashlib.sha256(text.encode("utf-8")).hexdigest() if text else None


def known_values(thread: Thread) -> list[KnownValue]:
    """The requester's own identifiers, redacted on exact match whatever the detector thinks."""
    requester = thread.requester
    if requester is None:
        return []
    known = []
    if requester.name:
        known.append(KnownValue("PERSON", requester.name))
    if requester.email:
        known.append(KnownValue("EMAIL_ADDRESS", requester.email))
    if requester.phone:
        known.append(KnownValue("PHONE_NUMBER", requester.phone))
    return known


class DraftingService:
    def __init__(self, redactor: Redactor, drafter: Drafter, kb: KnowledgeBase,
                 context_tokens: int = CONTEXT_TOKENS) -> None:
        self._redactor, self._drafter, self._kb = redactor, drafter, kb
        self._context_tokens = context_tokens

    @property
    def drafter_name(self) -> str:
        return self._drafter.name

    def prepare(self, thread: Thread, customer_comments: list[Comment], tenant: TenantConfig
                ) -> tuple[DraftRequest, PlaceholderMap, dict[str, int]]:
        """Redact the context and build what the drafter will see. Nothing leaves the process here."""
        known = known_values(thread)
        mapping = PlaceholderMap()
        mapping.seed(known)
        hidden: dict[str, int] = {}
        texts = context.select_within_budget([context.strip_quoted(c.body) for c in customer_comments],
                                             self._context_tokens)
        redacted = []
        for text in [thread.ticket.subject, *texts]:
            result = apply(text, self._redactor.find(text, known), mapping)
            for entity_type, count in result.counts().items():
                hidden[entity_type] = hidden.get(entity_type, 0) + count
            redacted.append(result.text)
        subject, messages = redacted[0], redacted[1:]
        query = PLACEHOLDER_RE.sub(" ", " ".join([subject, *messages[-2:]]))  # "<CREDIT_CARD_1>" is no topic
        articles = [article for article, _ in self._kb.search(query, limit=3)]
        requester = mapping.placeholder_for("PERSON", thread.requester.name) if (
            thread.requester and thread.requester.name) else None
        language = language_for(thread, tenant)
        request = prompting.build_draft_request(messages, subject, articles, requester, language)
        return request, mapping, hidden

    def draft(self, thread: Thread, customer_comments: list[Comment], tenant: TenantConfig) -> DraftOutcome:
        return self.complete(*self.prepare(thread, customer_comments, tenant), tenant)

    def complete(self, request: DraftRequest, mapping: PlaceholderMap, hidden: dict[str, int],
                 tenant: TenantConfig) -> DraftOutcome:
        """Call the drafter on a prepared (redacted) request, restore and check its answer."""
        llm_request = [m.to_dict() for m in request.messages]
        result = self._drafter.draft(request)
        restored, unknown = mapping.restore(result.text)
        quotable = " ".join([request.customer_text, *(a.body for a in result.sources)])
        # compare against the fixed instructions only: quoting a KB article (also in the prompt) is fine
        system = next((m.content for m in request.messages if m.role == "system"), "")
        instructions = prompting.instructions_only(system)
        verdict = guards.check_draft(
            restored, restored_values=mapping.values(), source_urls=[a.url or "" for a in result.sources],
            allow_list=tenant.url_allow_list, unknown_placeholders=unknown, system_prompt=instructions,
            quotable_text=quotable, allowed_offers=tenant.allowed_offers,
            sources_text=" ".join(a.body for a in result.sources), sensitive_values=_sensitive(mapping))
        return DraftOutcome(
            llm_request=llm_request, draft=restored if verdict.ok else None, redacted_draft=result.text,
            withheld=verdict.reasons, hidden=hidden, sources=result.sources, model=result.model,
            confidence=result.confidence, mapping=mapping)


def _sensitive(mapping: PlaceholderMap) -> list[str]:
    """Restored values a reply must never repeat (card numbers, IBANs...), by placeholder type."""
    return [value for token, value in mapping.to_dict().items()
            if token.strip("<>").rsplit("_", 1)[0] in guards.SENSITIVE_TYPES]


def language_for(thread: Thread, tenant: TenantConfig) -> str:
    """The customer's language: the requester's Zendesk locale, else the tenant's default."""
    requester = thread.requester
    if requester and requester.locale:
        return requester.locale.split("-")[0].lower()
    return tenant.language
