"""In-memory Zendesk account behind the contract server: tickets, comments, users, groups.

Each handler takes (path params, query, body) and returns (status, JSON body), with the semantics of the
Support API reference: Update Ticket replaces `tags`, honours `safe_update` with 409, appends the
comment authored by the authenticated user; cursor pagination with `meta`/`links`; Show Many Users
takes up to 100 ids; Create Group rejects a duplicate name with 422.
"""
from __future__ import annotations

import base64
import html
import itertools
import secrets as random
from datetime import UTC, datetime, timedelta

NOT_FOUND = (404, {"error": "RecordNotFound", "description": "Not found"})


def make_user(user_id: int, name: str, role: str = "end-user", **extra) -> dict:
    return {"id": user_id, "url": f"https://acme.zendesk.com/api/v2/users/{user_id}.json", "name": name,
            "email": extra.pop("email", None), "phone": extra.pop("phone", None), "role": role,
            "locale": extra.pop("locale", "en-US"), "tags": extra.pop("tags", []),
            "user_fields": extra.pop("user_fields", {}), "active": True, "verified": True, **extra}


def make_ticket(ticket_id: int, requester_id: int, **extra) -> dict:
    return {"id": ticket_id, "url": f"https://acme.zendesk.com/api/v2/tickets/{ticket_id}.json",
            "subject": extra.pop("subject", "Order question"), "raw_subject": "Order question",
            "description": "", "status": extra.pop("status", "open"), "priority": extra.pop("priority", None),
            "requester_id": requester_id, "submitter_id": requester_id, "assignee_id": None,
            "group_id": extra.pop("group_id", None), "tags": extra.pop("tags", []),
            "custom_fields": extra.pop("custom_fields", []), "via": {"channel": "web"},
            "created_at": "2024-01-01T00:00:00Z", "updated_at": extra.pop("updated_at", "2024-01-01T00:00:00Z"),
            **extra}


def make_comment(comment_id: int, author_id: int, body: str, public: bool = True, created_at: str = "") -> dict:
    return {"id": comment_id, "type": "Comment", "author_id": author_id, "body": body, "plain_body": body,
            "html_body": f'<div class="zd-comment"><p>{html.escape(body)}</p></div>', "public": public,
            "attachments": [], "audit_id": comment_id, "created_at": created_at or "2024-01-01T00:00:00Z",
            "via": {"channel": "web", "source": {"from": {}, "to": {}, "rel": None}}, "metadata": {"system": {}}}


def _cursor(index: int) -> str:
    return base64.urlsafe_b64encode(f"i:{index}".encode()).decode()


def _index(cursor: str | None) -> int | None:
    if not cursor:
        return 0
    try:
        return int(base64.urlsafe_b64decode(cursor.encode()).decode().removeprefix("i:"))
    except ValueError:
        return None


class ZendeskState:
    def __init__(self, me: dict, base_url: str = "") -> None:
        self.base_url = base_url
        self.me = me
        self.users: dict[int, dict] = {me["id"]: me}
        self.tickets: dict[int, dict] = {}
        self.comments: dict[int, list[dict]] = {}
        self.groups: dict[int, dict] = {}
        self.webhooks: dict[str, dict] = {}
        self.signing_secrets: dict[str, str] = {}  # webhook id -> the secret Zendesk made for it
        self.triggers: dict[int, dict] = {}
        self._ids = itertools.count(10_000)
        self._clock = datetime(2024, 6, 1, tzinfo=UTC)

    def now(self) -> str:
        """A clock that moves one second per write, so every update changes updated_at."""
        self._clock += timedelta(seconds=1)
        return self._clock.strftime("%Y-%m-%dT%H:%M:%SZ")

    def add(self, ticket: dict, comments: list[dict] = (), users: list[dict] = ()) -> None:
        self.tickets[ticket["id"]] = ticket
        self.comments[ticket["id"]] = list(comments)
        self.users.update((u["id"], u) for u in users)

    def add_group(self, group_id: int, name: str) -> None:
        self.groups[group_id] = {"id": group_id, "name": name, "is_public": True, "deleted": False,
                                 "default": False, "created_at": "2024-01-01T00:00:00Z"}

    def _page(self, items: list, query: dict, key: str, path: str) -> tuple[int, dict]:
        if "page[size]" not in query and "page[after]" not in query:  # offset pagination (not used by us)
            return 200, {key: items[:100], "next_page": None, "previous_page": None, "count": len(items)}
        size, start = int(query.get("page[size]", 100)), _index(query.get("page[after]"))
        if start is None:
            return 400, {"error": "InvalidPaginationParameter", "description": "invalid cursor"}
        if query.get("sort") == "-created_at":
            items = list(reversed(items))
        page, more = items[start:start + size], start + size < len(items)
        after = _cursor(start + size) if more else None
        next_link = f"{self.base_url}{path}?page[size]={size}&page[after]={after}" if more else None
        return 200, {key: page, "meta": {"has_more": more, "after_cursor": after, "before_cursor": None},
                     "links": {"next": next_link, "prev": None}}

    def operation(self, operation_id: str):
        """The handler for a spec operationId, or None if this server does not implement it."""
        name = {"ShowTicket": "show_ticket", "ListTicketComments": "list_comments",
                "ShowManyUsers": "show_many_users", "ShowCurrentUser": "show_current_user",
                "ListGroups": "list_groups", "CreateGroup": "create_group",
                "UpdateTicket": "update_ticket", "SearchUsers": "search_users",
                "listWebhooks": "list_webhooks", "createOrCloneWebhook": "create_webhook",
                "patchWebhook": "patch_webhook", "deleteWebhook": "delete_webhook",
                "showWebhookSigningSecret": "show_signing_secret", "ListTriggers": "list_triggers",
                "CreateTrigger": "create_trigger", "UpdateTrigger": "update_trigger"}.get(operation_id)
        return getattr(self, name) if name else None

    # -- operations ----------------------------------------------------------------------------------
    def show_ticket(self, params: dict, query: dict, body: object) -> tuple[int, dict]:
        ticket = self.tickets.get(int(params["ticket_id"]))
        return (200, {"ticket": ticket}) if ticket else NOT_FOUND

    def list_comments(self, params: dict, query: dict, body: object) -> tuple[int, dict]:
        ticket_id = int(params["ticket_id"])
        if ticket_id not in self.tickets:
            return NOT_FOUND
        return self._page(self.comments[ticket_id], query, "comments", f"/api/v2/tickets/{ticket_id}/comments")

    def show_many_users(self, params: dict, query: dict, body: object) -> tuple[int, dict]:
        ids = [i for i in query.get("ids", "").split(",") if i]
        if not ids or len(ids) > 100 or not all(i.isdigit() for i in ids):
            return 400, {"error": "InvalidValue", "description": "ids: 1 to 100 user ids"}
        return 200, {"users": [self.users[int(i)] for i in ids if int(i) in self.users]}

    def search_users(self, params: dict, query: dict, body: object) -> tuple[int, dict]:
        """`email:<address>` matches the e-mail exactly (case-insensitive); other text, name or e-mail parts."""
        text = query.get("query", "").strip().casefold()
        if text.startswith("email:"):
            wanted = text.removeprefix("email:").strip('"')
            found = [u for u in self.users.values() if (u.get("email") or "").casefold() == wanted]
        else:
            found = [u for u in self.users.values() if text and text in f"{u['name']} {u.get('email') or ''}".casefold()]
        return 200, {"users": found, "next_page": None, "previous_page": None, "count": len(found)}

    def show_current_user(self, params: dict, query: dict, body: object) -> tuple[int, dict]:
        return 200, {"user": self.me}

    def list_groups(self, params: dict, query: dict, body: object) -> tuple[int, dict]:
        return self._page(list(self.groups.values()), query, "groups", "/api/v2/groups")

    def create_group(self, params: dict, query: dict, body: dict) -> tuple[int, dict]:
        name = body["group"]["name"]
        if any(g["name"].casefold() == name.casefold() for g in self.groups.values()):
            return 422, {"error": "RecordInvalid", "description": "Record validation errors",
                         "details": {"name": [{"description": "Name: has already been taken"}]}}
        group_id = next(self._ids)
        self.add_group(group_id, name)
        return 201, {"group": self.groups[group_id]}

    # -- webhooks (https://developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks/) -------
    def list_webhooks(self, params: dict, query: dict, body: object) -> tuple[int, dict]:
        wanted = query.get("filter[name_contains]", "").casefold()
        found = [w for w in self.webhooks.values() if wanted in w["name"].casefold()]
        return self._page(found, query, "webhooks", "/api/v2/webhooks")

    def create_webhook(self, params: dict, query: dict, body: dict) -> tuple[int, dict]:
        webhook_id = f"01HW{next(self._ids)}"
        self.webhooks[webhook_id] = {**body["webhook"], "id": webhook_id, "created_at": self.now(),
                                     "created_by": str(self.me["id"])}
        self.signing_secrets[webhook_id] = random.token_urlsafe(32)
        return 201, {"webhook": self.webhooks[webhook_id]}

    def patch_webhook(self, params: dict, query: dict, body: dict) -> tuple[int, object]:
        webhook = self.webhooks.get(params["webhook_id"])
        if webhook is None:
            return 404, {"errors": [{"code": "RecordNotFound", "title": "Not found"}]}
        webhook.update(body["webhook"])
        return 204, None

    def delete_webhook(self, params: dict, query: dict, body: object) -> tuple[int, object]:
        if self.webhooks.pop(params["webhook_id"], None) is None:
            return 404, {"errors": [{"code": "RecordNotFound", "title": "Not found"}]}
        return 204, None

    def show_signing_secret(self, params: dict, query: dict, body: object) -> tuple[int, dict]:
        secret = self.signing_secrets.get(params["webhook_id"])
        if secret is None:
            return 404, {"errors": [{"code": "RecordNotFound", "title": "Not found"}]}
        return 200, {"signing_secret": {"algorithm": "sha256", "secret": secret}}

    # -- triggers --------------------------------------------------------------------------------------
    def list_triggers(self, params: dict, query: dict, body: object) -> tuple[int, dict]:
        return self._page(list(self.triggers.values()), query, "triggers", "/api/v2/triggers")

    def create_trigger(self, params: dict, query: dict, body: dict) -> tuple[int, dict]:
        trigger_id = next(self._ids)
        self.triggers[trigger_id] = {**body["trigger"], "id": trigger_id, "created_at": self.now()}
        return 201, {"trigger": self.triggers[trigger_id]}

    def update_trigger(self, params: dict, query: dict, body: dict) -> tuple[int, dict]:
        trigger = self.triggers.get(int(params["trigger_id"]))
        if trigger is None:
            return NOT_FOUND
        trigger.update(body["trigger"])
        return 200, {"trigger": trigger}

    def update_ticket(self, params: dict, query: dict, body: dict) -> tuple[int, dict]:
        ticket = self.tickets.get(int(params["ticket_id"]))
        if ticket is None:
            return NOT_FOUND
        change = body.get("ticket") or {}
        if change.get("safe_update") and change.get("updated_stamp") != ticket["updated_at"]:
            return 409, {"error": "UpdateConflict", "description": "Safe Update prevented the update"}
        if "group_id" in change and change["group_id"] not in self.groups:
            return 422, {"error": "RecordInvalid", "description": "Record validation errors"}
        now, events = self.now(), []
        for key in ("tags", "group_id", "priority", "status", "subject"):
            if key in change:
                ticket[key] = change[key]
        fields = {f["id"]: f for f in ticket["custom_fields"]}
        fields.update((f["id"], {"id": f["id"], "value": f.get("value")}) for f in change.get("custom_fields", []))
        ticket["custom_fields"], ticket["updated_at"] = list(fields.values()), now
        if "comment" in change:
            comment = self._comment(change["comment"], now)
            self.comments[ticket["id"]].append(comment)
            events.append({"id": comment["id"], "type": "Comment", "body": comment["body"]})
        audit = {"id": next(self._ids), "ticket_id": ticket["id"], "created_at": now, "author_id": self.me["id"],
                 "events": events, "via": {"channel": "api"}}
        return 200, {"ticket": ticket, "audit": audit}

    def _comment(self, data: dict, now: str) -> dict:
        text = data.get("body") or data.get("html_body") or ""
        comment = make_comment(next(self._ids), data.get("author_id", self.me["id"]), text,
                               data.get("public", True), now)
        comment["via"]["channel"] = "api"
        return comment
