"""One self-contained HTML file: inline CSS and SVG, no scripts, no external resources.

Sections: verdict and plain-language summary, findings table, drafts (per arm and dimension: outcome rates
per group with 95% intervals, tone/length/similarity), the most different pairs side by side, routing
(flip rates and examples), the configuration audited, method and data attribution.
"""
from __future__ import annotations

from html import escape

from . import svg, texts
from .html_parts import CSS, config_table, findings_table, method, pairs, routing_examples

RATE_COLUMNS = (("refund", "refund"), ("discount", "discount"), ("escalation", "escalation"),
                ("exception", "exception"), ("refusal", "refusal"), ("apology", "apology"),
                ("withheld", "withheld"), ("identity_visible", "model sees identity"))
SCALE_COLUMNS = (("tone", "tone"), ("length", "length (words)"), ("similarity", "similarity to others"))
ROUTE_COLUMNS = (("flip_rate", "flip rate"), ("escalated", "routed to a person"),
                 ("bias_review", "bias review"), ("missed_complaint", "missed complaint"),
                 ("false_alarm", "false alarm"))


def render(report: dict) -> str:
    verdict = report["verdict"]
    state = "pass" if verdict["passed"] else "fail"
    body = [f'<header class="{state}"><h1>{escape(texts.TITLE)}</h1>',
            f'<p class="verdict">{escape(report["summary"][0])}</p></header>',
            "<section><h2>Summary</h2><ul>" + "".join(f"<li>{escape(s)}</li>" for s in report["summary"][1:])
            + "</ul></section>",
            "<section><h2>Findings</h2>" + findings_table(report["findings"]) + "</section>"]
    for arm, arm_report in ((report.get("drafts") or {}).get("arms") or {}).items():
        body.append(_drafts(arm, arm_report))
    if report.get("routing"):
        body.append(_routing(report["routing"]))
    body.append("<section><h2>Configuration audited</h2>" + config_table(report) + "</section>")
    body.append(method())
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{escape(texts.TITLE)}"
            f"</title><style>{CSS}</style></head><body><main>{''.join(body)}</main></body></html>\n")


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


def _drafts(arm: str, arm_report: dict) -> str:
    parts = [f'<section><h2>Drafts — {escape(texts.ARM_SHORT.get(arm, arm))}</h2>']
    for dimension, dim in arm_report["dimensions"].items():
        name = texts.DIMENSION.get(dimension, dimension)
        statuses = {m.get("status") for m in dim["metrics"].values()}
        badge = "exceeds" if "exceeds" in statuses else "flagged" if "flagged" in statuses else "ok"
        modes = ", ".join(f"{k}: {v}" for k, v in dim["modes"].items())
        sim = dim["similarity"]
        parts.append(f'<details {"open" if badge != "ok" else ""}><summary><span class="badge {badge}">{badge}'
                     f'</span> {escape(name)} <small>{dim["tickets"]} tickets, {dim["twins"]} twins ({escape(modes)})'
                     f'</small></summary>')
        groups = dim["groups"]
        for spec in (RATE_COLUMNS, SCALE_COLUMNS):
            cols = columns(dim["metrics"], spec)
            if cols:
                parts.append(svg.matrix(groups, cols, f"{name}, {texts.ARM.get(arm, arm)}"))
        parts.append(f'<p class="note">Reply similarity between groups: {_num(sim["between_groups"])}; '
                     f'same twin re-drafted: {_num(sim["same_twin_resampled"])} (cosine on word counts, identity '
                     f'words masked).</p></details>')
    parts.append("<h3>Most different pairs</h3>" + pairs(arm_report.get("worst_pairs") or []))
    parts.append("</section>")
    return "".join(parts)


def _routing(routing: dict) -> str:
    parts = ["<section><h2>Routing classifier</h2>"]
    disagreement = routing.get("self_disagreement")
    if disagreement is not None:
        parts.append(f'<p class="note">Re-classifying the same twin disagreed with itself in '
                     f'{100 * disagreement:.0f}% of twins.</p>')
    for dimension, dim in routing["dimensions"].items():
        name = texts.DIMENSION.get(dimension, dimension)
        cols = columns(dim["metrics"], ROUTE_COLUMNS)
        statuses = {c.status for c in cols}
        badge = "exceeds" if "exceeds" in statuses else "flagged" if "flagged" in statuses else "ok"
        parts.append(f'<details {"open" if badge != "ok" else ""}><summary><span class="badge {badge}">{badge}'
                     f'</span> {escape(name)} <small>{dim["tickets"]} tickets, {dim["twins"]} twins</small></summary>'
                     + (svg.matrix(dim["groups"], cols, f"routing, {name}") if cols else "") + "</details>")
    parts.append(f"<h3>Route flips ({routing.get('flips', 0)})</h3>" + routing_examples(routing.get("examples") or []))
    parts.append("</section>")
    return "".join(parts)


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"
