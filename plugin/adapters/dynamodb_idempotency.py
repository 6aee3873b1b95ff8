"""IdempotencyStore on DynamoDB through aws-lambda-powertools' DynamoDBPersistenceLayer.

Powertools owns the conditional write (put if absent, or expired, or IN_PROGRESS past its in-progress
expiry) and the record layout: `id`, `status` INPROGRESS|COMPLETED, `expiration` (epoch seconds, the table's
TTL attribute) and `in_progress_expiration` (epoch milliseconds). We call its public persistence methods
with our own key instead of wrapping a handler, so the core keeps one IdempotencyStore port for SQLite and
DynamoDB. https://docs.powertools.aws.dev/lambda/python/latest/utilities/idempotency/

Powertools stores `<key prefix>#<md5 of the key>`. Our keys are `<stage>:<tenant>:<event id>`, so the prefix
names the tenant (`candor:<tenant>`): tenant removal finds that tenant's records by a prefix scan.
"""
from __future__ import annotations

import threading
from typing import Any

KEY_PREFIX = "candor"
IN_PROGRESS_RECORD_TTL = 24 * 3600  # the TTL of a record whose worker died; its claim expires much sooner


class DynamoDBIdempotencyStore:
    def __init__(self, table_name: str, client: Any) -> None:
        self._table, self._client = table_name, client
        self._layers: dict[tuple[int, str], Any] = {}
        self._lock = threading.Lock()

    def _layer(self, ttl_seconds: int, key: str) -> Any:
        """One configured persistence layer per record TTL and tenant (powertools fixes both at configure
        time). The key prefix holds the tenant, so its records can be found again."""
        prefix = _prefix(key)
        with self._lock:
            if (ttl_seconds, prefix) not in self._layers:
                from aws_lambda_powertools.utilities.idempotency import IdempotencyConfig
                from aws_lambda_powertools.utilities.idempotency.persistence.dynamodb import (
                    DynamoDBPersistenceLayer,
                )

                layer = DynamoDBPersistenceLayer(table_name=self._table, boto3_client=self._client)
                layer.configure(IdempotencyConfig(event_key_jmespath="key", expires_after_seconds=ttl_seconds,
                                                  raise_on_no_idempotency_key=True), key_prefix=prefix)
                self._layers[(ttl_seconds, prefix)] = layer
            return self._layers[(ttl_seconds, prefix)]

    def claim(self, key: str, in_progress_seconds: int) -> bool:
        from aws_lambda_powertools.utilities.idempotency.exceptions import IdempotencyItemAlreadyExistsError

        try:
            self._layer(IN_PROGRESS_RECORD_TTL, key).save_inprogress({"key": key}, in_progress_seconds * 1000)
        except IdempotencyItemAlreadyExistsError:
            return False
        return True

    def complete(self, key: str, ttl_seconds: int) -> None:
        self._layer(int(ttl_seconds), key).save_success({"key": key}, result={})

    def completed(self, key: str) -> bool:
        from aws_lambda_powertools.utilities.idempotency.exceptions import IdempotencyItemNotFoundError

        try:
            record = self._layer(IN_PROGRESS_RECORD_TTL, key).get_record({"key": key})
        except IdempotencyItemNotFoundError:
            return False
        return record is not None and record.status == "COMPLETED" and not record.is_expired

    def release(self, key: str) -> None:
        self._layer(IN_PROGRESS_RECORD_TTL, key).delete_record({"key": key}, exception=RuntimeError("released"))

    def delete_tenant(self, tenant: str) -> int:
        """Tenant removal: every record whose id starts with the tenant's prefix (a Scan of the table, which
        holds at most a week of keys; tenant removal is rare)."""
        from .dynamodb_batch import batch_delete

        pages = self._client.get_paginator("scan").paginate(
            TableName=self._table, FilterExpression="begins_with(#id, :p)", ProjectionExpression="#id",
            ExpressionAttributeNames={"#id": "id"}, ExpressionAttributeValues={":p": {"S": f"{KEY_PREFIX}:{tenant}#"}})
        return batch_delete(self._client, self._table, [item for page in pages for item in page["Items"]])


def _prefix(key: str) -> str:
    """`job:acme:evt-1` -> `candor:acme`."""
    tenant = key.partition(":")[2].partition(":")[0]
    return f"{KEY_PREFIX}:{tenant}"
