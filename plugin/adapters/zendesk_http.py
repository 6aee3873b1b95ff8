"""Transport for the Zendesk REST API: one session, auth, error translation, retries, JSON-line logs.

Retry rules (https://developer.zendesk.com/api-reference/introduction/rate-limits/): 429 waits the
`Retry-After` seconds; 409 (safe_update conflict) and 5xx/timeouts back off exponentially; every other
4xx is permanent. Failures after which a write may have landed (read timeout, broken connection, 5xx,
unreadable body) raise `MaybeAppliedError`, so writers can check before repeating a non-idempotent write.
`requests` is imported lazily; logs carry method, path template, status and attempt — never bodies.
"""
from __future__ import annotations

import base64
import logging
import time
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import tenacity

from plugin import __version__
from plugin.core.errors import ConflictError, PermanentError, TransientError
from plugin.core.logs import log_event

from .retry_after import retry_after_seconds
from .zendesk_requests import ApiRequest

log = logging.getLogger("candor.zendesk")
MAX_PAGES = 60  # a ticket holds at most 5000 comments = 50 pages of 100


class ZendeskHttpError(PermanentError):
    """A 4xx answer that retrying will not fix. `code` is Zendesk's `error` identifier, if short."""

    def __init__(self, message: str, status: int, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class MaybeAppliedError(TransientError):
    """Retryable, but the request may have been applied (the answer was lost or unreadable)."""


def auth_header(email: str | None, api_token: str | None, oauth_token: str | None) -> str:
    """https://developer.zendesk.com/api-reference/introduction/security-and-auth/"""
    if oauth_token and not (email or api_token):
        return f"Bearer {oauth_token}"
    if email and api_token and not oauth_token:
        return "Basic " + base64.b64encode(f"{email}/token:{api_token}".encode()).decode()
    raise ValueError("give either email and api_token, or oauth_token")


def next_cursor(body: dict) -> str | None:
    """`meta.after_cursor`, else `page[after]` taken from `links.next`. We never request a URL from a
    response: credentials only ever go to the configured host."""
    meta = body.get("meta") or {}
    if meta.get("after_cursor"):
        return str(meta["after_cursor"])
    link = (body.get("links") or {}).get("next")
    values = parse_qs(urlsplit(link).query).get("page[after]") if isinstance(link, str) else None
    return values[0] if values else None


class ZendeskHttp:
    def __init__(self, base_url: str, authorization: str, *, tenant: str, timeout: float, max_attempts: int,
                 sleep: Callable[[float], None], max_retry_after: float, extra_headers: dict | None) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self.base_url = base_url.rstrip("/")
        self.tenant = tenant
        self.timeout = timeout
        self.max_attempts = max_attempts
        self.max_retry_after = max_retry_after
        self._sleep = sleep
        self._headers = {"Authorization": authorization, "Accept": "application/json",
                         "User-Agent": f"Candor/{__version__}", **(extra_headers or {})}
        self._session = None

    def _get_session(self):
        if self._session is None:
            import requests  # lazy: keeps the webhook ack path free of it

            self._session = requests.Session()
            self._session.headers.update(self._headers)
        return self._session

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def retrying(self) -> tenacity.Retrying:
        return tenacity.Retrying(stop=self._stop, wait=self._wait, sleep=self._sleep, reraise=True,
                                 retry=tenacity.retry_if_exception_type(TransientError))

    def _stop(self, state: tenacity.RetryCallState) -> bool:
        exc = state.outcome.exception() if state.outcome else None
        too_long = isinstance(exc, TransientError) and (exc.retry_after or 0) > self.max_retry_after
        # A wait longer than max_retry_after is left to the queue: the error carries retry_after.
        return state.attempt_number >= self.max_attempts or too_long

    def _wait(self, state: tenacity.RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, TransientError) and exc.retry_after is not None:
            return exc.retry_after
        return min(8.0, 0.5 * 2 ** (state.attempt_number - 1))

    def call(self, request: ApiRequest) -> dict:
        """Send with retries. Only for requests that are safe to repeat (reads)."""
        for attempt in self.retrying():
            with attempt:
                return self.once(request, attempt.retry_state.attempt_number)
        raise AssertionError("unreachable")  # pragma: no cover

    def pages(self, make: Callable[[str | None], ApiRequest], key: str,
              send: Callable[[ApiRequest], dict] | None = None) -> list:
        """All items of a cursor-paginated list."""
        send = send or self.call
        items: list = []
        after: str | None = None
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            body = send(make(after))
            page = body.get(key)
            if not isinstance(page, list):
                raise PermanentError(f"zendesk response has no '{key}' list")
            items.extend(page)
            if not (body.get("meta") or {}).get("has_more"):
                return items
            after = next_cursor(body)
            if not after or after in seen:
                raise PermanentError("zendesk pagination did not advance")
            seen.add(after)
        raise PermanentError(f"more than {MAX_PAGES} pages of {key}")

    def once(self, request: ApiRequest, attempt: int = 1) -> dict:
        """One attempt: the JSON body on 2xx, else a core error."""
        started = time.monotonic()
        status: int | None = None
        try:
            response = self._send(request)
            status = response.status_code
            return self._result(request, response)
        finally:
            self._log(request, status, attempt, started)

    def _send(self, request: ApiRequest):
        import requests

        try:
            return self._get_session().request(
                request.method, self.base_url + request.path, params=list(request.params) or None,
                json=request.body, timeout=self.timeout, allow_redirects=False)
        except requests.exceptions.ConnectTimeout:
            raise TransientError("zendesk connect timeout") from None  # nothing was sent
        except requests.exceptions.Timeout:
            raise MaybeAppliedError("zendesk read timeout") from None
        except (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError):
            raise MaybeAppliedError("zendesk connection failed or answer cut off") from None
        except requests.exceptions.RequestException as exc:
            raise PermanentError(f"zendesk request failed: {type(exc).__name__}") from None

    def _result(self, request: ApiRequest, response) -> dict:
        status = response.status_code
        where = f"{request.method} {request.template}"
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        if 200 <= status < 300:
            return self._json(response, where)
        if status == 429 or (status == 503 and wait is not None):
            raise TransientError(f"zendesk {status} on {where}", retry_after=wait)
        if status == 409:
            raise ConflictError(f"zendesk 409 conflict on {where}", retry_after=wait)
        if status >= 500:
            raise MaybeAppliedError(f"zendesk {status} on {where}")
        code = self._error_code(response)
        raise ZendeskHttpError(f"zendesk {status} on {where}" + (f" ({code})" if code else ""), status, code)

    @staticmethod
    def _json(response, where: str) -> dict:
        if not response.content:
            return {}
        try:
            body = response.json()
        except ValueError:
            raise MaybeAppliedError(f"zendesk sent unreadable JSON on {where}") from None
        if not isinstance(body, dict):
            raise MaybeAppliedError(f"zendesk sent a non-object body on {where}")
        return body

    @staticmethod
    def _error_code(response) -> str | None:
        """Zendesk's `error` field (e.g. RecordNotFound, RecordInvalid): an identifier, not user data."""
        try:
            code = response.json().get("error")
        except (ValueError, AttributeError):
            return None
        return code if isinstance(code, str) and code.isidentifier() and len(code) <= 40 else None

    def _log(self, request: ApiRequest, status: int | None, attempt: int, started: float) -> None:
        log_event(log, "zendesk_request", tenant=self.tenant, method=request.method, path=request.template,
                  status=status, attempt=attempt, ms=round((time.monotonic() - started) * 1000))
