"""A drafter that needs no model and no network: it answers from the best-matching KB article.

Deterministic: the same request and knowledge base always give the same draft. A body that addresses
the requester ({{requester_name}}) is a complete reply (a macro) and is only filled in; any other body is
framed with a greeting, intro, link and closing (offline_texts), in the article's own language. When no
article scores at least `min_score`, the draft is a short holding reply with low confidence and no sources.

Slots are filled only with identifiers copied from the customer's own text, and `[[ ... ]]` marks an
optional part that is dropped when one of its slots cannot be filled.
"""
from __future__ import annotations

import re

from plugin.core.model import Article, Draft, DraftRequest
from plugin.core.ports import KnowledgeBase

from .kb_text import guess_language
from .offline_texts import texts_for

VERSION = "1"
MODEL = f"offline-kb/{VERSION}"
DEFAULT_MIN_SCORE = 0.5  # sample KB: right answers score >= 0.57, unrelated questions <= 0.42
HOLDING_CONFIDENCE = 0.1

_PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_\d+>")
_SLOT = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")
_SLOT_WITH_SPACE = re.compile(r"([ \t]*)\{\{\s*([a-z_]+)\s*\}\}")
_OPTIONAL = re.compile(r"\[\[(.*?)\]\]", re.S)
_ID = r"([A-Z0-9][A-Z0-9-]{2,}[A-Z0-9])"
_ORDER = re.compile(
    r"(?:order|pedido|commande|bestellung|encomenda)\s*(?:number|nr|no|n[°º]|n[uú]m(?:ero)?|num[eé]ro|nummer)?"
    r"\.?\s*(?:is|es|est|ist|:|#)?\s*#?\s*" + _ID + r"|#\s*(\d{4,})",
    re.I,
)
_TRACKING = re.compile(
    r"(?:tracking|seguimiento|suivi|sendungsnummer|rastreamento)\s*(?:number|code|id|n[uú]mero|num[eé]ro|nr)?"
    r"\.?\s*(?:is|es|est|ist|:|#)?\s*([A-Z0-9]{8,})|\b(1Z[0-9A-Z]{16}|[A-Z]{2}\d{9}[A-Z]{2}|9[2-5]\d{20})\b",
    re.I,
)


def _last_identifier(pattern: re.Pattern[str], text: str) -> str | None:
    """The last match of `pattern` in `text` that contains a digit (the latest mention wins)."""
    found = None
    for match in pattern.finditer(text):
        value = next((g for g in match.groups() if g), None)
        if value and any(ch.isdigit() for ch in value):
            found = value
    return found


def slot_values(request: DraftRequest) -> dict[str, str]:
    """Values the customer gave (order and tracking numbers) and the requester's placeholder."""
    values = {}
    if request.requester and _PLACEHOLDER.fullmatch(request.requester):
        values["requester_name"] = request.requester
    for name, pattern in (("order_number", _ORDER), ("tracking_number", _TRACKING)):
        value = _last_identifier(pattern, request.customer_text)
        if value:
            values[name] = value
    return values


def fill(template: str, values: dict[str, str]) -> str:
    """`template` with slots filled; optional parts with a missing slot dropped; stray slots removed."""

    def optional(match: re.Match[str]) -> str:
        part = match.group(1)
        return part if all(s in values for s in _SLOT.findall(part)) else ""

    text = _OPTIONAL.sub(optional, template)
    # an unfilled slot takes the spaces before it along: "Hi {{requester_name}}," -> "Hi,"
    text = _SLOT_WITH_SPACE.sub(lambda m: m.group(1) + values[m.group(2)] if m.group(2) in values else "", text)
    return "\n".join(line.rstrip() for line in text.splitlines()).strip()


def _plain(markdown: str) -> str:
    """Light Markdown clean-up for a plain-text note: heading marks and emphasis markers removed."""
    text = re.sub(r"^#{1,6}\s*", "", markdown, flags=re.M)
    return re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)


class OfflineDrafter:
    """Drafter that fills the best-matching knowledge-base article or macro."""

    name = "offline"

    def __init__(self, kb: KnowledgeBase | None = None, min_score: float = DEFAULT_MIN_SCORE) -> None:
        self.kb = kb
        self.min_score = min_score

    def draft(self, request: DraftRequest) -> Draft:
        if request.retrieved:  # the core searched the tenant's own knowledge: use that, never another KB
            matches = list(zip(request.articles, request.scores, strict=False))[:1]
        elif self.kb is not None and request.customer_text.strip():
            matches = self.kb.search(request.customer_text, limit=1)
        else:
            matches = []
        if not matches or matches[0][1] < self.min_score:
            return self._holding(request)
        article, score = matches[0]
        values = slot_values(request)
        if "requester_name" in _SLOT.findall(article.body):
            text = fill(article.body, values)
        else:
            text = self._framed(article, values, guess_language(article.body, request.language))
        return Draft(text=text, sources=(article,), model=MODEL, confidence=score)

    def _framed(self, article: Article, values: dict[str, str], language: str) -> str:
        texts = texts_for(language)
        parts = [_greeting(texts, values), texts["intro"], fill(_plain(article.body), values)]
        if article.url:
            parts.append(texts["more"].format(url=article.url))
        parts.append(texts["closing"])
        return "\n\n".join(parts)

    def _holding(self, request: DraftRequest) -> Draft:
        texts = texts_for(request.language)
        text = "\n\n".join((_greeting(texts, slot_values(request)), texts["holding"], texts["closing"]))
        return Draft(text=text, sources=(), model=MODEL, confidence=HOLDING_CONFIDENCE)


def _greeting(texts: dict[str, str], values: dict[str, str]) -> str:
    name = values.get("requester_name")
    return texts["greeting_named"].format(name=name) if name else texts["greeting_neutral"]
