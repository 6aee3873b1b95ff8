"""TokenSigner (core/ports.py) on itsdangerous' URL-safe timed serializer: one salt per purpose, so a
sidebar session is never accepted as an OAuth state and the other way round
(https://itsdangerous.palletsprojects.com/en/stable/serializer/#the-salt).

Each token also carries its own `exp` (the session TTL is a setting, the OAuth state lives 10 minutes);
itsdangerous' signed timestamp bounds every token by MAX_AGE on top. Both read the injected clock.
"""
from __future__ import annotations

import hashlib
from typing import Any

from plugin.core.errors import Unauthorized
from plugin.core.ports import Clock

MIN_KEY_BYTES = 32
MAX_TOKEN_CHARS = 4096
MAX_AGE = 12 * 3600  # the longest TTL anything asks for (CANDOR_SESSION_TTL's upper bound)


class ItsdangerousTokenSigner:
    def __init__(self, key: bytes, clock: Clock) -> None:
        if len(key) < MIN_KEY_BYTES:
            raise ValueError(f"the session key must have at least {MIN_KEY_BYTES} bytes")
        self._key, self._clock = key, clock

    def _serializer(self, purpose: str) -> Any:
        from itsdangerous import TimestampSigner, URLSafeTimedSerializer

        clock = self._clock

        class ClockedSigner(TimestampSigner):
            def get_timestamp(self) -> int:
                return int(clock())

        return URLSafeTimedSerializer(self._key, salt=f"candor:{purpose}", signer=ClockedSigner,
                                      signer_kwargs={"digest_method": hashlib.sha256})  # its default is SHA-1

    def sign(self, purpose: str, claims: dict[str, Any], ttl_seconds: int) -> str:
        body = {**claims, "exp": int(self._clock()) + int(ttl_seconds)}
        return str(self._serializer(purpose).dumps(body))

    def verify(self, purpose: str, token: str | None) -> dict[str, Any]:
        """The claims of a token we signed for `purpose` that has not expired; Unauthorized otherwise."""
        from itsdangerous import BadData

        if not token or len(token) > MAX_TOKEN_CHARS:
            raise Unauthorized("malformed token")
        try:
            claims = self._serializer(purpose).loads(token, max_age=MAX_AGE)
        except BadData:  # bad signature, other purpose, older than MAX_AGE, not JSON
            raise Unauthorized("bad token") from None
        if not isinstance(claims, dict) or not isinstance(claims.get("exp"), int) or claims["exp"] <= self._clock():
            raise Unauthorized("token expired")
        return claims
