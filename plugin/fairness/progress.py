"""A plain-text progress bar on stderr for long runs (only on a terminal, or when asked for)."""
from __future__ import annotations

import sys
import time
from typing import TextIO

WIDTH = 30
INTERVAL = 0.2  # seconds between redraws


class ProgressBar:
    def __init__(self, total: int, label: str = "fairness-audit", stream: TextIO | None = None,
                 enabled: bool | None = None, clock=time.monotonic) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total, self.label, self.done, self._clock = max(total, 1), label, 0, clock
        self._start = self._last = clock()

    def __call__(self, step: int = 1) -> None:
        self.done += step
        now = self._clock()
        if self.enabled and (now - self._last >= INTERVAL or self.done >= self.total):
            self._last = now
            self.stream.write("\r" + self.line(now))
            self.stream.flush()

    def line(self, now: float) -> str:
        share = min(self.done / self.total, 1.0)
        filled = int(WIDTH * share)
        elapsed = now - self._start
        left = elapsed / share - elapsed if share > 0 else 0.0
        return (f"{self.label} [{'#' * filled}{'.' * (WIDTH - filled)}] {self.done}/{self.total} "
                f"{100 * share:3.0f}% {_clock(elapsed)} elapsed, ~{_clock(left)} left")

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"
