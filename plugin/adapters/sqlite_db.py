"""The SQLite file of the embedded default: schema, one locked connection, and the retention sweep.

`secure_delete` makes SQLite overwrite deleted content with zeros instead of leaving it in free pages, and
`purge_free_space()` checkpoints the write-ahead log, so an erased value is gone from the file itself
(https://www.sqlite.org/pragma.html#pragma_secure_delete).
"""
from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

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
CREATE TABLE IF NOT EXISTS salts (tenant TEXT PRIMARY KEY, sealed BLOB NOT NULL);
"""


def _private(path: Path) -> None:
    """Create the database file 0600 before SQLite opens it (SQLite gives its -wal and -shm files the mode of
    the database file), and take back files an older version left 0644: they hold tenants' state."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        if name.exists():
            name.chmod(0o600)


class SQLiteDatabase:
    """One connection guarded by a lock; WAL so readers in other processes are not blocked."""

    def __init__(self, path: str | Path, clock: Callable[[], float] = time.time) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # a new state folder: owner only
            _private(Path(path))
        self.clock = clock
        self.lock = threading.RLock()
        self.conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: no corruption, fsync at checkpoints
        self.conn.execute("PRAGMA secure_delete=ON")  # erased values do not linger in free pages
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

    def purge_free_space(self) -> None:
        """After an erasure: copy the write-ahead log into the file and truncate it, so old page images
        holding erased values are gone too."""
        with self.lock:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
