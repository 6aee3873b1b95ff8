"""Inline SVG charts (no JavaScript, no fonts to fetch): a matrix of dot-and-interval panels, one row per
group and one column per metric, each column on its own scale. This module computes the geometry; the markup
is the Jinja2 template templates/chart.svg, autoescaped like the page around it."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import jinja2

LABEL_W, COL_W, ROW_H, HEAD_H, FOOT_H, PAD = 190, 118, 20, 34, 18, 10
STATUS_COLOUR = {"exceeds": "#b42318", "flagged": "#b54708", "noise": "#475467", "ok": "#475467"}


@dataclass(frozen=True)
class Column:
    title: str
    low: float  # scale
    high: float
    values: dict[str, tuple[float, float, float]]  # group -> (mean, interval low, interval high)
    status: str = "ok"
    percent: bool = True
    marked: tuple[str, ...] = ()  # groups drawn in the status colour (the two ends of a flagged gap)


def _fmt(value: float, percent: bool) -> str:
    return f"{100 * value:.0f}%" if percent else f"{value:.2f}" if abs(value) < 10 else f"{value:.0f}"


def _x(value: float, column: Column, left: float) -> float:
    span = (column.high - column.low) or 1.0
    ratio = min(max((value - column.low) / span, 0.0), 1.0)
    return left + PAD + ratio * (COL_W - 2 * PAD)


@cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.PackageLoader("plugin.fairness", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    return env.get_template("chart.svg")


def matrix(groups: list[str], columns: list[Column], label: str) -> str:
    """The chart as SVG markup (templates/chart.svg, autoescaped): one row per group, one panel per column."""
    width = LABEL_W + COL_W * len(columns)
    height = HEAD_H + ROW_H * len(groups) + FOOT_H
    rows = [{"group": group, "y": HEAD_H + r * ROW_H, "shaded": r % 2 == 0} for r, group in enumerate(groups)]
    panels = [_panel(groups, column, LABEL_W + c * COL_W, height) for c, column in enumerate(columns)]
    return _template().render(width=width, height=height, label=label, rows=rows, columns=panels, row_h=ROW_H,
                              label_x=LABEL_W - 6, head_h=HEAD_H, bottom=height - FOOT_H)


def _panel(groups: list[str], column: Column, left: float, height: float) -> dict[str, Any]:
    """One column's coordinates and texts: its title (two lines at most), scale ends and a dot per group."""
    colour = STATUS_COLOUR.get(column.status, "#475467")
    words = column.title.split(" ", 1)
    dots = []
    for r, group in enumerate(groups):
        if group not in column.values:
            continue
        mean, low, high = column.values[group]
        tip = f"{group}: {_fmt(mean, column.percent)} (95% interval {_fmt(low, column.percent)}–" \
              f"{_fmt(high, column.percent)})"
        dots.append({"tip": tip, "y": HEAD_H + r * ROW_H + ROW_H / 2, "low_x": f"{_x(low, column, left):.1f}",
                     "high_x": f"{_x(high, column, left):.1f}", "mean_x": f"{_x(mean, column, left):.1f}",
                     "fill": colour if group in column.marked else "#1d4ed8"})
    return {"centre": left + COL_W / 2, "colour": colour,
            "weight": "700" if column.status in ("exceeds", "flagged") else "400",
            "title_lines": [{"text": word, "y": y} for word, y in zip(words, (13, 27), strict=False)],
            "x0": _x(column.low, column, left), "x1": _x(column.high, column, left),
            "low": _fmt(column.low, column.percent), "high": _fmt(column.high, column.percent), "dots": dots}
