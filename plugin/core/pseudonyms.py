"""Salted hashes of requester ids, so an opt-out outlives the erasure of the person who made it.

After an erasure the opt-out is kept only as HMAC-SHA256(tenant salt, requester id): it cannot be read back
into an id, yet a new ticket from the same Zendesk user still finds it. The salt is 32 random bytes per
tenant, sealed by the Cipher (KMS in production, the local key file embedded) and stored beside the
tenant's preferences, so it is deleted with the tenant.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import threading
import time
from collections.abc import Callable

from .ports import Cipher, PreferenceState, SaltStore

PREFIX = "h:"
SALT_BYTES = 32
CACHE_SECONDS = 600  # a salt replaced by removing and reinstalling the tenant is picked up within this


def _context(tenant: str) -> dict[str, str]:
    return {"tenant": tenant, "purpose": "pseudonym-salt"}


def _hashed(salt: bytes, requester: str) -> str:
    if not salt:
        raise ValueError("no pseudonym salt")
    return PREFIX + hmac.new(salt, requester.encode("utf-8"), hashlib.sha256).hexdigest()


class Pseudonyms:
    def __init__(self, salts: SaltStore, cipher: Cipher, clock: Callable[[], float] = time.monotonic) -> None:
        self._salts, self._cipher, self._clock = salts, cipher, clock
        self._cache: dict[str, tuple[float, bytes]] = {}
        self._lock = threading.Lock()

    def _salt(self, tenant: str, create: bool) -> bytes | None:
        """`create` (erasure, rare) always asks the store, so a tenant removed and installed again while this
        process runs gets its new salt; reads (every opt-out check) use the cache."""
        with self._lock:
            hit = self._cache.get(tenant)
        if hit is not None and hit[0] > self._clock() and not create:
            return hit[1]
        sealed = self._salts.sealed_salt(tenant, None)
        if sealed is None and create:
            sealed = self._salts.sealed_salt(tenant, self._cipher.encrypt(os.urandom(SALT_BYTES), _context(tenant)))
        if sealed is None:
            return None  # not cached: another process may create it later
        salt = self._cipher.decrypt(sealed, _context(tenant))
        with self._lock:
            self._cache[tenant] = (self._clock() + CACHE_SECONDS, salt)
        return salt

    def of(self, tenant: str, requester: str) -> str:
        """The pseudonym of `requester`, creating the tenant's salt on first use."""
        return _hashed(self._salt(tenant, create=True) or b"", requester)

    def existing(self, tenant: str, requester: str) -> str | None:
        """The pseudonym if the tenant has a salt yet (else no pseudonymous record can exist)."""
        salt = self._salt(tenant, create=False)
        return None if salt is None else _hashed(salt, requester)


class HonouredOptOuts:
    """A PreferenceStore that also honours opt-outs kept as salted hashes after an erasure. Everything else
    goes to the wrapped store unchanged."""

    def __init__(self, inner: PreferenceState, pseudonyms: Pseudonyms) -> None:
        self._inner, self._pseudonyms = inner, pseudonyms

    def opted_out(self, tenant: str, requester: str) -> bool:
        if self._inner.opted_out(tenant, requester):
            return True
        hashed = self._pseudonyms.existing(tenant, requester)
        return hashed is not None and self._inner.opted_out(tenant, hashed)

    def set_opt_out(self, tenant: str, requester: str, opted_out: bool, source: str) -> None:
        self._inner.set_opt_out(tenant, requester, opted_out, source)
        if not opted_out:  # opting back in also lifts an opt-out kept from before an erasure
            hashed = self._pseudonyms.existing(tenant, requester)
            if hashed is not None and self._inner.opted_out(tenant, hashed):
                self._inner.forget_opt_out(tenant, hashed, None)

    def sticky_route(self, tenant: str, ticket_id: int) -> str | None:
        return self._inner.sticky_route(tenant, ticket_id)

    def set_sticky_route(self, tenant: str, ticket_id: int, route: str) -> None:
        self._inner.set_sticky_route(tenant, ticket_id, route)
