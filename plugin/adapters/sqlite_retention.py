"""Retention on the embedded default: the SQLite twin of DynamoDB TTL.

`sweep()` deletes rows whose `expires_at` has passed and, per tenant, drafts and audit records older than the
tenant's current retention (so a shortened retention applies to what is already stored). The embedded
server runs it once an hour in a daemon thread; `python -m plugin sweep` runs it by hand.
"""
from __future__ import annotations

import logging
import threading

from plugin.core.logs import log_event
from plugin.core.retention import SWEEP_INTERVAL_SECONDS, Retention

from .sqlite_db import SQLiteDatabase

log = logging.getLogger("candor.retention")


class SQLiteRetention:
    def __init__(self, db: SQLiteDatabase, tenants) -> None:
        self._db, self._tenants = db, tenants

    def sweep(self) -> dict[str, int]:
        removed = self._db.sweep()
        now = self._db.clock()
        for config in self._tenants.list_tenants():
            drafts_before, audit_before = Retention.of(config).cutoffs(now)
            removed["suggestions"] += self._db.changed(
                "DELETE FROM suggestions WHERE tenant=? AND created < ?", (config.tenant, drafts_before))
            removed["audit"] += self._db.changed(
                "DELETE FROM audit WHERE tenant=? AND time < ?", (config.tenant, audit_before))
        if any(removed.values()):
            self._db.purge_free_space()
        log_event(log, "retention_sweep", **removed)
        return removed


class RetentionSweeper:
    """Runs `SQLiteRetention.sweep()` now and then every `interval` seconds in a daemon thread."""

    def __init__(self, retention: SQLiteRetention, interval: float = SWEEP_INTERVAL_SECONDS) -> None:
        self._retention, self._interval = retention, interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_once(self) -> dict[str, int] | None:
        try:
            return self._retention.sweep()
        except Exception as exc:  # noqa: BLE001 - a failed sweep is retried at the next interval
            log_event(log, "retention_sweep_failed", logging.ERROR, error=type(exc).__name__)
            return None

    def start(self) -> RetentionSweeper:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="candor-retention", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.run_once()
            self._stop.wait(self._interval)
