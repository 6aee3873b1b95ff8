"""The small interfaces the core needs from the outside world. Adapters implement them.

Each Protocol has 1-4 methods. Fakes named `InMemory<Port>` live beside the adapters and pass the same
contract tests as the real ones.
"""
from __future__ import annotations

from typing import Callable, Iterable, Protocol, Sequence

from .model import Article, Draft, DraftRequest, Job, KnownValue, Span, Thread, TicketUpdate


class Helpdesk(Protocol):
    """Zendesk (or a dry run of it). Raises TransientError / PermanentError from core.errors."""

    def fetch_thread(self, ticket_id: int) -> Thread: ...

    def update_ticket(self, ticket_id: int, update: TicketUpdate) -> None: ...

    def ensure_group(self, name: str) -> int:
        """The id of the group with this name, created if missing."""
        ...


class Redactor(Protocol):
    """Finds personal data. Returns spans only; placeholders are assigned by the core."""

    def find(self, text: str, known: Sequence[KnownValue] = ()) -> list[Span]: ...


class Drafter(Protocol):
    name: str

    def draft(self, request: DraftRequest) -> Draft: ...


class KnowledgeBase(Protocol):
    def search(self, query: str, limit: int = 3) -> list[tuple[Article, float]]:
        """Best-matching articles with a score in [0, 1], best first."""
        ...


class Queue(Protocol):
    def enqueue(self, job: Job) -> None: ...


class IdempotencyStore(Protocol):
    """Conditional-write idempotency (the aws-powertools pattern).

    claim() writes IN_PROGRESS with an expiry if no live record exists and returns True; it returns
    False when the key is COMPLETED or IN_PROGRESS and not expired. complete() marks it COMPLETED
    (kept for `ttl_seconds`); release() deletes it so a retry can claim it again.
    """

    def claim(self, key: str, in_progress_seconds: int) -> bool: ...

    def complete(self, key: str, ttl_seconds: int) -> None: ...

    def release(self, key: str) -> None: ...

    def completed(self, key: str) -> bool:
        """True when the key is COMPLETED and not expired (a real duplicate, not a run in progress)."""
        ...


class PreferenceStore(Protocol):
    """Per tenant and requester: AI opt-out. Per tenant and ticket: a sticky human route."""

    def opted_out(self, tenant: str, requester: str) -> bool: ...

    def set_opt_out(self, tenant: str, requester: str, opted_out: bool, source: str) -> None: ...

    def sticky_route(self, tenant: str, ticket_id: int) -> str | None: ...

    def set_sticky_route(self, tenant: str, ticket_id: int, route: str) -> None: ...


class AuditLog(Protocol):
    """Append-only from the application's side."""

    def append(self, record: dict) -> None: ...

    def query(self, tenant: str, since: str | None = None) -> Iterable[dict]: ...


Clock = Callable[[], float]


class SuggestionStore(Protocol):
    """The latest suggestion per ticket, for the sidebar. Records are dicts (see core.pipeline)."""

    def save(self, tenant: str, ticket_id: int, record: dict) -> None: ...

    def latest(self, tenant: str, ticket_id: int) -> dict | None: ...


class Cipher(Protocol):
    """Encryption at rest for the placeholder vault and OAuth tokens (KMS in production, a local key
    file in the embedded default). `context` is bound to the ciphertext (AAD / encryption context)."""

    def encrypt(self, plaintext: bytes, context: dict[str, str]) -> bytes: ...

    def decrypt(self, ciphertext: bytes, context: dict[str, str]) -> bytes: ...
