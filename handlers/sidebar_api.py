"""The sidebar's JSON API. Every call needs `Authorization: Bearer <session>` (handlers/sidebar.py issues it)
and, once the tenant has an app key, `X-Candor-App-Key` (added by Zendesk's proxy from the app's secure
setting). Everything is read and written for the session's tenant only: the tenant comes from the signed
session, never from the request.

  GET  /zaf/api/tickets/<id>/suggestion?locale=es   the sidebar view (core/sidebar.py)
  POST /zaf/api/tickets/<id>/regenerate             queue a fresh suggestion          -> 202
  POST /zaf/api/tickets/<id>/actions  {"action", "suggestion_id"}   inserted | sent_as_is | sent_edited | discarded
  POST /zaf/api/tickets/<id>/flags    {"kind", "suggestion_id"}     inaccurate | biased | unsafe
  GET  /zaf/api/status                              {"tenant", "oauth": {"status": ok | refresh_failed, ...}}
  POST /zaf/api/tickets/<id>/review-outcome {"outcome"}   substantiated | not_substantiated | unclear (bias reviews)
"""
from __future__ import annotations

import uuid

from flask import Blueprint, g, jsonify, request

from plugin.core.feedback import AGENT_ACTIONS, FLAG_KINDS
from plugin.core.model import Job
from plugin.core.oauth_tokens import status_of
from plugin.core.sidebar import latest_route, sidebar_view
from plugin.core.texts import INSTALL_TEXTS, SIDEBAR_ERRORS

from .app import current_services
from .auth import session_required

bp = Blueprint("sidebar_api", __name__, url_prefix="/zaf/api")


def _error(key: str, status: int, **values):
    response = jsonify(error=SIDEBAR_ERRORS[key].format(**values))
    response.status_code = status
    return response


def _services():
    return current_services()


def _latest(ticket_id: int) -> dict | None:
    return _services().archive.latest(g.tenant.tenant, ticket_id)


def _body() -> dict | None:
    body = request.get_json(silent=True)
    return body if isinstance(body, dict) else None


def _current_suggestion(ticket_id: int, body: dict):
    """The latest suggestion, if it is the one the agent saw (`suggestion_id`); else an error response."""
    suggestion = _latest(ticket_id)
    if suggestion is None:
        return None, _error("no_suggestion", 404)
    wanted = body.get("suggestion_id")
    if wanted is not None and wanted != suggestion.get("id"):
        return None, _error("stale", 409)
    return suggestion, None


@bp.get("/status")
@session_required
def status():
    """Whether Candor can still reach the tenant's Zendesk (shown by the app page; any agent may see it, since
    an admin check itself needs a working token)."""
    oauth = status_of(g.tenant).to_dict()
    if oauth["status"] != "ok":
        oauth["message"] = INSTALL_TEXTS["oauth_failed"].format(reason=oauth.get("reason") or "refused")
    return jsonify(tenant=g.tenant.tenant, oauth=oauth)


@bp.get("/tickets/<int:ticket_id>/suggestion")
@session_required
def suggestion(ticket_id: int):
    services = _services()
    language = (request.args.get("locale") or g.tenant.language or "en")[:10]
    route = latest_route(services.audit, services.preferences, g.tenant.tenant, ticket_id, services.clock())
    return jsonify(sidebar_view(g.tenant, ticket_id, _latest(ticket_id), route, language))


@bp.post("/tickets/<int:ticket_id>/regenerate")
@session_required
def regenerate(ticket_id: int):
    job = Job(g.tenant.tenant, f"regen-{uuid.uuid4().hex}", "regenerate", ticket_id=ticket_id)
    _services().queue.enqueue(job)
    return jsonify(status="queued", event_id=job.event_id), 202


@bp.post("/tickets/<int:ticket_id>/actions")
@session_required
def action(ticket_id: int):
    body = _body()
    if body is None:
        return _error("json", 400)
    if body.get("action") not in AGENT_ACTIONS:
        return _error("action", 400, actions=", ".join(AGENT_ACTIONS))
    suggestion, problem = _current_suggestion(ticket_id, body)
    if problem is not None:
        return problem
    language = str(body.get("locale") or g.tenant.language or "en")[:10]
    result = current_services().marketplace.feedback.act(
        g.tenant, _services().helpdesk_for(g.tenant), ticket_id, g.session.user_id, body["action"], suggestion,
        language)
    return jsonify(result.to_dict())


@bp.post("/tickets/<int:ticket_id>/flags")
@session_required
def flag(ticket_id: int):
    body = _body()
    if body is None:
        return _error("json", 400)
    if body.get("kind") not in FLAG_KINDS:
        return _error("flag_kind", 400, kinds=", ".join(FLAG_KINDS))
    suggestion, problem = _current_suggestion(ticket_id, body)
    if problem is not None:
        return problem
    result = current_services().marketplace.feedback.flag(
        g.tenant, _services().helpdesk_for(g.tenant), ticket_id, g.session.user_id, body["kind"], suggestion)
    return jsonify(result.to_dict())


@bp.post("/tickets/<int:ticket_id>/review-outcome")
@session_required
def review_outcome(ticket_id: int):
    """The review group records how a bias review ended (core/bias_outcome.py); audited, shown in the trust report."""
    from plugin.core.bias_outcome import OUTCOMES, NotUnderReview, record_review_outcome

    body = _body()
    if body is None:
        return _error("json", 400)
    if body.get("outcome") not in OUTCOMES:
        return _error("outcome", 400, outcomes=", ".join(OUTCOMES))
    services = _services()
    try:
        entry = record_review_outcome(services.bias_outcomes, services.preferences, g.tenant, ticket_id,
                                      body["outcome"], helpdesk=services.helpdesk_for(g.tenant),
                                      agent_id=g.session.user_id)
    except NotUnderReview:
        return _error("not_review", 409)
    return jsonify(status="recorded", audit_id=entry["id"], outcome=body["outcome"],
                   written_to_ticket=entry["detail"]["written_to_ticket"])
