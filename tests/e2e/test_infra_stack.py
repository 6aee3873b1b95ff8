"""infra/candor.yaml and zappa_settings.json: lint-clean, consistent with each other, deployable in moto
server, and the post-deploy step that enables partial batch responses on the SQS event source mapping."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from tests.e2e.aws_moto import ROOT, TEMPLATE

sys.path.insert(0, str(ROOT / "infra"))
import post_deploy  # noqa: E402

pytestmark = pytest.mark.e2e
SETTINGS = json.loads((ROOT / "zappa_settings.json").read_text(encoding="utf-8"))


class _CfnLoader(yaml.SafeLoader):
    """Reads CloudFormation short-form tags (!Ref, !Sub, ...) as plain values."""


_CfnLoader.add_multi_constructor("!", lambda loader, suffix, node: (
    loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else
    loader.construct_mapping(node) if isinstance(node, yaml.MappingNode) else loader.construct_scalar(node)))
RESOURCES = yaml.load(TEMPLATE.read_text(encoding="utf-8"), Loader=_CfnLoader)["Resources"]
MAPPINGS = yaml.load(TEMPLATE.read_text(encoding="utf-8"), Loader=_CfnLoader)["Mappings"]["StageSettings"]


def test_template_is_cfn_lint_clean():
    lint = Path(sys.executable).with_name("cfn-lint")
    done = subprocess.run([str(lint), str(TEMPLATE)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("stage", ["dev", "prod"])
def test_zappa_stage_is_production_safe(stage):
    config = SETTINGS[stage]
    assert config["runtime"] == "python3.12"
    assert config["debug"] is False and config["log_level"] == "WARNING"  # zappa logs whole events at DEBUG
    assert config["slim_handler"] is False
    assert config["use_precompiled_packages"] is False
    assert {"boto3", "botocore", "s3transfer"} <= set(config["exclude"])
    assert {"pip/**", "setuptools/**", "troposphere/**"} <= set(config["exclude_glob"])
    assert config["environment_variables"]["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] == ""
    assert config["app_function"] == "handlers.wsgi.app"
    [event] = [e for e in config["events"] if "event_source" in e]
    assert event["function"] == "handlers.worker.sqs_handler"
    [scheduled] = [e for e in config["events"] if "expression" in e]  # the Help Center sync (issue 17)
    assert scheduled == {"function": "handlers.kb_sync.scheduled_sync", "expression": "rate(15 minutes)"}
    assert event["event_source"]["arn"].endswith(f":candor-{stage}-jobs") and event["event_source"]["enabled"]
    assert config["role_name"] == f"candor-{stage}-lambda" and config["manage_roles"] is False
    assert not any(k in json.dumps(config["environment_variables"]).upper()
                   for k in ("SECRET_KEY", "API_TOKEN", "WEBHOOK_SECRET", "OPENAI_API_KEY"))


@pytest.mark.parametrize("stage", ["dev", "prod"])
def test_queue_visibility_is_six_times_the_function_timeout(stage):
    assert MAPPINGS[stage]["FunctionTimeout"] == SETTINGS[stage]["timeout_seconds"]
    assert MAPPINGS[stage]["VisibilityTimeout"] >= 6 * SETTINGS[stage]["timeout_seconds"]
    assert RESOURCES["JobsQueue"]["Properties"]["RedrivePolicy"]["maxReceiveCount"]
    assert SETTINGS[stage]["environment_variables"]["CANDOR_MAX_RECEIVES"] == str(MAPPINGS[stage]["MaxReceiveCount"])


def test_expiring_data_has_ttl_and_the_vault_key_rotates():
    ttl = {name: r["Properties"].get("TimeToLiveSpecification", {}).get("AttributeName")
           for name, r in RESOURCES.items() if r["Type"] == "AWS::DynamoDB::Table"}
    assert ttl == {"TenantsTable": None, "IdempotencyTable": "expiration", "PreferencesTable": "expires_at",
                   "AuditTable": "expires_at", "SuggestionsTable": "expires_at"}
    assert RESOURCES["DataKey"]["Properties"]["EnableKeyRotation"] is True
    assert RESOURCES["SuggestionsTable"]["Properties"]["SSESpecification"]["SSEType"] == "KMS"


def test_lambda_policy_is_least_privilege():
    statements = RESOURCES["LambdaPolicy"]["Properties"]["PolicyDocument"]["Statement"]
    actions = [a for s in statements for a in s["Action"]]
    assert not any(a.endswith("*") for a in actions)
    assert not any(s["Resource"] == "*" for s in statements)
    audit = next(s for s in statements if s["Sid"] == "AuditAppendOnly")
    assert set(audit["Action"]) == {"dynamodb:PutItem", "dynamodb:Query"}


def test_stack_creates_every_resource_the_app_uses(aws_stack):
    tables = set(aws_stack.client("dynamodb").list_tables()["TableNames"])
    assert {f"{aws_stack.prefix}-{t}" for t in ("tenants", "idempotency", "preferences", "audit", "suggestions")} <= tables
    attrs = aws_stack.client("sqs").get_queue_attributes(QueueUrl=aws_stack.outputs["JobsQueueUrl"],
                                                         AttributeNames=["All"])["Attributes"]
    redrive = json.loads(attrs["RedrivePolicy"])
    assert redrive["deadLetterTargetArn"].endswith(f"{aws_stack.prefix}-jobs-dlq") and redrive["maxReceiveCount"] == 5
    assert int(attrs["VisibilityTimeout"]) == 360
    data_key = aws_stack.client("kms").generate_data_key(KeyId=aws_stack.outputs["DataKeyAlias"], KeySpec="AES_256")
    assert data_key["KeyId"] == aws_stack.outputs["DataKeyArn"]


def _function_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("handler.py", "def lambda_handler(event, context):\n    return {}\n")
    return buffer.getvalue()


def test_post_deploy_enables_partial_batch_responses(aws_stack):
    lam, sqs = aws_stack.client("lambda"), aws_stack.client("sqs")
    name = f"{aws_stack.prefix}"  # Zappa names the function <project>-<stage>
    lam.create_function(FunctionName=name, Runtime="python3.12", Role=aws_stack.outputs["LambdaRoleArn"],
                        Handler="handler.lambda_handler", Code={"ZipFile": _function_zip()}, Timeout=60)
    lam.create_event_source_mapping(EventSourceArn=aws_stack.outputs["JobsQueueArn"], FunctionName=name,
                                    BatchSize=5)  # what `zappa schedule` creates
    assert post_deploy.configure(lam, sqs, name, f"{aws_stack.prefix}-jobs") == []
    [mapping] = lam.list_event_source_mappings(FunctionName=name)["EventSourceMappings"]
    assert mapping["FunctionResponseTypes"] == ["ReportBatchItemFailures"]


def test_post_deploy_reports_a_timeout_too_long_for_the_queue(aws_stack):
    lam, sqs = aws_stack.client("lambda"), aws_stack.client("sqs")
    name = f"{aws_stack.prefix}"
    lam.create_function(FunctionName=name, Runtime="python3.12", Role=aws_stack.outputs["LambdaRoleArn"],
                        Handler="handler.lambda_handler", Code={"ZipFile": _function_zip()}, Timeout=120)
    problems = post_deploy.configure(lam, sqs, name, f"{aws_stack.prefix}-jobs")
    assert any("visibility 360 s < 6 x function timeout 120 s" in p for p in problems)
    assert any("no event source mapping" in p for p in problems)
