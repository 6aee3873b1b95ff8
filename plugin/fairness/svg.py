"""Inline SVG charts (no JavaScript, no fonts to fetch): a matrix of dot-and-interval panels, one row per
group and one column per metric, each column on its own scale."""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

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


def matrix(groups: list[str], columns: list[Column], label: str) -> str:
    width = LABEL_W + COL_W * len(columns)
    height = HEAD_H + ROW_H * len(groups) + FOOT_H
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}"><title>{escape(label)}</title>']
    for r, group in enumerate(groups):
        y = HEAD_H + r * ROW_H
        if r % 2 == 0:
            parts.append(f'<rect x="0" y="{y}" width="{width}" height="{ROW_H}" fill="#f2f4f7"/>')
        parts.append(f'<text x="{LABEL_W - 6}" y="{y + 14}" text-anchor="end" class="lbl">{escape(group)}</text>')
    for c, column in enumerate(columns):
        parts += _column(groups, column, LABEL_W + c * COL_W, height)
    parts.append("</svg>")
    return "".join(parts)


def _column(groups: list[str], column: Column, left: float, height: float) -> list[str]:
    colour = STATUS_COLOUR.get(column.status, "#475467")
    weight = "700" if column.status in ("exceeds", "flagged") else "400"
    centre = left + COL_W / 2
    words = column.title.split(" ", 1)
    parts = [f'<text x="{centre}" y="13" text-anchor="middle" class="hd" fill="{colour}" font-weight="{weight}">'
             f'{escape(words[0])}</text>']
    if len(words) > 1:
        parts.append(f'<text x="{centre}" y="27" text-anchor="middle" class="hd" fill="{colour}" '
                     f'font-weight="{weight}">{escape(words[1])}</text>')
    x0, x1 = _x(column.low, column, left), _x(column.high, column, left)
    bottom = height - FOOT_H
    parts.append(f'<line x1="{x0}" y1="{HEAD_H}" x2="{x0}" y2="{bottom}" stroke="#d0d5dd"/>')
    parts.append(f'<line x1="{x1}" y1="{HEAD_H}" x2="{x1}" y2="{bottom}" stroke="#d0d5dd"/>')
    parts.append(f'<text x="{x0}" y="{height - 5}" text-anchor="start" class="tick">'
                 f'{_fmt(column.low, column.percent)}</text>')
    parts.append(f'<text x="{x1}" y="{height - 5}" text-anchor="end" class="tick">'
                 f'{_fmt(column.high, column.percent)}</text>')
    for r, group in enumerate(groups):
        if group not in column.values:
            continue
        mean, low, high = column.values[group]
        y = HEAD_H + r * ROW_H + ROW_H / 2
        dot = colour if group in column.marked else "#1d4ed8"
        tip = f"{group}: {_fmt(mean, column.percent)} (95% interval {_fmt(low, column.percent)}–" \
              f"{_fmt(high, column.percent)})"
        parts.append(f'<g><title>{escape(tip)}</title>'
                     f'<line x1="{_x(low, column, left):.1f}" y1="{y}" x2="{_x(high, column, left):.1f}" y2="{y}" '
                     f'stroke="#98a2b3" stroke-width="3" stroke-linecap="round"/>'
                     f'<circle cx="{_x(mean, column, left):.1f}" cy="{y}" r="4.5" fill="{dot}"/></g>')
    return parts
