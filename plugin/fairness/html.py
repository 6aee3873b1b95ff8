"""One self-contained HTML file: inline CSS and SVG, no scripts, no external resources. The page is the Jinja2
template templates/report.html (autoescaped; CSS in templates/report.css); this module shapes the report
into what it shows and draws the charts (svg.py).

Sections: verdict and plain-language summary, findings table, drafts (per arm and dimension: outcome rates
per group with 95% intervals, tone/length/similarity), the most different pairs side by side, routing
(flip rates and examples), the configuration audited, method and data attribution.
"""
from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup

from . import svg, texts
from .report import describe

RATE_COLUMNS = (("refund", "refund"), ("discount", "discount"), ("escalation", "escalation"),
                ("exception", "exception"), ("refusal", "refusal"), ("apology", "apology"),
                ("withheld", "withheld"), ("identity_visible", "model sees identity"))
SCALE_COLUMNS = (("tone", "tone"), ("length", "length (words)"), ("similarity", "similarity to others"))
ROUTE_COLUMNS = (("flip_rate", "flip rate"), ("escalated", "routed to a person"),
                 ("bias_review", "bias review"), ("missed_complaint", "missed complaint"),
                 ("false_alarm", "false alarm"))


@cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.PackageLoader("plugin.fairness", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    return env.get_template("report.html")


def render(report: dict[str, Any]) -> str:
    arms = [_drafts(arm, arm_report) for arm, arm_report in ((report.get("drafts") or {}).get("arms") or {}).items()]
    routing = _routing(report["routing"]) if report.get("routing") else None
    page = _template().render(report=report, texts=texts, describe=describe, arms=arms, routing=routing,
                              config=_config(report))
    # the template's line breaks sit between tags; escaped text cannot hold a bare "<" or ">", so this never
    # touches ticket text
    return re.sub(r">\n<", "><", page) + "\n"


def _column(metric: str, title: str, comparison: dict, low: float, high: float, percent: bool) -> svg.Column:
    values = {g["group"]: (g["mean"], g["low"], g["high"]) for g in comparison["groups"]}
    status = comparison.get("status", "ok")
    marked = tuple(g for g in (comparison.get("high_group"), comparison.get("low_group")) if g) \
        if status in ("flagged", "exceeds") else ()
    return svg.Column(title, low, high, values, status, percent, marked)


def columns(metrics: dict, spec: tuple[tuple[str, str], ...]) -> list[svg.Column]:
    out = []
    for metric, title in spec:
        comparison = metrics.get(metric)
        if comparison is None:
            continue
        if metric == "tone":
            out.append(_column(metric, title, comparison, -1.0, 1.0, False))
        elif metric == "length":
            top = max([g["high"] for g in comparison["groups"]] + [1.0])
            out.append(_column(metric, title, comparison, 0.0, round(top * 1.1 + 0.5), False))
        else:
            out.append(_column(metric, title, comparison, 0.0, 1.0, metric != "similarity"))
    return out


def _badge(statuses: set[str | None]) -> str:
    return "exceeds" if "exceeds" in statuses else "flagged" if "flagged" in statuses else "ok"


def _drafts(arm: str, arm_report: dict[str, Any]) -> dict[str, Any]:
    dimensions = []
    for dimension, dim in arm_report["dimensions"].items():
        name = texts.DIMENSION.get(dimension, dimension)
        charts = [Markup(svg.matrix(dim["groups"], cols, f"{name}, {texts.ARM.get(arm, arm)}"))
                  for cols in (columns(dim["metrics"], spec) for spec in (RATE_COLUMNS, SCALE_COLUMNS)) if cols]
        dimensions.append({"name": name, "badge": _badge({m.get("status") for m in dim["metrics"].values()}),
                           "tickets": dim["tickets"], "twins": dim["twins"], "charts": charts,
                           "modes": ", ".join(f"{k}: {v}" for k, v in dim["modes"].items()),
                           "between": _num(dim["similarity"]["between_groups"]),
                           "resampled": _num(dim["similarity"]["same_twin_resampled"])})
    return {"name": arm, "dimensions": dimensions, "pairs": arm_report.get("worst_pairs") or []}


def _routing(routing: dict[str, Any]) -> dict[str, Any]:
    dimensions = []
    for dimension, dim in routing["dimensions"].items():
        name = texts.DIMENSION.get(dimension, dimension)
        cols = columns(dim["metrics"], ROUTE_COLUMNS)
        dimensions.append({"name": name, "badge": _badge({c.status for c in cols}), "tickets": dim["tickets"],
                           "twins": dim["twins"],
                           "charts": [Markup(svg.matrix(dim["groups"], cols, f"routing, {name}"))] if cols else []})
    return {"disagreement": routing.get("self_disagreement"), "dimensions": dimensions,
            "flips": routing.get("flips", 0), "examples": routing.get("examples") or []}


def _config(report: dict[str, Any]) -> dict[str, str]:
    config = {**report["config"], "gate_arm": report["gate_arm"], "thresholds": dict(report["thresholds"])}
    return {k: v if isinstance(v, str) else json.dumps(v) for k, v in config.items()}


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"
