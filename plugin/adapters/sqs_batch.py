"""The SQS side of the worker: one Lambda batch in, `{"batchItemFailures": [...]}` out.

Record handling is aws-lambda-powertools' BatchProcessor (partial batch responses; the event source
mapping must have FunctionResponseTypes=ReportBatchItemFailures, set by infra/post_deploy.py because Zappa
cannot). https://docs.powertools.aws.dev/lambda/python/latest/utilities/batch/

Per record: a malformed body or a PermanentError goes to the DLQ at once with its reason and is
acknowledged; any other failure is reported as a batch item failure so SQS redelivers it after the
visibility timeout, until its last allowed receive, when it is dead-lettered with its reason too. One bad
record never holds back the others.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from plugin.core.errors import BadRequest, PermanentError
from plugin.core.logs import log_event
from plugin.core.model import Job

from .sqs_queue import SQSDeadLetters

log = logging.getLogger("candor.worker")


class PoisonMessage(PermanentError):
    """The message body is not a job."""


def parse_job(body: str) -> Job:
    try:
        data = json.loads(body)
        job = Job.from_dict(data)
    except (ValueError, TypeError, AttributeError) as exc:
        raise PoisonMessage(f"malformed job body: {type(exc).__name__}") from exc
    if not (isinstance(job.tenant, str) and job.tenant and isinstance(job.event_id, str) and job.event_id):
        raise PoisonMessage("job without tenant or event id")
    return job


class SQSBatchWorker:
    def __init__(self, handle: Callable[[Job], object], dead_letters: SQSDeadLetters, max_receives: int) -> None:
        self._handle, self._dlq, self._max_receives = handle, dead_letters, max_receives

    def __call__(self, event: dict, context: Any = None) -> dict:
        from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response

        # a batch whose every record failed still answers with batchItemFailures (not an invocation error),
        # so one code path decides what SQS retries
        processor = BatchProcessor(event_type=EventType.SQS, raise_on_entire_batch_failure=False)
        return dict(process_partial_response(event=event, record_handler=self._record, processor=processor,
                                             context=context))

    def _record(self, record: Any) -> None:
        receives = int(record.attributes.approximate_receive_count or 1)
        try:
            self._handle(parse_job(record.body))
        except (PermanentError, BadRequest) as exc:
            self._dead_letter(record, receives, "permanent", exc)
        except Exception as exc:
            if receives < self._max_receives:
                log_event(log, "job_retry", logging.WARNING, error=type(exc).__name__, attempt=receives)
                raise
            self._dead_letter(record, receives, "retries exhausted", exc)

    def _dead_letter(self, record: Any, receives: int, kind: str, exc: Exception) -> None:
        reason = f"{kind}: {exc}" if isinstance(exc, PermanentError | BadRequest) else kind
        self._dlq.send(record.body, reason, type(exc).__name__, record.message_id, receives)
        log_event(log, "job_dead_lettered", logging.ERROR, error=type(exc).__name__, reason=kind,
                  attempt=receives)
