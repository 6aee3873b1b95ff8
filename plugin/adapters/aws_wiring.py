"""The AWS half of the composition root: `build_aws_stores(settings)` returns the same store names as
`plugin.wiring.build_embedded_stores`, built on DynamoDB, SQS, KMS and Secrets Manager.

Environment (set in zappa_settings.json; resource names follow infra/candor.yaml):
  CANDOR_RESOURCE_PREFIX   "<project>-<stage>", e.g. candor-prod: tables <prefix>-tenants|idempotency|
                           preferences|audit|suggestions, queues <prefix>-jobs and <prefix>-jobs-dlq,
                           KMS alias alias/<prefix>
  CANDOR_SECRET_PREFIX     "<project>/<stage>", e.g. candor/prod: tenant secrets <prefix>/tenants/<tenant>
  CANDOR_MAX_RECEIVES      the queue's maxReceiveCount (default 5): the last try dead-letters with a reason
  CANDOR_JOBS_QUEUE_URL, CANDOR_DLQ_URL   optional; looked up by name on first use otherwise
  CANDOR_AUDIT_RETENTION_DAYS  default 365, for a tenant without a record; a tenant's own
                           `retention_days_audit` wins (python -m plugin retention set)
  AWS_REGION               set by Lambda; CANDOR_AWS_ENDPOINT_URL points every client at moto in tests
"""
from __future__ import annotations

from collections.abc import Mapping

from .aws_clients import AwsTarget, client


class AwsSettingsError(ValueError):
    """A required AWS setting is missing; the message names it."""


def aws_target(env: Mapping[str, str]) -> AwsTarget:
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION") or "eu-west-1"
    return AwsTarget(region=region, endpoint_url=env.get("CANDOR_AWS_ENDPOINT_URL") or None)


def _required(env: Mapping[str, str], name: str) -> str:
    value = env.get(name)
    if not value:
        raise AwsSettingsError(f"{name} must be set when CANDOR_BACKEND=aws")
    return value


def build_aws_stores(settings) -> dict:
    from plugin.core.retention import AuditRetention

    from .dynamodb_idempotency import DynamoDBIdempotencyStore
    from .dynamodb_state import (
        DynamoDBAuditLog,
        DynamoDBPreferenceStore,
        DynamoDBSuggestionStore,
        DynamoDBTenantDirectory,
    )
    from .kms_cipher import KmsCipher
    from .secretsmanager_secrets import SecretsManagerSecretStore
    from .sqs_queue import SQSQueue

    env = settings.env
    prefix = _required(env, "CANDOR_RESOURCE_PREFIX")
    target = aws_target(env)
    ddb, key_id = client("dynamodb", target), f"alias/{prefix}"
    tenants = DynamoDBTenantDirectory(f"{prefix}-tenants", ddb)
    retention = AuditRetention(tenants, default_days=float(env.get("CANDOR_AUDIT_RETENTION_DAYS") or 365))
    return dict(
        tenants=tenants,
        secrets=SecretsManagerSecretStore(_required(env, "CANDOR_SECRET_PREFIX"), client("secretsmanager", target),
                                          kms_key_id=key_id),
        idempotency=DynamoDBIdempotencyStore(f"{prefix}-idempotency", ddb),
        preferences=DynamoDBPreferenceStore(f"{prefix}-preferences", ddb),
        audit=DynamoDBAuditLog(f"{prefix}-audit", ddb, retention_for=retention),
        suggestions=DynamoDBSuggestionStore(f"{prefix}-suggestions", ddb),
        queue=SQSQueue(client("sqs", target), name=f"{prefix}-jobs", url=env.get("CANDOR_JOBS_QUEUE_URL")),
        cipher=KmsCipher(key_id, client("kms", target)),
    )


def load_openai_key(env: Mapping[str, str]) -> str | None:
    """The deployment's LLM provider key from the secret `<CANDOR_SECRET_PREFIX>/openai` (infra/candor.yaml),
    read once per container; None when the secret has no value yet (the offline drafter is used then)."""
    prefix = _required(env, "CANDOR_SECRET_PREFIX")
    secrets = client("secretsmanager", aws_target(env))
    try:
        value = secrets.get_secret_value(SecretId=f"{prefix}/openai").get("SecretString") or ""
    except secrets.exceptions.ResourceNotFoundException:
        return None
    value = value.strip()
    if value.startswith("{"):
        import json
        value = str(json.loads(value).get("OPENAI_API_KEY") or json.loads(value).get("api_key") or "")
    return value or None


def sqs_batch_worker(services, worker=None):
    """The Lambda SQS entry for `handlers.worker.sqs_handler`: partial batch failures, poison messages to
    the DLQ with their reason. `worker` defaults to `services.worker`."""
    from .sqs_batch import SQSBatchWorker
    from .sqs_queue import SQSDeadLetters

    env = services.settings.env
    prefix = _required(env, "CANDOR_RESOURCE_PREFIX")
    dlq = SQSDeadLetters(client("sqs", aws_target(env)), name=f"{prefix}-jobs-dlq", url=env.get("CANDOR_DLQ_URL"))
    return SQSBatchWorker((worker or services.worker).handle, dlq, int(env.get("CANDOR_MAX_RECEIVES") or 5))
