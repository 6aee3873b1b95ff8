"""A local Zendesk Support API for contract tests (127.0.0.1, random port, threaded).

Every request's parameters and body, and every response body, are validated against the Support API
OpenAPI spec (see zendesk_spec); problems are answered with 400 and collected in `.violations`, which
the test fixtures require to be empty. Behaviour lives in zendesk_state. Failures can be scripted per
operation: `fail_next("GET", "/api/v2/tickets/{ticket_id}", 429, headers={"Retry-After": "7"})`,
`fail_next(..., delay=1.0)` (answer late: a client timeout), `malformed=True` (broken JSON),
`truncated=True` (the connection drops mid-answer),
`applied=True` (carry out the request, then fail: the answer to a successful write gets lost).
"""
from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit

from zendesk_spec import SpecValidator
from zendesk_state import ZendeskState, make_user

PLUGIN_USER_ID = 900
_DEFAULT_ERRORS = {409: "UpdateConflict", 429: "APIRateLimitExceeded", 503: "ServiceUnavailable"}


@dataclass
class Recorded:
    method: str
    path: str
    template: str | None
    params: list[tuple[str, str]]
    body: object
    headers: dict


@dataclass
class Failure:
    status: int | None = None  # None: answer normally, only late or malformed
    headers: dict = field(default_factory=dict)
    body: object = None
    delay: float = 0.0
    malformed: bool = False
    applied: bool = False
    truncated: bool = False


class ZendeskServer:
    def __init__(self, *, email: str = "candor@example.com", api_token: str = "test-token",
                 oauth_token: str | None = None, validator: SpecValidator | None = None) -> None:
        self.validator = validator or SpecValidator()
        self.state = ZendeskState(make_user(PLUGIN_USER_ID, "Candor", "agent", email=email))
        self._accepted = {"Basic " + base64.b64encode(f"{email}/token:{api_token}".encode()).decode()}
        if oauth_token:
            self._accepted.add(f"Bearer {oauth_token}")
        self.requests: list[Recorded] = []
        self.violations: list[str] = []
        self._failures: dict[tuple[str, str], list[Failure]] = {}
        self._hooks: dict[tuple[str, str], list[Callable[[ZendeskState], None]]] = {}
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None

    # -- lifecycle -----------------------------------------------------------------------------------
    def start(self) -> ZendeskServer:
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.app = self  # type: ignore[attr-defined]
        self.state.base_url = self.base_url
        threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> ZendeskServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    # -- scripting and inspection --------------------------------------------------------------------
    def fail_next(self, method: str, template: str, status: int | None = None, *, times: int = 1,
                  headers: dict | None = None, body: object = None, delay: float = 0.0,
                  malformed: bool = False, applied: bool = False, truncated: bool = False) -> None:
        failure = Failure(status, dict(headers or {}), body, delay, malformed, applied, truncated)
        self._failures.setdefault((method, template), []).extend([failure] * times)

    def before_next(self, method: str, template: str, hook: Callable[[ZendeskState], None]) -> None:
        """Run `hook(state)` just before the next such request is handled (e.g. a concurrent edit)."""
        self._hooks.setdefault((method, template), []).append(hook)

    def requests_to(self, method: str, template: str) -> list[Recorded]:
        return [r for r in self.requests if r.method == method and r.template == template]

    # -- request handling ----------------------------------------------------------------------------
    def handle(self, method: str, raw_path: str, headers: dict, raw: bytes) -> tuple[int, dict, bytes, Failure]:
        url = urlsplit(raw_path)
        path, query = unquote(url.path), parse_qsl(url.query, keep_blank_values=True)
        with self._lock:
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = _INVALID
            matched = self.validator.match(method, path)
            template = matched[0] if matched else None
            kept = {k: v for k, v in headers.items() if k.lower() != "authorization"}
            self.requests.append(Recorded(method, path, template, query, body, kept))
            auth = next((v for k, v in headers.items() if k.lower() == "authorization"), None)
            if auth not in self._accepted:
                return self._answer(method, template, 401, {"error": "Couldn't authenticate you"}, Failure())
            if matched is None:
                return self._answer(method, None, 404, {"error": "InvalidEndpoint", "description": "Not found"},
                                    Failure())
            errors = ["request body is not JSON"] if body is _INVALID else \
                self.validator.request_errors(method, path, query, body)
            if errors:
                self.violations.extend(errors)
                return self._answer(method, template, 400, {"error": "SpecViolation", "description": "; ".join(errors)},
                                    Failure())
            return self._dispatch(method, matched, dict(query), body)

    def _dispatch(self, method: str, matched: tuple, query: dict, body: object) -> tuple[int, dict, bytes, Failure]:
        template, operation, params = matched
        for hook in _pop(self._hooks, (method, template), 1):
            hook(self.state)
        failure = next(iter(_pop(self._failures, (method, template), 1)), Failure())
        if failure.status is None or failure.applied:
            handler = self.state.operation(operation.get("operationId"))
            if handler is None:
                return self._answer(method, template, 404, {"error": "NotImplementedHere"}, failure)
            status, answer = handler(params, query, body)
        if failure.status is not None:
            status = failure.status
            answer = failure.body if failure.body is not None else {"error": _DEFAULT_ERRORS.get(status, "ServerError")}
        return self._answer(method, template, status, answer, failure)

    def _answer(self, method: str, template: str | None, status: int, answer: object,
                failure: Failure) -> tuple[int, dict, bytes, Failure]:
        if failure.malformed:
            return status, failure.headers, b'{"ticket": {"id": 1,', failure
        if template is not None:
            self.violations.extend(self.validator.response_errors(method, template, status, answer))
        return status, failure.headers, b"" if answer is None else json.dumps(answer).encode(), failure


_INVALID = object()


def _pop(queues: dict, key: tuple, count: int) -> list:
    items = queues.get(key) or []
    taken, queues[key] = items[:count], items[count:]
    return taken


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _any(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        status, headers, payload, how = self.server.app.handle(self.command, self.path, dict(self.headers), raw)
        if how.delay:
            time.sleep(how.delay)  # outside the lock: other requests go on meanwhile
        truncate = how.truncated
        try:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(payload) + (100 if truncate else 0)))
            self.end_headers()
            self.wfile.write(payload)
            self.close_connection = truncate  # promised 100 more bytes, then hang up
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)

    do_GET = do_PUT = do_POST = do_PATCH = do_DELETE = _any

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - BaseHTTPRequestHandler's name
        pass
