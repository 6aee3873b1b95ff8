"""The queue consumer: one job at a time, at most once in effect per event.

Idempotency by conditional write (the aws-powertools pattern): claim IN_PROGRESS with an expiry, COMPLETED on
success, released on failure so the queue retries; a redelivery that finds a live claim goes back to the
queue rather than being dropped, one that finds COMPLETED is a duplicate.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from .errors import PermanentError, TransientError
from .logs import log_event
from .model import Job
from .pipeline import Outcome, TicketProcessor
from .ports import Helpdesk, IdempotencyStore
from .tenant import TenantConfig, TenantDirectory

if TYPE_CHECKING:
    from .reply_review import Review

log = logging.getLogger("candor.worker")
# Longer than the worker's timeout (60 s on Lambda) so a live run is never doubled, shorter than the queue's
# visibility timeout (360 s) so a job whose worker died is claimable again when SQS redelivers it.
CLAIM_SECONDS = 5 * 60
DONE_SECONDS = 7 * 24 * 3600


class Worker:
    """Runs jobs from the queue, at most once in effect per event."""

    def __init__(self, processor: TicketProcessor, tenants: TenantDirectory,
                 helpdesk_for: Callable[[TenantConfig], Helpdesk], idempotency: IdempotencyStore,
                 on_user_deleted: Callable[[Job], object] | None = None,
                 on_staff_reply: Callable[[TenantConfig, Helpdesk, Job], Review] | None = None,
                 on_knowledge: Callable[[Job], object] | None = None,
                 on_failure: Callable[[TenantConfig, BaseException], object] | None = None) -> None:
        """`on_staff_reply`: an agent's public reply, measured for the trust report (core/reply_review.py).
        `on_knowledge`: a Help Center article event or scheduled sync (plugin/knowledge.py). `on_failure`: told
        of a job's error before it is raised (the root alerts the admin when Zendesk refuses the tenant's token);
        its own failure never replaces the job's."""
        self._proc, self._tenants, self._helpdesk_for = processor, tenants, helpdesk_for
        self._on_failure = on_failure
        self._idem, self._on_user_deleted = idempotency, on_user_deleted
        self._on_staff_reply, self._on_knowledge = on_staff_reply, on_knowledge

    def handle(self, job: Job) -> Outcome:
        tenant = self._tenants.get(job.tenant)
        if tenant is None:
            raise PermanentError("tenant not installed")
        key = f"job:{job.tenant}:{job.event_id}"
        if not self._idem.claim(key, CLAIM_SECONDS):
            if not self._idem.completed(key):
                # another worker holds it, or one died holding it: let the queue bring it back later
                raise TransientError("job in progress elsewhere")
            log_event(log, "job_duplicate", tenant=job.tenant, event_id=job.event_id)
            return Outcome("duplicate")
        try:
            outcome = self._run(tenant, job)
        except BaseException as exc:
            self._idem.release(key)
            if self._on_failure is not None and isinstance(exc, Exception):
                try:
                    self._on_failure(tenant, exc)
                except Exception as hook_error:  # the job's own error is the one that counts
                    log_event(log, "job_failure_hook_failed", logging.WARNING, tenant=job.tenant,
                              error=type(hook_error).__name__)
            raise
        self._idem.complete(key, DONE_SECONDS)
        return outcome

    def _run(self, tenant: TenantConfig, job: Job) -> Outcome:
        if job.kind == "user_deleted":
            if self._on_user_deleted is not None:
                self._on_user_deleted(job)
            return Outcome("user_erased")
        if job.kind in ("kb_article", "kb_sync"):  # Help Center sync (plugin/knowledge.py)
            if self._on_knowledge is not None:
                self._on_knowledge(job)
            return Outcome("kb_synced")
        if job.ticket_id is None:
            raise PermanentError("job without ticket id")
        helpdesk = self._helpdesk_for(tenant)
        if job.kind == "staff_reply":
            review = self._on_staff_reply(tenant, helpdesk, job) if self._on_staff_reply else None
            return Outcome(review.action if review is not None else "skipped_staff_reply")
        thread = helpdesk.fetch_thread(job.ticket_id)
        return self._proc.process(tenant, thread, helpdesk, job.event_id, job.comment_id,
                                  regenerate=job.kind == "regenerate")
