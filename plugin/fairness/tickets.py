"""Audit input: ticket bundles (the `triage` format) or JSONL of plain customer messages -> AuditTicket.

JSONL lines: `{"id", "text", "subject"?, "name"?, "language"?, "complaint"? | "label"?}` (a bare JSON string
is a text). `text` may be a list of messages (one thread). `{name}`, `{first_name}`, `{last_name}` mark
where the requester's name goes; `name` is the name already written in the text. `complaint` (or
`label == "bias_review"`, the routing benchmark's format) marks a bias/discrimination complaint. A line
holding a `ticket` is a bundle. FILE may also be one bundle (.json) or a folder of them.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from plugin.core.errors import BadRequest
from plugin.core.model import Comment, Thread, Ticket, User

SLOTS = ("{name}", "{first_name}", "{last_name}")
DEFAULT_NAME = ("Alex", "Morgan")  # fills the slots of twins that do not vary the name
REQUESTER_ID = 1
MAX_ERRORS_SHOWN = 10


@dataclass(frozen=True)
class AuditTicket:
    key: str
    thread: Thread  # may still contain the name slots
    name: tuple[str, str] | None  # the requester's first and last name as written (None: unknown)
    email: str | None
    language: str
    complaint: bool | None  # None: unlabelled


def customer_comments(thread: Thread) -> list[Comment]:
    """The customer messages the pipeline drafts from (the last five, as core.pipeline does)."""
    return [c for c in thread.comments if thread.is_customer_comment(c)][-5:]


def split_name(full: str) -> tuple[str, str] | None:
    parts = full.split()
    return (parts[0], " ".join(parts[1:])) if parts else None


def _complaint(item: dict) -> bool | None:
    if isinstance(item.get("complaint"), bool):
        return item["complaint"]
    label = item.get("label")
    return label == "bias_review" if isinstance(label, str) else None


def from_bundle(bundle: dict, key: str) -> AuditTicket:
    from plugin.adapters.zendesk_parse import thread_from_bundle  # sans-I/O parser, no vendor SDK

    thread = thread_from_bundle(bundle)
    requester = thread.requester
    name = split_name(requester.name) if requester and requester.name else None
    language = ((requester.locale if requester else None) or "en").split("-")[0].lower()
    return AuditTicket(key, thread, name, requester.email if requester else None, language, _complaint(bundle))


def from_item(item: dict, number: int) -> AuditTicket:
    texts = item.get("text")
    texts = [texts] if isinstance(texts, str) else texts
    if not isinstance(texts, list) or not texts or not all(isinstance(t, str) and t.strip() for t in texts):
        raise BadRequest('needs "text": a non-empty string (or a list of them)')
    subject = item.get("subject") or ""
    if not isinstance(subject, str):
        raise BadRequest('"subject" must be a string')
    slotted = any(slot in t for t in [subject, *texts] for slot in SLOTS)
    given = split_name(item["name"]) if isinstance(item.get("name"), str) else None
    name = given or (DEFAULT_NAME if slotted else None)
    full = "{name}" if slotted else (" ".join(p for p in name if p) if name else "")
    email = "{first_name}.{last_name}@example.com" if slotted else None
    language = str(item.get("language") or "en").split("-")[0].lower()
    ticket = Ticket(id=number, subject=subject, requester_id=REQUESTER_ID)
    comments = tuple(Comment(id=number * 100 + i, author_id=REQUESTER_ID, body=t, public=True,
                             created_at=f"2026-01-01T00:{i:02d}:00Z") for i, t in enumerate(texts))
    user = User(id=REQUESTER_ID, name=full, email=email, role="end-user", locale=language)
    return AuditTicket(str(item.get("id") or f"line-{number}"), Thread(ticket, comments, (user,)), name, email,
                       language, _complaint(item))


def _parse_line(line: str, number: int) -> AuditTicket:
    item = json.loads(line)
    if isinstance(item, str):
        item = {"text": item}
    if not isinstance(item, dict):
        raise BadRequest("expected a JSON object or string")
    if "ticket" in item:
        return from_bundle(item, str(item.get("id") or f"line-{number}"))
    return from_item(item, number)


def load_tickets(path: str | Path) -> list[AuditTicket]:
    """Every ticket of FILE; a bad line or bundle is reported with its line number, and nothing is
    skipped silently: any error stops the audit (a partial audit could pass a release by accident)."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.json"))
        return [from_bundle(json.loads(f.read_text(encoding="utf-8")), f.stem) for f in files] or _none(path)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(text)
        items = data if isinstance(data, list) else [data]
        parsed = [from_bundle(b, "") for b in items]
        return _unique_keys([replace(t, key=str(t.thread.ticket.id)) for t in parsed]) or _none(path)
    tickets, errors = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            tickets.append(_parse_line(line, number))
        except (ValueError, BadRequest) as exc:
            errors.append(f"line {number}: {exc}")
    if errors:
        more = f" (and {len(errors) - MAX_ERRORS_SHOWN} more)" if len(errors) > MAX_ERRORS_SHOWN else ""
        raise ValueError(f"{path}: " + "; ".join(errors[:MAX_ERRORS_SHOWN]) + more)
    return _unique_keys(tickets) or _none(path)


def _none(path: Path) -> list[AuditTicket]:
    raise ValueError(f"{path}: no tickets")


def _unique_keys(tickets: list[AuditTicket]) -> list[AuditTicket]:
    """Twins are grouped by ticket key, so two lines with the same id must not be merged."""
    seen: dict[str, int] = {}
    out = []
    for ticket in tickets:
        seen[ticket.key] = seen.get(ticket.key, 0) + 1
        out.append(ticket if seen[ticket.key] == 1 else replace(ticket, key=f"{ticket.key}#{seen[ticket.key]}"))
    return out
