"""One contract for both backends: the embedded SQLite/local implementations and the AWS ones (DynamoDB,
SQS, KMS, Secrets Manager in moto server, resources created by infra/candor.yaml). Every test runs twice.
"""
from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from plugin.core.model import Job
from plugin.core.tenant import TenantConfig, TenantSecrets
from plugin.settings import Settings
from tests.e2e.aws_moto import create_stack


@dataclass
class Backend:
    name: str
    stores: dict
    received_jobs: Callable[[], list[Job]]
    extra: dict = field(default_factory=dict)

    def __getattr__(self, item: str) -> Any:
        try:
            return self.stores[item]
        except KeyError:
            raise AttributeError(item) from None


@pytest.fixture(scope="module")
def moto_stack(moto_server):
    return create_stack(moto_server.url, project="candorcontract")


def _sqlite_backend(tmp_path) -> Backend:
    from plugin.wiring import build_embedded_stores

    stores = build_embedded_stores(Settings(home=tmp_path))

    def received() -> list[Job]:
        jobs: list[Job] = []
        stores["queue"].drain(jobs.append)
        return jobs

    return Backend("sqlite", stores, received)


def _aws_backend(stack) -> Backend:
    from plugin.adapters.sqs_batch import parse_job
    from plugin.wiring import build_aws_stores

    stores = build_aws_stores(Settings.from_env(stack.env()))
    sqs, url = stack.client("sqs"), stack.outputs["JobsQueueUrl"]

    def received() -> list[Job]:
        jobs = []
        while True:
            messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", [])
            if not messages:
                return jobs
            for message in messages:
                jobs.append(parse_job(message["Body"]))
                sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])

    return Backend("aws", stores, received)


@pytest.fixture(params=["sqlite", pytest.param("aws", marks=pytest.mark.e2e)])
def backend(request, tmp_path) -> Backend:
    if request.param == "sqlite":
        return _sqlite_backend(tmp_path)
    return _aws_backend(request.getfixturevalue("moto_stack"))


@pytest.fixture
def tenant() -> str:
    """A tenant of its own per test, so the AWS backend's shared tables need no cleaning."""
    return f"t{uuid.uuid4().hex[:10]}"


# --- IdempotencyStore ---------------------------------------------------------------------------------

def test_claim_is_granted_once(backend, tenant):
    key = f"job:{tenant}:1"
    assert backend.idempotency.claim(key, 60) is True
    assert backend.idempotency.claim(key, 60) is False


def test_completed_key_is_not_claimed_again(backend, tenant):
    key = f"job:{tenant}:1"
    backend.idempotency.claim(key, 60)
    assert backend.idempotency.completed(key) is False  # in progress is not done: a redelivery must retry
    backend.idempotency.complete(key, 3600)
    assert backend.idempotency.claim(key, 60) is False
    assert backend.idempotency.completed(key) is True
    assert backend.idempotency.completed(f"job:{tenant}:never") is False


def test_released_key_can_be_claimed_again(backend, tenant):
    key = f"job:{tenant}:1"
    backend.idempotency.claim(key, 60)
    backend.idempotency.release(key)
    assert backend.idempotency.claim(key, 60) is True


def test_expired_claim_of_a_dead_worker_is_taken_over(backend, tenant):
    key = f"job:{tenant}:1"
    assert backend.idempotency.claim(key, 0)
    time.sleep(0.01)  # let the zero-second claim lapse (expiry is compared with a millisecond clock)
    assert backend.idempotency.claim(key, 60) is True
    assert backend.idempotency.claim(key, 60) is False


def test_keys_are_independent(backend, tenant):
    assert backend.idempotency.claim(f"job:{tenant}:1", 60)
    assert backend.idempotency.claim(f"job:{tenant}:2", 60)


def test_concurrent_claims_grant_exactly_one(backend, tenant):
    key, results, start = f"job:{tenant}:race", [], threading.Barrier(8)

    def claim() -> None:
        start.wait()
        results.append(backend.idempotency.claim(key, 60))

    threads = [threading.Thread(target=claim) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False] * 7 + [True]


# --- PreferenceStore ------------------------------------------------------------------------------------

def test_opt_out_round_trip(backend, tenant):
    prefs = backend.preferences
    assert prefs.opted_out(tenant, "42") is False
    prefs.set_opt_out(tenant, "42", True, "customer message")
    assert prefs.opted_out(tenant, "42") is True
    assert prefs.opted_out(tenant, "43") is False
    assert prefs.opted_out(f"{tenant}x", "42") is False
    prefs.set_opt_out(tenant, "42", False, "customer message")
    assert prefs.opted_out(tenant, "42") is False


def test_sticky_route_round_trip(backend, tenant):
    prefs = backend.preferences
    assert prefs.sticky_route(tenant, 7) is None
    prefs.set_sticky_route(tenant, 7, "bias_review")
    assert prefs.sticky_route(tenant, 7) == "bias_review"
    assert prefs.sticky_route(tenant, 8) is None
    assert prefs.sticky_route(f"{tenant}x", 7) is None
    prefs.set_sticky_route(tenant, 7, "human")
    assert prefs.sticky_route(tenant, 7) == "human"


# --- AuditLog ---------------------------------------------------------------------------------------------

def _audit_record(tenant: str, time_: str, **extra) -> dict:
    return {"schema": 1, "id": uuid.uuid4().hex, "tenant": tenant, "time": time_, "ticket_id": 7,
            "action": "suggestion_posted", "redactions": {"PERSON": 2}, "detail": {"confidence": 0.75},
            "reasons": [], "model": None, **extra}


def test_audit_keeps_records_exactly_in_time_order(backend, tenant):
    records = [_audit_record(tenant, f"2026-01-0{d}T10:00:00.000000Z") for d in (1, 2, 3)]
    for r in records:
        backend.audit.append(r)
    backend.audit.append(_audit_record(f"{tenant}x", "2026-01-02T10:00:00.000000Z"))
    assert list(backend.audit.query(tenant)) == records


def test_audit_since_includes_the_boundary(backend, tenant):
    records = [_audit_record(tenant, f"2026-01-0{d}T10:00:00.000000Z") for d in (1, 2, 3)]
    for r in records:
        backend.audit.append(r)
    assert list(backend.audit.query(tenant, since="2026-01-02T10:00:00.000000Z")) == records[1:]
    assert list(backend.audit.query(tenant, since="2027-01-01T00:00:00.000000Z")) == []


def test_audit_has_no_way_to_change_a_record(backend):
    assert not any(hasattr(backend.audit, name) for name in ("update", "delete", "put"))


def test_trust_report_from_the_store_equals_the_report_from_the_records(backend, tenant):
    """The trust report reads the audit trail through this port: both stores must give back records the
    report counts the same way (floats, nested details, missing fields, order)."""
    from plugin.reports import trust
    from tests.unit import trust_scenario

    records = [{**r, "tenant": tenant} for r in trust_scenario.records() if r["tenant"] == trust_scenario.TENANT]
    for record in records:
        backend.audit.append(record)
    stamp = "2026-03-06T00:00:00Z"
    stored = trust.build(backend.audit.query(tenant), tenant=tenant, min_count=1, generated_at=stamp)
    assert stored == trust.build(records, tenant=tenant, min_count=1, generated_at=stamp)
    figures = {f["id"]: f["display"] for s in stored["sections"] for f in s["figures"]}
    assert figures["similarity"] == "63%" and figures["first_reply_hours"] == "3.5 h"


# --- SuggestionStore -------------------------------------------------------------------------------------

def test_latest_suggestion_wins(backend, tenant):
    store = backend.suggestions
    assert store.latest(tenant, 7) is None
    first = {"id": "a", "ticket_id": 7, "confidence": 0.5, "hidden": {"PERSON": 1}, "expires_at": 4102444800}
    second = {**first, "id": "b", "confidence": 0.875, "sources": [{"id": "kb1", "url": None}]}
    store.save(tenant, 7, first)
    store.save(tenant, 7, second)
    assert store.latest(tenant, 7) == second
    assert store.latest(tenant, 8) is None
    assert store.latest(f"{tenant}x", 7) is None


# --- TenantDirectory ---------------------------------------------------------------------------------------

def test_tenant_directory_round_trip(backend, tenant):
    tenants = backend.tenants
    account = str(uuid.uuid4().int % 10**9)
    config = TenantConfig(tenant=tenant, account_id=account, review_group="Fairness", auto_reply_intents=("x",),
                          allowed_offers=("refund",), disclosure_field_id=123)
    assert tenants.get(tenant) is None
    tenants.put(config)
    assert tenants.get(tenant) == config
    assert tenants.by_account_id(account) == config
    assert tenants.by_account_id(f"{account}9") is None
    tenants.remove(tenant)
    assert tenants.get(tenant) is None
    assert tenants.by_account_id(account) is None


def test_tenant_without_account_id(backend, tenant):
    backend.tenants.put(TenantConfig(tenant=tenant))
    assert backend.tenants.get(tenant) == TenantConfig(tenant=tenant)


# --- SecretStore and Cipher --------------------------------------------------------------------------------

def test_secret_store_round_trip(backend, tenant):
    secrets = backend.secrets
    assert secrets.get(tenant) is None
    value = TenantSecrets("whsec", "agent@example.com", "token")
    secrets.put(tenant, value)
    assert secrets.get(tenant) == value
    secrets.put(tenant, TenantSecrets("rotated"))
    assert secrets.get(tenant) == TenantSecrets("rotated")
    secrets.delete(tenant)
    assert secrets.get(tenant) is None


def test_cipher_binds_the_context(backend, tenant):
    context = {"tenant": tenant, "ticket": "7", "purpose": "placeholder-vault"}
    plaintext = ("<PERSON_1> = María García; " * 400).encode("utf-8")  # > 4 KB: beyond kms:Encrypt
    sealed = backend.cipher.encrypt(plaintext, context)
    assert plaintext not in sealed
    assert backend.cipher.decrypt(sealed, context) == plaintext
    from cryptography.exceptions import InvalidTag

    from plugin.core.errors import PermanentError

    with pytest.raises((InvalidTag, PermanentError)):  # local AES-GCM tag check / KMS InvalidCiphertext
        backend.cipher.decrypt(sealed, {**context, "tenant": f"{tenant}x"})


# --- Queue -------------------------------------------------------------------------------------------------

def test_queue_delivers_jobs_with_ids_only(backend, tenant):
    jobs = [Job(tenant, f"evt-{i}", "comment_added", ticket_id=7, comment_id=i) for i in range(3)]
    for job in jobs:
        backend.queue.enqueue(job)
    assert sorted(backend.received_jobs(), key=lambda j: j.event_id) == jobs
