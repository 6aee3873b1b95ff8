"""OpenAIEmbedder: the Embedder port over an OpenAI-compatible `/v1/embeddings` endpoint (OpenAI SDK).

Used for Help Center articles at sync time and for the REDACTED retrieval query at draft time (the core
strips placeholders before retrieval), never for customer text that was not redacted. Errors are
translated to the core hierarchy; retries are the SDK's.
https://platform.openai.com/docs/api-reference/embeddings/create
"""
from __future__ import annotations

from plugin.core.errors import PermanentError, TransientError

DEFAULT_MODEL = "text-embedding-3-small"


class OpenAIEmbedder:
    def __init__(self, model: str = DEFAULT_MODEL, *, api_key: str | None = None, base_url: str | None = None,
                 timeout: float = 20.0, client=None) -> None:
        self.model = model
        self._client = client
        self._options = {"api_key": api_key, "base_url": base_url, "timeout": timeout, "max_retries": 2}

    def _get_client(self):
        if self._client is None:
            import openai  # lazy: never on the webhook ack path

            self._client = openai.OpenAI(**{k: v for k, v in self._options.items() if v is not None})
        return self._client

    def embed(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        import openai

        try:
            response = self._get_client().embeddings.create(model=self.model, input=texts)
        except (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError,
                openai.InternalServerError) as exc:
            raise TransientError(f"embeddings unavailable ({type(exc).__name__})") from None
        except openai.OpenAIError as exc:
            raise PermanentError(f"embeddings failed ({type(exc).__name__})") from None
        ordered = sorted(response.data, key=lambda item: item.index)
        if len(ordered) != len(texts):
            raise PermanentError("embeddings response has the wrong number of vectors")
        return [list(item.embedding) for item in ordered]
