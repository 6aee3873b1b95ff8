"""SecretStore on AWS Secrets Manager: one secret per tenant, `<prefix>/tenants/<tenant>`, encrypted with
the stack's KMS key, holding the tenant's webhook signing secret and Zendesk credentials as JSON.
Never environment variables: one deployment serves many tenants.

Reads are cached in memory for `cache_seconds` (the webhook path verifies every delivery; Secrets Manager
is billed and throttled per call). A rotated webhook secret takes effect after at most that long.
"""
from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, fields
from typing import Any

from plugin.core.errors import BadRequest, TransientError
from plugin.core.tenant import TenantSecrets

NEGATIVE_CACHE_SECONDS = 10
TENANT_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")  # a Zendesk subdomain


class SecretsManagerSecretStore:
    def __init__(self, prefix: str, client: Any, kms_key_id: str | None = None, cache_seconds: float = 300,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._prefix, self._sm, self._key = prefix.rstrip("/"), client, kms_key_id
        self._ttl, self._clock = cache_seconds, clock
        self._cache: dict[str, tuple[float, TenantSecrets | None]] = {}
        self._lock = threading.Lock()

    def _name(self, tenant: str) -> str:
        if not TENANT_RE.match(tenant):
            raise BadRequest("invalid tenant name")
        return f"{self._prefix}/tenants/{tenant}"

    def get(self, tenant: str) -> TenantSecrets | None:
        with self._lock:
            hit = self._cache.get(tenant)
        if hit is not None and hit[0] > self._clock():
            return hit[1]
        secrets = self._fetch(tenant)
        # A miss is cached briefly only: another container may be installing the tenant right now.
        ttl = self._ttl if secrets is not None else min(self._ttl, NEGATIVE_CACHE_SECONDS)
        with self._lock:
            self._cache[tenant] = (self._clock() + ttl, secrets)
        return secrets

    def _fetch(self, tenant: str) -> TenantSecrets | None:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            value = self._sm.get_secret_value(SecretId=self._name(tenant))["SecretString"]
        except ClientError as exc:
            if exc.response["Error"]["Code"] == "ResourceNotFoundException":
                return None
            raise TransientError(f"secretsmanager: {exc.response['Error']['Code']}") from exc
        except BotoCoreError as exc:
            raise TransientError(f"secretsmanager: {type(exc).__name__}") from exc
        data = json.loads(value)
        known = {f.name for f in fields(TenantSecrets)}
        return TenantSecrets(**{k: v for k, v in data.items() if k in known})

    def put(self, tenant: str, secrets: TenantSecrets) -> None:
        from botocore.exceptions import ClientError

        name, value = self._name(tenant), json.dumps(asdict(secrets))
        try:
            self._sm.put_secret_value(SecretId=name, SecretString=value)
        except ClientError as exc:
            if exc.response["Error"]["Code"] != "ResourceNotFoundException":
                raise
            extra = {"KmsKeyId": self._key} if self._key else {}
            self._sm.create_secret(Name=name, SecretString=value, **extra)
        with self._lock:
            self._cache.pop(tenant, None)

    def delete(self, tenant: str) -> None:
        """Uninstall: the secret is gone at once (no recovery window), so a reinstall starts clean."""
        from botocore.exceptions import ClientError

        try:
            self._sm.delete_secret(SecretId=self._name(tenant), ForceDeleteWithoutRecovery=True)
        except ClientError as exc:
            if exc.response["Error"]["Code"] != "ResourceNotFoundException":
                raise
        with self._lock:
            self._cache.pop(tenant, None)
