"""A local stand-in for one Zendesk account, for the sidebar and install-flow tests (127.0.0.1, random port).

Serves what those flows call: the app's public key (`/api/v2/apps/<id>/public_key.pem`), the OAuth token
endpoint, ticket fields, groups, users and token revocation. Records every request. Also makes RS256 key
pairs and ZAF-shaped JWTs (`zaf_token`), including the malformed ones the tests need.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
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


class ZendeskStub:
    def __init__(self, public_pem: str = "", *, client_id: str = "zdg-candor", client_secret: str = "shh",
                 codes: dict[str, str] | None = None, roles: dict[int, str] | None = None,
                 fields: list[dict] | None = None) -> None:
        self.public_pem, self.client_id, self.client_secret = public_pem, client_id, client_secret
        self.codes = dict(codes or {"good-code": "tok-acme-1"})  # code -> access token it yields
        self.tokens: set[str] = set()
        self.revoked: list[str] = []
        self.roles = dict(roles or {7: "admin", 8: "agent"})
        self.fields = list(fields if fields is not None else [{"id": 555, "title": "AI disclosure (Candor)",
                                                               "active": True}])
        self.groups: dict[int, str] = {}
        self.webhooks = [{"id": "01HCANDOR", "name": "Candor", "endpoint": "https://candor.test/webhooks/zendesk"},
                         {"id": "01HOTHER", "name": "Candor backup", "endpoint": "https://elsewhere.test/hook"},
                         {"id": "01HUSERS", "name": "Candor user events",
                          "endpoint": "https://candor.test/webhooks/zendesk"}]
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
        if not isinstance(body, dict) or body.get("grant_type") != "authorization_code" \
                or body.get("client_id") != self.client_id or body.get("client_secret") != self.client_secret \
                or body.get("code") not in self.codes or not body.get("redirect_uri"):
            return 400, {"error": "invalid_grant"}
        self.redirect_uri = body["redirect_uri"]
        token = self.codes.pop(body["code"])  # a code works once
        self.tokens.add(token)
        return 200, {"access_token": token, "token_type": "bearer", "scope": body.get("scope", "")}

    def _api(self, method: str, path: str, token: str, body: object) -> tuple[int, object]:
        if method == "GET" and path == "/api/v2/ticket_fields":
            return 200, {"ticket_fields": self.fields, "meta": {"has_more": False}}
        if method == "GET" and path == "/api/v2/webhooks":
            return 200, {"webhooks": self.webhooks, "meta": {"has_more": False}}
        hook = re.fullmatch(r"/api/v2/webhooks/(\w+)", path)
        if method == "PATCH" and hook and any(h["id"] == hook.group(1) for h in self.webhooks):
            next(h for h in self.webhooks if h["id"] == hook.group(1)).update(body["webhook"])
            return 204, None
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
