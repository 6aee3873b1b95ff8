"""ZendeskHelpdesk: the Helpdesk port over the Zendesk Support REST API.

Reads: Show Ticket, List Comments (cursor pages of 100), Show Many Users (requester + authors); Search Users
by e-mail for erasure requests.
Writes: Update Ticket (internal note, tags, group, priority, custom fields in ONE request) and
List/Create Group. Requests are built by `zendesk_requests` (shared with DryRunHelpdesk); transport,
retries and error translation live in `zendesk_http`.
"""
from __future__ import annotations

import re
import time
from collections.abc import Callable

from plugin.core.errors import BadRequest, PermanentError
from plugin.core.model import Thread, TicketUpdate, User

from . import zendesk_requests as rq
from .zendesk_http import MaybeAppliedError, ZendeskHttp, ZendeskHttpError, auth_header
from .zendesk_parse import parse_comments, parse_ticket, parse_user, user_with_email

_SUBDOMAIN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
_LANDED_WINDOW = 10  # newest comments inspected after a write whose answer was lost


def _parsed(parse: Callable, *args):
    """A response our parser rejects is Zendesk's fault, not the caller's: translate to Permanent."""
    try:
        return parse(*args)
    except BadRequest as exc:
        raise PermanentError(f"unexpected zendesk response: {exc}") from None


def _normalised(text: object) -> str:
    return " ".join(text.split()) if isinstance(text, str) else ""


class ZendeskHelpdesk:
    def __init__(self, subdomain: str, *, email: str | None = None, api_token: str | None = None,
                 oauth_token: str | None = None, base_url: str | None = None, timeout: float = 10.0,
                 max_attempts: int = 5, sleep: Callable[[float], None] = time.sleep,
                 max_retry_after: float = 30.0, extra_headers: dict[str, str] | None = None) -> None:
        # The subdomain becomes the host our credentials go to: refuse anything that is not a label.
        if not _SUBDOMAIN.match(subdomain or ""):
            raise ValueError("subdomain must be a DNS label such as 'acme'")
        self.subdomain = subdomain
        self._http = ZendeskHttp(
            base_url or f"https://{subdomain}.zendesk.com", auth_header(email, api_token, oauth_token),
            tenant=subdomain, timeout=timeout, max_attempts=max_attempts, sleep=sleep,
            max_retry_after=max_retry_after, extra_headers=extra_headers)
        self._group_ids: dict[str, int] = {}
        self._me: int | None = None

    def close(self) -> None:
        self._http.close()

    # -- reads ---------------------------------------------------------------------------------------
    def fetch_thread(self, ticket_id: int) -> Thread:
        raw = self._http.call(rq.show_ticket(ticket_id)).get("ticket")
        ticket = _parsed(parse_ticket, raw)
        raw_comments = self._http.pages(lambda after: rq.list_comments(ticket_id, after), "comments")
        comments = _parsed(parse_comments, raw_comments)
        ids = sorted({ticket.requester_id} | {c.author_id for c in comments if c.author_id > 0})
        raw_users: list = []
        for start in range(0, len(ids), rq.SHOW_MANY_LIMIT):
            body = self._http.call(rq.show_many_users(ids[start:start + rq.SHOW_MANY_LIMIT]))
            raw_users.extend(body.get("users") or [])
        users = {u.id: u for u in (_parsed(parse_user, u) for u in raw_users)}
        return Thread(ticket=ticket, comments=comments, users=tuple(users.values()))

    def user_by_id(self, user_id: int) -> User | None:
        """A user by id (erasure: the values to look for in vaults); None if Zendesk has none."""
        raw = self._http.call(rq.show_many_users([int(user_id)])).get("users") or []
        return next((u for u in (_parsed(parse_user, r) for r in raw) if u.id == int(user_id)), None)

    def user_by_email(self, email: str) -> User | None:
        """The user with this e-mail address (erasure by e-mail), or None."""
        raw = self._http.call(rq.search_users(f"email:{email.strip()}")).get("users") or []
        return user_with_email([_parsed(parse_user, r) for r in raw], email)

    def current_user_id(self) -> int:
        """The id of the user our token acts as: every note we post is authored by it."""
        if self._me is None:
            self._me = _parsed(parse_user, self._http.call(rq.current_user()).get("user")).id
        return self._me

    # -- writes --------------------------------------------------------------------------------------
    def update_ticket(self, ticket_id: int, update: TicketUpdate) -> None:
        """One PUT. Retries re-read the ticket (fresh tags and updated_stamp after a 409) and, if an
        earlier attempt may have landed, look for the note first so it is never posted twice."""
        state = {"maybe_applied": False}
        for attempt in self._http.retrying():
            with attempt:
                self._update_once(ticket_id, update, attempt.retry_state.attempt_number, state)

    def _update_once(self, ticket_id: int, update: TicketUpdate, attempt: int, state: dict) -> None:
        if state["maybe_applied"] and update.comment_body is not None and self._landed(ticket_id, update, attempt):
            return
        tags, stamp = None, None
        if update.add_tags:
            ticket = _parsed(parse_ticket, self._http.once(rq.show_ticket(ticket_id), attempt).get("ticket"))
            tags, stamp = ticket.tags, ticket.updated_at
            if not stamp:
                raise PermanentError("zendesk sent a ticket without updated_at; cannot add tags safely")
        request = rq.update_ticket(ticket_id, update, current_tags=tags, updated_stamp=stamp)
        if request is None:
            return
        try:
            self._http.once(request, attempt)
        except MaybeAppliedError:
            state["maybe_applied"] = True
            raise

    def _landed(self, ticket_id: int, update: TicketUpdate, attempt: int) -> bool:
        """Is our note among the newest comments? Same text and visibility counts as ours: posting the
        identical note twice in a row would never be wanted."""
        request = rq.list_comments(ticket_id, newest_first=True, size=_LANDED_WINDOW)
        newest = self._http.once(request, attempt).get("comments") or []
        want = _normalised(update.comment_body)
        return any(
            isinstance(c, dict) and c.get("public") is bool(update.comment_public)
            and want in (_normalised(c.get("body")), _normalised(c.get("plain_body")))
            for c in newest
        )

    def ensure_group(self, name: str) -> int:
        """Find the group by name (case-insensitive, like Zendesk's uniqueness check), else create it.
        Creating needs an admin token. A lost or conflicting create is resolved by listing again."""
        key = name.strip().casefold()
        if key not in self._group_ids:
            for attempt in self._http.retrying():
                with attempt:
                    number = attempt.retry_state.attempt_number
                    found = self._find_group(key, number)
                    self._group_ids[key] = found if found is not None else self._create_group(name, key, number)
        return self._group_ids[key]

    def _find_group(self, key: str, attempt: int) -> int | None:
        groups = self._http.pages(rq.list_groups, "groups", send=lambda r: self._http.once(r, attempt))
        for group in groups:
            name = group.get("name") if isinstance(group, dict) else None
            if isinstance(name, str) and name.strip().casefold() == key and not group.get("deleted") \
                    and isinstance(group.get("id"), int):
                return group["id"]
        return None

    def _create_group(self, name: str, key: str, attempt: int) -> int:
        try:
            group = self._http.once(rq.create_group(name.strip()), attempt).get("group") or {}
        except ZendeskHttpError as exc:
            found = self._find_group(key, attempt) if exc.status == 422 else None  # created meanwhile
            if found is None:
                raise
            return found
        if not isinstance(group.get("id"), int):
            raise PermanentError("zendesk created a group but sent no id")
        return group["id"]
