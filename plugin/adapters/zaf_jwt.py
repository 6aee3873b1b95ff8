"""Verify the ZAF JWT that Zendesk posts with the sidebar's first page request (manifest `signedUrls`).

Zendesk signs it with RS256 and the app's key pair; the public key is served at
`/api/v2/apps/{app_id}/public_key.pem` on the account
(https://developer.zendesk.com/documentation/apps/build-an-app/building-a-server-side-app/part-5-secure-the-app/).
Claims: `iss` the account host (`acme.zendesk.com`), `aud` the app installation
(`https://acme.zendesk.com/api/v2/apps/installations/<id>.json`), `sub` the agent
(`https://acme.zendesk.com/api/v2/users/<id>.json`), `exp`/`iat`.

Only RS256 is accepted: a token "signed" with HS256 using the public key as the HMAC secret (algorithm
confusion) or with `none` is refused. PyJWT and cryptography are imported lazily; the key fetch is
injectable (tests serve a key from a local server) and cached per URL for `key_ttl` seconds.
"""
from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from plugin.core.errors import PermanentError, TransientError, Unauthorized

ALGORITHMS = ["RS256"]
REQUIRED_CLAIMS = ["exp", "iat", "iss", "aud", "sub"]
MAX_TOKEN_CHARS = 8192
# Zendesk mints the token for one page load; a token that claims to live longer than this (or was issued in
# the future) is not one Zendesk sent for a page load, whatever its signature. The tutorial's tokens live
# minutes (the page-load token of part-5-secure-the-app above); an hour leaves room for clock skew and slow loads.
MAX_LIFETIME_SECONDS = 3600
_HOST = re.compile(r"^(?:https://)?([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.zendesk\.com/?$")
_USER = re.compile(r"/api/v2/users/(\d+)(?:\.json)?$")
_INSTALLATION = re.compile(r"^https://([a-z0-9-]+)\.zendesk\.com/api/v2/apps/installations/(\d+)(?:\.json)?$")

KeyFetcher = Callable[[str, dict], str]


@dataclass(frozen=True)
class ZafExpectation:
    """What a token must say to be accepted for one tenant."""

    subdomain: str
    key_url: str
    installation_id: str | None = None  # pinned when the tenant record knows it; else any of this account
    key_headers: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class ZafIdentity:
    subdomain: str
    user_id: int
    installation_id: str


def http_key_fetcher(timeout: float = 5.0) -> KeyFetcher:
    def fetch(url: str, headers: dict) -> str:
        import requests  # lazy: only the sidebar's first request needs it

        try:
            response = requests.get(url, headers=headers, timeout=timeout, allow_redirects=False)
        except requests.exceptions.RequestException:
            raise TransientError("could not fetch the app's public key") from None
        if response.status_code == 429 or response.status_code >= 500:
            raise TransientError(f"public key endpoint answered {response.status_code}")
        if response.status_code != 200:
            raise PermanentError(f"public key endpoint answered {response.status_code}")
        return response.text
    return fetch


def peek_subdomain(token: str) -> str:
    """The account a token claims to come from, read WITHOUT verifying it: only to pick which tenant's
    expectations to verify it against."""
    import jwt

    if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_CHARS or not token.isascii():
        raise Unauthorized("missing, oversized or non-ASCII token")  # a JWT is base64url: ASCII only
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.InvalidTokenError:
        raise Unauthorized("malformed token") from None
    match = _HOST.match(str(claims.get("iss") or "").lower())
    if match is None:
        raise Unauthorized("token issuer is not a Zendesk account")
    return match.group(1)


class ZafJwtVerifier:
    def __init__(self, fetch: KeyFetcher | None = None, *, clock: Callable[[], float] = time.time,
                 key_ttl: float = 3600.0, leeway: float = 30.0) -> None:
        self._fetch = fetch or http_key_fetcher()
        self._clock, self._ttl, self._leeway = clock, key_ttl, leeway
        self._keys: dict[str, tuple[str, float]] = {}
        self._lock = threading.Lock()

    def public_key(self, url: str, headers: dict) -> str:
        with self._lock:
            cached = self._keys.get(url)
            if cached and self._clock() - cached[1] < self._ttl:
                return cached[0]
        pem = self._fetch(url, headers)
        if "BEGIN PUBLIC KEY" not in pem:
            raise PermanentError("the public key endpoint did not send a PEM public key")
        with self._lock:
            self._keys[url] = (pem, self._clock())
        return pem

    def verify(self, token: str, expect: ZafExpectation) -> ZafIdentity:
        import jwt

        key = self.public_key(expect.key_url, expect.key_headers)
        try:
            claims = jwt.decode(token, key, algorithms=ALGORITHMS, leeway=self._leeway,
                                options={"require": REQUIRED_CLAIMS, "verify_aud": False, "verify_iss": False})
        except jwt.ExpiredSignatureError:
            raise Unauthorized("token expired") from None
        except jwt.InvalidTokenError as exc:
            raise Unauthorized(f"invalid token: {type(exc).__name__}") from None
        _check_lifetime(claims)
        return _identity(claims, expect)


def _check_lifetime(claims: dict) -> None:
    """`exp` no more than MAX_LIFETIME_SECONDS after `iat`. PyJWT has already refused an `iat` in the future
    (beyond the leeway) and a non-numeric one, so `exp` is at most that far from now as well."""
    issued, expires = claims.get("iat"), claims.get("exp")
    if isinstance(issued, bool) or not isinstance(issued, int | float) or not isinstance(expires, int | float):
        raise Unauthorized("token without numeric iat/exp")
    if expires - issued > MAX_LIFETIME_SECONDS:
        raise Unauthorized("token lives longer than a page load")


def _identity(claims: dict, expect: ZafExpectation) -> ZafIdentity:
    """Check iss and aud against the tenant (the key is per app, shared by every account that installed it,
    so these claims are what keep one account's token out of another's data)."""
    issuer = _HOST.match(str(claims.get("iss") or "").lower())
    if issuer is None or issuer.group(1) != expect.subdomain:
        raise Unauthorized("token issued for another account")
    audience = _INSTALLATION.match(str(claims.get("aud") or ""))
    if audience is None or audience.group(1) != expect.subdomain:
        raise Unauthorized("token audience is not an installation of this account")
    if expect.installation_id and audience.group(2) != str(expect.installation_id):
        raise Unauthorized("token audience is another installation")
    user = _USER.search(str(claims.get("sub") or ""))
    if user is None:
        raise Unauthorized("token subject is not a Zendesk user")
    return ZafIdentity(expect.subdomain, int(user.group(1)), audience.group(2))
