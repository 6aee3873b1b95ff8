"""Encryption at rest for the embedded default: AES-256-GCM with a key file created 0600.

Production uses KMS (plugin/adapters/kms_cipher.py); both implement plugin.core.ports.Cipher.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

NONCE_BYTES = 12


def _aad(context: dict[str, str]) -> bytes:
    return json.dumps(context, sort_keys=True).encode("utf-8")


class LocalKeyCipher:
    def __init__(self, key_file: str | Path) -> None:
        self._path = Path(key_file)
        self._key = self._load_or_create()

    def _load_or_create(self) -> bytes:
        if not self._path.exists():
            self._path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # a new state folder: owner only
            fd = os.open(self._path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(os.urandom(32))
        mode = self._path.stat().st_mode & 0o777
        if mode & 0o077:
            raise PermissionError(f"key file {self._path} must not be readable by others (mode {mode:o})")
        key = self._path.read_bytes()
        if len(key) != 32:
            raise ValueError(f"key file {self._path} is not a 32-byte key")
        return key

    def encrypt(self, plaintext: bytes, context: dict[str, str]) -> bytes:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = os.urandom(NONCE_BYTES)
        return nonce + AESGCM(self._key).encrypt(nonce, plaintext, _aad(context))

    def decrypt(self, ciphertext: bytes, context: dict[str, str]) -> bytes:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        return AESGCM(self._key).decrypt(ciphertext[:NONCE_BYTES], ciphertext[NONCE_BYTES:], _aad(context))


class LocalSecretStore:
    """Tenant secrets in the SQLite file, encrypted with the local key (multi-tenant embedded installs)."""

    def __init__(self, db, cipher: LocalKeyCipher) -> None:
        self._db, self._cipher = db, cipher
        db.run("CREATE TABLE IF NOT EXISTS secrets (tenant TEXT PRIMARY KEY, blob BLOB NOT NULL)")

    def get(self, tenant: str):
        from dataclasses import fields

        from plugin.core.tenant import TenantSecrets

        rows = self._db.run("SELECT blob FROM secrets WHERE tenant=?", (tenant,))
        if not rows:
            return None
        data = json.loads(self._cipher.decrypt(rows[0][0], {"tenant": tenant, "purpose": "secrets"}))
        known = {f.name for f in fields(TenantSecrets)}
        return TenantSecrets(**{k: v for k, v in data.items() if k in known})

    def put(self, tenant: str, secrets) -> None:
        blob = self._cipher.encrypt(json.dumps(secrets.__dict__).encode(), {"tenant": tenant, "purpose": "secrets"})
        self._db.run("INSERT OR REPLACE INTO secrets VALUES (?, ?)", (tenant, blob))

    def delete(self, tenant: str) -> None:
        self._db.run("DELETE FROM secrets WHERE tenant=?", (tenant,))
