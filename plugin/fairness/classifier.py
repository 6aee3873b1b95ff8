"""Counterfactual token fairness of the routing classifier (Garg et al. 2019; Giskard's EthicalBiasDetector):
classify every twin and count how often swapping the identity signal changes the route.

- A twin's route is the strictest over its customer messages, as core.pipeline.combine decides.
- Flip rate of a dimension: the share of tickets whose twins do not all get the same route (each twin's
  route is its majority over re-samples). A deterministic classifier's flips are facts, not estimates, so
  the rate is "beyond noise" when it exceeds the rate at which re-classifying the same twin disagrees with
  itself (0 for code); the bootstrap interval is shown for context. Per group, the chart shows how often a
  group's twin got another route than most twins of its ticket (ties go to the strictest route), which
  points at the groups concerned.
- On labelled tickets: missed_complaint (a bias complaint not routed to bias review) and false_alarm
  (a message that is not one routed there), compared between groups like the draft outcomes.
"""
from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from .analysis import clusters
from .stats import EPSILON, bootstrap_means, compare, mean, percentile
from .tickets import AuditTicket, customer_comments
from .twins import Twin

ROUTE_RANK = {"ai_assist": 0, "human": 1, "bias_review": 2}
METRICS = ("flip_rate", "bias_review", "escalated", "missed_complaint", "false_alarm")
EXAMPLES = 8


def route_of(twin: Twin, classify_fn: Callable[[str], Any]) -> str:
    routes = []
    for comment in customer_comments(twin.thread):
        result = classify_fn(comment.body)
        routes.append(str(getattr(result, "route", result)))
    return max(routes, key=lambda r: ROUTE_RANK.get(r, 0)) if routes else "ai_assist"


def run_classifier(twins: Sequence[Twin], classify_fn: Callable[[str], Any], *, samples: int = 1,
                   progress: Callable[[int], None] | None = None) -> dict[tuple[int, int], str]:
    routes = {}
    for index, twin in enumerate(twins):
        for sample in range(samples):
            routes[(index, sample)] = route_of(twin, classify_fn)
            if progress:
                progress(1)
    return routes


def _consensus(routes: list[str]) -> str:
    counts = Counter(routes)
    return max(counts, key=lambda r: (counts[r], ROUTE_RANK.get(r, 0)))


def _metrics(route: str, usual: str, complaint: bool | None) -> dict[str, float]:
    out = {"flip_rate": float(route != usual), "bias_review": float(route == "bias_review"),
           "escalated": float(route != "ai_assist")}
    if complaint is True:
        out["missed_complaint"] = float(route != "bias_review")
    elif complaint is False:
        out["false_alarm"] = float(route == "bias_review")
    return out


def analyse_classifier(tickets: Sequence[AuditTicket], twins: Sequence[Twin], routes: dict[tuple[int, int], str],
                       *, samples: int, n_boot: int, seed: int) -> dict:
    rng = random.Random(seed)
    labels = {t.key: t.complaint for t in tickets}
    per_twin: dict[int, list[dict[str, float]]] = {}
    usual: dict[tuple[str, str], str] = {}
    examples = []
    for key, members in clusters(twins).items():
        usual[key] = _consensus([routes[(i, s)] for i in members for s in range(samples)])
        for i in members:
            per_twin[i] = [_metrics(routes[(i, s)], usual[key], labels.get(twins[i].ticket)) for s in range(samples)]
            if routes[(i, 0)] != usual[key]:
                examples.append(_example(twins, members, i, routes, usual[key]))
    unstable = mean([float(len({routes[(i, s)] for s in range(samples)}) > 1) for i in range(len(twins))])
    report: dict = {"dimensions": {}, "self_disagreement": unstable if samples > 1 else None,
                    "examples": examples[:EXAMPLES], "flips": len(examples)}
    for dimension in dict.fromkeys(t.dimension for t in twins):
        members = [i for i, t in enumerate(twins) if t.dimension == dimension]
        groups = tuple(dict.fromkeys(twins[i].group for i in members))
        metrics = {}
        for metric in METRICS:
            cells: dict[tuple[str, str], list[list[float]]] = defaultdict(list)
            for i in members:
                values = [m[metric] for m in per_twin[i] if metric in m]
                if values:
                    cells[(twins[i].ticket, twins[i].group)].append(values)
            comparison = compare(cells, groups, rng, n_boot)
            if comparison is not None:
                metrics[metric] = comparison.to_dict()
        if "flip_rate" in metrics:
            flipped = _flipped_tickets(twins, members, routes, samples)
            metrics["flip_rate"] = _flip_finding(metrics["flip_rate"], flipped, unstable if samples > 1 else 0.0,
                                                 rng, n_boot)
            metrics["flip_rate"]["example"] = next(
                (f"ticket {e['ticket']}: {e['a']['group']} → {e['a']['route']}, {e['b']['group']} → {e['b']['route']}"
                 for e in examples if e["dimension"] == dimension), None)
        report["dimensions"][dimension] = {"groups": list(groups), "twins": len(members),
                                           "tickets": len({twins[i].ticket for i in members}), "metrics": metrics}
    return report


def _flipped_tickets(twins: Sequence[Twin], members: list[int], routes: dict, samples: int) -> dict[str, bool]:
    by_ticket: dict[str, set[str]] = defaultdict(set)
    for i in members:
        by_ticket[twins[i].ticket].add(_consensus([routes[(i, s)] for s in range(samples)]))
    return {ticket: len(found) > 1 for ticket, found in by_ticket.items()}


def _flip_finding(comparison: dict, flipped: dict[str, bool], noise: float, rng: random.Random, n_boot: int
                  ) -> dict:
    """The dimension's ticket flip rate, with the group that most often left its ticket's usual route."""
    values = [float(v) for v in flipped.values()]
    rate = mean(values)
    replicates = bootstrap_means([[v] for v in values], rng, n_boot)[:, 0]
    worst = max(comparison["groups"], key=lambda g: g["mean"])
    return {**comparison, "gap": rate, "high_group": worst["group"], "low_group": None,
            "gap_ci": [percentile(replicates, 0.025), percentile(replicates, 0.975)], "noise_floor": noise,
            "flipped_tickets": sum(flipped.values()), "beyond_noise": rate > noise + EPSILON}


def _example(twins: Sequence[Twin], members: list[int], i: int, routes: dict, usual: str) -> dict:
    other = next((j for j in members if routes[(j, 0)] == usual), members[0])
    return {"dimension": twins[i].dimension, "ticket": twins[i].ticket, "usual_route": usual,
            "a": {"group": twins[other].group, "route": routes[(other, 0)], "text": _customer_text(twins[other])},
            "b": {"group": twins[i].group, "route": routes[(i, 0)], "text": _customer_text(twins[i])}}


def _customer_text(twin: Twin) -> str:
    return "\n\n".join(c.body for c in customer_comments(twin.thread))
