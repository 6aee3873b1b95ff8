"""Zendesk webhook signatures.

Zendesk signs `timestamp + raw body` with HMAC-SHA256 keyed by the webhook's signing secret (the string
as-is, not base64-decoded) and sends base64 of the digest in `X-Zendesk-Webhook-Signature`, the timestamp
(ISO-8601 UTC) in `X-Zendesk-Webhook-Signature-Timestamp`.
https://developer.zendesk.com/documentation/webhooks/verifying/
"""
from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime

from .errors import Unauthorized

SIGNATURE_HEADER = "X-Zendesk-Webhook-Signature"
TIMESTAMP_HEADER = "X-Zendesk-Webhook-Signature-Timestamp"
MAX_SKEW_SECONDS = 300  # replay window: reject timestamps more than 5 minutes from now


def sign(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode("utf-8"), timestamp.encode("utf-8") + body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def parse_timestamp(value: str) -> float:
    """Seconds since the epoch of an ISO-8601 UTC timestamp such as 2021-03-25T05:09:27Z."""
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise Unauthorized("bad signature timestamp") from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


def format_timestamp(epoch: float) -> str:
    return datetime.fromtimestamp(int(epoch), tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def verify(secrets: list[str] | tuple[str, ...], signature: str | None, timestamp: str | None,
           body: bytes, now: float) -> None:
    """Raise Unauthorized unless `signature` is valid for one of `secrets` and the timestamp is fresh.

    Several secrets are allowed so a tenant can rotate its secret without dropping deliveries.
    """
    if not signature or not timestamp:
        raise Unauthorized("missing signature headers")
    if abs(now - parse_timestamp(timestamp)) > MAX_SKEW_SECONDS:
        raise Unauthorized("stale or future signature timestamp")
    presented = signature.strip().encode("ascii", "replace")
    matched = False
    for secret in secrets:
        # compare_digest on every secret, no early exit, so timing does not reveal which one matched
        matched |= hmac.compare_digest(sign(secret, timestamp, body).encode("ascii"), presented)
    if not matched:
        raise Unauthorized("signature mismatch")
