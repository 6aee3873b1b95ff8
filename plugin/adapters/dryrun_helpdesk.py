"""DryRunHelpdesk: the Helpdesk port in memory. Also the `InMemoryHelpdesk` fake for tests.

Serves the threads it was given, records every request the real adapter would send in `.actions`
(`{"method", "path", "body"}`, built by the same `zendesk_requests` functions as ZendeskHelpdesk) and
applies updates to its own copy, so a posted note shows up in the next `fetch_thread` as a comment by
`plugin_user_id`. It prints nothing; the caller decides what to show.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime

from plugin.core.errors import PermanentError
from plugin.core.model import Comment, Thread, TicketUpdate, User

from . import zendesk_requests as rq
from .zendesk_parse import user_with_email


def _frozen(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


def _utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class DryRunHelpdesk:
    def __init__(self, threads: Thread | Iterable[Thread] = (), *, plugin_user_id: int = 1,
                 plugin_user_name: str = "Candor", groups: Mapping[str, int] | None = None,
                 clock: Callable[[], str] = _utc_now) -> None:
        threads = (threads,) if isinstance(threads, Thread) else tuple(threads)
        self._threads: dict[int, Thread] = {t.ticket.id: t for t in threads}
        self.plugin_user = User(id=plugin_user_id, name=plugin_user_name, role="agent")
        self._groups: dict[str, tuple[str, int]] = {n.strip().casefold(): (n, i) for n, i in (groups or {}).items()}
        self._clock = clock
        self._ensured: set[str] = set()
        self.actions: list[dict] = []
        known = [c.id for t in threads for c in t.comments]
        self._next_id = max(known + list(self._threads) + [0]) + 1

    def _record(self, request: rq.ApiRequest) -> None:
        self.actions.append(request.action())

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id - 1

    def thread(self, ticket_id: int) -> Thread | None:
        """The current state, without recording anything (for tests and the CLI's summary)."""
        return self._threads.get(ticket_id)

    def _existing(self, ticket_id: int) -> Thread:
        thread = self._threads.get(ticket_id)
        if thread is None:  # what ZendeskHelpdesk raises on a 404
            raise PermanentError("zendesk 404 on GET /api/v2/tickets/{ticket_id} (RecordNotFound)")
        return thread

    def current_user_id(self) -> int:
        return self.plugin_user.id

    def add_agent_reply(self, ticket_id: int, agent: User, body: str, created_at: str) -> Comment:
        """A public reply an agent wrote in Zendesk itself (the demo's agents); nothing is recorded as sent."""
        thread = self._existing(ticket_id)
        comment = Comment(id=self._new_id(), author_id=agent.id, body=body, public=True, created_at=created_at)
        users = thread.users if thread.user(agent.id) else thread.users + (agent,)
        self._threads[ticket_id] = replace(thread, comments=thread.comments + (comment,), users=users)
        return comment

    def fetch_thread(self, ticket_id: int) -> Thread:
        self._record(rq.show_ticket(ticket_id))
        thread = self._existing(ticket_id)
        for start in range(0, max(len(thread.comments), 1), rq.PAGE_SIZE):
            self._record(rq.list_comments(ticket_id, str(start) if start else None))
        ids = sorted({thread.ticket.requester_id} | {c.author_id for c in thread.comments if c.author_id > 0})
        for start in range(0, len(ids), rq.SHOW_MANY_LIMIT):
            self._record(rq.show_many_users(ids[start:start + rq.SHOW_MANY_LIMIT]))
        return thread

    def _users(self) -> list[User]:
        return list({u.id: u for t in self._threads.values() for u in t.users}.values())

    def user_by_id(self, user_id: int) -> User | None:
        self._record(rq.show_many_users([int(user_id)]))
        return next((u for u in self._users() if u.id == int(user_id)), None)

    def user_by_email(self, email: str) -> User | None:
        self._record(rq.search_users(f"email:{email.strip()}"))
        return user_with_email(self._users(), email)

    def update_ticket(self, ticket_id: int, update: TicketUpdate) -> None:
        thread = self._existing(ticket_id)
        if update.add_tags:
            self._record(rq.show_ticket(ticket_id))
        stamp = thread.ticket.updated_at or self._clock()
        request = rq.update_ticket(ticket_id, update, current_tags=thread.ticket.tags, updated_stamp=stamp)
        if request is None:
            return
        self._record(request)
        assert request.body is not None  # an update always has a body
        self._threads[ticket_id] = self._applied(thread, request.body["ticket"])

    def _applied(self, thread: Thread, change: dict) -> Thread:
        now = self._clock()
        ticket = thread.ticket
        fields = dict(ticket.custom_fields)
        fields.update((f["id"], _frozen(f["value"])) for f in change.get("custom_fields", ()))
        ticket = replace(
            ticket, tags=tuple(change.get("tags", ticket.tags)), group_id=change.get("group_id", ticket.group_id),
            priority=change.get("priority", ticket.priority), custom_fields=tuple(fields.items()), updated_at=now)
        comments, users = thread.comments, thread.users
        if "comment" in change:
            note = Comment(id=self._new_id(), author_id=self.plugin_user.id, body=change["comment"]["body"],
                           public=change["comment"]["public"], created_at=now)
            comments = comments + (note,)
            if thread.user(self.plugin_user.id) is None:
                users = users + (self.plugin_user,)
        return Thread(ticket=ticket, comments=comments, users=users)

    def ensure_group(self, name: str) -> int:
        """Like ZendeskHelpdesk: list, create if missing, then remember the id (no further requests)."""
        key = name.strip().casefold()
        if key in self._ensured:
            return self._groups[key][1]
        self._record(rq.list_groups())
        self._ensured.add(key)
        if key not in self._groups:
            request = rq.create_group(name.strip())
            self._record(request)
            self._groups[key] = (name.strip(), self._new_id())
        return self._groups[key][1]

    @property
    def groups(self) -> dict[str, int]:
        return {name: gid for name, gid in self._groups.values()}


InMemoryHelpdesk = DryRunHelpdesk
