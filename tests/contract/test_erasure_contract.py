"""The erasure and retention contract of the stores, on SQLite (embedded default) and on DynamoDB + KMS in moto
server (tables from infra/candor.yaml): forgetting an opt-out (kept as a hash when active), the sealed salt,
pseudonymising audit records, deleting suggestions, and `expires_at` set from each tenant's retention.
"""
from __future__ import annotations

import threading
import time
import uuid
from types import SimpleNamespace

import pytest

from plugin.core import audit
from plugin.core.erasure import Erasure, Subject
from plugin.core.model import Classification, Comment, Thread, Ticket, User
from plugin.core.pseudonyms import HonouredOptOuts, Pseudonyms
from plugin.core.redaction import PlaceholderMap
from plugin.core.tenant import TenantConfig
from plugin.core.vault import SuggestionArchive, vault_values
from plugin.settings import Settings
from tests.e2e.aws_moto import create_stack

DAY = 86400


@pytest.fixture(scope="module")
def moto_stack(moto_server):
    return create_stack(moto_server.url, project="candorerasure")


def _sqlite(tmp_path):
    from plugin.wiring import build_embedded_stores

    stores = build_embedded_stores(Settings(home=tmp_path))
    db = stores["db"]

    def audit_expiry(tenant: str) -> list[float]:
        return [row[0] for row in db.run("SELECT expires_at FROM audit WHERE tenant=?", (tenant,))]
    return SimpleNamespace(name="sqlite", audit_expiry=audit_expiry, suggestion_expiry=None, **stores)


def _aws(stack):
    from plugin.wiring import build_aws_stores

    stores = build_aws_stores(Settings.from_env(stack.env()))
    ddb = stack.client("dynamodb")

    def items(table: str, tenant: str) -> list[dict]:
        return ddb.query(TableName=f"{stack.prefix}-{table}", KeyConditionExpression="tenant = :t",
                         ExpressionAttributeValues={":t": {"S": tenant}})["Items"]

    def audit_expiry(tenant: str) -> list[float]:
        return [float(i["expires_at"]["N"]) for i in items("audit", tenant)]

    def suggestion_expiry(tenant: str) -> list[float]:
        return [float(i["expires_at"]["N"]) for i in items("suggestions", tenant)]
    return SimpleNamespace(name="aws", audit_expiry=audit_expiry, suggestion_expiry=suggestion_expiry, **stores)


@pytest.fixture(params=["sqlite", pytest.param("aws", marks=pytest.mark.e2e)])
def backend(request, tmp_path):
    return _sqlite(tmp_path) if request.param == "sqlite" else _aws(request.getfixturevalue("moto_stack"))


@pytest.fixture
def tenant() -> str:
    return f"t{uuid.uuid4().hex[:10]}"


# --- opt-outs and the salt -------------------------------------------------------------------------------

def test_forget_opt_out_keeps_an_active_one_only_as_the_given_hash(backend, tenant):
    prefs = backend.preferences
    prefs.set_opt_out(tenant, "501", True, "customer message")
    prefs.set_opt_out(f"{tenant}x", "501", True, "customer message")
    assert prefs.forget_opt_out(tenant, "501", "h:abc") == "kept_as_hash"
    assert not prefs.opted_out(tenant, "501") and prefs.opted_out(tenant, "h:abc")
    assert prefs.opted_out(f"{tenant}x", "501")  # another tenant's record is not touched
    assert prefs.forget_opt_out(tenant, "501", "h:abc") == "none"
    prefs.set_opt_out(tenant, "502", False, "customer message")
    assert prefs.forget_opt_out(tenant, "502", "h:def") == "deleted" and not prefs.opted_out(tenant, "h:def")


def test_the_first_sealed_salt_wins_even_under_concurrency(backend, tenant):
    prefs = backend.preferences
    assert prefs.sealed_salt(tenant, None) is None
    results, start = [], threading.Barrier(6)

    def store(n: int) -> None:
        start.wait()
        results.append(prefs.sealed_salt(tenant, f"salt-{n}".encode()))

    threads = [threading.Thread(target=store, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(results)) == 1 and prefs.sealed_salt(tenant, b"later") == results[0]
    assert prefs.delete_tenant(tenant) == 0 and prefs.sealed_salt(tenant, None) is None  # salts are not counted


def test_pseudonyms_agree_across_processes_and_honour_the_kept_opt_out(backend, tenant):
    first, second = Pseudonyms(backend.preferences, backend.cipher), Pseudonyms(backend.preferences, backend.cipher)
    assert first.existing(tenant, "501") is None
    hashed = first.of(tenant, "501")
    assert second.of(tenant, "501") == hashed and second.existing(tenant, "502") != hashed
    backend.preferences.set_opt_out(tenant, hashed, True, "kept after erasure")
    assert HonouredOptOuts(backend.preferences, second).opted_out(tenant, "501")
    assert not HonouredOptOuts(backend.preferences, second).opted_out(tenant, "502")


# --- audit ---------------------------------------------------------------------------------------------

def _append(log, tenant: str, requester: str | None, ticket_id: int | None, day: int = 1) -> dict:
    record = audit.record(tenant=tenant, ticket_id=ticket_id, event_id=f"e{uuid.uuid4().hex[:6]}",
                          action="suggestion_posted", now=1_767_225_600 + day * DAY, requester=requester,
                          hidden={"PERSON": 1})
    log.append(record)
    return record


def test_pseudonymise_changes_only_that_requesters_records(backend, tenant):
    mine = [_append(backend.audit, tenant, "501", 101, 1), _append(backend.audit, tenant, "501", 102, 2)]
    other = _append(backend.audit, tenant, "5010", 103, 3)  # an id that contains the erased one
    elsewhere = _append(backend.audit, f"{tenant}x", "501", 101, 1)
    assert sorted(backend.audit.pseudonymise_requester(tenant, "501", "erased:r1")) == [101, 102]
    assert list(backend.audit.query(tenant)) == [{**mine[0], "requester": "erased:r1"},
                                                 {**mine[1], "requester": "erased:r1"}, other]
    assert list(backend.audit.query(f"{tenant}x")) == [elsewhere]
    assert backend.audit.pseudonymise_requester(tenant, "501", "erased:r2") == []


def test_audit_records_expire_after_their_tenants_retention(backend, tenant):
    backend.tenants.put(TenantConfig(tenant=tenant, retention_days_audit=90))
    _append(backend.audit, tenant, "501", 101)
    _append(backend.audit, f"{tenant}x", "501", 101)  # no tenant record: the default year
    [mine], [default] = backend.audit_expiry(tenant), backend.audit_expiry(f"{tenant}x")
    assert abs(mine - (time.time() + 90 * DAY)) < 120 and abs(default - (time.time() + 365 * DAY)) < 120


# --- suggestions -----------------------------------------------------------------------------------------

def _suggestion(archive, config: TenantConfig, ticket_id: int, requester: User, *values: tuple[str, str]) -> dict:
    mapping = PlaceholderMap()
    for kind, value in values:
        mapping.placeholder_for(kind, value)
    result = SimpleNamespace(mapping=mapping, redacted_draft="Hi <PERSON_1>", hidden={"PERSON": 1}, sources=(),
                             model="offline-kb", confidence=0.8, draft_hash="h", flagged=())
    thread = Thread(Ticket(ticket_id, "Refund", requester.id), (Comment(1, requester.id, "hi", True),), (requester,))
    return archive.save(config, thread, f"evt-{ticket_id}", Classification("ai_assist"), result)


def test_forget_suggestions_deletes_the_matching_ones_with_their_vault(backend, tenant):
    config = TenantConfig(tenant=tenant, retention_days_drafts=7)
    archive = SuggestionArchive(backend.suggestions, backend.cipher, time.time)
    maria, ana = User(501, "Maria Gonzalez"), User(502, "Ana Silva")
    _suggestion(archive, config, 101, maria, ("PERSON", "Maria Gonzalez"))
    _suggestion(archive, config, 102, ana, ("PERSON", "Ana Silva"))
    kept = _suggestion(archive, TenantConfig(f"{tenant}x"), 101, maria)
    assert vault_values(backend.cipher, tenant, backend.suggestions.latest(tenant, 101)) == ["Maria Gonzalez"]
    assert backend.suggestions.forget_suggestions(tenant, lambda r: r["requester"] == "501") == [101]
    assert backend.suggestions.latest(tenant, 101) is None and archive.latest(tenant, 102)["requester"] == "502"
    assert backend.suggestions.latest(f"{tenant}x", 101)["id"] == kept["id"]
    if backend.suggestion_expiry:  # DynamoDB TTL attribute from the tenant's draft retention
        [expiry] = backend.suggestion_expiry(tenant)
        assert abs(expiry - (time.time() + 7 * DAY)) < 120


def test_erasure_end_to_end_on_the_backend(backend, tenant):
    config = TenantConfig(tenant=tenant)
    archive = SuggestionArchive(backend.suggestions, backend.cipher, time.time)
    _suggestion(archive, config, 101, User(501, "Maria Gonzalez"), ("EMAIL_ADDRESS", "maria@example.com"))
    _suggestion(archive, config, 102, User(502, "Ana Silva"), ("EMAIL_ADDRESS", "maria@example.com"))
    _append(backend.audit, tenant, "501", 101)
    backend.preferences.set_opt_out(tenant, "501", True, "customer message")
    pseudonyms = Pseudonyms(backend.preferences, backend.cipher)
    erasure = Erasure(suggestions=backend.suggestions, audit_log=backend.audit, preferences=backend.preferences,
                      pseudonyms=pseudonyms, cipher=backend.cipher, clock=time.time, queue=backend.queue)
    receipt = erasure.forget(tenant, Subject("501", ("maria@example.com",), "email", "found"), "cli")
    assert receipt.stores["suggestions"]["tickets"] == [101, 102] and receipt.stores["audit"]["pseudonymised"] == 1
    assert receipt.stores["preferences"]["opt_out"] == "kept_as_hash"
    assert HonouredOptOuts(backend.preferences, pseudonyms).opted_out(tenant, "501")
    records = list(backend.audit.query(tenant))
    assert [r["action"] for r in records] == ["suggestion_posted", "erasure"]
    assert all(r["requester"] == receipt.stores["audit"]["pseudonym"] for r in records)
