"""Drafter over the OpenAI Chat Completions API, or any endpoint compatible with it.

The `openai` SDK is imported lazily and reads OPENAI_API_KEY and OPENAI_BASE_URL itself. Its own retries
are off (max_retries=0): retries happen here, with tenacity, so they are bounded, observable and use an
injectable sleep. Retried: 408, 409, 429 (honouring Retry-After / retry-after-ms), 5xx, timeouts,
connection errors and malformed response bodies, following OpenAI's guidance
(https://platform.openai.com/docs/guides/error-codes, https://platform.openai.com/docs/guides/rate-limits).
A 429 whose Retry-After exceeds `max_wait` is not slept on: the TransientError carries retry_after so the
queue can redeliver later instead of holding a worker.

Malformed answers (not JSON, no choices) are TransientError: a gateway glitch that a retry may fix. An
answer that is well-formed but unusable (empty, refused, content-filtered, cut off at the token limit) is
DraftRejected: the model did answer, and asking again at low temperature would most likely repeat it.
Logs carry the model, attempt, status and token counts, never prompt or completion text.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from plugin.core.errors import CandorError, DraftRejected, PermanentError, TransientError
from plugin.core.logs import log_event
from plugin.core.model import Draft, DraftRequest

from .retry_after import retry_after_seconds

log = logging.getLogger("candor.openai")

TEMPERATURE = 0.2
MAX_TOKENS = 700
MAX_WAIT = 10.0  # longest Retry-After we sleep on inside one job, in seconds
GROUNDED_CONFIDENCE = 0.7  # coarse, uncalibrated: grounded in KB articles or not
UNGROUNDED_CONFIDENCE = 0.3
RETRYABLE_STATUS = {408, 409, 429}


def provider_retry_after(headers: Any) -> float | None:
    """Seconds asked for by OpenAI's `retry-after-ms`, else by `Retry-After`, if any."""
    if headers is None:
        return None
    try:
        if headers.get("retry-after-ms"):
            return max(0.0, float(headers["retry-after-ms"]) / 1000)
    except (TypeError, ValueError):
        return None
    return retry_after_seconds(headers.get("retry-after"))


def translate(exc: Exception) -> CandorError:
    """An openai SDK exception as one of ours. Messages carry status and code only, never bodies."""
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return TransientError("OpenAI request timed out")
    if isinstance(exc, openai.APIConnectionError):
        return TransientError("cannot reach the OpenAI endpoint")
    if isinstance(exc, openai.APIStatusError):
        status, code = exc.status_code, exc.code or ""
        if status == 429 and code == "insufficient_quota":
            return PermanentError("OpenAI quota exhausted (429 insufficient_quota)")
        if status in RETRYABLE_STATUS or status >= 500:
            return TransientError(f"OpenAI answered HTTP {status}", provider_retry_after(exc.response.headers))
        if code == "content_filter":
            return DraftRejected("the provider's content filter blocked the request", ("content_filter",))
        return PermanentError(f"OpenAI answered HTTP {status}" + (f" ({code})" if code else ""))
    if isinstance(exc, (openai.APIResponseValidationError, ValueError)):
        return TransientError("malformed response from the OpenAI endpoint")
    return PermanentError(f"OpenAI client error ({type(exc).__name__})")


def completion_text(completion: Any) -> str:
    """The draft text of a chat completion, or TransientError / DraftRejected (see module doc)."""
    try:
        choice = completion.choices[0]
        message, finish = choice.message, choice.finish_reason
        text = message.content
    except (AttributeError, IndexError, KeyError, TypeError):
        raise TransientError("malformed response: no choice or message") from None
    if finish == "content_filter":
        raise DraftRejected("the provider's content filter withheld the answer", ("content_filter",))
    if getattr(message, "refusal", None):
        raise DraftRejected("the model refused to answer", ("refusal",))
    if not isinstance(text, str) or not text.strip():
        raise DraftRejected("the model returned an empty draft", ("empty",))
    if finish == "length":
        raise DraftRejected("the draft was cut off at the token limit", ("truncated",))
    return text.strip()


def _count(usage: Any, name: str) -> int | None:
    """A token count from the response's `usage`, when the provider gave one (the trust report sums them)."""
    value = getattr(usage, name, None)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class OpenAIDrafter:
    """Drafter calling chat.completions with the request's messages, at low temperature."""

    name = "openai"

    def __init__(self, model: str, timeout: float = 20.0, max_attempts: int = 4, client: Any = None,
                 sleep: Callable[[float], None] = time.sleep, max_wait: float = MAX_WAIT,
                 api_key: str | None = None) -> None:
        """`api_key`: from a secret store; None lets the SDK read OPENAI_API_KEY (and OPENAI_BASE_URL)."""
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self.model, self.timeout, self.max_attempts = model, timeout, max_attempts
        self.max_wait = max_wait
        self._client, self._sleep, self._api_key = client, sleep, api_key

    def with_model(self, model: str) -> OpenAIDrafter:
        """The same client (key, base URL, timeout, retries) asking another model (a tenant's choice)."""
        return OpenAIDrafter(model, self.timeout, self.max_attempts, self._client, self._sleep, self.max_wait,
                             self._api_key)

    def client(self) -> Any:
        if self._client is None:
            import openai

            try:
                self._client = openai.OpenAI(api_key=self._api_key, timeout=self.timeout, max_retries=0)
            except openai.OpenAIError as exc:  # e.g. OPENAI_API_KEY not set
                raise PermanentError(f"cannot configure the OpenAI client ({type(exc).__name__})") from None
        return self._client

    def draft(self, request: DraftRequest) -> Draft:
        import tenacity

        retrying = tenacity.Retrying(
            stop=tenacity.stop_after_attempt(self.max_attempts),
            retry=tenacity.retry_if_exception(self._retryable),
            wait=self._wait,
            sleep=self._sleep,
            reraise=True,
        )
        text, usage = retrying(self._attempt, request)
        confidence = GROUNDED_CONFIDENCE if request.articles else UNGROUNDED_CONFIDENCE
        if request.articles and request.scores:  # no more sure than the retrieval it stands on
            confidence = min(confidence, max(request.scores))
        return Draft(text=text, sources=request.articles, model=self.model, confidence=confidence,
                     prompt_tokens=_count(usage, "prompt_tokens"), completion_tokens=_count(usage, "completion_tokens"))

    def _retryable(self, exc: BaseException) -> bool:
        if not isinstance(exc, TransientError):
            return False
        return exc.retry_after is None or exc.retry_after <= self.max_wait

    def _wait(self, state: Any) -> float:
        exc = state.outcome.exception()
        if isinstance(exc, TransientError) and exc.retry_after is not None:
            return exc.retry_after
        return min(8.0, 0.5 * 2 ** (state.attempt_number - 1))  # 0.5, 1, 2, 4, 8 s

    def _attempt(self, request: DraftRequest) -> tuple[str, Any]:
        client = self.client()  # PermanentError here is not retried
        import openai

        started = time.monotonic()
        try:
            completion = client.chat.completions.create(
                model=self.model,
                messages=[m.to_dict() for m in request.messages],
                temperature=TEMPERATURE,
                max_tokens=MAX_TOKENS,
                timeout=self.timeout,
            )
            text = completion_text(completion)
        except (openai.OpenAIError, ValueError) as exc:
            error = translate(exc)
            self._log(started, "error", error)
            raise error from None
        except CandorError as error:
            self._log(started, "error", error)
            raise
        usage = getattr(completion, "usage", None)
        self._log(started, "ok", None, usage)
        return text, usage

    def _log(self, started: float, outcome: str, error: CandorError | None, usage: Any = None) -> None:
        log_event(
            log, "openai_call", logging.INFO if error is None else logging.WARNING,
            drafter=self.name, model=self.model, outcome=outcome,
            error=type(error).__name__ if error else None,
            retry_after=getattr(error, "retry_after", None),
            latency_ms=round((time.monotonic() - started) * 1000),
            prompt_tokens=getattr(usage, "prompt_tokens", None),
            completion_tokens=getattr(usage, "completion_tokens", None),
        )
