"""The admins' install flow (OAuth authorisation code with Candor's global client) and uninstall.

  GET  /install?subdomain=acme[&installation_id=N]  -> 302 to https://acme.zendesk.com/oauth/authorizations/new
  GET  /oauth/callback?code=…&state=…               -> core.installation.install (admin only; own webhooks and
                                                       secrets; audited); shows the app key once (HTML, or JSON
                                                       with ?format=json)
  POST /uninstall  (sidebar session of an admin)     -> core.installation.uninstall

`state` is signed by us, expires after 10 minutes and is bound to the browser that started the flow by a
nonce cookie, so a callback cannot be replayed or forged into someone else's browser (RFC 6749 §10.12).
Both install routes refuse to run without CANDOR_PUBLIC_URL: the redirect URI and the webhook addresses are
built from configuration only, never from a request's Host header.
"""
from __future__ import annotations

import logging
import re

from flask import Blueprint, current_app, g, jsonify, redirect, render_template, request

from plugin.core.errors import CandorError, Forbidden, PermanentError, TransientError, Unauthorized
from plugin.core.installation import valid_subdomain
from plugin.core.logs import log_event
from plugin.core.texts import INSTALL_TEXTS
from plugin.marketplace import STATE_SECONDS, NotConfigured

from .app import current_services
from .auth import fail, session_required

bp = Blueprint("install", __name__)
log = logging.getLogger("candor.install")
NONCE_COOKIE = "candor_oauth_nonce"


@bp.get("/install")
def install():
    market = current_services().marketplace
    subdomain = valid_subdomain(request.args.get("subdomain"))
    try:
        market.public_url()  # an unconfigured deployment says so before anything else
        if subdomain is None:
            return fail(INSTALL_TEXTS["subdomain"], 400)
        url, nonce = market.start_install(subdomain, request.args.get("installation_id", ""))
    except NotConfigured as exc:
        return fail(str(exc), 503)
    response = redirect(url, 302)
    response.set_cookie(NONCE_COOKIE, nonce, max_age=STATE_SECONDS, httponly=True, secure=request.is_secure,
                        samesite="Lax", path="/oauth")
    log_event(log, "install_started", tenant=subdomain)
    return response


@bp.get("/oauth/callback")
def callback():
    market = current_services().marketplace
    try:
        claims = market.checked_state(request.args.get("state"), request.cookies.get(NONCE_COOKIE))
    except NotConfigured as exc:
        return fail(str(exc), 503)
    except Unauthorized:
        return fail(INSTALL_TEXTS["state"], 400)
    if request.args.get("error"):
        error = re.sub(r"[^a-z_]", "", request.args["error"].lower())[:40]
        return fail(INSTALL_TEXTS["denied"].format(error=error or "unknown"), 400)
    subdomain, code = claims["s"], request.args.get("code") or ""
    try:
        result = market.complete_install(subdomain, code, claims.get("i"))
    except Forbidden as exc:
        log_event(log, "install_refused", logging.WARNING, tenant=subdomain, reason="not_admin")
        return fail(str(exc), 403)
    except PermanentError:
        result = None
    except (TransientError, NotConfigured) as exc:
        return fail(str(exc) if isinstance(exc, NotConfigured) else "temporarily unavailable, retry", 503)
    if result is None:
        return fail(INSTALL_TEXTS["exchange"], 400)
    log_event(log, "tenant_installed", tenant=subdomain, created=result.created, warnings=len(result.warnings))
    response = _answer(result.to_dict())
    response.delete_cookie(NONCE_COOKIE, path="/oauth")
    response.headers["Cache-Control"] = "no-store"  # the answer shows the app key
    return response


def _answer(answer: dict):
    if request.args.get("format") == "json" or request.accept_mimetypes.best == "application/json":
        return jsonify(answer)
    page = render_template("installed.html", title=INSTALL_TEXTS["installed_title"].format(tenant=answer["tenant"]),
                           body=INSTALL_TEXTS["installed_body"].format(group=answer["review_group"]),
                           app_key=answer["app_key"], warnings=answer["warnings"])
    return current_app.response_class(page, mimetype="text/html")


@bp.post("/uninstall")
@session_required
def uninstall():
    try:
        removal, revoked = current_services().marketplace.uninstall(g.tenant, g.session.user_id)
    except (Forbidden, Unauthorized, PermanentError):  # not an admin, or no token to ask Zendesk with
        return fail(INSTALL_TEXTS["admin_only"], 403)
    except NotConfigured as exc:
        return fail(str(exc), 503)
    except CandorError:
        return fail("temporarily unavailable, retry", 503)
    log_event(log, "tenant_removed", tenant=g.tenant.tenant, token_revoked=revoked)
    return jsonify({**removal.to_dict(), "token_revoked": revoked})
