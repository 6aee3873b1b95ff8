"""Worker entry points: the Lambda SQS event source (`sqs_handler`) and the embedded background thread.

SQS: failures are reported per message (`ReportBatchItemFailures`) so one bad message does not send the
whole batch back; after the queue's maxReceiveCount a message moves to the DLQ.
https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
"""
from __future__ import annotations

import json
import logging

from plugin.core.logs import log_event
from plugin.core.model import Job

log = logging.getLogger("candor.worker")
_services = None


def services():
    """Built once per Lambda container (and warmed during INIT when imported by Zappa)."""
    global _services
    if _services is None:
        from plugin.wiring import build_services
        _services = build_services()
    return _services


def parse_job(body: str) -> Job:
    data = json.loads(body)
    if not isinstance(data, dict) or not data.get("tenant") or not data.get("event_id") or not data.get("kind"):
        raise ValueError("job needs tenant, event_id and kind")
    return Job.from_dict(data)


def sqs_handler(event: dict, context: object = None, worker=None) -> dict:
    if worker is None and services().settings.backend == "aws":
        # Production: powertools batch processing, poison messages to the DLQ with their reason.
        return services().sqs_batch_worker()(event, context)
    worker = worker or services().worker
    failures = []
    for record in event.get("Records", []):
        message_id = record.get("messageId", "")
        try:
            worker.handle(parse_job(record.get("body", "")))
        except Exception as exc:  # noqa: BLE001 - reported per message, retried by SQS, then DLQ
            receives = int(record.get("attributes", {}).get("ApproximateReceiveCount", "1") or 1)
            log_event(log, "job_failed", logging.ERROR, error=type(exc).__name__, attempt=receives)
            failures.append({"itemIdentifier": message_id})
    return {"batchItemFailures": failures}
