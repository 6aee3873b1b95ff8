"""A local, scriptable stand-in for an OpenAI-compatible chat-completions endpoint.

Threaded HTTP server on 127.0.0.1 (random port) answering `POST /v1/chat/completions` (and `POST /v1/embeddings`
with deterministic bag-of-words vectors, see `fake_vector`) in the shape of
https://platform.openai.com/docs/api-reference/chat/object. Every request is recorded. Behaviours are
scripted per request (first in, first out) and fall back to `default` when the script is empty:

    with FakeOpenAIServer() as server:
        server.script(RateLimited(retry_after="2"), ServerError(), Reply("Hi <PERSON_1>, ..."))
        server.default = Computed(lambda body: obey_injection(body))  # a "hostile LLM" for later tests
        server.default = Hostile(hostile_drafts.replies())  # subtle replies generated from templates × variants
        os.environ.update(server.env())  # OPENAI_BASE_URL=http://127.0.0.1:PORT/v1, OPENAI_API_KEY=test
"""
from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Reply:
    text: str
    finish_reason: str = "stop"


@dataclass(frozen=True)
class Computed:
    """Reply text computed from the request body (a dict: model, messages, temperature, ...)."""

    fn: Callable[[dict], str]


@dataclass(frozen=True)
class Hostile:
    """A hostile model that needs no prompt: every answer is the next of `replies` (e.g. the generated
    subtle drafts of tests/hostile_drafts.py: foreign or look-alike links, data in links, phone and card
    numbers, claims of human authorship, in five languages). What it wrote is kept in `written`, in order."""

    replies: Iterator[str]
    written: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RateLimited:
    retry_after: str | None = "1"  # header value as sent, seconds or an HTTP date; None for no header
    code: str = "rate_limit_exceeded"


@dataclass(frozen=True)
class ServerError:
    status: int = 500


@dataclass(frozen=True)
class Delay:
    """Wait `seconds` before answering with `then` (the client should have timed out by then)."""

    seconds: float
    then: Behaviour = Reply("too late")


@dataclass(frozen=True)
class Malformed:
    """A 200 answer whose body is `body` as is: broken JSON, or JSON without the expected fields."""

    body: bytes = b'{"id": "chatcmpl-broken", "choices": [{"message": '


Behaviour = Reply | Computed | Hostile | RateLimited | ServerError | Delay | Malformed


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: dict | None  # parsed JSON, None when it was not JSON


@dataclass
class FakeOpenAIServer:
    default: Behaviour = field(default_factory=lambda: Reply("Thank you for your message."))
    requests: list[RecordedRequest] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._script: deque[Behaviour] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None

    # -- scripting ----------------------------------------------------------------------------------
    def script(self, *behaviours: Behaviour) -> None:
        with self._lock:
            self._script.extend(behaviours)

    def _record(self, request: RecordedRequest) -> int:
        with self._lock:
            self.requests.append(request)
            return len(self.requests)

    def _next(self) -> Behaviour:
        with self._lock:
            return self._script.popleft() if self._script else self.default

    # -- lifecycle ----------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        assert self._httpd is not None, "server not started"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def env(self) -> dict[str, str]:
        return {"OPENAI_BASE_URL": self.base_url, "OPENAI_API_KEY": "test"}

    def start(self) -> FakeOpenAIServer:
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, args=(0.02,), name="fake-openai", daemon=True).start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # releases Delay behaviours still waiting
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def completion(body: dict, text: str, finish_reason: str = "stop", number: int = 1) -> dict:
    prompt_chars = sum(len(str(m.get("content", ""))) for m in body.get("messages", []))
    prompt_tokens, completion_tokens = prompt_chars // 4, len(text) // 4
    return {
        "id": f"chatcmpl-fake-{number}",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": body.get("model", "fake-model"),
        "system_fingerprint": "fp_fake",
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": text, "refusal": None},
            "logprobs": None,
            "finish_reason": finish_reason,
        }],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
    }


def fake_vector(text: str, dimensions: int = 16) -> list[float]:
    """A deterministic stand-in for an embedding: bag of words hashed into `dimensions` buckets (texts that
    share words are close). Not a semantic model: only for testing the plumbing."""
    import hashlib
    vector = [0.0] * dimensions
    for word in text.lower().split():
        bucket = int.from_bytes(hashlib.sha256(word.strip(".,!?;:").encode()).digest()[:4], "big") % dimensions
        vector[bucket] += 1.0
    return vector


def embeddings(body: dict) -> dict:
    """`POST /v1/embeddings` in the documented shape (https://platform.openai.com/docs/api-reference/embeddings)."""
    texts = body.get("input") if isinstance(body.get("input"), list) else [body.get("input") or ""]
    data = [{"object": "embedding", "index": i, "embedding": fake_vector(str(t))} for i, t in enumerate(texts)]
    return {"object": "list", "data": data, "model": body.get("model", "fake-embedding"),
            "usage": {"prompt_tokens": 0, "total_tokens": 0}}


def _error(message: str, kind: str, code: str | None) -> bytes:
    return json.dumps({"error": {"message": message, "type": kind, "param": None, "code": code}}).encode()


def _handler_for(server: FakeOpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

        def _send(self, status: int, payload: bytes, headers: dict[str, str] | None = None) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout test)

        def do_POST(self) -> None:  # noqa: N802 (http.server naming)
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                body = json.loads(raw)
            except ValueError:
                body = None
            headers = {k.lower(): v for k, v in self.headers.items()}
            number = server._record(RecordedRequest("POST", self.path, headers, body))
            if self.path.rstrip("/") == "/v1/embeddings" and isinstance(body, dict):
                behaviour = server._next()  # scripted failures apply to embeddings too; replies do not
                if isinstance(behaviour, Reply | Computed):
                    return self._send(200, json.dumps(embeddings(body)).encode())
                return self._act(behaviour, body, number)
            if self.path.rstrip("/") != "/v1/chat/completions":
                return self._send(404, _error(f"unknown path {self.path}", "invalid_request_error", None))
            if body is None:
                return self._send(400, _error("body is not JSON", "invalid_request_error", None))
            self._act(server._next(), body, number)

        def _act(self, behaviour: Behaviour, body: dict, number: int) -> None:
            if isinstance(behaviour, Delay):
                if server._stopping.wait(behaviour.seconds):
                    return
                behaviour = behaviour.then
            if isinstance(behaviour, Reply):
                payload = completion(body, behaviour.text, behaviour.finish_reason, number)
                self._send(200, json.dumps(payload).encode())
            elif isinstance(behaviour, Computed):
                self._send(200, json.dumps(completion(body, behaviour.fn(body), number=number)).encode())
            elif isinstance(behaviour, Hostile):
                with server._lock:
                    text = next(behaviour.replies)
                    behaviour.written.append(text)
                self._send(200, json.dumps(completion(body, text, number=number)).encode())
            elif isinstance(behaviour, RateLimited):
                headers = {"Retry-After": behaviour.retry_after} if behaviour.retry_after is not None else {}
                self._send(429, _error("Rate limit reached", "requests", behaviour.code), headers)
            elif isinstance(behaviour, ServerError):
                self._send(behaviour.status, _error("The server had an error", "server_error", None))
            elif isinstance(behaviour, Malformed):
                self._send(200, behaviour.body)

    return Handler
