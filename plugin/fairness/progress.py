"""The audit's progress bar on stderr (tqdm), shown only on a terminal unless asked for."""
from __future__ import annotations

import sys
from typing import TextIO

from tqdm import tqdm

INTERVAL = 0.2  # seconds between redraws
FORMAT = "{desc} [{bar:30}] {n_fmt}/{total_fmt} {percentage:3.0f}% {elapsed} elapsed, ~{remaining} left"


class ProgressBar:
    """`progress(step)` advances the bar (the audit's callback); `close()` ends its line."""

    def __init__(self, total: int, label: str = "fairness-audit", stream: TextIO | None = None,
                 enabled: bool | None = None) -> None:
        stream = stream or sys.stderr
        shown = stream.isatty() if enabled is None else enabled
        self._bar = tqdm(total=max(total, 1), desc=label, file=stream, disable=not shown, mininterval=INTERVAL,
                         bar_format=FORMAT, ascii=" #", dynamic_ncols=False)

    def __call__(self, step: int = 1) -> None:
        self._bar.update(step)

    def close(self) -> None:
        self._bar.close()
