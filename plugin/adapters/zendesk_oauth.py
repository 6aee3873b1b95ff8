"""ZendeskOAuth: the authorisation-code flow for Candor's global OAuth client, and the few API calls the
install flow makes with the token it yields.

Marketplace apps that call the API from a server must use a global OAuth client
(https://developer.zendesk.com/documentation/apps/publish-your-app-or-theme/global_oauth_intro). Flow
(https://developer.zendesk.com/documentation/ticketing/working-with-oauth/creating-and-using-oauth-tokens-with-the-api/)
the admin's browser goes to `https://{subdomain}.zendesk.com/oauth/authorizations/new?response_type=code&...`,
Zendesk redirects back with `code` and our `state`, we POST the code to `/oauth/tokens`.
`base_url_for(subdomain)` is the account's URL; tests point it at a local server.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from plugin.core.errors import PermanentError, TransientError

from .zendesk_http import ZendeskHttp
from .zendesk_requests import ApiRequest

# Zendesk's expiring access tokens live 300 s to 2 days (expires_in, "Using OAuth authentication with your
# application", developer.zendesk.com); a week leaves room without letting a bad answer mean "for ever".
MAX_EXPIRES_IN = 7 * 86400
DISCLOSURE_FIELD_TITLE = "AI disclosure (Candor)"  # the title plugin/app/requirements.json gives the field


@dataclass(frozen=True)
class OAuthClient:
    client_id: str
    client_secret: str
    redirect_uri: str  # "" when CANDOR_PUBLIC_URL is unset: then no authorisation flow is served
    scope: str = "read write"

    def __repr__(self) -> str:  # never print the secret by accident
        return f"OAuthClient(client_id={self.client_id!r}, redirect_uri={self.redirect_uri!r})"


@dataclass(frozen=True)
class OAuthToken:
    access_token: str
    scope: str = ""
    refresh_token: str | None = None
    expires_in: int | None = None

    def __repr__(self) -> str:
        return f"OAuthToken(scope={self.scope!r}, refresh={self.refresh_token is not None})"

    def grant(self, now: float):
        """As core.installation.Grant, with the expiry as an epoch time."""
        from plugin.core.installation import Grant
        return Grant(self.access_token, self.refresh_token, now + self.expires_in if self.expires_in else None)


class ZendeskOAuth:
    def __init__(self, client: OAuthClient, base_url_for: Callable[[str], str], *, timeout: float = 10.0,
                 extra_headers: dict[str, str] | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
        self.client, self._base_url_for, self._timeout = client, base_url_for, timeout
        self._extra, self._sleep = dict(extra_headers or {}), sleep

    def authorize_url(self, subdomain: str, state: str) -> str:
        query = urlencode({"response_type": "code", "client_id": self.client.client_id,
                           "redirect_uri": self.client.redirect_uri, "scope": self.client.scope, "state": state})
        return f"{self._base_url_for(subdomain)}/oauth/authorizations/new?{query}"

    def exchange_code(self, subdomain: str, code: str) -> OAuthToken:
        if not self.client.redirect_uri:
            raise PermanentError("no redirect URI configured")
        return self._token(subdomain, {"grant_type": "authorization_code", "code": code,
                                       "redirect_uri": self.client.redirect_uri, "scope": self.client.scope})

    def refresh(self, subdomain: str, refresh_token: str):
        """A new access and refresh token for the refresh token (core.oauth_tokens.TokenRefresher). Zendesk
        deletes the previous pair (https://support.zendesk.com/hc/en-us/articles/9182123625370)."""
        token = self._token(subdomain, {"grant_type": "refresh_token", "refresh_token": refresh_token})
        return token.grant(time.time())

    def _token(self, subdomain: str, grant: dict) -> OAuthToken:
        import requests  # lazy: only the install flow and token refreshes need it

        body = {**grant, "client_id": self.client.client_id, "client_secret": self.client.client_secret}
        try:
            response = requests.post(f"{self._base_url_for(subdomain)}/oauth/tokens", json=body,
                                     headers={"Accept": "application/json", **self._extra},
                                     timeout=self._timeout, allow_redirects=False)
        except requests.exceptions.RequestException:
            raise TransientError("zendesk token endpoint unreachable") from None
        if response.status_code >= 500 or response.status_code == 429:
            raise TransientError(f"zendesk token endpoint answered {response.status_code}")
        data = _json(response)
        token = data.get("access_token")
        if response.status_code != 200 or not isinstance(token, str) or not token:
            error = str(data.get("error") or "no error")[:60]
            raise PermanentError(f"zendesk refused the {grant['grant_type']} grant ({response.status_code}, {error})")
        expires = data.get("expires_in")
        if expires is None and grant["grant_type"] == "refresh_token":
            raise PermanentError("zendesk answered the refresh without expires_in")  # a refreshed token expires
        if expires is not None and not _valid_lifetime(expires):
            # "3600", 3600.5, 0, -1, true, 10**9: stored as is, the token would count as never expiring
            raise PermanentError(f"zendesk answered an invalid expires_in for the {grant['grant_type']} grant")
        return OAuthToken(token, str(data.get("scope") or ""), data.get("refresh_token") or None, expires)

    def api(self, subdomain: str, token: str) -> ZendeskHttp:
        return ZendeskHttp(self._base_url_for(subdomain), f"Bearer {token}", tenant=subdomain, timeout=self._timeout,
                           max_attempts=3, sleep=self._sleep, max_retry_after=10.0, extra_headers=self._extra)

    def ticket_field_id(self, subdomain: str, token: str, title: str = DISCLOSURE_FIELD_TITLE) -> int | None:
        """The id of the active ticket field with this title (created by the app's requirements.json)."""
        def page(after: str | None) -> ApiRequest:
            params = (("page[size]", "100"),) + ((("page[after]", after),) if after else ())
            return ApiRequest("GET", "/api/v2/ticket_fields", "/api/v2/ticket_fields", params)
        fields = self.api(subdomain, token).pages(page, "ticket_fields")
        return next((f["id"] for f in fields if isinstance(f, dict) and f.get("title") == title
                     and f.get("active", True) and isinstance(f.get("id"), int)), None)

    def user_role(self, subdomain: str, token: str, user_id: int) -> str:
        """`end-user`, `agent` or `admin` (https://developer.zendesk.com/api-reference/ticketing/users/users/)."""
        path = f"/api/v2/users/{int(user_id)}"
        user = self.api(subdomain, token).call(ApiRequest("GET", "/api/v2/users/{user_id}", path)).get("user") or {}
        return str(user.get("role") or "")

    def revoke(self, subdomain: str, token: str) -> None:
        """Revoke the token we were given (uninstall). `current` names the token of the request."""
        request = ApiRequest("DELETE", "/api/v2/oauth/tokens/{oauth_token_id}", "/api/v2/oauth/tokens/current")
        self.api(subdomain, token).once(request)


def _valid_lifetime(value: object) -> bool:
    """A whole, positive number of seconds no longer than MAX_EXPIRES_IN (a bool is not a number here)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_EXPIRES_IN


def _json(response) -> dict:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
