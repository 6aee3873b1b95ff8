"""The in-process queue of the embedded default: the laptop twin of SQS + DLQ.

One FIFO per tenant, served round-robin, so a burst of a thousand events from one Zendesk account cannot
starve another account's single event (the embedded twin of SQS fair queues, which group by
MessageGroupId: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-fair-queues.html).
A failed job comes back after a delay (the `retry_after` its error carries, else exponential backoff), like
a message whose visibility timeout ran out; after `max_receives` tries, or at once for a PermanentError,
it goes to `dead_letters`. Clock and sleep are injectable so tests never wait.
"""
from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from plugin.core.errors import PermanentError, TransientError
from plugin.core.logs import log_event
from plugin.core.model import Job

log = logging.getLogger("candor.queue")
MAX_RECEIVES = 5  # as the SQS queue's maxReceiveCount (infra/candor.yaml)
BASE_DELAY = 5.0  # seconds before the first retry; doubles per receive
MAX_DELAY = 300.0


@dataclass
class _Entry:
    job: Job
    receives: int = 0
    ready_at: float = 0.0


class InProcessQueue:
    def __init__(self, max_receives: int = MAX_RECEIVES, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep, base_delay: float = BASE_DELAY) -> None:
        self._max_receives, self._clock, self._sleep, self._base_delay = max_receives, clock, sleep, base_delay
        self._fifos: dict[str, deque[_Entry]] = {}
        self._turns: deque[str] = deque()  # tenants with jobs waiting, in the order they will be served
        self._ready = threading.Condition()
        self.dead_letters: list[tuple[Job, str]] = []
        self._thread: threading.Thread | None = None

    def enqueue(self, job: Job) -> None:
        self._put(_Entry(job))

    def _put(self, entry: _Entry) -> None:
        with self._ready:
            fifo = self._fifos.setdefault(entry.job.tenant, deque())
            fifo.append(entry)
            if entry.job.tenant not in self._turns:
                self._turns.append(entry.job.tenant)
            self._ready.notify()

    def __len__(self) -> int:
        with self._ready:
            return sum(len(fifo) for fifo in self._fifos.values())

    def pending(self) -> list[Job]:
        """The jobs waiting, tenant by tenant (for tests and the CLI; not in service order)."""
        with self._ready:
            return [entry.job for fifo in self._fifos.values() for entry in fifo]

    def forget_jobs(self, doomed: Callable[[Job], bool]) -> int:
        """Erasure (core/erasure.py): drop the waiting and dead-lettered jobs for which `doomed(job)` is true.
        Returns how many."""
        removed = 0
        with self._ready:
            for tenant in list(self._fifos):
                fifo = self._fifos[tenant]
                kept = deque(entry for entry in fifo if not doomed(entry.job))
                removed += len(fifo) - len(kept)
                if kept:
                    self._fifos[tenant] = kept
                else:
                    del self._fifos[tenant]
                    self._turns.remove(tenant)
            letters = [(job, error) for job, error in self.dead_letters if not doomed(job)]
            removed += len(self.dead_letters) - len(letters)
            self.dead_letters[:] = letters
        return removed

    def _take(self) -> _Entry | None:
        """The first ready job of the next tenant in turn; that tenant then goes to the back."""
        now = self._clock()
        for _ in range(len(self._turns)):
            tenant = self._turns[0]
            self._turns.rotate(-1)
            fifo = self._fifos[tenant]
            entry = next((e for e in fifo if e.ready_at <= now), None)
            if entry is not None:
                fifo.remove(entry)
                if not fifo:
                    self._turns.remove(tenant)
                    del self._fifos[tenant]
                return entry
        return None

    def next_ready_in(self) -> float | None:
        """Seconds until a waiting job is due (0 if one is), None when the queue is empty."""
        with self._ready:
            due = [e.ready_at for fifo in self._fifos.values() for e in fifo]
            return max(0.0, min(due) - self._clock()) if due else None

    def run_once(self, handler: Callable[[Job], object], timeout: float | None = None) -> bool:
        """Run the next due job. False when none was due within `timeout` seconds (None: do not wait)."""
        deadline = self._clock() + (timeout or 0.0)
        with self._ready:
            entry = self._take()
            while entry is None and timeout and self._clock() < deadline:
                self._ready.wait(min(1.0, deadline - self._clock()))
                entry = self._take()
        if entry is None:
            return False
        try:
            handler(entry.job)
        except Exception as exc:  # noqa: BLE001 - a failing job must not kill the worker
            self._failed(entry, exc)
        return True

    def _failed(self, entry: _Entry, exc: Exception) -> None:
        entry.receives += 1
        job, error = entry.job, type(exc).__name__
        if isinstance(exc, PermanentError) or entry.receives >= self._max_receives:
            self.dead_letters.append((job, error))
            log_event(log, "job_dead_lettered", logging.ERROR, tenant=job.tenant, event_id=job.event_id, error=error,
                      attempt=entry.receives)
            return
        asked = exc.retry_after if isinstance(exc, TransientError) else None
        delay = asked if asked is not None else min(MAX_DELAY, self._base_delay * 2 ** (entry.receives - 1))
        entry.ready_at = self._clock() + delay
        log_event(log, "job_retry", logging.WARNING, tenant=job.tenant, event_id=job.event_id, error=error,
                  attempt=entry.receives, delay_s=round(delay, 1))
        self._put(entry)

    def drain(self, handler: Callable[[Job], object]) -> int:
        """Run jobs until none is left, waiting (with the injected sleep) for retries that are not due yet.
        For the demo and tests. Returns how many runs happened."""
        runs = 0
        while True:
            if self.run_once(handler):
                runs += 1
                continue
            wait = self.next_ready_in()
            if wait is None:
                return runs
            self._sleep(wait)

    def start(self, handler: Callable[[Job], object]) -> None:
        """Run jobs in a daemon thread (the embedded server)."""
        if self._thread is not None:
            return

        def loop() -> None:
            while True:
                self.run_once(handler, timeout=1.0)

        self._thread = threading.Thread(target=loop, name="candor-worker", daemon=True)
        self._thread.start()
