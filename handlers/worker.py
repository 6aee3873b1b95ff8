"""The Lambda SQS entry point (`handlers.worker.sqs_handler`, named in zappa_settings.json).

Failures are reported per message (`ReportBatchItemFailures`) so one bad message does not send the whole
batch back; poison messages and the last allowed try go to the DLQ with their reason
(plugin/adapters/sqs_batch.py). https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
The embedded default has no SQS: `python -m plugin serve` runs the worker on the in-process queue.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from plugin.wiring import Services

_services: Services | None = None


def services() -> Services:
    """Built once per Lambda container, on its first SQS batch."""
    global _services
    if _services is None:
        from plugin.coldstart import built_without_gc

        with built_without_gc():  # boto3, the stores and their clients (plugin/coldstart.py)
            from plugin.wiring import build_services
            _services = build_services()
    return _services


def sqs_handler(event: dict, context: Any = None) -> dict:
    return services().sqs_batch_worker()(event, context)
