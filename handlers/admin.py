"""The admins' API: audit export, erasure, the privacy notice and retention, for one tenant.

Authentication is the uninstall endpoint's: a sidebar session (`Authorization: Bearer <session>`, issued by
handlers/sidebar.py from Zendesk's signed app JWT), the tenant's app key (`X-Candor-App-Key`, added by
Zendesk's proxy) and a Zendesk role of `admin` for the session's user, checked with the tenant's OAuth token.
The tenant always comes from the signed session, never from the request. Requester ids and e-mails travel in
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
from functools import wraps

from flask import Blueprint, Response, current_app, g, jsonify, make_response, request

from plugin.core.audit import parse_time
from plugin.core.consent import record_opt_out
from plugin.core.errors import BadRequest, CandorError, PermanentError, TransientError
from plugin.core.logs import log_event
from plugin.core.privacy_texts import ADMIN_ERRORS
from plugin.core.texts import INSTALL_TEXTS
from plugin.marketplace import NotConfigured, marketplace_for
from plugin.privacy import privacy_for

from .sidebar_api import check_session

bp = Blueprint("admin", __name__, url_prefix="/admin/api")
log = logging.getLogger("candor.admin")


def _fail(text: str, status: int):
    response = jsonify(error=text)
    response.status_code = status
    return response


def _admin_problem(market, tenant, session):
    """None when the session's user is an admin of the tenant's Zendesk; else the error response."""
    stored = market.services.secrets.get(tenant.tenant)
    token = stored.zendesk_oauth_token if stored else None
    try:
        oauth = market.oauth((market.config.public_url or request.url_root.rstrip("/")) + "/oauth/callback")
        if token and oauth.user_role(tenant.tenant, token, session.user_id) == "admin":
            return None
    except NotConfigured as exc:
        return _fail(str(exc), 503)
    except PermanentError:
        pass
    except CandorError:
        return _fail(ADMIN_ERRORS["unavailable"], 503)
    return _fail(INSTALL_TEXTS["admin_only"], 403)


def admin_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        market = marketplace_for(current_app)
        problem = check_session(market) or _admin_problem(market, g.tenant, g.session)
        if problem is not None:
            return problem
        try:
            response = make_response(view(*args, **kwargs))
        except BadRequest as exc:
            response = _fail(str(exc), 400)
        except TransientError:
            response = _fail(ADMIN_ERRORS["unavailable"], 503)
        response.headers["Cache-Control"] = "no-store"
        return response
    return wrapper


def _privacy():
    return privacy_for(current_app.extensions["candor"])


@bp.get("/audit-log")
@admin_only
def audit_log():
    since, until = parse_time(request.args.get("since")), parse_time(request.args.get("until"))
    records = list(_privacy().audit_records(g.tenant.tenant, since, until))
    log_event(log, "audit_exported", tenant=g.tenant.tenant, records=len(records))
    body = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
    return Response(body, mimetype="application/x-ndjson")


@bp.post("/forget")
@admin_only
def forget():
    body = request.get_json(silent=True)
    requester = body.get("requester") if isinstance(body, dict) else None
    if not isinstance(requester, str | int) or isinstance(requester, bool) or not str(requester).strip():
        return _fail(ADMIN_ERRORS["requester"], 400)
    receipt = _privacy().forget(g.tenant.tenant, str(requester), "admin_api")
    return jsonify(receipt.to_dict())


@bp.get("/privacy-notice")
@admin_only
def privacy_notice():
    from plugin.core.notice_markdown import markdown

    doc = _privacy().notice(g.tenant.tenant)
    if request.args.get("format") == "markdown":
        return Response(markdown(doc), mimetype="text/markdown")
    return jsonify(doc)


@bp.route("/retention", methods=["GET", "PUT"])
@admin_only
def retention():
    from plugin.core.retention import Retention

    config = g.tenant
    if request.method == "PUT":
        body = request.get_json(silent=True)
        if not isinstance(body, dict) or not ({"drafts_days", "audit_days"} & set(body)):
            return _fail(ADMIN_ERRORS["retention"], 400)
        try:
            config = _privacy().set_retention(config.tenant, body.get("drafts_days"), body.get("audit_days"))
        except ValueError as exc:
            return _fail(str(exc), 400)
    return jsonify({"tenant": config.tenant, **Retention.of(config).to_dict()})


@bp.post("/opt-out")
@admin_only
def opt_out():
    """An admin records a customer's AI opt-out (or, with "opted_out": false, their opt-in)."""
    body = request.get_json(silent=True)
    requester = body.get("requester") if isinstance(body, dict) else None
    wanted = body.get("opted_out", True) if isinstance(body, dict) else None
    if not isinstance(requester, str | int) or isinstance(requester, bool) or not str(requester).strip().isdigit() \
            or not isinstance(wanted, bool):
        return _fail(ADMIN_ERRORS["opt_out"], 400)
    preferences = current_app.extensions["candor"].honoured_preferences()
    preferences.set_opt_out(g.tenant.tenant, str(requester).strip(), wanted, "admin_api")
    record_opt_out(current_app.extensions["candor"].audit, current_app.extensions["candor"].clock(), g.tenant.tenant,
                   str(requester).strip(), wanted, "admin_api")
    log_event(log, "opt_out_set", tenant=g.tenant.tenant, outcome=str(wanted).lower())
    return jsonify({"tenant": g.tenant.tenant, "requester": str(requester).strip(),
                    "opted_out": preferences.opted_out(g.tenant.tenant, str(requester).strip()),
                    "source": "admin_api"})


@bp.get("/trust-report")
@admin_only
def trust_report():
    """What the AI did and how people used it, from the audit trail (plugin/reports); the CLI's JSON twin."""
    from plugin.reports.source import trust_report as build

    report = build(current_app.extensions["candor"], g.tenant.tenant, request.args.get("since"),
                   request.args.get("until"))
    if request.args.get("format") == "html":
        from plugin.reports.trust_html import render
        return Response(render(report), mimetype="text/html")
    return jsonify(report)


@bp.route("/settings", methods=["GET", "PUT"])
@admin_only
def settings():
    """The tenant's settings (auto-reply, second opinion, allow-lists, groups...); PUT changes some of them."""
    from plugin.core import tenant_settings

    config = g.tenant
    if request.method == "PUT":
        body = request.get_json(silent=True)
        if not isinstance(body, dict) or not body:
            return _fail(ADMIN_ERRORS["settings"], 400)
        config = tenant_settings.apply(config, body)  # BadRequest -> 400 with the reason (admin_only)
        current_app.extensions["candor"].tenants.put(config)
    return jsonify(tenant_settings.show(config))


@bp.get("/kb/status")
@admin_only
def kb_status():
    from plugin.knowledge import knowledge_for

    from .app import current_services
    return jsonify(knowledge_for(current_services()).status(g.tenant.tenant))


@bp.post("/kb/sync")
@admin_only
def kb_sync():
    """Sync the tenant's Help Center now. A failure keeps the last good index; the answer says why."""
    from plugin.knowledge import knowledge_for

    from .app import current_services
    body = request.get_json(silent=True)
    full = isinstance(body, dict) and body.get("full") is True
    knowledge = knowledge_for(current_services())
    knowledge.sync(g.tenant.tenant, full=full)
    return jsonify(knowledge.status(g.tenant.tenant))
