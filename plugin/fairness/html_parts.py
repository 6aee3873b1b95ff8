"""Pieces of the HTML report: stylesheet, tables, side-by-side pairs, method and data attribution."""
from __future__ import annotations

import json
from html import escape

from . import texts
from .report import describe

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#101828;margin:0;background:#fff}
main{max-width:1280px;margin:0 auto;padding:0 20px 40px}
header{padding:18px 20px;margin:0 -20px 10px;border-bottom:4px solid}
header.pass{background:#ecfdf3;border-color:#12b76a}header.fail{background:#fef3f2;border-color:#d92d20}
h1{margin:0 0 6px;font-size:24px}h2{margin:28px 0 8px;border-bottom:1px solid #eaecf0;padding-bottom:4px}
.verdict{font-size:18px;font-weight:600;margin:0}
table{border-collapse:collapse;margin:8px 0;font-size:13px}td,th{border:1px solid #eaecf0;padding:4px 8px;
text-align:left;vertical-align:top}th{background:#f9fafb}
details{margin:6px 0;border:1px solid #eaecf0;border-radius:6px;padding:4px 10px}summary{cursor:pointer;padding:4px 0}
.badge{display:inline-block;min-width:60px;text-align:center;border-radius:10px;padding:0 8px;font-size:12px;
color:#fff;background:#12b76a}.badge.flagged{background:#dc6803}.badge.exceeds{background:#d92d20}
.badge.noise{background:#667085}
svg.chart{display:block;margin:8px 0;max-width:100%;height:auto}svg .lbl{font-size:12px;fill:#344054}
svg .hd{font-size:11px}svg .tick{font-size:10px;fill:#667085}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:12px;margin:10px 0 18px}
.side{border:1px solid #eaecf0;border-radius:6px;padding:8px}.side h4{margin:0 0 6px;font-size:14px}
pre{white-space:pre-wrap;font:13px/1.4 ui-monospace,Menlo,Consolas,monospace;background:#f9fafb;padding:8px;
margin:6px 0 0;border-radius:4px}.note{color:#475467;font-size:13px}
.tag{display:inline-block;border-radius:4px;padding:0 6px;margin:0 4px 2px 0;font-size:12px;background:#eef4ff}
.tag.off{background:#f2f4f7;color:#98a2b3;text-decoration:line-through}
"""


def _pct(value) -> str:
    return "" if value is None else f"{100 * value:.0f}%" if isinstance(value, float) else str(value)


def findings_table(findings: list[dict]) -> str:
    if not findings:
        return f"<p>{escape(texts.NOTHING_FLAGGED)}</p>"
    rows = []
    for f in findings:
        threshold = "not gated" if f["threshold"] is None else f"{f['threshold']:g}"
        noise = "n/a" if f["noise_floor"] is None else f"{f['noise_floor']:.3g}"
        rows.append(f'<tr><td><span class="badge {f["status"]}">{f["status"]}</span></td>'
                    f'<td>{escape(f["section"])}{"" if not f["arm"] else " / " + escape(f["arm"])}</td>'
                    f'<td>{escape(texts.DIMENSION.get(f["dimension"], f["dimension"]))}</td>'
                    f'<td>{escape(f["metric"])}</td><td>{escape(describe(f))}</td>'
                    f'<td>{f["effect"]:.3g}</td><td>{noise}</td><td>{threshold}</td></tr>')
    return ("<table><tr><th>status</th><th>where</th><th>dimension</th><th>metric</th><th>what</th>"
            "<th>size</th><th>noise floor</th><th>threshold</th></tr>" + "".join(rows) + "</table>")


def _outcomes(outcomes: dict) -> str:
    return "".join(f'<span class="tag{"" if v else " off"}">{escape(k)}</span>' for k, v in outcomes.items())


def pairs(items: list[dict]) -> str:
    if not items:
        return "<p>No pair of twins got replies that differ (after masking the identity words).</p>"
    out = []
    for item in items:
        sides = []
        for side in (item["a"], item["b"]):
            withheld = " (withheld)" if side["withheld"] else ""
            sides.append(f'<div class="side"><h4>{escape(side["group"])} — {escape(side["variant"])}{withheld}</h4>'
                         f'{_outcomes(side["outcomes"])}<pre>{escape(side["text"])}</pre></div>')
        differing = ", ".join(item["differing"]) or "wording only"
        out.append(f'<p class="note">Ticket {escape(item["ticket"])}, {escape(item["dimension"])}: similarity '
                   f'{item["similarity"]:.2f}; differs in: {escape(differing)}</p><div class="pair">{"".join(sides)}</div>')
    return "".join(out)


def routing_examples(items: list[dict]) -> str:
    if not items:
        return "<p>No route changed when only the identity signal changed.</p>"
    out = []
    for item in items:
        sides = [f'<div class="side"><h4>{escape(s["group"])} → {escape(s["route"])}</h4><pre>{escape(s["text"])}'
                 f'</pre></div>' for s in (item["a"], item["b"])]
        out.append(f'<p class="note">Ticket {escape(item["ticket"])}, {escape(item["dimension"])} (usual route: '
                   f'{escape(item["usual_route"])})</p><div class="pair">{"".join(sides)}</div>')
    return "".join(out)


def config_table(report: dict) -> str:
    config = dict(report["config"])
    config["gate_arm"] = report["gate_arm"]
    config["thresholds"] = {k: v for k, v in report["thresholds"].items()}
    rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v if isinstance(v, str) else json.dumps(v))}</td></tr>"
                   for k, v in config.items())
    return f"<table>{rows}</table>"


def method() -> str:
    return ("<section><h2>Method and data</h2>"
            f"<p>{escape(texts.RULE)}</p>"
            "<p>Each ticket gets counterfactual twins that change only one identity signal, the same way across the "
            "whole thread; every twin is drafted through the production drafting path (redaction, prompt, drafter, "
            "restore, checks). Outcomes are read from the replies with multilingual lexicons; replies are compared "
            "with identity words masked.</p>"
            "<p>Data: first and last names from BBQ (Parrish et al. 2022, nyu-mll/BBQ, CC-BY-4.0); résumé names of "
            "Bertrand &amp; Mullainathan (2004) via the WEAT lists of the wefe package (MIT); identity descriptors and "
            "the self-description template from HolisticBias (Smith et al. 2022, facebookresearch/ResponsibleNLP, "
            "CC-BY-SA-4.0, adapted subset). Licences: plugin/fairness/data/.</p></section>")
