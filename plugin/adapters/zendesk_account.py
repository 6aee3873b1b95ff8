"""ZendeskAccountAdmin: what install and uninstall do on one Zendesk account with an admin's OAuth token
(core.installation.AccountAdmin).

Webhooks: each installation creates its own (Webhooks API, `POST /api/v2/webhooks`) and reads the signing
secret Zendesk made for it (`GET /api/v2/webhooks/{id}/signing_secret`, returning
`{"signing_secret": {"algorithm": "sha256", "secret": ...}}`), as Zendesk's own integrations do
(https://developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks/).
The webhooks the app's requirements.json creates share one app-wide secret and admins cannot read theirs,
so they are switched off (`PATCH status: inactive`; admins may edit app-created webhooks) and the app's
triggers are pointed at the installation's webhook (`PUT /api/v2/triggers/{id}`, or created from the
definitions in requirements.json when missing).
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from urllib.parse import quote

from plugin.core.errors import PermanentError
from plugin.core.installation import WEBHOOKS, Webhook, WebhookSpec
from plugin.settings import PACKAGE_DIR

from .zendesk_oauth import ZendeskOAuth
from .zendesk_requests import ApiRequest

APP_WEBHOOK_NAMES = ("Candor", "Candor user events", "Candor article events")  # requirements.json's names
APP_WEBHOOK_REF = "candor_webhook"  # how requirements.json's triggers name their webhook
REQUIREMENTS = PACKAGE_DIR / "app" / "requirements.json"


def app_triggers() -> list[dict]:
    """The trigger definitions of the Zendesk app (one source for the app package and the install)."""
    data = json.loads(REQUIREMENTS.read_text(encoding="utf-8"))
    return list((data.get("triggers") or {}).values())


class ZendeskAccountAdmin:
    def __init__(self, oauth: ZendeskOAuth, subdomain: str, token: str) -> None:
        self._oauth, self.subdomain, self._token = oauth, subdomain, token
        self._api = oauth.api(subdomain, token)

    def current_user(self) -> tuple[int, str]:
        """https://developer.zendesk.com/api-reference/ticketing/users/users/#show-self"""
        user = self._api.call(ApiRequest("GET", "/api/v2/users/me", "/api/v2/users/me")).get("user") or {}
        if not isinstance(user.get("id"), int):
            raise PermanentError("users/me named no user")
        return user["id"], str(user.get("role") or "")

    def user_role(self, user_id: int) -> str:
        return self._oauth.user_role(self.subdomain, self._token, user_id)

    def ticket_field_id(self, title: str) -> int | None:
        return self._oauth.ticket_field_id(self.subdomain, self._token, title)

    def _webhooks(self, name: str | None = None) -> list[dict]:
        def page(after: str | None) -> ApiRequest:
            params = ((("filter[name_contains]", name),) if name else ()) + (("page[size]", "100"),) + \
                ((("page[after]", after),) if after else ())
            return ApiRequest("GET", "/api/v2/webhooks", "/api/v2/webhooks", params)
        return [h for h in self._api.pages(page, "webhooks") if isinstance(h, dict)]

    def ensure_webhook(self, spec: WebhookSpec, endpoint: str) -> Webhook:
        """This installation's webhook (re-used on a re-install) and its own signing secret."""
        found = next((h for h in self._webhooks(spec.name)
                      if h.get("name") == spec.name and h.get("endpoint") == endpoint), None)
        if found is None:
            body = {"webhook": {"name": spec.name, "endpoint": endpoint, "http_method": "POST",
                                "request_format": "json", "status": "active", "subscriptions": list(spec.subscriptions),
                                "description": "Candor: sends ids only, signed with this webhook's own secret."}}
            found = self._api.once(ApiRequest("POST", "/api/v2/webhooks", "/api/v2/webhooks", body=body)).get(
                "webhook") or {}
        webhook_id = str(found.get("id") or "")
        if not webhook_id:
            raise PermanentError("the webhook was not created")
        path = f"/api/v2/webhooks/{quote(webhook_id, safe='')}/signing_secret"
        answer = self._api.call(ApiRequest("GET", "/api/v2/webhooks/{webhook_id}/signing_secret", path))
        secret = (answer.get("signing_secret") or {}).get("secret")
        if not isinstance(secret, str) or len(secret) < 16:
            raise PermanentError("the webhook's signing secret could not be read")
        return Webhook(webhook_id, secret)

    def route_triggers(self, webhook_id: str) -> int:
        """Point the app's triggers at `webhook_id` (update those that exist, create the missing ones)."""
        def page(after: str | None) -> ApiRequest:
            params = (("page[size]", "100"),) + ((("page[after]", after),) if after else ())
            return ApiRequest("GET", "/api/v2/triggers", "/api/v2/triggers", params)
        existing = {t.get("title"): t for t in self._api.pages(page, "triggers") if isinstance(t, dict)}
        routed = 0
        for wanted in app_triggers():
            actions = [_addressed(action, webhook_id) for action in wanted.get("actions") or []]
            current = existing.get(wanted.get("title"))
            if current is not None:
                # "updating a condition or action ... clear[s] all existing values of both arrays": send both
                # (https://developer.zendesk.com/api-reference/ticketing/business-rules/triggers/#update-ticket-trigger)
                path = f"/api/v2/triggers/{int(current['id'])}"
                trigger = {"title": wanted["title"], "conditions": wanted.get("conditions") or {"all": [], "any": []},
                           "actions": actions}
                self._api.once(ApiRequest("PUT", "/api/v2/triggers/{trigger_id}", path, body={"trigger": trigger}))
            else:
                trigger = {k: wanted[k] for k in ("title", "description", "active", "conditions") if k in wanted}
                self._api.once(ApiRequest("POST", "/api/v2/triggers", "/api/v2/triggers",
                                          body={"trigger": {**trigger, "actions": actions}}))
            routed += 1
        return routed

    def retire_app_webhooks(self, keep: Sequence[str]) -> int:
        """Switch off the app-wide webhooks of requirements.json (their secret is shared by every account)."""
        retired = 0
        for hook in self._webhooks():
            if hook.get("name") in APP_WEBHOOK_NAMES and str(hook.get("id")) not in keep \
                    and hook.get("status") != "inactive":
                path = f"/api/v2/webhooks/{quote(str(hook['id']), safe='')}"
                self._api.once(ApiRequest("PATCH", "/api/v2/webhooks/{webhook_id}", path,
                                          body={"webhook": {"status": "inactive"}}))
                retired += 1
        return retired

    def delete_webhooks(self, endpoint: str) -> int:
        """Uninstall: delete this installation's webhooks."""
        names = {spec.name for spec in WEBHOOKS}
        deleted = 0
        for hook in self._webhooks():
            if hook.get("name") in names and hook.get("endpoint") == endpoint:
                path = f"/api/v2/webhooks/{quote(str(hook['id']), safe='')}"
                self._api.once(ApiRequest("DELETE", "/api/v2/webhooks/{webhook_id}", path))
                deleted += 1
        return deleted

    def revoke(self, token: str | None = None) -> None:
        self._oauth.revoke(self.subdomain, token or self._token)


def _addressed(action: dict, webhook_id: str) -> dict:
    """A trigger action with requirements.json's webhook reference replaced by the installation's webhook."""
    value = action.get("value")
    if action.get("field") == "notification_webhook" and isinstance(value, list) and value:
        return {**action, "value": [webhook_id, *value[1:]]}
    return dict(action)
