"""The sidebar's JSON API. Every call needs `Authorization: Bearer <session>` (handlers/sidebar.py issues it)
and, once the tenant has an app key, `X-Candor-App-Key` (added by Zendesk's proxy from the app's secure
setting). Everything is read and written for the session's tenant only: the tenant comes from the signed
session, never from the request.

  GET  /zaf/api/tickets/<id>/suggestion?locale=es   the sidebar view (core/sidebar.py)
  POST /zaf/api/tickets/<id>/regenerate             queue a fresh suggestion          -> 202
  POST /zaf/api/tickets/<id>/actions  {"action", "suggestion_id"}   inserted | sent_as_is | sent_edited | discarded
  POST /zaf/api/tickets/<id>/flags    {"kind", "suggestion_id"}     inaccurate | biased | unsafe
  POST /zaf/api/tickets/<id>/review-outcome {"outcome"}   substantiated | not_substantiated | unclear (bias reviews)
"""
from __future__ import annotations

import uuid
from functools import wraps

from flask import Blueprint, current_app, g, jsonify, make_response, request

from plugin.core.errors import Unauthorized
from plugin.core.feedback import AGENT_ACTIONS, FLAG_KINDS
from plugin.core.installation import app_key_matches
from plugin.core.model import Job
from plugin.core.session import bearer
from plugin.core.sidebar import latest_route, sidebar_view
from plugin.core.texts import SIDEBAR_ERRORS
from plugin.marketplace import NotConfigured, marketplace_for

bp = Blueprint("sidebar_api", __name__, url_prefix="/zaf/api")


def _error(key: str, status: int, **values):
    response = jsonify(error=SIDEBAR_ERRORS[key].format(**values))
    response.status_code = status
    return response


def check_session(market):
    """Set g.session and g.tenant from the bearer session token and check the app key (added by Zendesk's
    proxy). Returns an error response, or None when the caller may go on. Shared with handlers/admin.py."""
    try:
        g.session, g.tenant = market.session(bearer(request.headers.get("Authorization")))
    except Unauthorized:
        return _error("session", 401)
    except NotConfigured as exc:
        return jsonify(error=str(exc)), 503
    if not app_key_matches(g.tenant, request.headers.get("X-Candor-App-Key")):
        return _error("app_key", 403)
    return None


def authenticated(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        problem = check_session(marketplace_for(current_app))
        if problem is not None:
            return problem
        response = make_response(view(*args, **kwargs))
        response.headers["Cache-Control"] = "no-store"
        return response
    return wrapper


def _services():
    return current_app.extensions["candor"]


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


@bp.get("/tickets/<int:ticket_id>/suggestion")
@authenticated
def suggestion(ticket_id: int):
    services = _services()
    language = (request.args.get("locale") or g.tenant.language or "en")[:10]
    route = latest_route(services.audit, services.preferences, g.tenant.tenant, ticket_id, services.clock())
    return jsonify(sidebar_view(g.tenant, ticket_id, _latest(ticket_id), route, language))


@bp.post("/tickets/<int:ticket_id>/regenerate")
@authenticated
def regenerate(ticket_id: int):
    job = Job(g.tenant.tenant, f"regen-{uuid.uuid4().hex}", "regenerate", ticket_id=ticket_id)
    _services().queue.enqueue(job)
    return jsonify(status="queued", event_id=job.event_id), 202


@bp.post("/tickets/<int:ticket_id>/actions")
@authenticated
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
    result = marketplace_for(current_app).feedback.act(
        g.tenant, _services().helpdesk_for(g.tenant), ticket_id, g.session.user_id, body["action"], suggestion,
        language)
    return jsonify(result.to_dict())


@bp.post("/tickets/<int:ticket_id>/flags")
@authenticated
def flag(ticket_id: int):
    body = _body()
    if body is None:
        return _error("json", 400)
    if body.get("kind") not in FLAG_KINDS:
        return _error("flag_kind", 400, kinds=", ".join(FLAG_KINDS))
    suggestion, problem = _current_suggestion(ticket_id, body)
    if problem is not None:
        return problem
    result = marketplace_for(current_app).feedback.flag(
        g.tenant, _services().helpdesk_for(g.tenant), ticket_id, g.session.user_id, body["kind"], suggestion)
    return jsonify(result.to_dict())


@bp.post("/tickets/<int:ticket_id>/review-outcome")
@authenticated
def review_outcome(ticket_id: int):
    """The review group records how a bias review ended (core/bias_outcome.py); audited, shown in the trust report."""
    from plugin.core.bias_outcome import OUTCOMES, BiasOutcomes

    body = _body()
    if body is None:
        return _error("json", 400)
    if body.get("outcome") not in OUTCOMES:
        return _error("outcome", 400, outcomes=", ".join(OUTCOMES))
    services = _services()
    if services.preferences.sticky_route(g.tenant.tenant, ticket_id) != "bias_review":
        return _error("not_review", 409)
    entry = BiasOutcomes(services.audit, services.clock).record(
        g.tenant, ticket_id, body["outcome"], source="sidebar", helpdesk=services.helpdesk_for(g.tenant),
        agent_id=g.session.user_id)
    return jsonify(status="recorded", audit_id=entry["id"], outcome=body["outcome"],
                   written_to_ticket=entry["detail"]["written_to_ticket"])
