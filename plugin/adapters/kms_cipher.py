"""Cipher on AWS KMS, by envelope encryption: KMS issues a data key per message (GenerateDataKey) and
the payload is sealed locally with AES-256-GCM. The encryption context is bound twice, as KMS encryption
context (logged in CloudTrail, checked on Decrypt) and as GCM associated data, so a vault copied to another
tenant or ticket does not decrypt. Envelope encryption because kms:Encrypt takes at most 4 KB
(https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#enveloping).

Wire format: b"K1" | 2-byte length of the encrypted data key | encrypted data key | 12-byte nonce | sealed.
"""
from __future__ import annotations

import json
import os
import struct
from typing import Any

from plugin.core.errors import PermanentError, TransientError

MAGIC = b"K1"
NONCE_BYTES = 12


def _aad(context: dict[str, str]) -> bytes:
    return json.dumps(context, sort_keys=True).encode("utf-8")


def _translate(exc: Exception) -> Exception:
    code = getattr(exc, "response", {}).get("Error", {}).get("Code", "")
    if code in ("ThrottlingException", "KMSInternalException", "DependencyTimeoutException") or not code:
        return TransientError(f"kms: {code or type(exc).__name__}")
    return PermanentError(f"kms: {code}")


class KmsCipher:
    def __init__(self, key_id: str, client: Any) -> None:
        self._key_id, self._kms = key_id, client

    def encrypt(self, plaintext: bytes, context: dict[str, str]) -> bytes:
        from botocore.exceptions import BotoCoreError, ClientError
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            key = self._kms.generate_data_key(KeyId=self._key_id, KeySpec="AES_256", EncryptionContext=context)
        except (BotoCoreError, ClientError) as exc:
            raise _translate(exc) from exc
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(key["Plaintext"]).encrypt(nonce, plaintext, _aad(context))
        wrapped = key["CiphertextBlob"]
        return MAGIC + struct.pack(">H", len(wrapped)) + wrapped + nonce + sealed

    def decrypt(self, ciphertext: bytes, context: dict[str, str]) -> bytes:
        from botocore.exceptions import BotoCoreError, ClientError
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if ciphertext[:2] != MAGIC:
            raise PermanentError("not a KMS envelope")
        (size,) = struct.unpack(">H", ciphertext[2:4])
        wrapped, rest = ciphertext[4:4 + size], ciphertext[4 + size:]
        try:
            key = self._kms.decrypt(CiphertextBlob=wrapped, EncryptionContext=context, KeyId=self._key_id)
        except (BotoCoreError, ClientError) as exc:
            raise _translate(exc) from exc
        return AESGCM(key["Plaintext"]).decrypt(rest[:NONCE_BYTES], rest[NONCE_BYTES:], _aad(context))
