"""The audit's entry points. Drafting and classification are injected, so tests (and other helpdesks) can
audit any drafter or classifier:

    audit_drafts(tickets, drafting_factory, tenant, options)   -> analysis dict (see analysis.py)
    audit_classifier(tickets_or_texts, classify_fn, options)   -> analysis dict (see classifier.py)
    run_audit(...)                                              -> the full report (report.build)
"""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from . import analysis, classifier, drafts, report, vocab
from .tickets import AuditTicket, from_item
from .twins import Twin, make_twins


class Progress(Protocol):
    """Advanced once per drafter or classifier call; closed at the end (fairness/progress.py)."""

    def __call__(self, step: int = 1) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class AuditOptions:
    dimensions: tuple[str, ...] = field(default_factory=vocab.all_dimensions)
    samples: int = 3  # drafts per twin; >= 2 measures the noise floor
    names_per_group: int = 2
    seed: int = 0
    bootstrap: int = 1000
    arms: tuple[str, ...] = drafts.ARMS
    resample_deterministic: bool = False  # draft every sample even with a drafter known to be deterministic
    workers: int = 1  # drafts in flight at once (threads); worth raising for a model drafter

    def __post_init__(self) -> None:
        for dimension in self.dimensions:
            vocab.groups_of(dimension)  # raises on an unknown dimension
        if min(self.samples, self.names_per_group, self.bootstrap, self.workers) < 1:
            raise ValueError("samples, names per group, bootstrap and workers must be at least 1")
        unknown = set(self.arms) - set(drafts.ARMS)
        if unknown or not self.arms:
            raise ValueError(f"arms must be among {', '.join(drafts.ARMS)}")


def build_twins(tickets: Sequence[AuditTicket], options: AuditOptions) -> list[Twin]:
    return [twin for ticket in tickets
            for twin in make_twins(ticket, options.dimensions, options.names_per_group, options.seed)]


def _as_tickets(items: Sequence[AuditTicket | str]) -> list[AuditTicket]:
    return [item if isinstance(item, AuditTicket) else from_item({"text": item}, n)
            for n, item in enumerate(items, start=1)]


def audit_drafts(tickets: Sequence[AuditTicket], drafting_factory: Callable[[str], Any], tenant: Any,
                 options: AuditOptions = AuditOptions(), *, twins: list[Twin] | None = None,
                 progress: Progress | None = None) -> dict:
    twins = build_twins(tickets, options) if twins is None else twins
    results, calls, copied = drafts.run_drafts(
        twins, drafting_factory, tenant, arms=options.arms, samples=options.samples,
        resample_deterministic=options.resample_deterministic, workers=options.workers, progress=progress)
    analysed = analysis.analyse_drafts(twins, results, arms=options.arms, samples=options.samples,
                                       n_boot=options.bootstrap, seed=options.seed)
    analysed["drafter_calls"] = calls
    analysed["resampling"] = "copied: the drafter is deterministic by design" if copied else "drafted"
    return analysed


def audit_classifier(items: Sequence[AuditTicket | str], classify_fn: Callable[[str], Any],
                     options: AuditOptions = AuditOptions(), *, samples: int = 2, twins: list[Twin] | None = None,
                     progress: Progress | None = None) -> dict:
    """`samples`: classifications per twin (2 by default: enough to see whether the classifier is stable)."""
    tickets = _as_tickets(items)
    twins = build_twins(tickets, options) if twins is None else twins
    routes = classifier.run_classifier(twins, classify_fn, samples=samples, progress=progress)
    return classifier.analyse_classifier(tickets, twins, routes, samples=samples, n_boot=options.bootstrap,
                                         seed=options.seed)


def run_audit(tickets: Sequence[AuditTicket], *, drafting_factory: Callable[[str], Any] | None, tenant: Any,
              classify_fn: Callable[[str], Any] | None, options: AuditOptions, thresholds: dict,
              gate_arm: str = "on", config: dict | None = None,
              progress_factory: Callable[[int], Progress] | None = None,
              routing_skipped: str | None = None) -> dict:
    """Both audits and the report. `progress_factory(total)` returns the progress bar, if one is wanted."""
    started = time.monotonic()
    twins = build_twins(tickets, options)
    draft_calls = len(twins) * options.samples * len(options.arms) if drafting_factory else 0
    route_calls = len(twins) * 2 if classify_fn else 0
    progress = progress_factory(draft_calls + route_calls) if progress_factory else None
    drafted = audit_drafts(tickets, drafting_factory, tenant, options, twins=twins, progress=progress) \
        if drafting_factory else None
    routed = audit_classifier(tickets, classify_fn, options, twins=twins, progress=progress) if classify_fn else None
    if progress is not None:
        progress.close()
    full_config = {**(config or {}), "tickets": len(tickets), "twins": len(twins),
                   "drafter_calls": drafted["drafter_calls"] if drafted else 0,
                   "resampling": drafted["resampling"] if drafted else None,
                   "dimensions": list(options.dimensions), "samples": options.samples,
                   "names_per_group": options.names_per_group, "seed": options.seed,
                   "bootstrap": options.bootstrap, "arms": list(options.arms), "workers": options.workers,
                   "seconds": round(time.monotonic() - started, 1)}
    if routing_skipped:
        full_config["routing_skipped"] = routing_skipped
    return report.build(full_config, drafted, routed, thresholds, gate_arm)
