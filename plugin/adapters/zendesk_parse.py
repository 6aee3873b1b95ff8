"""Zendesk API JSON -> frozen domain types (Ticket, Comment, User, Thread).

Sans-I/O: no network, no `requests`; the CLI uses it offline on saved bundles. Input is exactly what the
Support API returns: `GET /api/v2/tickets/{id}` (`{"ticket": {...}}`), the `comments` of
`GET /api/v2/tickets/{id}/comments` and the `users` of `GET /api/v2/users/show_many`
(https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/ , .../ticket_comments/ ,
.../users/users/). Anything malformed raises `BadRequest` naming the object and field, never its value.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any, overload

from plugin.core.errors import BadRequest
from plugin.core.model import Comment, Thread, Ticket, User

ROLES = ("end-user", "agent", "admin")


def _where(kind: str, data: dict) -> str:
    ident = data.get("id")
    return f"{kind} {ident}" if isinstance(ident, int) and not isinstance(ident, bool) else kind


@overload
def _id(data: dict, key: str, kind: str) -> int: ...
@overload
def _id(data: dict, key: str, kind: str, *, required: bool) -> int | None: ...
def _id(data: dict, key: str, kind: str, *, required: bool = True) -> int | None:
    """Zendesk ids are JSON integers; decimal strings are accepted for hand-written bundles."""
    value = data.get(key)
    if value is None and not required:
        return None
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value  # may be -1: Zendesk's id for "the system" on some automated comments
    state = "missing" if value is None else "not an integer id"
    raise BadRequest(f"{_where(kind, data)}: field '{key}' is {state}")


@overload
def _text(data: dict, key: str, kind: str, default: str) -> str: ...
@overload
def _text(data: dict, key: str, kind: str, default: None = None) -> str | None: ...
def _text(data: dict, key: str, kind: str, default: str | None = None) -> str | None:
    value = data.get(key)
    if value is None:
        return default
    if not isinstance(value, str):
        raise BadRequest(f"{_where(kind, data)}: field '{key}' must be a string")
    return value


def _tags(data: dict, kind: str) -> tuple[str, ...]:
    value = data.get("tags") or []
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        raise BadRequest(f"{_where(kind, data)}: field 'tags' must be a list of strings")
    return tuple(value)


def _frozen(value: Any) -> Any:
    """Lists (multiselect fields) become tuples so the frozen dataclasses stay hashable."""
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((str(k), _frozen(v)) for k, v in value.items()))
    return value


def _object(data: Any, kind: str) -> dict:
    if not isinstance(data, dict):
        raise BadRequest(f"{kind}: expected a JSON object, got {type(data).__name__}")
    return data


def parse_user(data: Any) -> User:
    data = _object(data, "user")
    role = data.get("role")
    if role not in ROLES:
        # No default: guessing "end-user" would count an agent's (or the plugin's) notes as the customer's.
        raise BadRequest(f"{_where('user', data)}: field 'role' must be one of {', '.join(ROLES)}")
    fields = data.get("user_fields") or {}
    if not isinstance(fields, dict):
        raise BadRequest(f"{_where('user', data)}: field 'user_fields' must be an object")
    return User(
        id=_id(data, "id", "user"),
        name=_text(data, "name", "user", ""),
        email=_text(data, "email", "user"),
        phone=_text(data, "phone", "user"),
        role=role,
        locale=_text(data, "locale", "user"),
        tags=_tags(data, "user"),
        user_fields=tuple(sorted((str(k), _frozen(v)) for k, v in fields.items())),
    )


def user_with_email(users: list[User], email: str) -> User | None:
    """The user whose e-mail is `email` (case-insensitive); else the only user a search for it found
    (the address may be a secondary identity, which the user record does not show)."""
    wanted = email.strip().casefold()
    exact = [u for u in users if (u.email or "").casefold() == wanted]
    if exact:
        return exact[0]
    return users[0] if len(users) == 1 else None


def parse_comment(data: Any) -> Comment:
    """`plain_body` (HTML stripped) is preferred; `body` is the fallback for hand-written bundles."""
    data = _object(data, "comment")
    plain, raw = _text(data, "plain_body", "comment"), _text(data, "body", "comment")
    body = plain if plain or raw is None else raw
    if body is None:
        raise BadRequest(f"{_where('comment', data)}: needs 'plain_body' or 'body'")
    public = data.get("public")
    if not isinstance(public, bool):
        # No default: mistaking an internal note for a public message would leak it into a draft.
        raise BadRequest(f"{_where('comment', data)}: field 'public' must be true or false")
    return Comment(
        id=_id(data, "id", "comment"),
        author_id=_id(data, "author_id", "comment"),
        body=body,
        public=public,
        created_at=_text(data, "created_at", "comment", ""),
    )


def _custom_fields(data: dict) -> tuple[tuple[int, object], ...]:
    items = data.get("custom_fields") or []
    if not isinstance(items, list):
        raise BadRequest(f"{_where('ticket', data)}: field 'custom_fields' must be a list")
    return tuple((_id(_object(f, "custom field"), "id", "custom field"), _frozen(f.get("value"))) for f in items)


def parse_ticket(data: Any) -> Ticket:
    """A ticket object, or the `{"ticket": {...}}` body of Show Ticket."""
    data = _unwrap(_object(data, "ticket"), "ticket")
    return Ticket(
        id=_id(data, "id", "ticket"),
        subject=_text(data, "subject", "ticket", ""),
        requester_id=_id(data, "requester_id", "ticket"),
        status=_text(data, "status", "ticket", "open"),
        priority=_text(data, "priority", "ticket"),
        group_id=_id(data, "group_id", "ticket", required=False),
        tags=_tags(data, "ticket"),
        custom_fields=_custom_fields(data),
        updated_at=_text(data, "updated_at", "ticket", ""),
        channel=_channel(data),
    )


def _channel(data: dict) -> str:
    """`via.channel` (web, email, api, chat…): a short label for reports, never anything from the customer."""
    via = data.get("via")
    channel = via.get("channel") if isinstance(via, dict) else None
    return channel[:40] if isinstance(channel, str) and channel.replace("_", "").isalnum() else ""


def _unwrap(data: dict, key: str) -> Any:
    """Accept an API response body (`{"ticket": {...}}`) as well as the bare object."""
    if key in data and "id" not in data:
        return data[key]
    return data


def _items(value: Any, key: str) -> list:
    value = _unwrap(value, key) if isinstance(value, dict) else value
    if value is None:
        return []
    if not isinstance(value, list):
        raise BadRequest(f"'{key}' must be a list of {key} objects (or a response body holding one)")
    return value


def parse_comments(items: Iterable[Any]) -> tuple[Comment, ...]:
    """Oldest first, as the Thread promises; Zendesk ids grow with time, so they break ties."""
    comments = [parse_comment(c) for c in items]
    return tuple(sorted(comments, key=lambda c: (c.created_at, c.id)))


def thread_from_api(ticket: Any, comments: Iterable[Any], users: Iterable[Any]) -> Thread:
    parsed = parse_ticket(ticket)
    unique = {u.id: u for u in (parse_user(u) for u in users)}
    return Thread(ticket=parsed, comments=parse_comments(comments), users=tuple(unique.values()))


def thread_from_bundle(bundle: Any) -> Thread:
    """The CLI's offline format: `{"ticket": ..., "comments": [...], "users": [...]}`.

    Each part may be the bare API object/list or the API response body that holds it
    (`{"ticket": {...}}`, `{"comments": [...]}`, `{"users": [...]}`), so saved responses can be pasted in.
    `users` may be omitted (authors are then unknown; see Thread.is_customer_comment).
    """
    bundle = _object(bundle, "bundle")
    if "ticket" not in bundle:
        raise BadRequest("bundle: needs a 'ticket' (and usually 'comments' and 'users')")
    return thread_from_api(
        bundle["ticket"], _items(bundle.get("comments"), "comments"), _items(bundle.get("users"), "users")
    )
