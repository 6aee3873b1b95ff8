"""The admins' install flow (OAuth authorisation code with Candor's global client) and uninstall.

  GET  /install?subdomain=acme[&installation_id=N]  -> 302 to https://acme.zendesk.com/oauth/authorizations/new
  GET  /oauth/callback?code=…&state=…               -> tenant record + encrypted token, review group ensured;
                                                       shows the app key once (HTML, or JSON with ?format=json)
  POST /uninstall  (sidebar session of an admin)     -> revokes the token, deletes the tenant's data

`state` is signed by us, expires after 10 minutes and is bound to the browser that started the flow by a
nonce cookie, so a callback cannot be replayed or forged into someone else's browser (RFC 6749 §10.12).
"""
from __future__ import annotations

import hashlib
import hmac
import html
import logging
import re
import secrets
import uuid

from flask import Blueprint, Response, current_app, jsonify, redirect, request

from plugin.core import audit
from plugin.core.errors import CandorError, PermanentError, TransientError, Unauthorized
from plugin.core.installation import app_key_matches, install_tenant, remove_tenant, valid_subdomain
from plugin.core.logs import log_event
from plugin.core.session import STATE_PURPOSE, bearer
from plugin.core.texts import INSTALL_TEXTS, SIDEBAR_ERRORS
from plugin.knowledge import knowledge_for
from plugin.marketplace import NotConfigured, marketplace_for

bp = Blueprint("install", __name__)
log = logging.getLogger("candor.install")
NONCE_COOKIE = "candor_oauth_nonce"
STATE_SECONDS = 600


def _fail(text: str, status: int):
    response = jsonify(error=text)
    response.status_code = status
    return response


def _sha(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def _public_root(market) -> str:
    return market.config.public_url or request.url_root.rstrip("/")


def _redirect_uri(market) -> str:
    return _public_root(market) + "/oauth/callback"


@bp.get("/install")
def install():
    subdomain = valid_subdomain(request.args.get("subdomain"))
    if subdomain is None:
        return _fail(INSTALL_TEXTS["subdomain"], 400)
    installation = request.args.get("installation_id", "")
    market = marketplace_for(current_app)
    try:
        oauth = market.oauth(_redirect_uri(market))
        if not market.config.webhook_secret and market.services.secrets.get(subdomain) is None:
            raise NotConfigured(INSTALL_TEXTS["not_configured"].format(what="CANDOR_APP_WEBHOOK_SECRET"))
        nonce = secrets.token_urlsafe(24)
        state = market.signer.sign(STATE_PURPOSE, {"s": subdomain, "n": _sha(nonce),
                                                   "i": installation if installation.isdigit() else None},
                                   STATE_SECONDS)
    except NotConfigured as exc:
        return _fail(str(exc), 503)
    response = redirect(oauth.authorize_url(subdomain, state), 302)
    response.set_cookie(NONCE_COOKIE, nonce, max_age=STATE_SECONDS, httponly=True, secure=request.is_secure,
                        samesite="Lax", path="/oauth")
    log_event(log, "install_started", tenant=subdomain)
    return response


def _checked_state(market) -> dict:
    claims = market.signer.verify(STATE_PURPOSE, request.args.get("state"))
    nonce = request.cookies.get(NONCE_COOKIE) or ""
    if not nonce or not hmac.compare_digest(_sha(nonce), str(claims.get("n"))):
        raise Unauthorized("state not started in this browser")
    return claims


@bp.get("/oauth/callback")
def callback():
    market = marketplace_for(current_app)
    try:
        claims = _checked_state(market)
    except Unauthorized:
        return _fail(INSTALL_TEXTS["state"], 400)
    if request.args.get("error"):
        error = re.sub(r"[^a-z_]", "", request.args["error"].lower())[:40]
        return _fail(INSTALL_TEXTS["denied"].format(error=error or "unknown"), 400)
    subdomain, code = claims["s"], request.args.get("code") or ""
    try:
        oauth = market.oauth(_redirect_uri(market))
        token = oauth.exchange_code(subdomain, code) if code else None
    except PermanentError:
        token = None
    except (TransientError, NotConfigured) as exc:
        return _fail(str(exc) if isinstance(exc, NotConfigured) else "temporarily unavailable, retry", 503)
    if token is None:
        return _fail(INSTALL_TEXTS["exchange"], 400)
    answer = _install(market, oauth, subdomain, token.access_token, claims.get("i"))
    response = _answer(answer)
    response.delete_cookie(NONCE_COOKIE, path="/oauth")
    response.headers["Cache-Control"] = "no-store"  # the answer shows the app key
    return response


def _install(market, oauth, subdomain: str, access_token: str, installation_id: str | None) -> dict:
    services, warnings = market.services, []
    try:
        field_id = oauth.ticket_field_id(subdomain, access_token)
    except CandorError:
        field_id = None
    if field_id is None:
        warnings.append(INSTALL_TEXTS["field_missing"])
    installed = install_tenant(services.tenants, services.secrets, subdomain=subdomain, oauth_token=access_token,
                               webhook_secret=market.config.webhook_secret or "", installation_id=installation_id,
                               disclosure_field_id=field_id)
    try:
        pointed = oauth.point_webhooks(subdomain, access_token, f"{_public_root(market)}/webhooks/zendesk/{subdomain}")
    except CandorError:
        pointed = False
    if not pointed:
        warnings.append(INSTALL_TEXTS["webhook_missing"])
    group = installed.config.review_group
    try:
        group_id = services.helpdesk_for(installed.config).ensure_group(group)
    except CandorError as exc:
        group_id = None
        warnings.append(INSTALL_TEXTS["group_failed"].format(error=type(exc).__name__, group=group))
    try:  # post-install step (issue 17): queue the first Help Center sync; the worker runs it
        knowledge_for(services).after_install(subdomain)
    except CandorError:
        warnings.append(INSTALL_TEXTS["kb_sync_failed"])
    services.audit.append(audit.record(
        tenant=subdomain, ticket_id=None, event_id=f"install-{uuid.uuid4().hex}", action="tenant_installed",
        now=services.clock(), detail={"created": installed.created, "review_group_id": group_id,
                                      "disclosure_field_id": field_id, "webhook_addressed": pointed}))
    log_event(log, "tenant_installed", tenant=subdomain, created=installed.created, warnings=len(warnings))
    return {"status": "installed", "tenant": subdomain, "created": installed.created, "review_group": group,
            "review_group_id": group_id, "disclosure_field_id": field_id, "webhook_addressed": pointed,
            "warnings": warnings,
            "app_key": installed.app_key}


def _answer(answer: dict):
    if request.args.get("format") == "json" or request.accept_mimetypes.best == "application/json":
        return jsonify(answer)
    esc = html.escape
    items = "".join(f"<li>{esc(w)}</li>" for w in answer["warnings"])
    body = (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Candor</title></head><body>"
            f"<main><h1>{esc(INSTALL_TEXTS['installed_title'].format(tenant=answer['tenant']))}</h1>"
            f"<p>{esc(INSTALL_TEXTS['installed_body'].format(group=answer['review_group']))}</p>"
            f"<p><code>{esc(answer['app_key'])}</code></p>" + (f"<ul>{items}</ul>" if items else "") +
            "</main></body></html>")
    return Response(body, mimetype="text/html")


@bp.post("/uninstall")
def uninstall():
    market = marketplace_for(current_app)
    try:
        session, tenant = market.session(bearer(request.headers.get("Authorization")))
    except Unauthorized:
        return _fail(SIDEBAR_ERRORS["session"], 401)
    except NotConfigured as exc:
        return _fail(str(exc), 503)
    if not app_key_matches(tenant, request.headers.get("X-Candor-App-Key")):
        return _fail(SIDEBAR_ERRORS["app_key"], 403)
    services = market.services
    stored = services.secrets.get(tenant.tenant)
    token = stored.zendesk_oauth_token if stored else None
    try:
        oauth = market.oauth(_redirect_uri(market))
        if not token or oauth.user_role(tenant.tenant, token, session.user_id) != "admin":
            return _fail(INSTALL_TEXTS["admin_only"], 403)
    except NotConfigured as exc:
        return _fail(str(exc), 503)
    except PermanentError:
        return _fail(INSTALL_TEXTS["admin_only"], 403)
    except CandorError:
        return _fail("temporarily unavailable, retry", 503)
    try:
        oauth.revoke(tenant.tenant, token)
        revoked = True
    except CandorError:
        revoked = False
    removal = remove_tenant(tenant.tenant, tenants=services.tenants, secret_store=services.secrets,
                            stores=market.removal_stores())
    log_event(log, "tenant_removed", tenant=tenant.tenant, token_revoked=revoked)
    return jsonify({**removal.to_dict(), "token_revoked": revoked})
