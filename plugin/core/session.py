"""Short-lived tokens we sign ourselves: the sidebar session and the OAuth `state`.

Zendesk sends its signed JWT only with the first page request of the app
(https://developer.zendesk.com/documentation/apps/build-an-app/building-a-server-side-app/part-5-secure-the-app/),
so after verifying it we hand the page our own token: claims + expiry, signed with a process key and a salt
per purpose, so a token minted for one use is never accepted for another. The signing is a `TokenSigner`
(core/ports.py); plugin/adapters/itsdangerous_signer.py implements it with itsdangerous' timed serializer.
"""
from __future__ import annotations

from dataclasses import dataclass

from .errors import Unauthorized
from .ports import TokenSigner

SESSION_PURPOSE = "sidebar-session"
STATE_PURPOSE = "oauth-state"


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
    return Session(tenant, user_id, int(claims["exp"]))


def bearer(header: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header."""
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    return value.strip() or None
