"""The agents' sidebar page and its static files (plugin/app/assets, plugin/app/translations).

Zendesk loads the manifest's `ticket_sidebar` URL with a POST whose form field `token` is a JWT it signed
(`signedUrls`, https://developer.zendesk.com/documentation/apps/build-an-app/building-a-server-side-app/part-5-secure-the-app/).
We verify it, then serve iframe.html with our own short-lived session token in a <meta> tag; the page's API
calls carry it. `POST /zaf/session` does the same exchange as
JSON. A GET (or a bad token) serves the page without a session: it tells the agent to open it from Zendesk.
"""
from __future__ import annotations

import logging
import re
from functools import cache

import jinja2
from flask import Blueprint, Response, jsonify, request, send_from_directory

from plugin.core.errors import CandorError, TransientError, Unauthorized
from plugin.core.logs import log_event
from plugin.core.texts import SIDEBAR_ERRORS
from plugin.marketplace import NotConfigured
from plugin.settings import PACKAGE_DIR

from .app import current_services
from .auth import fail

bp = Blueprint("sidebar", __name__)
log = logging.getLogger("candor.sidebar")
ASSETS = PACKAGE_DIR / "app" / "assets"
TRANSLATIONS = PACKAGE_DIR / "app" / "translations"
_LOCALE = re.compile(r"^[a-z]{2}(-[a-z0-9]{2,3})?$", re.IGNORECASE)
PAGE_HEADERS = {
    "Cache-Control": "no-store",  # the page carries a session token
    "Content-Security-Policy": ("default-src 'self'; script-src 'self' https://static.zdassets.com; "
                                "style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                                "frame-ancestors 'self' https://*.zendesk.com"),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}


def _exchange(zaf_token: str | None) -> tuple[str, object]:
    token, session = current_services().marketplace.authenticate(zaf_token)
    log_event(log, "sidebar_session", tenant=session.tenant, user_id=session.user_id)
    return token, session


def _api_base() -> str:
    """From configuration only (CANDOR_PUBLIC_URL), never from the request's Host header (a forged Host would
    send the agent's session token elsewhere); without it, the same-origin path the page was served from."""
    public = current_services().settings.app.public_url
    return (public or "") + "/zaf/api"


@cache
def _templates() -> jinja2.Environment:
    """plugin/app/assets as Jinja2 templates, autoescaped: iframe.html and admin.html hold `{{ session }}` and
    `{{ api }}`."""
    return jinja2.Environment(loader=jinja2.FileSystemLoader(ASSETS), autoescape=True,
                              undefined=jinja2.StrictUndefined)


def _page(session_token: str, status: int, name: str = "iframe.html") -> Response:
    text = _templates().get_template(name).render(session=session_token, api=_api_base())
    return Response(text, status=status, mimetype="text/html", headers=PAGE_HEADERS)


@bp.route("/zaf/assets/iframe.html", methods=["GET", "POST"])
def sidebar_page():
    return _signed_page("iframe.html")


@bp.route("/zaf/assets/admin.html", methods=["GET", "POST"])
def admin_page():
    """The admins' nav_bar page (the trust report). Its data comes from /admin/api, which checks the admin role."""
    return _signed_page("admin.html")


def _signed_page(name: str) -> Response:
    if request.method == "GET":
        return _page("", 200, name)
    try:
        token, _ = _exchange(request.form.get("token"))
    except Unauthorized as exc:
        log_event(log, "sidebar_rejected", logging.WARNING, reason=type(exc).__name__)
        return _page("", 401, name)
    except (NotConfigured, TransientError) as exc:
        log_event(log, "sidebar_unavailable", logging.ERROR, error=type(exc).__name__)
        return _page("", 503, name)
    return _page(token, 200, name)


@bp.post("/zaf/session")
def create_session():
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not isinstance(body.get("token"), str):
        return fail(SIDEBAR_ERRORS["json"], 400)
    try:
        token, session = _exchange(body["token"])
    except Unauthorized:
        return fail(SIDEBAR_ERRORS["jwt"], 401)
    except (NotConfigured, TransientError, CandorError) as exc:
        log_event(log, "sidebar_unavailable", logging.ERROR, error=type(exc).__name__)
        return fail(str(exc) if isinstance(exc, NotConfigured) else "temporarily unavailable", 503)
    response = jsonify(session=token, tenant=session.tenant, user_id=session.user_id, expires_at=session.expires_at)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/zaf/assets/<path:name>")
def asset(name: str):
    return send_from_directory(ASSETS, name, max_age=300)


@bp.get("/zaf/translations/<locale>.json")
def translations(locale: str):
    if not _LOCALE.match(locale) or not (TRANSLATIONS / f"{locale.lower()}.json").exists():
        return fail("not found", 404)
    return send_from_directory(TRANSLATIONS, f"{locale.lower()}.json", max_age=300)
