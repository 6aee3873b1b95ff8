"""SQLite (standard library) state for the embedded default: idempotency, preferences, audit,
suggestions and tenants in one file. Expiry is enforced at read time and by `sweep()` (the SQLite twin of
DynamoDB TTL)."""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Callable, Iterable

from plugin.core.tenant import TenantConfig

SCHEMA = """
CREATE TABLE IF NOT EXISTS idempotency (key TEXT PRIMARY KEY, status TEXT NOT NULL, expires_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS opt_outs (tenant TEXT, requester TEXT, opted_out INTEGER, source TEXT, updated_at REAL,
  PRIMARY KEY (tenant, requester));
CREATE TABLE IF NOT EXISTS sticky_routes (tenant TEXT, ticket_id INTEGER, route TEXT, PRIMARY KEY (tenant, ticket_id));
CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, tenant TEXT NOT NULL, time TEXT NOT NULL,
  record TEXT NOT NULL, expires_at REAL);
CREATE INDEX IF NOT EXISTS audit_by_tenant ON audit (tenant, time);
CREATE TABLE IF NOT EXISTS suggestions (tenant TEXT, ticket_id INTEGER, created REAL, record TEXT, expires_at REAL,
  PRIMARY KEY (tenant, ticket_id, created));
CREATE TABLE IF NOT EXISTS tenants (tenant TEXT PRIMARY KEY, account_id TEXT, config TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS tenants_by_account ON tenants (account_id);
"""


class SQLiteDatabase:
    """One connection guarded by a lock; WAL so readers in other processes are not blocked."""

    def __init__(self, path: str | Path, clock: Callable[[], float] = time.time) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.clock = clock
        self.lock = threading.RLock()
        self.conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: no corruption, fsync at checkpoints
        self.conn.executescript(SCHEMA)

    def run(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def changed(self, sql: str, params: tuple = ()) -> int:
        """Run a write and return how many rows it changed (tenant removal reports counts)."""
        with self.lock:
            return self.conn.execute(sql, params).rowcount

    def transaction(self, fn: Callable[[sqlite3.Connection], object]) -> object:
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                result = fn(self.conn)
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
            return result

    def sweep(self) -> dict[str, int]:
        """Delete expired rows (retention). Returns how many per table."""
        now = self.clock()
        removed = {}
        for table in ("idempotency", "audit", "suggestions"):
            with self.lock:
                cur = self.conn.execute(f"DELETE FROM {table} WHERE expires_at IS NOT NULL AND expires_at < ?", (now,))
                removed[table] = cur.rowcount
        return removed


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
        """Tenant removal: opt-outs and sticky routes."""
        return sum(self._db.changed(f"DELETE FROM {table} WHERE tenant=?", (tenant,))
                   for table in ("opt_outs", "sticky_routes"))


class SQLiteAuditLog:
    """Append-only from the application: there is no update method. Erasure pseudonymises via `rewrite`."""

    def __init__(self, db: SQLiteDatabase, retention_seconds: float | None = 365 * 86400) -> None:
        self._db, self._retention = db, retention_seconds

    def append(self, record: dict) -> None:
        expires = self._db.clock() + self._retention if self._retention else None
        self._db.run("INSERT INTO audit (tenant, time, record, expires_at) VALUES (?, ?, ?, ?)",
                     (record["tenant"], record["time"], json.dumps(record, sort_keys=True), expires))

    def query(self, tenant: str, since: str | None = None) -> Iterable[dict]:
        rows = self._db.run("SELECT record FROM audit WHERE tenant=? AND time>=? ORDER BY seq",
                            (tenant, since or ""))
        return [json.loads(r[0]) for r in rows]

    def delete_tenant(self, tenant: str) -> int:
        """Tenant removal only (the application never deletes single records)."""
        return self._db.changed("DELETE FROM audit WHERE tenant=?", (tenant,))


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
