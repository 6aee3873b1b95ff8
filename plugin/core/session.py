"""Short-lived tokens we sign ourselves: the sidebar session and the OAuth `state`.

Zendesk sends its signed JWT only with the first page request of the app (research/zendesk.md §3.6), so
after verifying it we hand the page our own token: claims + expiry, HMAC-SHA256 with a process key, one
derived key per purpose so a token minted for one use is never accepted for another. Standard library only.
Format: base64url(JSON claims) "." base64url(MAC).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from .errors import Unauthorized
from .ports import Clock

SESSION_PURPOSE = "sidebar-session"
STATE_PURPOSE = "oauth-state"
MIN_KEY_BYTES = 32
MAX_TOKEN_CHARS = 4096


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class TokenSigner:
    def __init__(self, key: bytes, clock: Clock) -> None:
        if len(key) < MIN_KEY_BYTES:
            raise ValueError(f"the session key must have at least {MIN_KEY_BYTES} bytes")
        self._key, self._clock = key, clock

    def _mac(self, purpose: str, payload: bytes) -> bytes:
        purpose_key = hmac.new(self._key, f"candor:{purpose}".encode(), hashlib.sha256).digest()
        return hmac.new(purpose_key, payload, hashlib.sha256).digest()

    def sign(self, purpose: str, claims: dict[str, Any], ttl_seconds: int) -> str:
        body = {**claims, "p": purpose, "exp": int(self._clock()) + int(ttl_seconds)}
        payload = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
        return f"{_b64(payload)}.{_b64(self._mac(purpose, payload))}"

    def verify(self, purpose: str, token: str | None) -> dict[str, Any]:
        """The claims of a token we signed for `purpose` that has not expired; Unauthorized otherwise."""
        if not token or len(token) > MAX_TOKEN_CHARS or token.count(".") != 1:
            raise Unauthorized("malformed token")
        encoded, mac = token.split(".")
        try:
            payload, given = _unb64(encoded), _unb64(mac)
        except (ValueError, TypeError):
            raise Unauthorized("malformed token") from None
        if not hmac.compare_digest(given, self._mac(purpose, payload)):
            raise Unauthorized("bad token signature")
        claims: dict[str, Any] = json.loads(payload)
        if claims.get("p") != purpose:
            raise Unauthorized("token for another purpose")
        if not isinstance(claims.get("exp"), int) or claims["exp"] <= self._clock():
            raise Unauthorized("token expired")
        return claims


@dataclass(frozen=True)
class Session:
    """Who is calling the sidebar API: one agent of one tenant, until `expires_at` (epoch seconds)."""

    tenant: str
    user_id: int
    expires_at: int


def issue_session(signer: TokenSigner, tenant: str, user_id: int, ttl_seconds: int) -> str:
    return signer.sign(SESSION_PURPOSE, {"t": tenant, "u": int(user_id)}, ttl_seconds)


def read_session(signer: TokenSigner, token: str | None) -> Session:
    claims = signer.verify(SESSION_PURPOSE, token)
    tenant, user_id = claims.get("t"), claims.get("u")
    if not isinstance(tenant, str) or not tenant or not isinstance(user_id, int):
        raise Unauthorized("incomplete session")
    return Session(tenant, user_id, claims["exp"])


def bearer(header: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header."""
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    return value.strip() or None
