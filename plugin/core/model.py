"""Frozen domain types. Vendor payloads are parsed into these at the edge; nothing raw goes inward."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

EventKind = Literal["comment_added", "ticket_created", "user_deleted", "regenerate", "staff_reply", "kb_article",
                    "kb_sync"]
Route = Literal["bias_review", "human", "ai_assist"]


@dataclass(frozen=True)
class WebhookEvent:
    """A verified, parsed webhook delivery. Carries ids only, never ticket text."""

    tenant: str
    event_id: str
    kind: EventKind
    ticket_id: int | None = None
    comment_id: int | None = None
    user_id: int | None = None
    article_id: int | None = None  # Help Center article events (kind kb_article)


@dataclass(frozen=True)
class Job:
    """What goes on the queue: ids only (tenant, ticket, event) — no ticket text."""

    tenant: str
    event_id: str
    kind: EventKind
    ticket_id: int | None = None
    comment_id: int | None = None
    user_id: int | None = None
    article_id: int | None = None  # Help Center article events (kind kb_article)

    @classmethod
    def from_event(cls, event: WebhookEvent) -> Job:
        return cls(event.tenant, event.event_id, event.kind, event.ticket_id, event.comment_id, event.user_id,
                   event.article_id)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Job:
        values: dict[str, Any] = {k: data.get(k) for k in ("tenant", "event_id", "kind", "ticket_id", "comment_id",
                                                              "user_id", "article_id")}
        return cls(**values)


@dataclass(frozen=True)
class User:
    id: int
    name: str = ""
    email: str | None = None
    phone: str | None = None
    role: str = "end-user"  # end-user | agent | admin
    locale: str | None = None
    tags: tuple[str, ...] = ()
    user_fields: tuple[tuple[str, object], ...] = ()

    @property
    def is_staff(self) -> bool:
        return self.role in ("agent", "admin")

    def field(self, key: str) -> object:
        return dict(self.user_fields).get(key)


@dataclass(frozen=True)
class Comment:
    id: int
    author_id: int
    body: str
    public: bool
    created_at: str = ""


@dataclass(frozen=True)
class Ticket:
    id: int
    subject: str
    requester_id: int
    status: str = "open"
    priority: str | None = None
    group_id: int | None = None
    tags: tuple[str, ...] = ()
    custom_fields: tuple[tuple[int, object], ...] = ()
    updated_at: str = ""
    channel: str = ""  # via.channel: web, email, api, chat… (the trust report counts routes by channel)


@dataclass(frozen=True)
class Thread:
    """A ticket with its comments (oldest first) and the users they mention."""

    ticket: Ticket
    comments: tuple[Comment, ...]
    users: tuple[User, ...]

    def user(self, user_id: int) -> User | None:
        return next((u for u in self.users if u.id == user_id), None)

    @property
    def requester(self) -> User | None:
        return self.user(self.ticket.requester_id)

    def is_customer_comment(self, comment: Comment) -> bool:
        author = self.user(comment.author_id)
        if author is None:
            return comment.author_id == self.ticket.requester_id
        return not author.is_staff


@dataclass(frozen=True)
class TicketUpdate:
    """One write to the helpdesk: optionally a comment, tags to add, group and priority."""

    comment_body: str | None = None
    comment_public: bool = False
    add_tags: tuple[str, ...] = ()
    group_id: int | None = None
    priority: str | None = None
    custom_fields: tuple[tuple[int, object], ...] = ()


@dataclass(frozen=True)
class KnownValue:
    """A value we know is personal (the requester's own name, e-mail, phone): redact on exact match."""

    type: str  # PERSON | EMAIL_ADDRESS | PHONE_NUMBER
    value: str


@dataclass(frozen=True)
class Span:
    """A detected personal-data span in a text: [start, end) character offsets."""

    type: str
    start: int
    end: int
    score: float = 1.0


@dataclass(frozen=True)
class RedactedEntity:
    type: str
    start: int
    end: int
    placeholder: str


@dataclass(frozen=True)
class Redaction:
    """A redacted text, its entities (offsets into the original) and nothing of the values."""

    text: str
    entities: tuple[RedactedEntity, ...]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in self.entities:
            out[e.type] = out.get(e.type, 0) + 1
        return out


@dataclass(frozen=True)
class Article:
    """A knowledge-base article or macro. `slots` name the placeholders its body may be filled with."""

    id: str
    title: str
    body: str
    keywords: tuple[str, ...] = ()
    url: str | None = None


@dataclass(frozen=True)
class Message:
    role: Literal["system", "user", "assistant"]
    content: str

    def to_dict(self) -> dict[str, Any]:
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True)
class DraftRequest:
    """Everything a drafter may see: redacted messages and the KB articles retrieved for them."""

    messages: tuple[Message, ...]
    articles: tuple[Article, ...]
    customer_text: str  # redacted; the latest customer messages, for drafters that do retrieval
    language: str = "en"
    requester: str | None = None  # the requester's name placeholder, e.g. "<PERSON_1>", for greetings
    scores: tuple[float, ...] = ()  # retrieval confidence of each article, when the core retrieved them
    retrieved: bool = False  # True: `articles` is the tenant's retrieval; drafters must not search elsewhere


@dataclass(frozen=True)
class Draft:
    text: str  # may contain placeholders such as <PERSON_1>; restored by the core
    sources: tuple[Article, ...]
    model: str
    confidence: float = 1.0
    prompt_tokens: int | None = None  # as the provider counted them, when it did
    completion_tokens: int | None = None


@dataclass(frozen=True)
class Classification:
    """Code's routing decision for one customer message. Never decided by a model alone."""

    route: Route
    reasons: tuple[str, ...] = ()
    characteristics: tuple[str, ...] = ()
    opt_out: bool = False
    opt_in: bool = False
    asks_if_bot: bool = False
    matched: tuple[str, ...] = field(default=())  # the words that triggered the route

    def to_dict(self) -> dict[str, Any]:
        return {
            "route": self.route,
            "reasons": list(self.reasons),
            "characteristics": list(self.characteristics),
            "opt_out": self.opt_out,
        }
