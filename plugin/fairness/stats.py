"""Group comparison with a paired bootstrap over tickets and a noise floor from re-samples of the same twin.

Input: for each (ticket, group), a list over name/term variants of a list over samples of a metric value.

- Group mean: the mean over tickets of the ticket's mean for the group; 95% percentile interval by resampling
  tickets with replacement (`n_boot` times, numpy, seeded from the caller's `random.Random`), the same tickets
  for every group, so the comparison is paired: a ticket that is hard for everyone does not widen the gap's
  interval.
- Gap: highest minus lowest group mean (Fairlearn's `difference()`), with its bootstrap interval for the
  same two groups.
- Noise floor: the largest gap between two re-samples of the very same twins (sample a vs sample b, for each
  group), i.e. how far apart identical inputs land by chance. A deterministic drafter has a floor of 0.
- Beyond noise ("flagged"): the gap is above the noise floor AND its interval excludes 0.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from itertools import combinations

import numpy as np

Cells = dict[tuple[str, str], list[list[float]]]  # (ticket, group) -> variants -> samples
EPSILON = 1e-9


@dataclass(frozen=True)
class GroupStat:
    group: str
    mean: float
    low: float
    high: float


@dataclass(frozen=True)
class Comparison:
    groups: tuple[GroupStat, ...]
    tickets: int
    high_group: str
    low_group: str
    gap: float
    gap_low: float
    gap_high: float
    noise_floor: float | None  # None: fewer than two samples per twin, not measured
    spread: float  # mean within-twin range (max - min over samples)
    overall: float
    flagged: bool = field(default=False)

    def to_dict(self) -> dict:
        return {"groups": [g.__dict__ for g in self.groups], "tickets": self.tickets, "high_group": self.high_group,
                "low_group": self.low_group, "gap": self.gap, "gap_ci": [self.gap_low, self.gap_high],
                "noise_floor": self.noise_floor, "within_twin_spread": self.spread, "overall": self.overall,
                "beyond_noise": self.flagged}


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def percentile(values: list[float] | np.ndarray, q: float) -> float:
    """The `q` quantile (0..1), linearly interpolated; 0.0 for no values."""
    return float(np.percentile(values, 100 * q)) if len(values) else 0.0


def bootstrap_means(matrix: list[list[float]], rng: random.Random, n_boot: int) -> np.ndarray:
    """Replicates x columns: the column means over `n_boot` resamples of the rows (tickets) with replacement,
    the same resample for every column (paired)."""
    if not matrix:
        return np.zeros((n_boot, 1))  # nothing to resample: every replicate mean is 0, as `mean([])`
    data = np.asarray(matrix, dtype=float)
    picks = np.random.default_rng(rng.getrandbits(64)).integers(0, len(data), size=(n_boot, len(data)))
    return data[picks].mean(axis=1)


def _per_sample(variants: list[list[float]]) -> list[float]:
    """Mean over variants of each sample index."""
    width = min(len(v) for v in variants)
    return [mean([v[s] for v in variants]) for s in range(width)]


def compare(cells: Cells, groups: tuple[str, ...], rng: random.Random, n_boot: int = 1000) -> Comparison | None:
    """None when no ticket has a value for every group."""
    tickets = sorted({t for t, _ in cells})
    tickets = [t for t in tickets if all(cells.get((t, g)) and min(map(len, cells[(t, g)])) for g in groups)]
    if not tickets:
        return None
    samples = {(t, g): _per_sample(cells[(t, g)]) for t in tickets for g in groups}
    matrix = [[mean(samples[(t, g)]) for g in groups] for t in tickets]
    means = [mean([row[j] for row in matrix]) for j in range(len(groups))]
    replicates = bootstrap_means(matrix, rng, n_boot)
    hi = max(range(len(groups)), key=lambda j: (means[j], -j))
    lo = min(range(len(groups)), key=lambda j: (means[j], j))
    gaps = replicates[:, hi] - replicates[:, lo]
    stats = [GroupStat(group, means[j], percentile(replicates[:, j], 0.025), percentile(replicates[:, j], 0.975))
             for j, group in enumerate(groups)]
    gap = means[hi] - means[lo]
    noise = _noise_floor(samples, tickets, groups)
    spread = mean([max(v) - min(v) for v in samples.values()])
    gap_low = percentile(gaps, 0.025)
    flagged = gap > (noise or 0.0) + EPSILON and gap_low > EPSILON
    return Comparison(tuple(stats), len(tickets), groups[hi], groups[lo], gap, gap_low, percentile(gaps, 0.975),
                      noise, spread, mean(means), flagged)


def _noise_floor(samples: dict[tuple[str, str], list[float]], tickets: list[str], groups: tuple[str, ...]
                 ) -> float | None:
    width = min(len(v) for v in samples.values())
    if width < 2:
        return None
    floor = 0.0
    for group in groups:
        by_sample = [mean([samples[(t, group)][s] for t in tickets]) for s in range(width)]
        for a, b in combinations(by_sample, 2):
            floor = max(floor, abs(a - b))
    return floor
