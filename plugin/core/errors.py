"""One error hierarchy. Adapters translate vendor exceptions into these at the boundary."""
from __future__ import annotations


class CandorError(Exception):
    """Base of every error this plugin raises on purpose."""


class BadRequest(CandorError):
    """Input from outside is malformed. `status` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class Unauthorized(CandorError):
    """Signature, token or tenant check failed. Callers answer with a fixed body."""


class Forbidden(CandorError):
    """The caller is known but may not do this (e.g. not a Zendesk admin of the account)."""


class UnknownTenant(Unauthorized):
    """The request names a tenant that is not installed."""


class TransientError(CandorError):
    """A retryable failure of an outside system (429, 5xx, timeout).

    `retry_after` is the delay the remote asked for, in seconds, when it said one.
    """

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermanentError(CandorError):
    """A failure of an outside system that retrying will not fix (4xx other than 409/429)."""


class ConflictError(TransientError):
    """The remote rejected a write because of a concurrent change (HTTP 409)."""


class DraftRejected(CandorError):
    """The drafter answered, but the answer failed a code-side check and is withheld."""

    def __init__(self, message: str, reasons: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.reasons = reasons
