"""The small interfaces the core needs from the outside world. Adapters implement them.

Each Protocol has 1-4 methods. Fakes named `InMemory<Port>` live beside the adapters and pass the same
contract tests as the real ones.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

from .model import Article, Draft, DraftRequest, Job, KnownValue, Span, Thread, TicketUpdate, User


class Helpdesk(Protocol):
    """Zendesk (or a dry run of it). Raises TransientError / PermanentError from core.errors."""

    def fetch_thread(self, ticket_id: int) -> Thread: ...

    def update_ticket(self, ticket_id: int, update: TicketUpdate) -> None: ...

    def ensure_group(self, name: str) -> int:
        """The id of the group with this name, created if missing."""
        ...

    def current_user_id(self) -> int:
        """The user our credentials act as: every note we post is authored by it."""
        ...


class Redactor(Protocol):
    """Finds personal data. Returns spans only; placeholders are assigned by the core."""

    def find(self, text: str, known: Sequence[KnownValue] = ()) -> list[Span]: ...


class Drafter(Protocol):
    name: str

    def draft(self, request: DraftRequest) -> Draft: ...


class BiasJudge(Protocol):
    """An optional LLM second opinion on whether a (redacted) message complains of bias. It may only raise a
    ticket to human review, never lower it; None means no usable answer (the code's decision stands).
    `last_request`: the messages of the last call (redacted text only), shown by `triage`."""

    last_request: list[dict[str, Any]] | None

    def judge(self, redacted_text: str) -> tuple[bool, str] | None: ...


class KnowledgeBase(Protocol):
    def search(self, query: str, limit: int = 3) -> list[tuple[Article, float]]:
        """Best-matching articles with a score in [0, 1], best first."""
        ...


class Queue(Protocol):
    def enqueue(self, job: Job) -> None: ...

    def forget_jobs(self, doomed: Callable[[Job], bool]) -> int | None:
        """Drop the queued jobs for which `doomed(job)` is true (an erasure); the number dropped, or None for a
        queue that cannot be searched (SQS: its messages carry ids only and expire)."""
        ...


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

    def append(self, record: dict[str, Any]) -> None: ...

    def query(self, tenant: str, since: str | None = None) -> Iterable[dict[str, Any]]: ...


Clock = Callable[[], float]


class SuggestionStore(Protocol):
    """The latest suggestion per ticket, for the sidebar. Records are dicts (see core.pipeline)."""

    def save(self, tenant: str, ticket_id: int, record: dict[str, Any]) -> None: ...

    def latest(self, tenant: str, ticket_id: int) -> dict[str, Any] | None: ...


class Cipher(Protocol):
    """Encryption at rest for the placeholder vault and OAuth tokens (KMS in production, a local key
    file in the embedded default). `context` is bound to the ciphertext (AAD / encryption context)."""

    def encrypt(self, plaintext: bytes, context: dict[str, str]) -> bytes: ...

    def decrypt(self, ciphertext: bytes, context: dict[str, str]) -> bytes: ...


class TokenSigner(Protocol):
    """Short-lived tokens we issue ourselves (sidebar sessions, OAuth state), one salt per purpose."""

    def sign(self, purpose: str, claims: dict[str, Any], ttl_seconds: int) -> str:
        """A token carrying `claims` plus `exp` (epoch seconds), valid for `purpose` only."""
        ...

    def verify(self, purpose: str, token: str | None) -> dict[str, Any]:
        """The claims (with `exp`) of an unexpired token signed for `purpose`; Unauthorized otherwise."""
        ...


# --- Erasure, retention and pseudonyms (issue #6: accountability and privacy) ---------------------------

class ErasablePreferences(Protocol):
    """A PreferenceStore that can forget one requester's opt-out."""

    def forget_opt_out(self, tenant: str, requester: str, keep_as: str | None) -> str:
        """Delete the requester's opt-out record. An active opt-out is re-written under `keep_as` (a salted
        hash) when given, so it keeps being honoured. Returns "kept_as_hash", "deleted" or "none"."""
        ...


class ErasableAudit(Protocol):
    """The one change the application makes to audit records: replacing an erased requester's id."""

    def pseudonymise_requester(self, tenant: str, requester: str, pseudonym: str) -> list[int | None]:
        """Set `requester` to `pseudonym` in every record of the tenant that names `requester`. Returns the
        ticket id of each changed record."""
        ...


class ErasableSuggestions(Protocol):
    def forget_suggestions(self, tenant: str, match: Callable[[dict[str, Any]], bool]) -> list[int]:
        """Delete every stored suggestion (draft + vault) of the tenant for which `match(record)` is true.
        Returns the ticket id of each deleted record."""
        ...


class SaltStore(Protocol):
    """One secret salt per tenant, stored sealed by the Cipher (pseudonymous opt-outs after an erasure)."""

    def sealed_salt(self, tenant: str, candidate: bytes | None) -> bytes | None:
        """The stored sealed salt; if there is none and `candidate` is given, store it (the first writer
        wins, so concurrent callers agree) and return what is stored."""
        ...


class UserDirectory(Protocol):
    """Looks up a helpdesk user, to erase by e-mail and to find the values held about them."""

    def user_by_id(self, user_id: int) -> User | None: ...

    def user_by_email(self, email: str) -> User | None: ...


class PublicSuffixes(Protocol):
    """The public-suffix list, for the output guards (core/guards.py): which names are hosts."""

    def public_suffix(self, host: str) -> str:
        """The public suffix that ends `host` ("co.uk", "com", "github.io"), or "" when none is listed."""


class TenantRecords(Protocol):
    """A store that can delete everything it keeps for one tenant (uninstall, `tenant remove`)."""

    def delete_tenant(self, tenant: str) -> int:
        """Delete the tenant's records; returns how many were deleted."""
        ...


# --- What a deployment's stores provide: the composition root (plugin/wiring.py) is typed by these ----------

class TenantHelpdesk(Helpdesk, UserDirectory, Protocol):
    """The helpdesk of one tenant: tickets for the worker, users for erasure."""


class IdempotencyState(IdempotencyStore, TenantRecords, Protocol):
    pass


class PreferenceState(PreferenceStore, ErasablePreferences, SaltStore, TenantRecords, Protocol):
    pass


class AuditState(AuditLog, ErasableAudit, TenantRecords, Protocol):
    pass


class SuggestionState(SuggestionStore, ErasableSuggestions, TenantRecords, Protocol):
    pass
