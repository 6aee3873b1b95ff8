"""infra/candor.yaml grants exactly what erasure, retention and tenant removal need, per table, and no more:
audit records can be pseudonymised (their `doc` only) and deleted (by key only), never rewritten otherwise;
every table that holds expiring data has its TTL attribute."""
from __future__ import annotations

from collections import defaultdict

import pytest
import yaml

from tests.e2e.aws_moto import TEMPLATE

pytestmark = pytest.mark.e2e


class _CfnLoader(yaml.SafeLoader):
    """Reads CloudFormation short-form tags (!Ref, !GetAtt, !Sub ...) as plain values."""


_CfnLoader.add_multi_constructor("!", lambda loader, suffix, node: (
    loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else
    loader.construct_mapping(node) if isinstance(node, yaml.MappingNode) else loader.construct_scalar(node)))
RESOURCES = yaml.load(TEMPLATE.read_text(encoding="utf-8"), Loader=_CfnLoader)["Resources"]
STATEMENTS = RESOURCES["LambdaPolicy"]["Properties"]["PolicyDocument"]["Statement"]


def _table(resource) -> str:
    text = resource if isinstance(resource, str) else str(resource)
    return text.split(".")[0].split("/")[0].removeprefix("${")


def granted() -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for statement in STATEMENTS:
        resources = statement["Resource"] if isinstance(statement["Resource"], list) else [statement["Resource"]]
        for resource in resources:
            for action in statement["Action"]:
                if action.startswith("dynamodb:"):
                    out[_table(resource)].add(action.removeprefix("dynamodb:"))
    return dict(out)


def test_each_table_gets_only_what_the_code_calls():
    assert granted() == {
        "TenantsTable": {"GetItem", "PutItem", "UpdateItem", "DeleteItem", "Query", "Scan"},
        "IdempotencyTable": {"GetItem", "PutItem", "UpdateItem", "DeleteItem", "Query", "BatchWriteItem", "Scan"},
        "PreferencesTable": {"GetItem", "PutItem", "UpdateItem", "DeleteItem", "Query", "BatchWriteItem"},
        "SuggestionsTable": {"GetItem", "PutItem", "UpdateItem", "DeleteItem", "Query", "BatchWriteItem"},
        "AuditTable": {"PutItem", "Query", "UpdateItem", "BatchWriteItem"},
    }


def test_audit_changes_are_fenced_by_conditions():
    by_sid = {s["Sid"]: s for s in STATEMENTS}
    pseudonymise = by_sid["AuditErasurePseudonymises"]
    assert pseudonymise["Action"] == ["dynamodb:UpdateItem"]
    assert pseudonymise["Condition"]["ForAllValues:StringEquals"]["dynamodb:Attributes"] == ["tenant", "sk", "doc"]
    assert pseudonymise["Condition"]["StringEqualsIfExists"]["dynamodb:ReturnValues"] == ["NONE"]
    deletes = by_sid["AuditTenantRemovalDeletesOnly"]
    assert deletes["Action"] == ["dynamodb:BatchWriteItem"]
    assert deletes["Condition"]["ForAllValues:StringEquals"]["dynamodb:Attributes"] == ["tenant", "sk"]
    unconditioned = [s["Sid"] for s in STATEMENTS if "AuditTable" in str(s["Resource"]) and "Condition" not in s]
    assert unconditioned == ["AuditAppendOnly"]


def test_expiring_data_carries_a_ttl_attribute():
    ttl = {name: r["Properties"].get("TimeToLiveSpecification", {}).get("AttributeName")
           for name, r in RESOURCES.items() if r["Type"] == "AWS::DynamoDB::Table"}
    assert ttl["SuggestionsTable"] == ttl["AuditTable"] == ttl["PreferencesTable"] == "expires_at"
    assert ttl["IdempotencyTable"] == "expiration"
