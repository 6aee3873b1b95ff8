"""Erasure of one requester (GDPR Art. 17, CCPA §1798.105) across every store, with a receipt.

What Candor holds about a requester and what erasure does with it:
- suggestions (redacted draft + encrypted placeholder vault): deleted — those on the requester's tickets,
  and any whose vault holds their e-mail, phone or full name (a person named on someone else's ticket);
- audit records: kept for accountability, `requester` replaced by `erased:<receipt id>`;
- their opt-out: deleted; an active one is kept only as a salted hash, so it is still honoured;
- queued jobs (embedded queue): jobs for their tickets or their deletion are dropped (SQS jobs carry ids
  only and cannot be searched without consuming them);
- idempotency keys and sticky routes: ticket and event ids only, kept until they expire.
The receipt (returned to the admin) is also appended to the audit log, without the requester's id.
"""
from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import audit
from .errors import BadRequest, CandorError, TransientError
from .logs import log_event
from .model import Job, User
from .ports import AuditState, Cipher, Clock, PreferenceState, Queue, SuggestionState, UserDirectory
from .pseudonyms import Pseudonyms
from .vault import vault_values

log = logging.getLogger("candor.erasure")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PHONE_DIGITS = 7


@dataclass(frozen=True)
class Subject:
    """Who is erased: the helpdesk user id (if known) and values that identify them in a vault."""

    requester: str | None
    values: tuple[str, ...] = ()
    given_as: str = "user_id"  # user_id | email
    lookup: str = "skipped"  # found | not_found | failed | skipped


def resolve(given: str, directory: UserDirectory | None) -> Subject:
    """A Zendesk user id or an e-mail address -> Subject. An e-mail is resolved through the helpdesk; an id
    is looked up too (best effort) to learn the name, e-mail and phone to look for in vaults."""
    text = (given or "").strip()
    if text.isdigit() and int(text) > 0:
        user, lookup = _lookup(directory, user_id=int(text))
        return Subject(text, _values(user), "user_id", lookup)
    if EMAIL.match(text):
        user, lookup = _lookup(directory, email=text)
        if lookup == "failed":
            raise TransientError("the helpdesk could not be asked for this e-mail; retry, or give the user id")
        values = tuple(dict.fromkeys((text, *_values(user))))
        return Subject(str(user.id) if user else None, values, "email", lookup)
    raise BadRequest("requester must be a Zendesk user id or an e-mail address")


def _lookup(directory: UserDirectory | None, user_id: int | None = None,
            email: str | None = None) -> tuple[User | None, str]:
    if directory is None:
        return None, "skipped"
    try:
        user = directory.user_by_id(user_id) if user_id is not None else directory.user_by_email(email or "")
    except CandorError:
        return None, "failed"
    return user, "found" if user is not None else "not_found"


def _values(user: User | None) -> tuple[str, ...]:
    if user is None:
        return ()
    name = user.name if len((user.name or "").split()) >= 2 else None  # "Maria" alone would match other Marias
    return tuple(v for v in (user.email, user.phone, name) if v)


def _normal(value: str) -> str:
    text = " ".join(str(value).split()).casefold()
    digits = re.sub(r"\D", "", text)
    return digits if len(digits) >= MIN_PHONE_DIGITS and not re.search(r"[^\d\s()+./-]", text) else text


def _same(held: str, wanted: str) -> bool:
    if held == wanted:
        return True
    short, long = sorted((held, wanted), key=len)  # +1 (415) 555-0134 vs 415 555 0134
    return short.isdigit() and long.isdigit() and len(short) >= MIN_PHONE_DIGITS and long.endswith(short)


@dataclass(frozen=True)
class Receipt:
    receipt_id: str
    tenant: str
    time: str
    requested_by: str  # cli | admin_api | zendesk_user_deleted
    requester_id: str | None
    given_as: str
    lookup: str
    stores: dict[str, Any] = field(default_factory=dict)
    tickets: tuple[int, ...] = ()

    def audit_detail(self) -> dict[str, Any]:
        """What the audit log keeps of the receipt: everything but the requester's id."""
        return {"receipt_id": self.receipt_id, "requested_by": self.requested_by, "given_as": self.given_as,
                "lookup": self.lookup, "stores": self.stores, "tickets": list(self.tickets)}

    def to_dict(self) -> dict[str, Any]:
        return {"receipt_id": self.receipt_id, "tenant": self.tenant, "time": self.time,
                "requester_id": self.requester_id, **self.audit_detail()}


class Erasure:
    """`preferences` is the plain store (not HonouredOptOuts): erasure reads and rewrites its records."""

    def __init__(self, *, suggestions: SuggestionState, audit_log: AuditState, preferences: PreferenceState,
                 pseudonyms: Pseudonyms, cipher: Cipher, clock: Clock, queue: Queue | None = None) -> None:
        self._suggestions, self._audit, self._prefs = suggestions, audit_log, preferences
        self._pseudonyms, self._cipher, self._clock, self._queue = pseudonyms, cipher, clock, queue

    def forget(self, tenant: str, subject: Subject, requested_by: str, event_id: str | None = None) -> Receipt:
        receipt_id = f"rcpt_{uuid.uuid4().hex[:24]}"
        pseudonym = f"erased:{receipt_id}"
        stores: dict[str, dict[str, Any]] = {}
        deleted = self._suggestions.forget_suggestions(tenant, self._matcher(tenant, subject))
        stores["suggestions"] = {"deleted": len(deleted), "tickets": sorted(set(deleted)),
                                 "includes": "redacted drafts and their encrypted placeholder vaults"}
        changed = (self._audit.pseudonymise_requester(tenant, subject.requester, pseudonym)
                   if subject.requester else [])
        stores["audit"] = {"pseudonymised": len(changed), "pseudonym": pseudonym,
                           "tickets": sorted({t for t in changed if t is not None})}
        stores["preferences"] = {"opt_out": self._forget_opt_out(tenant, subject.requester),
                                 "sticky_routes": "kept (ticket ids only)"}
        tickets = tuple(sorted(set(stores["suggestions"]["tickets"]) | set(stores["audit"]["tickets"])))
        stores["queue"] = self._forget_jobs(subject.requester, set(tickets))
        stores["idempotency"] = {"status": "kept (event ids only, expire after 7 days)"}
        receipt = Receipt(receipt_id, tenant, audit.iso(self._clock()), requested_by, subject.requester,
                          subject.given_as, subject.lookup, stores, tickets)
        self._audit.append(audit.record(tenant=tenant, ticket_id=None, event_id=event_id or receipt_id,
                                        action="erasure", now=self._clock(), requester=pseudonym,
                                        detail=receipt.audit_detail()))
        log_event(log, "requester_erased", tenant=tenant, kind=requested_by, suggestions=len(deleted),
                  audit=len(changed), tickets=len(tickets))
        return receipt

    def _matcher(self, tenant: str, subject: Subject) -> Callable[[dict[str, Any]], bool]:
        wanted = [_normal(v) for v in subject.values]

        def match(record: dict[str, Any]) -> bool:
            if subject.requester is not None and str(record.get("requester")) == subject.requester:
                return True
            if not wanted:
                return False
            try:
                held = [_normal(v) for v in vault_values(self._cipher, tenant, record)]
            except TransientError:
                raise  # KMS unavailable: retry the whole erasure rather than skip a vault
            except Exception:  # noqa: BLE001 - a vault nobody can open identifies nobody
                return False
            return any(_same(h, w) for h in held for w in wanted)
        return match

    def _forget_opt_out(self, tenant: str, requester: str | None) -> str:
        if requester is None:
            return "none"
        keep_as = self._pseudonyms.of(tenant, requester) if self._prefs.opted_out(tenant, requester) else None
        return str(self._prefs.forget_opt_out(tenant, requester, keep_as))

    def _forget_jobs(self, requester: str | None, tickets: set[int]) -> dict[str, Any]:
        def doomed(job: Job) -> bool:
            return job.ticket_id in tickets or (requester is not None and str(job.user_id) == requester)

        removed = self._queue.forget_jobs(doomed) if self._queue is not None else None
        if removed is None:
            return {"status": "not searched (queue messages carry ids only and expire)"}
        return {"removed": int(removed)}
