"""The trust report as one self-contained HTML page: a Jinja2 template with autoescaping, inline SVG charts
drawn by the template itself, an inline stylesheet with print rules, no script and nothing fetched.

Imported lazily (by `python -m plugin trust-report` and GET /admin/api/trust-report?format=html), never on
the webhook or worker paths: Jinja2 comes with Flask but has no business in a worker's cold start.
"""
from __future__ import annotations

from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent / "templates"
CHART_W, CHART_H, BAR_GAP = 320, 64, 1


def _chart(series: list, periods: list[str], hatch: bool = True) -> dict | None:
    """Bar geometry for one figure's series (a bare axis when every period is 0); None without periods. A hidden
    (small) count is drawn as a short hatched stub, never as its value; a median with too few values (`hatch`
    False) is no bar."""
    if not periods:
        return None
    known = [v for v in series if isinstance(v, int | float)]
    top = max(known, default=0)
    scale = top or 1
    width = max(2.0, (CHART_W - BAR_GAP * len(series)) / max(1, len(series)))
    bars = []
    for i, (value, period) in enumerate(zip(series, periods, strict=False)):
        x = round(i * (width + BAR_GAP), 2)
        if value is None and not hatch:
            continue
        if value is None:
            bars.append({"x": x, "y": CHART_H - 6, "w": round(width, 2), "h": 6, "hidden": True, "title": period})
        else:
            h = round((CHART_H - 2) * value / scale, 2)
            bars.append({"x": x, "y": round(CHART_H - h, 2), "w": round(width, 2), "h": h, "hidden": False,
                         "title": f"{period}: {value:g}"})
    return {"w": CHART_W, "h": CHART_H, "bars": bars, "top": f"{top:g}", "first": periods[0], "last": periods[-1]}


def render(report: dict) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    charts = {f["id"]: _chart(f.get("series") or [], report.get("periods") or [], hatch="stat" not in f)
              for section in report["sections"] for f in section.get("figures", [])}
    return env.get_template("trust_report.html.j2").render(report=report, charts=charts)
