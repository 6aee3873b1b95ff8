"""The production path without an AWS account: the infra stack created in moto server, a signed webhook
through Zappa's Lambda handler (API Gateway event -> Flask), SQS, the worker (SQS event -> Zappa ->
handlers.worker.sqs_handler), DynamoDB, KMS, Secrets Manager and a local Zendesk API.
"""
from __future__ import annotations

import json
import sys
import threading
import time

import pytest

from plugin.core import signature
from plugin.core.tenant import TenantConfig, TenantSecrets
from plugin.settings import PACKAGE_DIR, Settings
from tests.e2e.aws_moto import ROOT
from tests.e2e.lambda_harness import EventSourceMapping, Lambda, write_zappa_settings

sys.path.insert(0, str(ROOT / "tests" / "contract"))  # the Zendesk API fake's modules import each other
from zendesk_server import PLUGIN_USER_ID, ZendeskServer  # noqa: E402
from zendesk_state import make_comment, make_ticket, make_user  # noqa: E402

pytestmark = pytest.mark.e2e
SAMPLES = PACKAGE_DIR / "samples"
ACME = TenantConfig(tenant="acme", account_id="12514403")
GLOBEX = TenantConfig(tenant="globex", account_id="77000001", review_group="Globex Fairness Review")
SECRETS = {"acme": "acme-webhook-secret", "globex": "globex-webhook-secret"}


class WorkerDied(BaseException):
    """The Lambda environment vanished mid-job (timeout, OOM): no except clause runs."""


def _load_ticket(zendesk: ZendeskServer, ticket_id: int) -> None:
    bundle = json.loads((SAMPLES / "tickets" / f"{ticket_id}.json").read_text(encoding="utf-8"))
    t = bundle["ticket"]
    zendesk.state.add(make_ticket(t["id"], t["requester_id"], subject=t["subject"], updated_at=t["updated_at"]),
                      [make_comment(c["id"], c["author_id"], c["body"], c["public"], c["created_at"])
                       for c in bundle["comments"]],
                      [make_user(u["id"], u["name"], u["role"], email=u.get("email")) for u in bundle["users"]])


@pytest.fixture
def zendesk():
    with ZendeskServer() as server:
        for ticket_id in (101, 103):
            _load_ticket(server, ticket_id)
        yield server


@pytest.fixture
def stores(aws_stack):
    from plugin.wiring import build_aws_stores

    stores = build_aws_stores(Settings.from_env(aws_stack.env()))
    for config in (ACME, GLOBEX):  # what installing the app for two Zendesk accounts leaves behind
        stores["tenants"].put(config)
        stores["secrets"].put(config.tenant, TenantSecrets(SECRETS[config.tenant], "candor@example.com",
                                                           "test-token"))
    return stores


@pytest.fixture
def lam(aws_stack, zendesk, stores, tmp_path):
    env = {"CANDOR_AWS_ENDPOINT_URL": aws_stack.endpoint_url, "ZENDESK_BASE_URL": zendesk.base_url,
           "CANDOR_DRAFTER": "offline", "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
    write_zappa_settings(aws_stack, tmp_path, env)
    with Lambda(tmp_path) as lam:
        yield lam


@pytest.fixture
def esm(aws_stack, lam):
    return EventSourceMapping(aws_stack, lam)


def webhook(lam: Lambda, sample: str, tenant: str = "acme", secret: str | None = None,
            path: str | None = None, **headers) -> tuple[int, dict]:
    body = (SAMPLES / "webhooks" / f"{sample}.json").read_bytes()
    stamp = signature.format_timestamp(time.time())
    # Zendesk sends the account id on every delivery; a pinned tenant requires it (issue 13 §1)
    account = {"x-zendesk-account-id": {"acme": ACME, "globex": GLOBEX}[tenant].account_id} \
        if tenant in ("acme", "globex") else {}
    signed = {signature.SIGNATURE_HEADER: signature.sign(secret or SECRETS[tenant], stamp, body),
              signature.TIMESTAMP_HEADER: stamp, "Content-Type": "application/json", **account, **headers}
    return lam.http("POST", path or f"/webhooks/zendesk/{tenant}", signed, body)


def notes(zendesk: ZendeskServer, ticket_id: int) -> list[str]:
    return [c["body"] for c in zendesk.state.comments[ticket_id] if c["author_id"] == PLUGIN_USER_ID]


def test_signed_webhook_becomes_one_note_through_lambda_sqs_and_dynamodb(lam, esm, zendesk, aws_stack, stores):
    assert webhook(lam, "01-comment-refund") == (202, {"status": "queued", "event_id": "evt-101-10101"})
    assert esm.poll_once() == {"batchItemFailures": []}
    assert len(notes(zendesk, 101)) == 1
    assert esm.receive() == []
    actions = [r["action"] for r in stores["audit"].query("acme")]
    assert actions == ["suggestion_posted"]
    stored = aws_stack.client("dynamodb").scan(TableName=f"{aws_stack.prefix}-suggestions")["Items"]
    assert len(stored) == 1 and "Maria" not in json.dumps(stored)  # the vault is KMS-encrypted
    assert stores["suggestions"].latest("acme", 101)["ticket_id"] == 101


def test_duplicate_webhook_delivery_is_queued_once(lam, esm):
    assert webhook(lam, "01-comment-refund")[0] == 202
    assert webhook(lam, "01-comment-refund") == (202, {"status": "duplicate", "event_id": "evt-101-10101"})
    assert len(esm.receive()) == 1


def test_message_delivered_twice_at_the_same_time_posts_one_note(lam, esm, zendesk, stores, monkeypatch):
    from plugin.adapters.dynamodb_idempotency import DynamoDBIdempotencyStore

    assert lam.http("GET", "/healthz", {}, b"")[0] == 200  # the environment is initialised, as after INIT
    webhook(lam, "01-comment-refund")
    [message] = esm.receive()
    # The run that claims the job is held just before it marks the job done until the other run has
    # returned: the two runs overlap for certain (a barrier alone let one finish first on a busy machine).
    other_run_returned, real_complete = threading.Event(), DynamoDBIdempotencyStore.complete

    def complete_after_the_other_run(self, key, ttl_seconds):
        if key.startswith("job:"):
            other_run_returned.wait(timeout=30)
        return real_complete(self, key, ttl_seconds)

    monkeypatch.setattr(DynamoDBIdempotencyStore, "complete", complete_after_the_other_run)
    results = esm.concurrently([esm.event([message]), esm.event([message])], returned=other_run_returned)
    # one run posts; the other finds the job in progress and hands it back to SQS rather than dropping it
    assert sorted(len(r["batchItemFailures"]) for r in results) == [0, 1]
    assert len(notes(zendesk, 101)) == 1
    esm.make_visible(message)  # redelivered: now a completed duplicate, acknowledged without a second note
    assert esm.poll_once() == {"batchItemFailures": []}
    assert len(notes(zendesk, 101)) == 1
    assert [r["action"] for r in stores["audit"].query("acme")] == ["suggestion_posted"]


def _expire_claims(aws_stack) -> None:
    """Time passes: the dead worker's in-progress claim lapses (powertools' in_progress_expiration)."""
    ddb, table = aws_stack.client("dynamodb"), f"{aws_stack.prefix}-idempotency"
    for item in ddb.scan(TableName=table)["Items"]:
        if item["status"]["S"] == "INPROGRESS":
            ddb.update_item(TableName=table, Key={"id": item["id"]}, UpdateExpression="SET in_progress_expiration = :z",
                            ExpressionAttributeValues={":z": {"N": "0"}})


def test_worker_dying_between_posting_and_marking_done_posts_one_note(lam, esm, zendesk, aws_stack,
                                                                      monkeypatch):
    from plugin.adapters.dynamodb_idempotency import DynamoDBIdempotencyStore

    webhook(lam, "01-comment-refund")
    real_complete = DynamoDBIdempotencyStore.complete

    def die_once(self, key, ttl_seconds):
        if key.startswith("job:"):
            monkeypatch.setattr(DynamoDBIdempotencyStore, "complete", real_complete)
            raise WorkerDied()
        return real_complete(self, key, ttl_seconds)

    monkeypatch.setattr(DynamoDBIdempotencyStore, "complete", die_once)
    [message] = esm.receive()
    with pytest.raises(WorkerDied):
        lam.invoke(esm.event([message]))
    assert len(notes(zendesk, 101)) == 1
    _expire_claims(aws_stack)
    esm.make_visible(message)  # the visibility timeout ran out: SQS delivers the message again
    assert esm.poll_once() == {"batchItemFailures": []}
    assert len(notes(zendesk, 101)) == 1
    assert esm.receive() == []


def test_worker_dying_before_posting_is_retried_until_one_note(lam, esm, zendesk, aws_stack, monkeypatch):
    from plugin.adapters.dynamodb_idempotency import DynamoDBIdempotencyStore
    from plugin.adapters.zendesk_helpdesk import ZendeskHelpdesk

    webhook(lam, "01-comment-refund")
    real_fetch, real_release = ZendeskHelpdesk.fetch_thread, DynamoDBIdempotencyStore.release

    def die_once(self, ticket_id):
        monkeypatch.setattr(ZendeskHelpdesk, "fetch_thread", real_fetch)
        # A dead process runs no cleanup: the worker's `except BaseException: release()` never happens.
        monkeypatch.setattr(DynamoDBIdempotencyStore, "release", lambda self, key: None)
        raise WorkerDied()

    monkeypatch.setattr(ZendeskHelpdesk, "fetch_thread", die_once)
    [message] = esm.receive()
    with pytest.raises(WorkerDied):
        lam.invoke(esm.event([message]))
    monkeypatch.setattr(DynamoDBIdempotencyStore, "release", real_release)
    esm.make_visible(message)  # redelivered after 360 s, while the 900 s claim still stands
    esm.poll_once()
    _expire_claims(aws_stack)
    esm.poll_once()
    assert len(notes(zendesk, 101)) == 1


def test_poison_message_goes_to_the_dlq_with_its_reason_and_the_rest_proceeds(lam, esm, zendesk, aws_stack):
    sqs = aws_stack.client("sqs")
    sqs.send_message(QueueUrl=esm.url, MessageBody="{not json")
    sqs.send_message(QueueUrl=esm.url, MessageBody=json.dumps(
        {"tenant": "initech", "event_id": "evt-1", "kind": "comment_added", "ticket_id": 5}))
    webhook(lam, "01-comment-refund")
    messages = []
    while len(messages) < 3:
        messages += esm.receive()
    response = lam.invoke(esm.event(messages))
    esm.settle(messages, response)
    assert response == {"batchItemFailures": []}
    assert len(notes(zendesk, 101)) == 1
    dead = sqs.receive_message(QueueUrl=aws_stack.outputs["DeadLetterQueueUrl"], MaxNumberOfMessages=10,
                               MessageAttributeNames=["All"])["Messages"]
    reasons = sorted(m["MessageAttributes"]["candor_reason"]["StringValue"] for m in dead)
    assert reasons == ["permanent: malformed job body: JSONDecodeError", "permanent: tenant not installed"]
    assert esm.receive() == []


def test_tenant_b_rejects_a_webhook_signed_with_tenant_a_secret(lam, esm):
    assert webhook(lam, "03-comment-bias", tenant="globex", secret=SECRETS["acme"])[0] == 401
    assert webhook(lam, "03-comment-bias", tenant="acme", **{"x-zendesk-account-id": GLOBEX.account_id})[0] == 401
    assert esm.receive() == []


def test_tenant_resolved_from_account_id_uses_its_own_settings(lam, esm, zendesk, stores):
    status, _ = webhook(lam, "03-comment-bias", tenant="globex", path="/webhooks/zendesk",
                        **{"x-zendesk-account-id": GLOBEX.account_id})
    assert status == 202
    assert esm.poll_once() == {"batchItemFailures": []}
    assert [g["name"] for g in zendesk.state.groups.values()] == [GLOBEX.review_group]
    assert [r["action"] for r in stores["audit"].query("globex")] == ["routed_bias_review"]
    assert list(stores["audit"].query("acme")) == []
