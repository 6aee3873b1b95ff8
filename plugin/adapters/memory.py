"""In-memory fakes of the state ports. They honour the same contract tests as SQLite and DynamoDB."""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable

from plugin.core.tenant import TenantConfig, TenantSecrets


class InMemoryIdempotencyStore:
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._items: dict[str, tuple[str, float]] = {}
        self._lock, self._clock = threading.Lock(), clock

    def claim(self, key: str, in_progress_seconds: int) -> bool:
        with self._lock:
            item = self._items.get(key)
            if item is not None and item[1] > self._clock():
                return False
            self._items[key] = ("IN_PROGRESS", self._clock() + in_progress_seconds)
            return True

    def complete(self, key: str, ttl_seconds: int) -> None:
        with self._lock:
            self._items[key] = ("COMPLETED", self._clock() + ttl_seconds)

    def release(self, key: str) -> None:
        with self._lock:
            if self._items.get(key, ("",))[0] == "IN_PROGRESS":
                del self._items[key]

    def completed(self, key: str) -> bool:
        with self._lock:
            item = self._items.get(key)
            return item is not None and item[0] == "COMPLETED" and item[1] > self._clock()

    def delete_tenant(self, tenant: str) -> int:
        """Tenant removal: every key of the form `<stage>:<tenant>:<event id>`."""
        with self._lock:
            keys = [k for k in self._items if k.partition(":")[2].startswith(tenant + ":")]
            for key in keys:
                del self._items[key]
            return len(keys)


class InMemoryPreferenceStore:
    def __init__(self, base=None) -> None:
        """`base`: a real store to read through (dry runs read real opt-outs but write nowhere)."""
        self._base = base
        self.opt_outs: dict[tuple[str, str], bool] = {}
        self.routes: dict[tuple[str, int], str] = {}
        self.salts: dict[str, bytes] = {}

    def opted_out(self, tenant: str, requester: str) -> bool:
        if (tenant, requester) in self.opt_outs:
            return self.opt_outs[(tenant, requester)]
        return bool(self._base and self._base.opted_out(tenant, requester))

    def set_opt_out(self, tenant: str, requester: str, opted_out: bool, source: str) -> None:
        self.opt_outs[(tenant, requester)] = opted_out

    def sticky_route(self, tenant: str, ticket_id: int) -> str | None:
        if (tenant, ticket_id) in self.routes:
            return self.routes[(tenant, ticket_id)]
        return self._base.sticky_route(tenant, ticket_id) if self._base else None

    def set_sticky_route(self, tenant: str, ticket_id: int, route: str) -> None:
        self.routes[(tenant, ticket_id)] = route

    def delete_tenant(self, tenant: str) -> int:
        """Tenant removal: opt-outs and sticky routes (of this layer; a read-through base is not touched)."""
        opt_outs = [k for k in self.opt_outs if k[0] == tenant]
        routes = [k for k in self.routes if k[0] == tenant]
        for opt_out in opt_outs:
            del self.opt_outs[opt_out]
        for route in routes:
            del self.routes[route]
        self.salts.pop(tenant, None)
        return len(opt_outs) + len(routes)

    def forget_opt_out(self, tenant: str, requester: str, keep_as: str | None) -> str:
        if (tenant, requester) not in self.opt_outs:
            return "none"
        active = self.opt_outs.pop((tenant, requester))
        if active and keep_as:
            self.opt_outs[(tenant, keep_as)] = True
            return "kept_as_hash"
        return "deleted"

    def sealed_salt(self, tenant: str, candidate: bytes | None) -> bytes | None:
        if candidate is not None:
            self.salts.setdefault(tenant, candidate)
        return self.salts.get(tenant)


class InMemoryAuditLog:
    def __init__(self) -> None:
        self.records: list[dict] = []

    def append(self, record: dict) -> None:
        self.records.append(dict(record))

    def query(self, tenant: str, since: str | None = None) -> Iterable[dict]:
        return [r for r in self.records if r["tenant"] == tenant and r["time"] >= (since or "")]

    def delete_tenant(self, tenant: str) -> int:
        """Tenant removal only (the application never deletes single records)."""
        before = len(self.records)
        self.records = [r for r in self.records if r["tenant"] != tenant]
        return before - len(self.records)

    def pseudonymise_requester(self, tenant: str, requester: str, pseudonym: str) -> list[int | None]:
        changed = []
        for record in self.records:
            if record["tenant"] == tenant and record.get("requester") is not None \
                    and str(record["requester"]) == requester:
                record["requester"] = pseudonym
                changed.append(record.get("ticket_id"))
        return changed


class InMemorySuggestionStore:
    def __init__(self) -> None:
        self.items: dict[tuple[str, int], list[dict]] = {}

    def save(self, tenant: str, ticket_id: int, record: dict) -> None:
        self.items.setdefault((tenant, ticket_id), []).append(dict(record))

    def latest(self, tenant: str, ticket_id: int) -> dict | None:
        items = self.items.get((tenant, ticket_id))
        return dict(items[-1]) if items else None

    def delete_tenant(self, tenant: str) -> int:
        """Tenant removal: every suggestion."""
        keys = [k for k in self.items if k[0] == tenant]
        return sum(len(self.items.pop(k)) for k in keys)

    def forget_suggestions(self, tenant: str, match: Callable[[dict], bool]) -> list[int]:
        deleted = []
        for key in [k for k in self.items if k[0] == tenant]:
            kept = [r for r in self.items[key] if not match(dict(r))]
            deleted += [key[1]] * (len(self.items[key]) - len(kept))
            if kept:
                self.items[key] = kept
            else:
                del self.items[key]
        return deleted


class InMemoryTenantDirectory:
    def __init__(self, *configs: TenantConfig) -> None:
        self.configs = {c.tenant: c for c in configs}

    def get(self, tenant: str) -> TenantConfig | None:
        return self.configs.get(tenant)

    def by_account_id(self, account_id: str) -> TenantConfig | None:
        return next((c for c in self.configs.values() if c.account_id == account_id), None)

    def put(self, config: TenantConfig) -> None:
        self.configs[config.tenant] = config

    def remove(self, tenant: str) -> None:
        self.configs.pop(tenant, None)

    def list_tenants(self) -> list[TenantConfig]:
        return [self.configs[name] for name in sorted(self.configs)]


class InMemorySecretStore:
    def __init__(self, **secrets: TenantSecrets) -> None:
        self.secrets = dict(secrets)

    def get(self, tenant: str) -> TenantSecrets | None:
        return self.secrets.get(tenant)

    def put(self, tenant: str, secrets: TenantSecrets) -> None:
        self.secrets[tenant] = secrets

    def delete(self, tenant: str) -> None:
        self.secrets.pop(tenant, None)
