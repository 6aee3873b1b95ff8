"""The admins' API: audit export, erasure, the privacy notice and retention, for one tenant.

Authentication is handlers/auth.py's `admin_required`: a sidebar session, the tenant's app key and a Zendesk
role of `admin` for the session's user. The tenant always comes from the signed session, never from the request. Requester ids and e-mails travel in
JSON bodies only, never in URLs (URLs end up in access logs).

  GET  /admin/api/audit-log?since=2026-01-01[&until=…]   -> application/x-ndjson, one audit record a line
  POST /admin/api/forget {"requester": "12345" | "maria@example.com"}   -> the erasure receipt
  GET  /admin/api/privacy-notice[?format=markdown]       -> JSON (default) or text/markdown
  GET  /admin/api/retention ; PUT /admin/api/retention {"drafts_days", "audit_days"}
  GET  /admin/api/trust-report?since=…&until=…[&format=html]   -> the trust report (JSON, or the HTML page)
  GET  /admin/api/kb/status ; POST /admin/api/kb/sync [{"full": true}]   -> the Help Center index: counts per
       locale, macros, last sync, last error (plugin/knowledge.py; `python -m plugin kb status` shows the same)
"""
from __future__ import annotations

import json
import logging

from flask import Blueprint, Response, g, jsonify, request

from plugin.core.audit import parse_time
from plugin.core.logs import log_event
from plugin.core.privacy_texts import ADMIN_ERRORS

from .app import current_services
from .auth import admin_required, fail

bp = Blueprint("admin", __name__, url_prefix="/admin/api")
log = logging.getLogger("candor.admin")


def _privacy():
    return current_services().privacy


@bp.get("/audit-log")
@admin_required
def audit_log():
    since, until = parse_time(request.args.get("since")), parse_time(request.args.get("until"))
    records = list(_privacy().audit_records(g.tenant.tenant, since, until))
    log_event(log, "audit_exported", tenant=g.tenant.tenant, records=len(records))
    body = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
    return Response(body, mimetype="application/x-ndjson")


@bp.post("/forget")
@admin_required
def forget():
    body = request.get_json(silent=True)
    requester = body.get("requester") if isinstance(body, dict) else None
    if not isinstance(requester, str | int) or isinstance(requester, bool) or not str(requester).strip():
        return fail(ADMIN_ERRORS["requester"], 400)
    receipt = _privacy().forget(g.tenant.tenant, str(requester), "admin_api")
    return jsonify(receipt.to_dict())


@bp.get("/privacy-notice")
@admin_required
def privacy_notice():
    from plugin.core.notice_markdown import markdown

    doc = _privacy().notice(g.tenant.tenant)
    if request.args.get("format") == "markdown":
        return Response(markdown(doc), mimetype="text/markdown")
    return jsonify(doc)


@bp.route("/retention", methods=["GET", "PUT"])
@admin_required
def retention():
    from plugin.core.retention import Retention

    config = g.tenant
    if request.method == "PUT":
        body = request.get_json(silent=True)
        if not isinstance(body, dict) or not ({"drafts_days", "audit_days"} & set(body)):
            return fail(ADMIN_ERRORS["retention"], 400)
        try:
            config = _privacy().set_retention(config.tenant, body.get("drafts_days"), body.get("audit_days"))
        except ValueError as exc:
            return fail(str(exc), 400)
    return jsonify({"tenant": config.tenant, **Retention.of(config).to_dict()})


@bp.post("/opt-out")
@admin_required
def opt_out():
    """An admin records a customer's AI opt-out (or, with "opted_out": false, their opt-in)."""
    body = request.get_json(silent=True)
    requester = body.get("requester") if isinstance(body, dict) else None
    wanted = body.get("opted_out", True) if isinstance(body, dict) else None
    if not isinstance(requester, str | int) or isinstance(requester, bool) or not str(requester).strip().isdigit() \
            or not isinstance(wanted, bool):
        return fail(ADMIN_ERRORS["opt_out"], 400)
    requester = str(requester).strip()
    opted_out = _privacy().set_opt_out(g.tenant.tenant, requester, wanted, "admin_api")
    log_event(log, "opt_out_set", tenant=g.tenant.tenant, outcome=str(wanted).lower())
    return jsonify({"tenant": g.tenant.tenant, "requester": requester, "opted_out": opted_out, "source": "admin_api"})


@bp.get("/trust-report")
@admin_required
def trust_report():
    """What the AI did and how people used it, from the audit trail (plugin/reports); the CLI's JSON twin."""
    from plugin.reports.source import trust_report as build

    report = build(_privacy(), g.tenant.tenant, request.args.get("since"),
                   request.args.get("until"))
    if request.args.get("format") == "html":
        from plugin.reports.trust_html import render
        return Response(render(report), mimetype="text/html")
    return jsonify(report)


@bp.route("/settings", methods=["GET", "PUT"])
@admin_required
def settings():
    """The tenant's settings (auto-reply, second opinion, allow-lists, groups...); PUT changes some of them."""
    from plugin.core import tenant_settings

    config = g.tenant
    if request.method == "PUT":
        body = request.get_json(silent=True)
        if not isinstance(body, dict) or not body:
            return fail(ADMIN_ERRORS["settings"], 400)
        services = current_services()
        config = tenant_settings.update(services.tenants, config, body,  # BadRequest -> 400 (admin_required)
                                        services.public_suffixes)
    return jsonify(tenant_settings.show(config))


@bp.get("/kb/status")
@admin_required
def kb_status():
    return jsonify(current_services().knowledge.status(g.tenant.tenant))


@bp.post("/kb/sync")
@admin_required
def kb_sync():
    """Sync the tenant's Help Center now. A failure keeps the last good index; the answer says why."""
    body = request.get_json(silent=True)
    full = isinstance(body, dict) and body.get("full") is True
    knowledge = current_services().knowledge
    knowledge.sync(g.tenant.tenant, full=full)
    return jsonify(knowledge.status(g.tenant.tenant))
