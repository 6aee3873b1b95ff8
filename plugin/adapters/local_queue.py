"""The in-process queue of the embedded default: a background thread runs jobs, retries failures a few
times and keeps what still fails in a dead-letter list (the laptop twin of SQS + DLQ)."""
from __future__ import annotations

import logging
import queue
import threading
from typing import Callable

from plugin.core.errors import PermanentError
from plugin.core.logs import log_event
from plugin.core.model import Job

log = logging.getLogger("candor.queue")


class InProcessQueue:
    def __init__(self, max_receives: int = 3) -> None:
        self._jobs: queue.Queue[tuple[Job, int]] = queue.Queue()
        self._max_receives = max_receives
        self.dead_letters: list[tuple[Job, str]] = []
        self._thread: threading.Thread | None = None

    def enqueue(self, job: Job) -> None:
        self._jobs.put((job, 0))

    def __len__(self) -> int:
        return self._jobs.qsize()

    def run_once(self, handler: Callable[[Job], object], timeout: float | None = None) -> bool:
        """Run the next job. False when the queue stayed empty for `timeout` seconds."""
        try:
            job, receives = self._jobs.get(timeout=timeout) if timeout else self._jobs.get_nowait()
        except queue.Empty:
            return False
        try:
            handler(job)
        except Exception as exc:  # noqa: BLE001 - a failing job must not kill the worker
            receives += 1
            if isinstance(exc, PermanentError) or receives >= self._max_receives:
                self.dead_letters.append((job, type(exc).__name__))
                log_event(log, "job_dead_lettered", logging.ERROR, tenant=job.tenant, event_id=job.event_id,
                          error=type(exc).__name__)
            else:
                log_event(log, "job_retry", logging.WARNING, tenant=job.tenant, event_id=job.event_id,
                          error=type(exc).__name__, attempt=receives)
                self._jobs.put((job, receives))
        finally:
            self._jobs.task_done()
        return True

    def drain(self, handler: Callable[[Job], object]) -> int:
        """Run jobs until the queue is empty (the demo and tests). Returns how many runs happened."""
        runs = 0
        while self.run_once(handler):
            runs += 1
        return runs

    def start(self, handler: Callable[[Job], object]) -> None:
        """Run jobs in a daemon thread (the embedded server)."""
        if self._thread is not None:
            return

        def loop() -> None:
            while True:
                self.run_once(handler, timeout=1.0)

        self._thread = threading.Thread(target=loop, name="candor-worker", daemon=True)
        self._thread.start()
