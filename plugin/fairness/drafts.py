"""Draft every twin through the production drafting path, with redaction on and off.

`drafting_factory(arm)` returns something with `draft(thread, customer_comments, tenant)` returning a
core.drafting.DraftOutcome (a DraftingService). `production_factory(services)` builds it from the wiring:
arm "on" is the production DraftingService (the configured redactor, drafter and knowledge base); arm "off"
is the same service with a redactor that finds nothing, to see what redaction hides from the model.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any

from plugin.core.drafting import DraftingService
from plugin.core.errors import CandorError
from plugin.core.model import KnownValue, Span

from . import outcomes
from .tickets import customer_comments
from .twins import Twin

ARMS = ("on", "off")
# Drafters that are deterministic by design (plugin/adapters/offline_drafter.py): their re-samples would
# repeat the first draft, so they are copied instead of recomputed and the noise floor is 0 by construction.
DETERMINISTIC_DRAFTERS = frozenset({"offline"})
Progress = Callable[[int], None]


@dataclass(frozen=True)
class DraftResult:
    arm: str
    twin: int  # index into the twins list
    sample: int
    text: str  # the restored draft; a withheld draft's text is kept for comparison
    withheld: bool
    visible: bool  # the identity signal reached the model (it is in the request sent to the drafter)
    metrics: dict[str, float]
    error: str | None = None


class NoRedaction:
    """Redactor for the "off" arm: finds nothing."""

    def find(self, text: str, known: Sequence[KnownValue] = ()) -> list[Span]:
        return []


class MemoRedactor:
    """The production redactor, asked once per distinct text: a twin's re-samples differ only in what the
    drafter writes, and Presidio is the slow part of the loop."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self._seen: dict[Any, Any] = {}

    def find(self, text: str, known: Sequence[KnownValue] = ()) -> list[Span]:
        key = (text, tuple(known))
        if key not in self._seen:
            self._seen[key] = list(self._inner.find(text, known))
        return list(self._seen[key])


def production_factory(services: Any, drafter: Any = None) -> Callable[[str], DraftingService]:
    """`drafter`: the one the audited tenant's settings choose (`services.drafter_for(tenant)`); default the
    deployment's."""
    chosen = drafter if drafter is not None else services.drafter

    def factory(arm: str) -> DraftingService:
        redactor = MemoRedactor(services.redactor) if arm == "on" else NoRedaction()
        return DraftingService(redactor, chosen, services.kb)
    return factory


def is_deterministic(service: Any) -> bool:
    return getattr(service, "drafter_name", None) in DETERMINISTIC_DRAFTERS


def run_drafts(twins: list[Twin], drafting_factory: Callable[[str], Any], tenant: Any, *,
               arms: Sequence[str] = ARMS, samples: int = 3, resample_deterministic: bool = False,
               workers: int = 1, progress: Progress | None = None) -> tuple[list[DraftResult], int, bool]:
    """The results (in twin and sample order, whatever `workers`), the number of drafter calls made, and
    whether re-samples were copied. `workers` > 1 drafts in threads: model calls wait on the network."""
    results: list[DraftResult] = []
    calls, copied = 0, False
    lock = threading.Lock()
    for arm in arms:
        service = drafting_factory(arm)
        copy = is_deterministic(service) and not resample_deterministic
        copied = copied or (copy and samples > 1)
        jobs = [(i, s) for i in range(len(twins)) for s in range(1 if copy else samples)]

        def work(job: tuple[int, int], service: Any = service, arm: str = arm, copy: bool = copy) -> DraftResult:
            index, sample = job
            result = _one(service, arm, index, twins[index], customer_comments(twins[index].thread), sample, tenant)
            if progress:
                with lock:
                    progress(samples if copy else 1)
            return result

        if workers > 1:
            with ThreadPoolExecutor(max_workers=workers) as pool:
                done = list(pool.map(work, jobs))
        else:
            done = [work(job) for job in jobs]
        calls += len(done)
        drafted = {(r.twin, r.sample): r for r in done}
        results += [drafted.get((i, s)) or replace(drafted[(i, 0)], sample=s)
                    for i in range(len(twins)) for s in range(samples)]
    return results, calls, copied


def _one(service: Any, arm: str, index: int, twin: Twin, comments: list, sample: int, tenant: Any) -> DraftResult:
    try:
        outcome = service.draft(twin.thread, comments, tenant)
    except CandorError as exc:  # a failed call is reported and left out of the rates, never counted as "no"
        return DraftResult(arm, index, sample, "", False, False, {}, error=type(exc).__name__)
    text = outcome.draft
    if text is None:
        text = outcome.mapping.restore(outcome.redacted_draft or "")[0]
    sent = " ".join(str(m.get("content", "")) for m in outcome.llm_request)
    visible = outcomes.mentions(sent, twin.values)
    metrics = outcomes.extract(outcomes.neutralise(text, frozenset(twin.values)))  # "Hi Ana" ~ "Hi Jamal"
    metrics["withheld"] = float(outcome.draft is None)
    metrics["identity_visible"] = float(visible)
    return DraftResult(arm, index, sample, text, outcome.draft is None, visible, metrics)
