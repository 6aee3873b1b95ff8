"""The embedded queue without per-tenant turns: one FIFO for everyone, for the fairness comparison only."""
from __future__ import annotations

from plugin.adapters.local_queue import InProcessQueue, _Entry


class FifoQueue(InProcessQueue):
    def __init__(self) -> None:
        super().__init__()
        self._order = 0

    def _put(self, entry: _Entry) -> None:
        self._order += 1
        entry.order = self._order  # type: ignore[attr-defined]
        super()._put(entry)

    def _take(self) -> _Entry | None:
        now = self._clock()
        ready = [(e.order, tenant, e) for tenant, fifo in self._fifos.items() for e in fifo if e.ready_at <= now]
        if not ready:
            return None
        _, tenant, entry = min(ready, key=lambda r: r[0])
        fifo = self._fifos[tenant]
        fifo.remove(entry)
        if not fifo:
            self._turns.remove(tenant)
            del self._fifos[tenant]
        return entry
