"""`delete_tenant` (tenant removal) on the SQLite, in-memory and DynamoDB stores (moto server, tables from
infra/candor.yaml, a fresh stack per test): removes that tenant's records, only those, and says how many."""
from __future__ import annotations

import uuid

import pytest

from plugin.adapters import memory
from plugin.adapters import sqlite_store as sql
from plugin.core.tenant import TenantConfig
from plugin.settings import Settings
from tests.e2e.aws_moto import create_stack


def sqlite_stores():
    db = sql.SQLiteDatabase(":memory:")
    return {"idempotency": sql.SQLiteIdempotencyStore(db), "preferences": sql.SQLitePreferenceStore(db),
            "audit": sql.SQLiteAuditLog(db), "suggestions": sql.SQLiteSuggestionStore(db),
            "tenants": sql.SQLiteTenantDirectory(db)}


def memory_stores():
    return {"idempotency": memory.InMemoryIdempotencyStore(), "preferences": memory.InMemoryPreferenceStore(),
            "audit": memory.InMemoryAuditLog(), "suggestions": memory.InMemorySuggestionStore(),
            "tenants": memory.InMemoryTenantDirectory()}


def dynamodb_stores(server) -> dict:
    from plugin.wiring import build_aws_stores

    stack = create_stack(server.url, project=f"rm{uuid.uuid4().hex[:8]}")
    stores = build_aws_stores(Settings.from_env(stack.env()))
    return {name: stores[name] for name in ("idempotency", "preferences", "audit", "suggestions", "tenants")}


@pytest.fixture(params=["sqlite", "memory", pytest.param("dynamodb", marks=pytest.mark.e2e)])
def stores(request):
    if request.param == "dynamodb":
        return dynamodb_stores(request.getfixturevalue("moto_server"))
    return {"sqlite": sqlite_stores, "memory": memory_stores}[request.param]()


def fill(stores, tenant: str) -> None:
    stores["idempotency"].claim(f"intake:{tenant}:e1", 60)
    stores["idempotency"].complete(f"job:{tenant}:e1", 60)
    stores["preferences"].set_opt_out(tenant, "5", True, "test")
    stores["preferences"].set_sticky_route(tenant, 101, "human")
    stores["audit"].append({"tenant": tenant, "time": "2026-01-01T00:00:00.000000Z", "id": "a"})
    stores["suggestions"].save(tenant, 101, {"id": "s1"})
    stores["suggestions"].save(tenant, 102, {"id": "s2"})
    stores["tenants"].put(TenantConfig(tenant=tenant))


def test_delete_tenant_removes_only_that_tenants_records(stores):
    fill(stores, "acme")
    fill(stores, "acme2")  # a tenant whose name starts with the other's
    counts = {name: stores[name].delete_tenant("acme") for name in ("idempotency", "preferences", "audit",
                                                                   "suggestions")}
    assert counts == {"idempotency": 2, "preferences": 2, "audit": 1, "suggestions": 2}
    assert {name: stores[name].delete_tenant("acme") for name in counts} == dict.fromkeys(counts, 0)
    assert stores["idempotency"].claim("intake:acme:e1", 60)
    assert not stores["idempotency"].claim("intake:acme2:e1", 60)
    assert not stores["preferences"].opted_out("acme", "5") and stores["preferences"].opted_out("acme2", "5")
    assert stores["audit"].query("acme") == [] and len(stores["audit"].query("acme2")) == 1
    assert stores["suggestions"].latest("acme", 101) is None and stores["suggestions"].latest("acme2", 101)


def test_list_tenants(stores):
    fill(stores, "globex")
    fill(stores, "acme")
    assert [c.tenant for c in stores["tenants"].list_tenants()] == ["acme", "globex"]
