"""Who may call: sidebar sessions, the tenant's app key, and the Zendesk admin check, in one place.

- a sidebar session (`Authorization: Bearer <session>`, issued by handlers/sidebar.py from Zendesk's signed
  app JWT) names the tenant and the agent; the tenant always comes from it, never from the request;
- the tenant's app key (`X-Candor-App-Key`, added by Zendesk's proxy from the app's secure setting);
- for admin routes, a Zendesk role of `admin` for the session's user, asked with the tenant's OAuth token
  (core.installation.require_admin, via Marketplace.require_admin).
`session_required` and `admin_required` set `g.session` and `g.tenant` and answer `Cache-Control: no-store`.
"""
from __future__ import annotations

from functools import wraps

from flask import g, jsonify, make_response, request

from plugin.core.errors import BadRequest, CandorError, Forbidden, PermanentError, TransientError, Unauthorized
from plugin.core.installation import app_key_matches
from plugin.core.oauth_tokens import ReauthorizationNeeded
from plugin.core.privacy_texts import ADMIN_ERRORS
from plugin.core.session import bearer
from plugin.core.texts import INSTALL_TEXTS, SIDEBAR_ERRORS
from plugin.marketplace import NotConfigured

from .app import current_services


def fail(text: str, status: int):
    """A JSON error answer."""
    response = jsonify(error=text)
    response.status_code = status
    return response


def check_session():
    """Set g.session and g.tenant from the bearer session and check the app key. None when the caller may go
    on, else the error response."""
    try:
        g.session, g.tenant = current_services().marketplace.session(bearer(request.headers.get("Authorization")))
    except Unauthorized:
        return fail(SIDEBAR_ERRORS["session"], 401)
    except NotConfigured as exc:
        return fail(str(exc), 503)
    if not app_key_matches(g.tenant, request.headers.get("X-Candor-App-Key")):
        return fail(SIDEBAR_ERRORS["app_key"], 403)
    return None


def check_admin():
    """After check_session: None when the session's user is an admin of the tenant's Zendesk, else the error."""
    try:
        current_services().marketplace.require_admin(g.tenant, g.session.user_id)
    except NotConfigured as exc:
        return fail(str(exc), 503)
    except ReauthorizationNeeded:
        return fail(INSTALL_TEXTS["oauth_failed"].format(reason="refresh refused"), 503)
    except (Forbidden, Unauthorized, PermanentError):
        return fail(INSTALL_TEXTS["admin_only"], 403)
    except CandorError:
        return fail(ADMIN_ERRORS["unavailable"], 503)
    return None


def _no_store(response):
    response.headers["Cache-Control"] = "no-store"
    return response


def session_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        problem = check_session()
        return problem if problem is not None else _no_store(make_response(view(*args, **kwargs)))
    return wrapper


def admin_required(view):
    """Session + app key + Zendesk admin; BadRequest from the view is a 400, TransientError a 503."""
    @wraps(view)
    def wrapper(*args, **kwargs):
        problem = check_session() or check_admin()
        if problem is not None:
            return problem
        try:
            response = make_response(view(*args, **kwargs))
        except BadRequest as exc:
            response = fail(str(exc), 400)
        except TransientError:
            response = fail(ADMIN_ERRORS["unavailable"], 503)
        return _no_store(response)
    return wrapper
