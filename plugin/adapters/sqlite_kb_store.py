"""SQLiteKnowledgeStore: the KnowledgeStore port on the embedded default's SQLite file.

One row per tenant: the snapshot as gzip-compressed JSON and the status as JSON. Keyed by tenant, so
tenants never mix; `delete_tenant` erases the row (uninstall, `tenant remove`).
"""
from __future__ import annotations

import json

from plugin.core.knowledge import KbSnapshot, KbStatus, decode, encode

from .sqlite_db import SQLiteDatabase

SCHEMA = "CREATE TABLE IF NOT EXISTS knowledge (tenant TEXT PRIMARY KEY, snapshot BLOB NOT NULL, status TEXT NOT NULL)"


class SQLiteKnowledgeStore:
    def __init__(self, db: SQLiteDatabase) -> None:
        self._db = db
        db.run(SCHEMA)

    def load(self, tenant: str) -> KbSnapshot | None:
        rows = self._db.run("SELECT snapshot FROM knowledge WHERE tenant=?", (tenant,))
        return decode(rows[0][0]) if rows else None

    def status(self, tenant: str) -> KbStatus | None:
        rows = self._db.run("SELECT status FROM knowledge WHERE tenant=?", (tenant,))
        return KbStatus.from_dict(json.loads(rows[0][0])) if rows else None

    def save(self, tenant: str, snapshot: KbSnapshot, status: KbStatus) -> None:
        self._db.run("INSERT OR REPLACE INTO knowledge VALUES (?, ?, ?)",
                     (tenant, encode(snapshot), json.dumps(status.to_dict())))

    def delete_tenant(self, tenant: str) -> int:
        return self._db.changed("DELETE FROM knowledge WHERE tenant=?", (tenant,))
