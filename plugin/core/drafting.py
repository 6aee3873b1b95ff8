"""Drafting orchestration: context -> redaction -> retrieval -> drafter -> restore -> checks.

The drafter (OpenAI or offline) only ever receives `llm_request`, which is built from redacted text.
"""
from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from . import context, guards, prompting
from .keep_terms import field_terms, keep_values
from .model import Article, Comment, Draft, DraftRequest, KnownValue, Thread
from .ports import Drafter, KnowledgeBase, PublicSuffixes, Redactor
from .redaction import PLACEHOLDER_RE, PlaceholderMap, apply
from .tenant import TenantConfig

CONTEXT_TOKENS = 1500
LOW_CONFIDENCE = 0.5
# Articles retrieved below this confidence are not given to the drafter: a draft that says no article fits
# is better than one stretched from an article about something else (plugin/kb/README.md, benchmarks/kb).
MIN_ARTICLE_CONFIDENCE = 0.3


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
    provider: dict[str, Any] = field(default_factory=dict)  # latency and tokens of the call, for the audit record
    flagged: tuple[str, ...] = ()  # guard reasons for a warning line above a draft that is shown (guards.Verdict.flags)

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
                 context_tokens: int = CONTEXT_TOKENS, suffixes: PublicSuffixes | None = None,
                 kb_for: Callable[[TenantConfig, str], KnowledgeBase] | None = None,
                 drafter_for: Callable[[TenantConfig], Drafter] | None = None,
                 keep_terms_for: Callable[[TenantConfig, str], Iterable[str]] | None = None) -> None:
        """`kb_for(tenant, language)`, when given, is the tenant's own knowledge for the customer's language
        (its synced Help Center); `kb` is then unused. `drafter_for`: the drafter a tenant's settings choose
        (drafter, model); default `drafter` for all. `keep_terms_for(tenant, language)`: product words of the
        tenant's knowledge-base titles (core.keep_terms), never taken for names."""
        self._redactor, self._drafter, self._kb = redactor, drafter, kb
        self._suffixes = suffixes
        self._context_tokens = context_tokens
        self._drafter_for = drafter_for or (lambda tenant: drafter)
        self._kb_for = kb_for
        self._keep_terms_for = keep_terms_for

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
        language = language_for(thread, tenant)
        terms = field_terms(thread) | (set(self._keep_terms_for(tenant, language)) if self._keep_terms_for else set())
        keep = keep_values(terms, [thread.ticket.subject, *texts])
        redacted = []
        for text in [thread.ticket.subject, *texts]:
            result = apply(text, self._redactor.find(text, [*known, *keep]), mapping)
            for entity_type, count in result.counts().items():
                hidden[entity_type] = hidden.get(entity_type, 0) + count
            redacted.append(result.text)
        subject, messages = redacted[0], redacted[1:]
        query = PLACEHOLDER_RE.sub(" ", " ".join([subject, *messages[-2:]]))  # "<CREDIT_CARD_1>" is no topic
        kb = self._kb_for(tenant, language) if self._kb_for is not None else self._kb
        matches = [(a, s) for a, s in kb.search(query, limit=3) if s >= MIN_ARTICLE_CONFIDENCE]
        requester = mapping.placeholder_for("PERSON", thread.requester.name) if (
            thread.requester and thread.requester.name) else None
        request = prompting.build_draft_request(messages, subject, [a for a, _ in matches], requester, language)
        request = replace(request, scores=tuple(s for _, s in matches[:len(request.articles)]), retrieved=True)
        return request, mapping, hidden

    def draft(self, thread: Thread, customer_comments: list[Comment], tenant: TenantConfig) -> DraftOutcome:
        return self.complete(*self.prepare(thread, customer_comments, tenant), tenant)

    def complete(self, request: DraftRequest, mapping: PlaceholderMap, hidden: dict[str, int],
                 tenant: TenantConfig) -> DraftOutcome:
        """Call the drafter on a prepared (redacted) request, restore and check its answer."""
        llm_request = [m.to_dict() for m in request.messages]
        started = time.monotonic()
        result = self._drafter_for(tenant).draft(request)
        provider = usage(request, result, time.monotonic() - started)
        restored, unknown = mapping.restore(result.text)
        quotable = " ".join([request.customer_text, *(a.body for a in result.sources)])
        # compare against the fixed instructions only: quoting a KB article (also in the prompt) is fine
        system = next((m.content for m in request.messages if m.role == "system"), "")
        instructions = prompting.instructions_only(system)
        verdict = guards.check_draft(
            restored, restored_values=mapping.values(), source_urls=[a.url or "" for a in result.sources],
            allow_list=tenant.url_allow_list, unknown_placeholders=unknown, system_prompt=instructions,
            quotable_text=quotable, allowed_offers=tenant.allowed_offers,
            sources_text=" ".join(a.body for a in result.sources), sensitive_values=_sensitive(mapping),
            settings_text=_settings_text(tenant), suffixes=self._suffixes)
        return DraftOutcome(
            llm_request=llm_request, draft=restored if verdict.ok else None, redacted_draft=result.text,
            withheld=verdict.reasons, hidden=hidden, sources=result.sources, model=result.model,
            confidence=result.confidence, mapping=mapping, provider=provider, flagged=verdict.flags)


def usage(request: DraftRequest, draft: Draft, seconds: float) -> dict[str, Any]:
    """What one drafter call cost: milliseconds and tokens (the provider's count, else our estimate)."""
    estimated = draft.prompt_tokens is None or draft.completion_tokens is None
    prompt = draft.prompt_tokens if draft.prompt_tokens is not None else sum(
        context.estimate_tokens(m.content) for m in request.messages)
    answer = draft.completion_tokens if draft.completion_tokens is not None else context.estimate_tokens(draft.text)
    return {"ms": round(seconds * 1000), "prompt_tokens": prompt, "completion_tokens": answer,
            "estimated": estimated}


def _sensitive(mapping: PlaceholderMap) -> list[str]:
    """Restored values a reply must never repeat (card numbers, IBANs...), by placeholder type."""
    return [value for token, value in mapping.to_dict().items()
            if token.strip("<>").rsplit("_", 1)[0] in guards.SENSITIVE_TYPES]


def _settings_text(tenant: TenantConfig) -> str:
    """What the admin wrote into the tenant's settings (a support number there may be repeated)."""
    return " ".join(str(value) for value in tenant.to_dict().values() if value)


def language_for(thread: Thread, tenant: TenantConfig) -> str:
    """The customer's language: the requester's Zendesk locale, else the tenant's default."""
    requester = thread.requester
    if requester and requester.locale:
        return requester.locale.split("-")[0].lower()
    return tenant.language
