"""SQLite (standard library) state for the embedded default: idempotency, preferences, audit,
suggestions and tenants in one file (plugin/adapters/sqlite_db.py). Expiry is enforced at read time and by
the retention sweep (plugin/adapters/sqlite_retention.py, the SQLite twin of DynamoDB TTL)."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable

from plugin.core.tenant import TenantConfig

from .sqlite_db import SCHEMA, SQLiteDatabase

__all__ = ["SCHEMA", "SQLiteAuditLog", "SQLiteDatabase", "SQLiteIdempotencyStore", "SQLitePreferenceStore",
           "SQLiteSuggestionStore", "SQLiteTenantDirectory"]
KEPT_OPT_OUT = "kept after erasure"
class SQLiteIdempotencyStore:
    def __init__(self, db: SQLiteDatabase) -> None:
        self._db = db

    def claim(self, key: str, in_progress_seconds: int) -> bool:
        def attempt(conn: sqlite3.Connection) -> bool:
            now = self._db.clock()
            row = conn.execute("SELECT status, expires_at FROM idempotency WHERE key=?", (key,)).fetchone()
            if row is not None and row[1] > now:
                return False  # completed, or in progress and not expired
            conn.execute("INSERT OR REPLACE INTO idempotency VALUES (?, 'IN_PROGRESS', ?)",
                         (key, now + in_progress_seconds))
            return True
        return bool(self._db.transaction(attempt))

    def complete(self, key: str, ttl_seconds: int) -> None:
        self._db.run("INSERT OR REPLACE INTO idempotency VALUES (?, 'COMPLETED', ?)",
                     (key, self._db.clock() + ttl_seconds))

    def release(self, key: str) -> None:
        self._db.run("DELETE FROM idempotency WHERE key=? AND status='IN_PROGRESS'", (key,))

    def completed(self, key: str) -> bool:
        rows = self._db.run("SELECT 1 FROM idempotency WHERE key=? AND status='COMPLETED' AND expires_at>?",
                            (key, self._db.clock()))
        return bool(rows)

    def delete_tenant(self, tenant: str) -> int:
        """Tenant removal: every key of the form `<stage>:<tenant>:<event id>`."""
        return self._db.changed("DELETE FROM idempotency WHERE substr(key, instr(key, ':') + 1, ?) = ?",
                                (len(tenant) + 1, tenant + ":"))


class SQLitePreferenceStore:
    def __init__(self, db: SQLiteDatabase) -> None:
        self._db = db

    def opted_out(self, tenant: str, requester: str) -> bool:
        rows = self._db.run("SELECT opted_out FROM opt_outs WHERE tenant=? AND requester=?", (tenant, requester))
        return bool(rows and rows[0][0])

    def set_opt_out(self, tenant: str, requester: str, opted_out: bool, source: str) -> None:
        self._db.run("INSERT OR REPLACE INTO opt_outs VALUES (?, ?, ?, ?, ?)",
                     (tenant, requester, int(opted_out), source, self._db.clock()))

    def sticky_route(self, tenant: str, ticket_id: int) -> str | None:
        rows = self._db.run("SELECT route FROM sticky_routes WHERE tenant=? AND ticket_id=?", (tenant, ticket_id))
        return rows[0][0] if rows else None

    def set_sticky_route(self, tenant: str, ticket_id: int, route: str) -> None:
        self._db.run("INSERT OR REPLACE INTO sticky_routes VALUES (?, ?, ?)", (tenant, ticket_id, route))

    def delete_tenant(self, tenant: str) -> int:
        """Tenant removal: opt-outs and sticky routes (counted), and the tenant's pseudonym salt."""
        self._db.run("DELETE FROM salts WHERE tenant=?", (tenant,))
        return sum(self._db.changed(f"DELETE FROM {table} WHERE tenant=?", (tenant,))
                   for table in ("opt_outs", "sticky_routes"))

    def forget_opt_out(self, tenant: str, requester: str, keep_as: str | None) -> str:
        def apply(conn: sqlite3.Connection) -> str:
            row = conn.execute("SELECT opted_out FROM opt_outs WHERE tenant=? AND requester=?",
                               (tenant, requester)).fetchone()
            if row is None:
                return "none"
            conn.execute("DELETE FROM opt_outs WHERE tenant=? AND requester=?", (tenant, requester))
            if row[0] and keep_as:
                conn.execute("INSERT OR REPLACE INTO opt_outs VALUES (?, ?, 1, ?, ?)",
                             (tenant, keep_as, KEPT_OPT_OUT, self._db.clock()))
                return "kept_as_hash"
            return "deleted"
        outcome = str(self._db.transaction(apply))
        if outcome != "none":
            self._db.purge_free_space()
        return outcome

    def sealed_salt(self, tenant: str, candidate: bytes | None) -> bytes | None:
        if candidate is not None:
            self._db.run("INSERT OR IGNORE INTO salts VALUES (?, ?)", (tenant, candidate))
        rows = self._db.run("SELECT sealed FROM salts WHERE tenant=?", (tenant,))
        return bytes(rows[0][0]) if rows else None


class SQLiteAuditLog:
    """Append-only from the application: records are never updated, except that erasure replaces an erased
    requester's id (`pseudonymise_requester`). `retention_for(tenant)` gives the seconds a tenant's records
    are kept (plugin.core.retention.AuditRetention); without it, `retention_seconds` for every tenant."""

    def __init__(self, db: SQLiteDatabase, retention_seconds: float | None = 365 * 86400,
                 retention_for: Callable[[str], float] | None = None) -> None:
        self._db, self._retention, self._retention_for = db, retention_seconds, retention_for

    def append(self, record: dict) -> None:
        seconds = self._retention_for(record["tenant"]) if self._retention_for else self._retention
        expires = self._db.clock() + seconds if seconds else None
        self._db.run("INSERT INTO audit (tenant, time, record, expires_at) VALUES (?, ?, ?, ?)",
                     (record["tenant"], record["time"], json.dumps(record, sort_keys=True), expires))

    def query(self, tenant: str, since: str | None = None) -> Iterable[dict]:
        rows = self._db.run("SELECT record FROM audit WHERE tenant=? AND time>=? ORDER BY seq",
                            (tenant, since or ""))
        return [json.loads(r[0]) for r in rows]

    def delete_tenant(self, tenant: str) -> int:
        """Tenant removal only (the application never deletes single records)."""
        return self._db.changed("DELETE FROM audit WHERE tenant=?", (tenant,))

    def pseudonymise_requester(self, tenant: str, requester: str, pseudonym: str) -> list[int | None]:
        def rewrite(conn: sqlite3.Connection) -> list[int | None]:
            changed = []
            rows = conn.execute("SELECT seq, record FROM audit WHERE tenant=? AND instr(record, ?) > 0",
                                (tenant, requester)).fetchall()
            for seq, text in rows:
                record = json.loads(text)
                if record.get("requester") is None or str(record["requester"]) != requester:
                    continue
                record["requester"] = pseudonym
                conn.execute("UPDATE audit SET record=? WHERE seq=?", (json.dumps(record, sort_keys=True), seq))
                changed.append(record.get("ticket_id"))
            return changed
        changed = list(self._db.transaction(rewrite))  # type: ignore[arg-type, call-overload]
        if changed:
            self._db.purge_free_space()
        return changed


class SQLiteSuggestionStore:
    def __init__(self, db: SQLiteDatabase) -> None:
        self._db = db

    def save(self, tenant: str, ticket_id: int, record: dict) -> None:
        self._db.run("INSERT OR REPLACE INTO suggestions VALUES (?, ?, ?, ?, ?)",
                     (tenant, ticket_id, self._db.clock(), json.dumps(record), record.get("expires_at")))

    def latest(self, tenant: str, ticket_id: int) -> dict | None:
        rows = self._db.run("SELECT record FROM suggestions WHERE tenant=? AND ticket_id=? "
                            "ORDER BY created DESC LIMIT 1", (tenant, ticket_id))
        return json.loads(rows[0][0]) if rows else None

    def delete_tenant(self, tenant: str) -> int:
        """Tenant removal: every suggestion (and its encrypted placeholder vault)."""
        return self._db.changed("DELETE FROM suggestions WHERE tenant=?", (tenant,))

    def forget_suggestions(self, tenant: str, match: Callable[[dict], bool]) -> list[int]:
        rows = self._db.run("SELECT rowid, ticket_id, record FROM suggestions WHERE tenant=?", (tenant,))
        doomed = [(rowid, ticket_id) for rowid, ticket_id, text in rows if match(json.loads(text))]
        for rowid, _ in doomed:
            self._db.run("DELETE FROM suggestions WHERE rowid=?", (rowid,))
        if doomed:
            self._db.purge_free_space()
        return [ticket_id for _, ticket_id in doomed]


class SQLiteTenantDirectory:
    def __init__(self, db: SQLiteDatabase) -> None:
        self._db = db

    def get(self, tenant: str) -> TenantConfig | None:
        rows = self._db.run("SELECT config FROM tenants WHERE tenant=?", (tenant,))
        return TenantConfig.from_dict(json.loads(rows[0][0])) if rows else None

    def by_account_id(self, account_id: str) -> TenantConfig | None:
        rows = self._db.run("SELECT config FROM tenants WHERE account_id=?", (account_id,))
        return TenantConfig.from_dict(json.loads(rows[0][0])) if rows else None

    def put(self, config: TenantConfig) -> None:
        self._db.run("INSERT OR REPLACE INTO tenants VALUES (?, ?, ?)",
                     (config.tenant, config.account_id, json.dumps(config.to_dict())))

    def remove(self, tenant: str) -> None:
        self._db.run("DELETE FROM tenants WHERE tenant=?", (tenant,))

    def list_tenants(self) -> list[TenantConfig]:
        rows = self._db.run("SELECT config FROM tenants ORDER BY tenant")
        return [TenantConfig.from_dict(json.loads(r[0])) for r in rows]
