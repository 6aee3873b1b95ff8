"""`trust-report`: what the AI did, how agents used it and how bias complaints were handled, for one tenant,
from the audit trail alone — one self-contained HTML page (inline SVG charts, prints cleanly) and its JSON
twin (the same data as GET /admin/api/trust-report).

  trust-report --tenant T [--since 2026-01-01] [--until 2026-02-01] --out report.html [--json report.json]
"""
from __future__ import annotations

import json
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("trust-report", help="the trust report of a tenant: HTML page and JSON, from the audit trail")
    p.add_argument("--tenant", help="tenant (Zendesk subdomain); default: CANDOR_TENANT on the embedded default")
    p.add_argument("--since", help="first day or UTC time to include, e.g. 2026-01-01")
    p.add_argument("--until", help="day or UTC time to stop before")
    p.add_argument("--out", required=True, help="the HTML file to write")
    p.add_argument("--json", dest="json_out", help="also write the report as JSON to this file")
    p.set_defaults(handler=run)


def run(args) -> int:
    from plugin.reports.source import trust_report
    from plugin.reports.trust_html import render
    from plugin.wiring import build_services

    services = build_services()
    report = trust_report(services.privacy, args.tenant or services.settings.tenant, args.since, args.until)
    Path(args.out).write_text(render(report), encoding="utf-8")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({"status": "written", "tenant": report["tenant"], "records": report["records"]["display"],
                      "out": args.out, "json": args.json_out}))
    return 0
