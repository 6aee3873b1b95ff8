"""DynamoDB throttling (ProvisionedThroughputExceededException after the SDK's own retries) on the ack path
and the worker path, through the real DynamoDB adapters against moto server.

Ack path: Zendesk only retries 409, 429/503 with Retry-After and timeouts, so a throttled store must answer
503 + Retry-After, never 500 (which Zendesk drops). Worker path: the job goes back to the queue and the
ticket still gets exactly one note, also when the throttle hits after the note was posted.
"""
from __future__ import annotations

import pytest
from botocore.exceptions import ClientError

from plugin.adapters.dynamodb_idempotency import DynamoDBIdempotencyStore
from plugin.adapters.dynamodb_state import DynamoDBAuditLog, DynamoDBTenantDirectory
from tests.functional.live_stack import GOOD_REPLY, live_stack

pytestmark = pytest.mark.e2e
QUESTION = "Hello, I returned my order last week. When will I get my refund?"


class Throttled:
    """A boto3 DynamoDB client whose next calls of chosen operations fail as a throttled table would."""

    def __init__(self, client) -> None:
        self._client, self.plan, self.throttled = client, {}, []

    def throttle(self, operation: str, times: int = 1) -> None:
        self.plan[operation] = self.plan.get(operation, 0) + times

    def __getattr__(self, name: str):
        attr = getattr(self._client, name)
        if not callable(attr) or name.startswith("_") or name in ("exceptions", "meta"):
            return attr

        def call(*args, **kwargs):
            if self.plan.get(name):
                self.plan[name] -= 1
                self.throttled.append(name)
                raise ClientError({"Error": {"Code": "ProvisionedThroughputExceededException",
                                             "Message": "Rate of requests exceeds the allowed throughput."},
                                   "ResponseMetadata": {"HTTPStatusCode": 400}}, name)
            return attr(*args, **kwargs)
        return call


@pytest.fixture
def dynamo(aws_stack):
    client = aws_stack.client("dynamodb")
    return {name: Throttled(client) for name in ("idempotency", "audit", "tenants")}


@pytest.fixture
def stack(aws_stack, dynamo, tmp_path, monkeypatch):
    prefix = aws_stack.prefix
    stores = dict(idempotency=DynamoDBIdempotencyStore(f"{prefix}-idempotency", dynamo["idempotency"]),
                  audit=DynamoDBAuditLog(f"{prefix}-audit", dynamo["audit"]),
                  tenants=DynamoDBTenantDirectory(f"{prefix}-tenants", dynamo["tenants"]))
    with live_stack(tmp_path / "state", monkeypatch, **stores) as live:
        live.openai.default = GOOD_REPLY
        yield live


def test_throttled_dedupe_on_the_ack_path_answers_503_and_the_retry_is_queued_once(stack, dynamo):
    comment = stack.add_ticket(7, QUESTION)
    dynamo["idempotency"].throttle("put_item")
    response = stack.deliver(7, comment)
    assert response.status_code == 503 and response.headers["Retry-After"] == "30"
    assert len(stack.services.queue) == 0
    assert stack.deliver(7, comment).get_json()["status"] == "queued"  # Zendesk's retry
    assert stack.deliver(7, comment).get_json()["status"] == "duplicate"
    stack.run()
    assert len(stack.notes(7)) == 1


def test_throttled_tenant_lookup_on_the_ack_path_answers_503(stack, dynamo):
    comment = stack.add_ticket(7, QUESTION)
    dynamo["tenants"].throttle("get_item")
    assert stack.deliver(7, comment).status_code == 503
    assert stack.deliver(7, comment).status_code == 202


def test_throttled_claim_in_the_worker_is_retried_by_the_queue(stack, dynamo):
    stack.deliver(7, stack.add_ticket(7, QUESTION))
    dynamo["idempotency"].throttle("put_item")
    stack.run()
    assert len(stack.notes(7)) == 1 and stack.dead() == [] and stack.time.slept == [5.0]


def test_throttled_audit_write_after_the_note_was_posted_does_not_post_it_again(stack, dynamo):
    stack.deliver(7, stack.add_ticket(7, QUESTION))
    dynamo["audit"].throttle("put_item")
    stack.run()
    assert dynamo["audit"].throttled == ["put_item"]
    assert len(stack.notes(7)) == 1 and stack.dead() == []  # the retry found the note's ref and stopped


def test_throttled_completion_after_posting_is_redelivered_without_a_second_note(stack, dynamo, aws_stack):
    stack.deliver(7, stack.add_ticket(7, QUESTION))
    [job] = stack.services.queue.pending()
    dynamo["idempotency"].throttle("update_item")  # powertools' save_success
    with pytest.raises(ClientError):
        stack.services.worker.handle(job)  # as SQS would see it: a failed record, redelivered later
    assert len(stack.notes(7)) == 1
    with pytest.raises(Exception, match="in progress"):
        stack.services.worker.handle(job)  # redelivered while the claim stands: handed back, not dropped
    _expire_claims(aws_stack)
    assert stack.services.worker.handle(job).action == "skipped_already_handled"
    assert len(stack.notes(7)) == 1


def _expire_claims(aws_stack) -> None:
    ddb, table = aws_stack.client("dynamodb"), f"{aws_stack.prefix}-idempotency"
    for item in ddb.scan(TableName=table)["Items"]:
        if item["status"]["S"] == "INPROGRESS":
            ddb.update_item(TableName=table, Key={"id": item["id"]}, UpdateExpression="SET in_progress_expiration = :z",
                            ExpressionAttributeValues={":z": {"N": "0"}})
