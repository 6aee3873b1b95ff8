"""The HTTP requests Candor sends to Zendesk, as data. Pure: no I/O, no `requests`.

Shared by `ZendeskHelpdesk` (which sends them) and `DryRunHelpdesk` (which records them), so a dry run
shows exactly what production would send. Paths are the OpenAPI templates without the optional `.json`
suffix, so every request maps 1:1 onto an operation of the Support API spec
(tests/fixtures/zendesk/spec/support-api.openapi.yaml) and the contract server can validate it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from plugin.core.errors import PermanentError
from plugin.core.model import TicketUpdate

PAGE_SIZE = 100  # cursor pagination maximum for comments and groups
SHOW_MANY_LIMIT = 100  # "Accepts a comma-separated list of up to 100 user ids"
PRIORITIES = ("urgent", "high", "normal", "low")
_TAG = re.compile(r"^[^\s,]{1,80}$")  # Zendesk splits tags on whitespace and commas


@dataclass(frozen=True)
class ApiRequest:
    """One HTTP request. `template` is the spec path (logged instead of the concrete path)."""

    method: str
    template: str
    path: str
    params: tuple[tuple[str, str], ...] = ()
    body: dict | None = None

    def action(self) -> dict:
        """The record DryRunHelpdesk keeps: method, path (with query) and JSON body."""
        query = "&".join(f"{k}={v}" for k, v in self.params)
        return {"method": self.method, "path": self.path + (f"?{query}" if query else ""), "body": self.body}


def show_ticket(ticket_id: int) -> ApiRequest:
    # https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#show-ticket
    return ApiRequest("GET", "/api/v2/tickets/{ticket_id}", f"/api/v2/tickets/{int(ticket_id)}")


def list_comments(ticket_id: int, after: str | None = None, *, newest_first: bool = False,
                  size: int = PAGE_SIZE) -> ApiRequest:
    """Cursor pagination (https://developer.zendesk.com/api-reference/introduction/pagination/)."""
    params = [("page[size]", str(size))]
    if newest_first:
        params.append(("sort", "-created_at"))
    if after:
        params.append(("page[after]", after))
    path = f"/api/v2/tickets/{int(ticket_id)}/comments"
    return ApiRequest("GET", "/api/v2/tickets/{ticket_id}/comments", path, tuple(params))


def show_many_users(user_ids: list[int]) -> ApiRequest:
    # https://developer.zendesk.com/api-reference/ticketing/users/users/#show-many-users
    if not 0 < len(user_ids) <= SHOW_MANY_LIMIT:
        raise ValueError(f"show_many takes 1..{SHOW_MANY_LIMIT} ids, got {len(user_ids)}")
    ids = ",".join(str(int(i)) for i in user_ids)
    return ApiRequest("GET", "/api/v2/users/show_many", "/api/v2/users/show_many", (("ids", ids),))


def search_users(query: str) -> ApiRequest:
    # https://developer.zendesk.com/api-reference/ticketing/users/users/#search-users (erasure by e-mail)
    return ApiRequest("GET", "/api/v2/users/search", "/api/v2/users/search", (("query", query),))


def current_user() -> ApiRequest:
    return ApiRequest("GET", "/api/v2/users/me", "/api/v2/users/me")


def list_groups(after: str | None = None) -> ApiRequest:
    params = [("page[size]", str(PAGE_SIZE))] + ([("page[after]", after)] if after else [])
    return ApiRequest("GET", "/api/v2/groups", "/api/v2/groups", tuple(params))


def create_group(name: str) -> ApiRequest:
    # https://developer.zendesk.com/api-reference/ticketing/groups/groups/#create-group (Admins only)
    if not name or not name.strip():
        raise PermanentError("group name is empty")
    return ApiRequest("POST", "/api/v2/groups", "/api/v2/groups", body={"group": {"name": name}})


def merged_tags(current: tuple[str, ...] | list[str], add: tuple[str, ...]) -> list[str]:
    """Existing tags first, then new ones, compared case-insensitively (Zendesk treats tags so)."""
    seen = {t.lower() for t in current}
    out = list(current)
    for tag in add:
        if tag.lower() not in seen:
            seen.add(tag.lower())
            out.append(tag)
    return out


def _check(update: TicketUpdate) -> None:
    """Refuse what Zendesk would reject or silently mangle; retrying would not help, hence Permanent."""
    if update.priority is not None and update.priority not in PRIORITIES:
        raise PermanentError(f"priority must be one of {', '.join(PRIORITIES)}")
    bad = [t for t in update.add_tags if not _TAG.match(t)]
    if bad:
        raise PermanentError(f"{len(bad)} tag(s) contain spaces or commas, or are empty")
    if update.comment_body is not None and not update.comment_body.strip():
        raise PermanentError("comment body is empty")


def update_ticket(ticket_id: int, update: TicketUpdate, *, current_tags: tuple[str, ...] | None = None,
                  updated_stamp: str | None = None) -> ApiRequest | None:
    """`PUT /api/v2/tickets/{id}` with `{"ticket": TicketUpdateInput}`; None when there is nothing to send.

    Comment as `body` (plain text), not `html_body`: Zendesk keeps the line breaks of a plain body, and
    our notes carry model output — as plain text it cannot inject markup into the agent's view, and we
    need no HTML escaping of our own that could be got wrong.

    Tags: on this endpoint `tags` REPLACES the list and `additional_tags` is ignored (it works only on
    update_many; https://developer.zendesk.com/documentation/ticketing/managing-tickets/adding-tags-to-tickets-without-overwriting-existing-tags/ ).
    So we send current + new tags with `safe_update`/`updated_stamp`: if anyone changed the ticket since
    we read it, Zendesk answers 409 and the caller re-reads and retries — no tag is lost, and the note and
    tags land atomically in one audit.
    """
    _check(update)
    ticket: dict = {}
    if update.comment_body is not None:
        ticket["comment"] = {"body": update.comment_body, "public": bool(update.comment_public)}
    if update.add_tags:
        if current_tags is None or not updated_stamp:
            raise ValueError("adding tags needs the ticket's current tags and updated_at")
        tags = merged_tags(current_tags, update.add_tags)
        if tags != list(current_tags):
            ticket.update(tags=tags, safe_update=True, updated_stamp=updated_stamp)
    if update.group_id is not None:
        ticket["group_id"] = int(update.group_id)
    if update.priority is not None:
        ticket["priority"] = update.priority
    if update.custom_fields:
        ticket["custom_fields"] = [{"id": int(i), "value": _jsonable(v)} for i, v in update.custom_fields]
    if not ticket:
        return None
    path = f"/api/v2/tickets/{int(ticket_id)}"
    return ApiRequest("PUT", "/api/v2/tickets/{ticket_id}", path, body={"ticket": ticket})


def _jsonable(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value
