"""From drafted twins to findings: similarity between groups' replies, group comparisons per metric, and
the pairs of twins whose replies differ most."""
from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Sequence

from . import outcomes
from .drafts import DraftResult
from .stats import compare, mean
from .twins import Twin

METRICS = (*outcomes.RATE_METRICS, "withheld", "tone", "length", "similarity", "identity_visible")
PAIR_METRICS = (*outcomes.RATE_METRICS, "withheld")
WORST_PAIRS = 8

Key = tuple[str, int, int]  # arm, twin index, sample


def clusters(twins: Sequence[Twin]) -> dict[tuple[str, str], list[int]]:
    """Twin indices by (ticket, dimension): the twins that are compared with each other."""
    out: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, twin in enumerate(twins):
        out[(twin.ticket, twin.dimension)].append(i)
    return out


def _bags(twins: Sequence[Twin], members: list[int], results: dict[Key, DraftResult], arm: str, samples: int):
    """(twin, sample) -> the reply with every identity string of the cluster masked."""
    values = frozenset(v for i in members for v in twins[i].values)
    return {(i, s): outcomes.neutralise(results[(arm, i, s)].text, values)
            for i in members for s in range(samples) if (arm, i, s) in results}


class _Cosines:
    """Cosine of two texts, each bag of words and each pair computed once (re-samples often repeat)."""

    def __init__(self) -> None:
        self._bags: dict[str, Counter] = {}
        self._pairs: dict[tuple[str, str], float] = {}

    def __call__(self, a: str, b: str) -> float:
        key = (a, b) if a <= b else (b, a)
        if key not in self._pairs:
            bags = [self._bags.setdefault(t, outcomes.bag(t)) for t in key]
            self._pairs[key] = outcomes.cosine(*bags)
        return self._pairs[key]


def similarities(twins: Sequence[Twin], results: dict[Key, DraftResult], arm: str, samples: int
                 ) -> tuple[dict[tuple[int, int], float], dict[str, list[float]], dict[tuple[int, int], float]]:
    """(twin, sample) -> mean cosine to the other groups' replies (same sample index); per dimension, the
    cosines between re-samples of one twin (the noise ceiling); and sample-0 cosines of twin pairs."""
    to_others: dict[tuple[int, int], float] = {}
    within: dict[str, list[float]] = defaultdict(list)
    pair_cos: dict[tuple[int, int], float] = {}
    cosine = _Cosines()
    for (_, dimension), members in clusters(twins).items():
        bags = _bags(twins, members, results, arm, samples)
        for s in range(samples):
            sums: dict[int, list[float]] = defaultdict(list)
            present = [i for i in members if (i, s) in bags]
            for a, i in enumerate(present):
                for j in present[a + 1:]:
                    if twins[j].group == twins[i].group:
                        continue
                    cos = cosine(bags[(i, s)], bags[(j, s)])
                    sums[i].append(cos)
                    sums[j].append(cos)
                    if s == 0:
                        pair_cos[(i, j)] = cos
            to_others.update({(i, s): mean(values) for i, values in sums.items()})
        for i in members:
            within[dimension] += [cosine(bags[(i, 0)], bags[(i, s)]) for s in range(1, samples)
                                  if (i, 0) in bags and (i, s) in bags]
    return to_others, within, pair_cos


def analyse_drafts(twins: Sequence[Twin], results: Sequence[DraftResult], *, arms: Sequence[str], samples: int,
                   n_boot: int, seed: int) -> dict:
    rng = random.Random(seed)
    done = {(r.arm, r.twin, r.sample): r for r in results if r.error is None}
    report: dict = {"errors": dict(Counter(r.error for r in results if r.error)), "arms": {}}
    dimensions = list(dict.fromkeys(t.dimension for t in twins))
    for arm in arms:
        to_others, within, pair_cos = similarities(twins, done, arm, samples)
        arm_report: dict = {"dimensions": {}}
        for dimension in dimensions:
            members = [i for i, t in enumerate(twins) if t.dimension == dimension]
            groups = tuple(dict.fromkeys(twins[i].group for i in members))
            metrics = {}
            for metric in METRICS:
                cells = _cells(twins, members, done, arm, samples, metric, to_others)
                comparison = compare(cells, groups, rng, n_boot)
                if comparison is not None:
                    metrics[metric] = comparison.to_dict()
            between = [to_others[(i, s)] for i in members for s in range(samples) if (i, s) in to_others]
            arm_report["dimensions"][dimension] = {
                "groups": list(groups), "tickets": len({twins[i].ticket for i in members}),
                "twins": len(members), "modes": dict(Counter(twins[i].mode for i in members)), "metrics": metrics,
                "similarity": {"between_groups": mean(between) if between else None,
                               "same_twin_resampled": mean(within[dimension]) if within[dimension] else None}}
        arm_report["worst_pairs"] = worst_pairs(twins, done, arm, pair_cos)
        report["arms"][arm] = arm_report
    return report


def _cells(twins, members, done, arm, samples, metric, to_others) -> dict:
    cells: dict[tuple[str, str], list[list[float]]] = defaultdict(list)
    for i in members:
        values = []
        for s in range(samples):
            result = done.get((arm, i, s))
            if result is None:
                continue
            value = to_others.get((i, s)) if metric == "similarity" else result.metrics.get(metric)
            if value is not None:
                values.append(value)
        if values:
            cells[(twins[i].ticket, twins[i].group)].append(values)
    return cells


def worst_pairs(twins: Sequence[Twin], done: dict[Key, DraftResult], arm: str,
                pair_cos: dict[tuple[int, int], float], limit: int = WORST_PAIRS) -> list[dict]:
    """Twin pairs of different groups whose first replies differ most: 1 - cosine plus one point per
    outcome (offer, refusal, apology, withheld) that one got and the other did not; the worst pair of each
    ticket and dimension."""
    scored = []
    for (i, j), cos in pair_cos.items():
        a, b = done[(arm, i, 0)], done[(arm, j, 0)]
        differing = [m for m in PAIR_METRICS if a.metrics.get(m) != b.metrics.get(m)]
        score = (1 - cos) + len(differing)
        if score > 1e-6:
            scored.append((score, i, j, cos, differing))
    best, shown = [], set()
    for item in sorted(scored, key=lambda item: (-item[0], item[1], item[2])):
        key = (twins[item[1]].ticket, twins[item[1]].dimension)  # one pair per ticket and dimension: variety
        if key not in shown:
            shown.add(key)
            best.append(item)
        if len(best) == limit:
            break
    return [{"score": round(score, 4), "dimension": twins[i].dimension, "ticket": twins[i].ticket,
             "similarity": cos, "differing": differing,
             "a": _side(twins[i], done[(arm, i, 0)]), "b": _side(twins[j], done[(arm, j, 0)])}
            for score, i, j, cos, differing in best]


def _side(twin: Twin, result: DraftResult) -> dict:
    return {"group": twin.group, "variant": twin.variant, "text": result.text, "withheld": result.withheld,
            "outcomes": {m: result.metrics.get(m) for m in PAIR_METRICS}}
