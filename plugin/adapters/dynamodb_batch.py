"""Reading one tenant's partition and deleting items in batches: what tenant removal and erasure do on
DynamoDB. BatchWriteItem takes at most 25 requests and may hand some back as UnprocessedItems, which are
sent again with a growing pause
(https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html).
"""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from plugin.core.errors import TransientError

BATCH = 25
MAX_RESENDS = 8


def partition(client: Any, table: str, tenant: str, keys_only: tuple[str, ...] = ()) -> list[dict]:
    """Every item of the tenant's partition (hash key `tenant`), all pages; only `keys_only` if given."""
    options: dict[str, Any] = {"TableName": table, "KeyConditionExpression": "#t = :t",
                               "ExpressionAttributeNames": {"#t": "tenant"},
                               "ExpressionAttributeValues": {":t": {"S": tenant}}, "ConsistentRead": True}
    if keys_only:
        names = {f"#a{i}": name for i, name in enumerate(keys_only)}
        options["ExpressionAttributeNames"].update(names)
        options["ProjectionExpression"] = ", ".join(names)
    pages = client.get_paginator("query").paginate(**options)
    return [item for page in pages for item in page["Items"]]


def batch_delete(client: Any, table: str, keys: list[dict], sleep: Callable[[float], None] = time.sleep) -> int:
    """Delete the items with these keys; returns how many were asked for (deleting a missing key is no error)."""
    for start in range(0, len(keys), BATCH):
        requests = [{"DeleteRequest": {"Key": key}} for key in keys[start:start + BATCH]]
        for attempt in range(MAX_RESENDS + 1):
            answer = client.batch_write_item(RequestItems={table: requests})
            requests = answer.get("UnprocessedItems", {}).get(table, [])
            if not requests:
                break
            if attempt == MAX_RESENDS:
                raise TransientError(f"dynamodb kept {len(requests)} deletes unprocessed; run again")
            sleep(min(0.05 * 2 ** attempt, 2.0))
    return len(keys)
