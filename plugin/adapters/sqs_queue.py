"""The job queue on SQS: enqueue from the web handler, dead-letter from the worker.

Message bodies are `Job.to_dict()` JSON: ids only, never ticket text (messages are visible to anyone who
can read the queue and are kept up to 14 days in the DLQ).
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from plugin.core.errors import TransientError
from plugin.core.logs import log_event
from plugin.core.model import Job

log = logging.getLogger("candor.queue")
REASON_MAX = 200


class _QueueUrl:
    """A queue URL given, or looked up by name on first use (no AWS call at import or cold start)."""

    def __init__(self, client: Any, name: str | None, url: str | None) -> None:
        self._sqs, self._name, self._url = client, name, url

    def __call__(self) -> str:
        if self._url is None:
            self._url = self._sqs.get_queue_url(QueueName=self._name)["QueueUrl"]
        return self._url


class SQSQueue:
    def __init__(self, client: Any, *, name: str | None = None, url: str | None = None) -> None:
        self._sqs, self.url = client, _QueueUrl(client, name, url)

    def enqueue(self, job: Job) -> None:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            # MessageGroupId on a standard queue turns on SQS fair queues: one tenant's burst does not
            # starve the others (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-fair-queues.html)
            self._sqs.send_message(QueueUrl=self.url(), MessageBody=json.dumps(job.to_dict(), sort_keys=True),
                                   MessageGroupId=job.tenant,
                                   MessageAttributes={"tenant": {"DataType": "String", "StringValue": job.tenant}})
        except (BotoCoreError, ClientError) as exc:
            # The webhook answers 5xx so Zendesk retries the delivery; nothing is lost.
            raise TransientError(f"enqueue failed: {type(exc).__name__}") from exc
        log_event(log, "job_enqueued", tenant=job.tenant, event_id=job.event_id, kind=job.kind, queue="sqs")

    def forget_jobs(self, doomed: Callable[[Job], bool]) -> int | None:
        """SQS cannot be searched without consuming its messages; they carry ids only and expire."""
        return None


class SQSDeadLetters:
    """Moves a poison message to the DLQ with its reason as message attributes, so the worker can
    acknowledge it at once instead of letting it block a slot until maxReceiveCount. The body is kept as
    is (ids only) so the message can be redriven after a fix."""

    def __init__(self, client: Any, *, name: str | None = None, url: str | None = None) -> None:
        self._sqs, self.url = client, _QueueUrl(client, name, url)

    def send(self, body: str, reason: str, error: str, message_id: str, receive_count: int) -> None:
        attrs = {"candor_reason": reason[:REASON_MAX], "candor_error": error[:REASON_MAX],
                 "candor_source_message_id": message_id}
        self._sqs.send_message(
            QueueUrl=self.url(), MessageBody=body,
            MessageAttributes={
                **{k: {"DataType": "String", "StringValue": v or "-"} for k, v in attrs.items()},
                "candor_receive_count": {"DataType": "Number", "StringValue": str(receive_count)}})
