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
from plugin.core.sidebar import NoSuggestion, StaleSuggestion
from plugin.core.texts import INSTALL_TEXTS, SIDEBAR_ERRORS

from .app import current_services
from .auth import fail, session_required

bp = Blueprint("sidebar_api", __name__, url_prefix="/zaf/api")


def _error(key: str, status: int, **values):
    return fail(SIDEBAR_ERRORS[key].format(**values), status)


def _services():
    return current_services()


def _body() -> dict | None:
    body = request.get_json(silent=True)
    return body if isinstance(body, dict) else None


def _current_suggestion(ticket_id: int, body: dict):
    """(the suggestion the agent saw, None), or (None, the error response) (core/sidebar.TicketSidebar)."""
    try:
        return _services().sidebar.seen_suggestion(g.tenant.tenant, ticket_id, body.get("suggestion_id")), None
    except NoSuggestion:
        return None, _error("no_suggestion", 404)
    except StaleSuggestion:
        return None, _error("stale", 409)


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
    language = (request.args.get("locale") or g.tenant.language or "en")[:10]
    return jsonify(_services().sidebar.view(g.tenant, ticket_id, language))


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
