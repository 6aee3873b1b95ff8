"""The `Retry-After` header, read once for every HTTP adapter (Zendesk, OpenAI)."""
from __future__ import annotations

import time
from email.utils import parsedate_to_datetime


def retry_after_seconds(value: str | None) -> float | None:
    """Seconds to wait: delta-seconds or an HTTP date (RFC 9110 §10.2.3); None when absent or unreadable.
    Zendesk sends seconds (https://developer.zendesk.com/api-reference/introduction/rate-limits/)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError, OverflowError):
        return None
