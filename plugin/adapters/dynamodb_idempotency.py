"""IdempotencyStore on DynamoDB through aws-lambda-powertools' DynamoDBPersistenceLayer.

Powertools owns the conditional write (put if absent, or expired, or IN_PROGRESS past its in-progress
expiry) and the record layout: `id`, `status` INPROGRESS|COMPLETED, `expiration` (epoch seconds, the table's
TTL attribute) and `in_progress_expiration` (epoch milliseconds). We call its public persistence methods
with our own key instead of wrapping a handler, so the core keeps one IdempotencyStore port for SQLite and
DynamoDB. https://docs.powertools.aws.dev/lambda/python/latest/utilities/idempotency/
"""
from __future__ import annotations

import threading
from typing import Any

KEY_PREFIX = "candor"
IN_PROGRESS_RECORD_TTL = 24 * 3600  # the TTL of a record whose worker died; its claim expires much sooner


class DynamoDBIdempotencyStore:
    def __init__(self, table_name: str, client: Any) -> None:
        self._table, self._client = table_name, client
        self._layers: dict[int, Any] = {}
        self._lock = threading.Lock()

    def _layer(self, ttl_seconds: int) -> Any:
        """One configured persistence layer per record TTL (powertools fixes the TTL at configure time)."""
        with self._lock:
            if ttl_seconds not in self._layers:
                from aws_lambda_powertools.utilities.idempotency import IdempotencyConfig
                from aws_lambda_powertools.utilities.idempotency.persistence.dynamodb import (
                    DynamoDBPersistenceLayer,
                )

                layer = DynamoDBPersistenceLayer(table_name=self._table, boto3_client=self._client)
                layer.configure(IdempotencyConfig(event_key_jmespath="key", expires_after_seconds=ttl_seconds,
                                                  raise_on_no_idempotency_key=True), key_prefix=KEY_PREFIX)
                self._layers[ttl_seconds] = layer
            return self._layers[ttl_seconds]

    def claim(self, key: str, in_progress_seconds: int) -> bool:
        from aws_lambda_powertools.utilities.idempotency.exceptions import IdempotencyItemAlreadyExistsError

        try:
            self._layer(IN_PROGRESS_RECORD_TTL).save_inprogress({"key": key}, in_progress_seconds * 1000)
        except IdempotencyItemAlreadyExistsError:
            return False
        return True

    def complete(self, key: str, ttl_seconds: int) -> None:
        self._layer(int(ttl_seconds)).save_success({"key": key}, result={})

    def completed(self, key: str) -> bool:
        from aws_lambda_powertools.utilities.idempotency.exceptions import IdempotencyItemNotFoundError

        try:
            record = self._layer(IN_PROGRESS_RECORD_TTL).get_record({"key": key})
        except IdempotencyItemNotFoundError:
            return False
        return record is not None and record.status == "COMPLETED" and not record.is_expired

    def release(self, key: str) -> None:
        self._layer(IN_PROGRESS_RECORD_TTL).delete_record({"key": key}, exception=RuntimeError("released"))
