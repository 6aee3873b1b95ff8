"""A local stand-in for one Zendesk account, for the sidebar and install-flow tests (127.0.0.1, random port).

Serves what those flows call: the app's public key (`/api/v2/apps/<id>/public_key.pem`), the OAuth token
endpoint (authorization code and refresh token grants, rotating refresh tokens), the caller (`users/me`),
ticket fields, groups, users, token revocation, and the Webhooks API as documented
(https://developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks/): create, list, update,
delete, and each webhook's own signing secret (`GET /api/v2/webhooks/{id}/signing_secret`, refused for
webhooks created by an app's requirements), plus the Triggers API (list, create, update). Records every
request. Also makes RS256 key
pairs and ZAF-shaped JWTs (`zaf_token`), including the malformed ones the tests need.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets as random
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def rsa_keypair() -> tuple[str, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    return private, public


def zaf_claims(subdomain: str = "acme", user_id: int = 7, installation_id: int = 9, **overrides) -> dict:
    now = int(time.time())
    claims = {"iss": f"{subdomain}.zendesk.com", "iat": now, "exp": now + 300,
              "aud": f"https://{subdomain}.zendesk.com/api/v2/apps/installations/{installation_id}.json",
              "sub": f"https://{subdomain}.zendesk.com/api/v2/users/{user_id}.json", "jti": "test"}
    claims.update(overrides)
    return {k: v for k, v in claims.items() if v is not None}


def zaf_token(private_pem: str, **claims) -> str:
    return jwt.encode(zaf_claims(**claims), private_pem, algorithm="RS256")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def forged_token(alg: str, key: bytes = b"", **claims) -> str:
    """A token PyJWT would refuse to make: `none`, or HS256 keyed with the public key (algorithm confusion)."""
    head = _b64(json.dumps({"alg": alg, "typ": "JWT"}).encode())
    body = _b64(json.dumps(zaf_claims(**claims)).encode())
    signing = f"{head}.{body}".encode()
    mac = hmac.new(key, signing, hashlib.sha256).digest() if alg == "HS256" else b""
    return f"{head}.{body}.{_b64(mac)}"


MISSING = "<missing>"  # ZendeskStub.refresh_expires_in: the answer has no expires_in


class ZendeskStub:
    def __init__(self, public_pem: str = "", *, client_id: str = "zdg-candor", client_secret: str = "shh",
                 codes: dict[str, str] | None = None, roles: dict[int, str] | None = None,
                 fields: list[dict] | None = None) -> None:
        self.public_pem, self.client_id, self.client_secret = public_pem, client_id, client_secret
        self.codes = dict(codes or {"good-code": "tok-acme-1"})  # code -> access token it yields
        self.token_user = {"tok-acme-1": 7}  # access token -> the user who granted it (users/me)
        self.tokens: set[str] = set()
        self.refresh_tokens: dict[str, tuple[str, int]] = {}  # refresh token -> (access token it replaces, user)
        self.expires_in: int | None = None  # set: tokens expire and come with a refresh token
        self.refused_refresh = False  # True: every refresh is answered invalid_grant (revoked by the admin)
        self.refresh_expires_in: object = "same"  # else the refresh answer's expires_in as given (MISSING: left out)
        self.revoked: list[str] = []
        self.roles = dict(roles or {7: "admin", 8: "agent"})
        self.fields = list(fields if fields is not None else [{"id": 555, "title": "AI disclosure (Candor)",
                                                               "active": True}])
        self.groups: dict[int, str] = {}
        # created by the app's requirements.json (external_source: the app): their secret is the app-wide one
        self.webhooks = [{"id": "01HCANDOR", "name": "Candor", "endpoint": "https://candor.test/webhooks/zendesk",
                          "status": "active", "subscriptions": ["conditional_ticket_events"], "by_app": True},
                         {"id": "01HOTHER", "name": "Candor backup", "endpoint": "https://elsewhere.test/hook",
                          "status": "active", "subscriptions": ["conditional_ticket_events"], "by_app": False},
                         {"id": "01HUSERS", "name": "Candor user events", "status": "active",
                          "endpoint": "https://candor.test/webhooks/zendesk",
                          "subscriptions": ["zen:event-type:user.deleted"], "by_app": True}]
        self.signing_secrets: dict[str, str] = {"01HOTHER": "other-hooks-secret-0123456789"}
        self.triggers = [{"id": 301, "title": "Candor: new ticket from a customer", "active": True,
                          "conditions": {"all": [], "any": []},
                          "actions": [{"field": "notification_webhook", "value": ["01HCANDOR", "{}"]}]}]
        self.requests: list[dict] = []
        self.redirect_uri: str | None = None
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.stub = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> ZendeskStub:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def hits(self, method: str, path_prefix: str) -> list[dict]:
        return [r for r in self.requests if r["method"] == method and r["path"].startswith(path_prefix)]

    # -- routes ----------------------------------------------------------------------------------------
    def answer(self, method: str, path: str, headers: dict, body: object) -> tuple[int, object]:
        self.requests.append({"method": method, "path": path, "auth": headers.get("authorization"), "body": body,
                              "headers": headers})
        if method == "GET" and re.fullmatch(r"/api/v2/apps/\d+/public_key\.pem", path):
            return 200, self.public_pem
        if method == "POST" and path == "/oauth/tokens":
            return self._token(body)
        token = (headers.get("authorization") or "").removeprefix("Bearer ")
        if token not in self.tokens:
            return 401, {"error": "Couldn't authenticate you"}
        return self._api(method, path, token, body)

    def _token(self, body: object) -> tuple[int, object]:
        if not isinstance(body, dict) or body.get("client_id") != self.client_id \
                or body.get("client_secret") != self.client_secret:
            return 400, {"error": "invalid_client"}
        if body.get("grant_type") == "refresh_token":
            return self._refresh(body)
        if body.get("grant_type") != "authorization_code" or body.get("code") not in self.codes \
                or not body.get("redirect_uri"):
            return 400, {"error": "invalid_grant"}
        self.redirect_uri = body["redirect_uri"]
        token = self.codes.pop(body["code"])  # a code works once
        return 200, self._grant(token, self.token_user.get(token, 7), body.get("scope", ""))

    def _grant(self, token: str, user: int, scope: str) -> dict:
        self.tokens.add(token)
        self.token_user[token] = user
        answer = {"access_token": token, "token_type": "bearer", "scope": scope}
        if self.expires_in:
            refresh = f"refresh-{random.token_hex(8)}"
            self.refresh_tokens[refresh] = (token, user)
            answer.update(refresh_token=refresh, expires_in=self.expires_in)
        return answer

    def _refresh(self, body: dict) -> tuple[int, object]:
        """A refresh returns a new access and refresh token and deletes the previous ones (Zendesk's
        announcement of the refresh token grant, support.zendesk.com/hc/en-us/articles/9182123625370)."""
        old = self.refresh_tokens.pop(str(body.get("refresh_token")), None)
        if old is None or self.refused_refresh:
            return 400, {"error": "invalid_grant", "error_description": "The refresh token is invalid"}
        self.tokens.discard(old[0])
        answer = self._grant(f"tok-refreshed-{random.token_hex(4)}", old[1], "read write")
        if self.refresh_expires_in == MISSING:
            answer.pop("expires_in")
        elif self.refresh_expires_in != "same":
            answer["expires_in"] = self.refresh_expires_in
        return 200, answer

    def _api(self, method: str, path: str, token: str, body: object) -> tuple[int, object]:
        if method == "GET" and path == "/api/v2/users/me":
            user = self.token_user.get(token, 0)
            return 200, {"user": {"id": user, "role": self.roles.get(user, "end-user")}}
        if method == "GET" and path == "/api/v2/ticket_fields":
            return 200, {"ticket_fields": self.fields, "meta": {"has_more": False}}
        if path.startswith("/api/v2/webhooks"):
            return self._webhooks(method, path, body)
        if path.startswith("/api/v2/triggers"):
            return self._triggers(method, path, body)
        if method == "GET" and path == "/api/v2/groups":
            groups = [{"id": i, "name": n, "deleted": False} for i, n in self.groups.items()]
            return 200, {"groups": groups, "meta": {"has_more": False}}
        if method == "POST" and path == "/api/v2/groups":
            group_id = 9000 + len(self.groups)
            self.groups[group_id] = body["group"]["name"]
            return 201, {"group": {"id": group_id, "name": body["group"]["name"]}}
        user = re.fullmatch(r"/api/v2/users/(\d+)", path)
        if method == "GET" and user and int(user.group(1)) in self.roles:
            return 200, {"user": {"id": int(user.group(1)), "role": self.roles[int(user.group(1))]}}
        if method == "DELETE" and path == "/api/v2/oauth/tokens/current":
            self.tokens.discard(token)
            self.revoked.append(token)
            return 204, None
        return 404, {"error": "RecordNotFound"}

    def webhook(self, webhook_id: str) -> dict | None:
        return next((h for h in self.webhooks if h["id"] == webhook_id), None)

    def _webhooks(self, method: str, path: str, body: object) -> tuple[int, object]:
        public = lambda h: {k: v for k, v in h.items() if k != "by_app"}  # noqa: E731
        if method == "GET" and path == "/api/v2/webhooks":
            return 200, {"webhooks": [public(h) for h in self.webhooks], "meta": {"has_more": False}}
        if method == "POST" and path == "/api/v2/webhooks":
            spec = body["webhook"]
            missing = [k for k in ("name", "endpoint", "http_method", "request_format", "status") if not spec.get(k)]
            if missing:
                return 400, {"errors": [{"code": "InvalidInput", "title": f"missing {', '.join(missing)}"}]}
            hook = {**spec, "id": f"01HNEW{len(self.webhooks):04d}", "by_app": False}
            self.webhooks.append(hook)
            self.signing_secrets[hook["id"]] = random.token_urlsafe(32)  # Zendesk makes one per webhook
            return 201, {"webhook": public(hook)}
        match = re.fullmatch(r"/api/v2/webhooks/(\w+)(/signing_secret)?", path)
        hook = self.webhook(match.group(1)) if match else None
        if hook is None:
            return 404, {"errors": [{"code": "RecordNotFound", "title": "Not found"}]}
        if match.group(2):
            if method != "GET" or hook["by_app"]:  # "admins cannot reveal secrets of webhooks created by apps"
                return 403, {"errors": [{"code": "Forbidden", "title": "Forbidden"}]}
            return 200, {"signing_secret": {"algorithm": "sha256", "secret": self.signing_secrets[hook["id"]]}}
        if method == "PATCH":
            hook.update(body["webhook"])
            return 204, None
        if method == "DELETE":
            self.webhooks.remove(hook)
            return 204, None
        return 404, {"errors": [{"code": "RecordNotFound", "title": "Not found"}]}

    def _triggers(self, method: str, path: str, body: object) -> tuple[int, object]:
        if method == "GET" and path == "/api/v2/triggers":
            return 200, {"triggers": self.triggers, "meta": {"has_more": False}}
        if method == "POST" and path == "/api/v2/triggers":
            trigger = {**body["trigger"], "id": 400 + len(self.triggers)}
            self.triggers.append(trigger)
            return 201, {"trigger": trigger}
        match = re.fullmatch(r"/api/v2/triggers/(\d+)", path)
        trigger = next((t for t in self.triggers if match and t["id"] == int(match.group(1))), None)
        if method == "PUT" and trigger is not None:
            trigger.update(body["trigger"])
            return 200, {"trigger": trigger}
        return 404, {"error": "RecordNotFound"}


class _Handler(BaseHTTPRequestHandler):
    def _any(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode(errors="replace")
        headers = {k.lower(): v for k, v in self.headers.items()}
        status, answer = self.server.stub.answer(self.command, urlsplit(self.path).path, headers, body)
        data = b"" if answer is None else (answer.encode() if isinstance(answer, str) else json.dumps(answer).encode())
        self.send_response(status)
        self.send_header("Content-Type", "text/plain" if isinstance(answer, str) else "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _any

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - BaseHTTPRequestHandler's name
        pass
