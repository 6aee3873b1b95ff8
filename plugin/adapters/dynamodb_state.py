"""Preferences, audit log, suggestions and tenant directory on DynamoDB (tables from infra/candor.yaml).

Records are stored as one JSON string attribute `doc` beside the key attributes, so what goes in comes back
exactly (no float/Decimal conversion) and the table schema does not follow the record schema.
`expires_at` (epoch seconds) is the TTL attribute of every table that has one; DynamoDB deletes expired
items within days, so reads also filter on it (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TTL.html).
Tenant removal and erasure read the tenant's partition and delete in batches (dynamodb_batch.py).
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from typing import Any

from plugin.core.tenant import TenantConfig

from .dynamodb_batch import batch_delete, partition

STICKY_ROUTE_SECONDS = 180 * 86400  # a ticket's sticky human route outlives any ticket we still process


def _s(value: str) -> dict:
    return {"S": value}


def _n(value: float) -> dict:
    return {"N": str(int(value))}


def _conditional_failed(exc: Exception) -> bool:
    return getattr(exc, "response", {}).get("Error", {}).get("Code") == "ConditionalCheckFailedException"


class DynamoDBPreferenceStore:
    """Opt-outs (`optout#<requester>`, kept until revoked), sticky routes (`route#<ticket>`, TTL) and the
    tenant's sealed pseudonym salt (`salt`)."""

    def __init__(self, table: str, client: Any, clock: Callable[[], float] = time.time) -> None:
        self._table, self._db, self._clock = table, client, clock

    def _get(self, tenant: str, key: str) -> dict | None:
        item = self._db.get_item(TableName=self._table, Key={"tenant": _s(tenant), "key": _s(key)},
                                 ConsistentRead=True).get("Item")
        if item is None or ("expires_at" in item and int(item["expires_at"]["N"]) < self._clock()):
            return None
        return item

    def opted_out(self, tenant: str, requester: str) -> bool:
        item = self._get(tenant, f"optout#{requester}")
        return bool(item and item["opted_out"]["BOOL"])

    def set_opt_out(self, tenant: str, requester: str, opted_out: bool, source: str) -> None:
        self._db.put_item(TableName=self._table, Item={
            "tenant": _s(tenant), "key": _s(f"optout#{requester}"), "opted_out": {"BOOL": bool(opted_out)},
            "source": _s(source), "updated_at": _n(self._clock())})

    def sticky_route(self, tenant: str, ticket_id: int) -> str | None:
        item = self._get(tenant, f"route#{ticket_id}")
        return item["route"]["S"] if item else None

    def set_sticky_route(self, tenant: str, ticket_id: int, route: str) -> None:
        self._db.put_item(TableName=self._table, Item={
            "tenant": _s(tenant), "key": _s(f"route#{ticket_id}"), "route": _s(route),
            "expires_at": _n(self._clock() + STICKY_ROUTE_SECONDS)})

    def delete_tenant(self, tenant: str) -> int:
        """Tenant removal: opt-outs and sticky routes (counted), and the salt."""
        keys = partition(self._db, self._table, tenant, keys_only=("tenant", "key"))
        batch_delete(self._db, self._table, keys)
        return sum(1 for k in keys if k["key"]["S"].startswith(("optout#", "route#")))

    def forget_opt_out(self, tenant: str, requester: str, keep_as: str | None) -> str:
        item = self._get(tenant, f"optout#{requester}")
        if item is None:
            return "none"
        kept = bool(item["opted_out"]["BOOL"] and keep_as)
        if kept:  # written before the delete: there is never a moment without the opt-out
            self.set_opt_out(tenant, str(keep_as), True, "kept after erasure")
        self._db.delete_item(TableName=self._table, Key={"tenant": _s(tenant), "key": _s(f"optout#{requester}")})
        return "kept_as_hash" if kept else "deleted"

    def sealed_salt(self, tenant: str, candidate: bytes | None) -> bytes | None:
        from botocore.exceptions import ClientError

        if candidate is not None:
            try:
                self._db.put_item(TableName=self._table, ConditionExpression="attribute_not_exists(#k)",
                                  ExpressionAttributeNames={"#k": "key"},
                                  Item={"tenant": _s(tenant), "key": _s("salt"), "sealed": {"B": candidate}})
            except ClientError as exc:  # the first writer won: use its salt
                if not _conditional_failed(exc):
                    raise
        item = self._get(tenant, "salt")
        return bytes(item["sealed"]["B"]) if item else None


class DynamoDBAuditLog:
    """Append-only from the application: items are written once with a condition; the only change made to
    them is erasure replacing an erased requester's id (`pseudonymise_requester`), and tenant removal
    deletes them. Sort key `<time>#<id>` keeps a tenant's records in time order for `query(since=...)`.
    `retention_for(tenant)` gives each tenant's retention in seconds (core.retention.AuditRetention)."""

    def __init__(self, table: str, client: Any, retention_seconds: float | None = 365 * 86400,
                 clock: Callable[[], float] = time.time,
                 retention_for: Callable[[str], float] | None = None) -> None:
        self._table, self._db, self._retention, self._clock = table, client, retention_seconds, clock
        self._retention_for = retention_for

    def append(self, record: dict) -> None:
        item = {"tenant": _s(record["tenant"]), "sk": _s(f"{record['time']}#{record.get('id', '')}"),
                "doc": _s(json.dumps(record, sort_keys=True))}
        seconds = self._retention_for(record["tenant"]) if self._retention_for else self._retention
        if seconds:
            item["expires_at"] = _n(self._clock() + seconds)
        self._db.put_item(TableName=self._table, Item=item, ConditionExpression="attribute_not_exists(sk)")

    def query(self, tenant: str, since: str | None = None) -> Iterable[dict]:
        pages = self._db.get_paginator("query").paginate(
            TableName=self._table, KeyConditionExpression="tenant = :t AND sk >= :since",
            ExpressionAttributeValues={":t": _s(tenant), ":since": _s(since or " ")}, ConsistentRead=True)
        return [json.loads(item["doc"]["S"]) for page in pages for item in page["Items"]]

    def delete_tenant(self, tenant: str) -> int:
        """Tenant removal only (the application never deletes single records)."""
        return batch_delete(self._db, self._table, partition(self._db, self._table, tenant, ("tenant", "sk")))

    def pseudonymise_requester(self, tenant: str, requester: str, pseudonym: str) -> list[int | None]:
        changed = []
        for item in partition(self._db, self._table, tenant):
            record = json.loads(item["doc"]["S"])
            if record.get("requester") is None or str(record["requester"]) != requester:
                continue
            record["requester"] = pseudonym
            self._db.update_item(TableName=self._table, Key={"tenant": item["tenant"], "sk": item["sk"]},
                                 UpdateExpression="SET doc = :new", ConditionExpression="doc = :old",
                                 ExpressionAttributeValues={":new": _s(json.dumps(record, sort_keys=True)),
                                                            ":old": item["doc"]})
            changed.append(record.get("ticket_id"))
        return changed


class DynamoDBSuggestionStore:
    """The latest suggestion per ticket: one item per (tenant, ticket), overwritten by the next one."""

    def __init__(self, table: str, client: Any) -> None:
        self._table, self._db = table, client

    def save(self, tenant: str, ticket_id: int, record: dict) -> None:
        item = {"tenant": _s(tenant), "ticket_id": _n(ticket_id), "doc": _s(json.dumps(record, sort_keys=True))}
        if record.get("expires_at"):
            item["expires_at"] = _n(record["expires_at"])
        self._db.put_item(TableName=self._table, Item=item)

    def latest(self, tenant: str, ticket_id: int) -> dict | None:
        item = self._db.get_item(TableName=self._table, Key={"tenant": _s(tenant), "ticket_id": _n(ticket_id)},
                                 ConsistentRead=True).get("Item")
        return json.loads(item["doc"]["S"]) if item else None

    def delete_tenant(self, tenant: str) -> int:
        """Tenant removal: every suggestion (and its encrypted placeholder vault)."""
        return batch_delete(self._db, self._table, partition(self._db, self._table, tenant, ("tenant", "ticket_id")))

    def forget_suggestions(self, tenant: str, match: Callable[[dict], bool]) -> list[int]:
        doomed = [item for item in partition(self._db, self._table, tenant) if match(json.loads(item["doc"]["S"]))]
        batch_delete(self._db, self._table, [{"tenant": i["tenant"], "ticket_id": i["ticket_id"]} for i in doomed])
        return [int(item["ticket_id"]["N"]) for item in doomed]


class DynamoDBTenantDirectory:
    """Tenant configs keyed by subdomain; the `by_account_id` index resolves Zendesk account ids."""

    def __init__(self, table: str, client: Any) -> None:
        self._table, self._db = table, client

    def get(self, tenant: str) -> TenantConfig | None:
        item = self._db.get_item(TableName=self._table, Key={"tenant": _s(tenant)}, ConsistentRead=True).get("Item")
        return TenantConfig.from_dict(json.loads(item["doc"]["S"])) if item else None

    def by_account_id(self, account_id: str) -> TenantConfig | None:
        items = self._db.query(TableName=self._table, IndexName="by_account_id",
                               KeyConditionExpression="account_id = :a",
                               ExpressionAttributeValues={":a": _s(str(account_id))}, Limit=1)["Items"]
        return TenantConfig.from_dict(json.loads(items[0]["doc"]["S"])) if items else None

    def put(self, config: TenantConfig) -> None:
        item = {"tenant": _s(config.tenant), "doc": _s(json.dumps(config.to_dict(), sort_keys=True))}
        if config.account_id:
            item["account_id"] = _s(str(config.account_id))
        self._db.put_item(TableName=self._table, Item=item)

    def remove(self, tenant: str) -> None:
        self._db.delete_item(TableName=self._table, Key={"tenant": _s(tenant)})

    def list_tenants(self) -> list[TenantConfig]:
        """Every tenant (a Scan: for the admin CLI, not for request paths)."""
        pages = self._db.get_paginator("scan").paginate(TableName=self._table, ConsistentRead=True)
        configs = [TenantConfig.from_dict(json.loads(i["doc"]["S"])) for page in pages for i in page["Items"]]
        return sorted(configs, key=lambda c: c.tenant)
