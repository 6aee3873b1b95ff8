"""Counterfactual twins: copies of a ticket that differ only in one identity signal.

Each substitution is applied the same way to the whole thread (subject, every comment, the requester's
name and e-mail), as HELM's `perturb_with_persistency` does, so a name never changes half-way through.
Names are replaced where they are written capitalised (so a customer called "Hope" does not rewrite the
word "hope") and inside the requester's e-mail address.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace

from plugin.core.model import Thread

from . import vocab
from .gender import to_gender
from .tickets import DEFAULT_NAME, AuditTicket

Edit = Callable[[str], str]
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^\n.!?]{0,80}?"
                       r"(?:[.!?](?=\s)|,?[ \t]*$)", re.I | re.M)


@dataclass(frozen=True)
class Twin:
    ticket: str
    dimension: str
    group: str
    variant: str  # the name or term used
    mode: str  # name | gender | swap | insert
    values: tuple[str, ...]  # identity strings written into the thread
    thread: Thread


def _email(first: str, last: str, domain: str) -> str:
    local = ".".join(p for p in (first, last) if p)
    local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9.]", "", local.replace(" ", "")) + "@" + domain


def renamer(old: tuple[str, str], old_email: str | None, new: tuple[str, str], new_email: str) -> Edit:
    """Fill the name slots with `new` and replace `old` (full, first, last, e-mail) by `new`, in one pass."""
    table = {"{name}": " ".join(p for p in new if p), "{first_name}": new[0], "{last_name}": new[1],
             "{first_name}.{last_name}@example.com": new_email}
    cased = {" ".join(p for p in old if p): table["{name}"], old[0]: new[0]}
    if old[1]:
        cased[old[1]] = new[1]
    keys = sorted([*table, *(k for k in cased if k)], key=len, reverse=True)
    alternatives = [re.escape(k) if k in table else rf"\b{re.escape(k)}\b" for k in keys]
    if old_email:
        alternatives.insert(0, f"(?i:{re.escape(old_email)})")
    pattern = re.compile("|".join(alternatives))

    def put(match: re.Match[str]) -> str:
        found = match.group(0)
        if found in table:
            return table[found]
        return cased[found] if found in cased else new_email  # the only case-insensitive alternative

    def edit(text: str) -> str:
        return pattern.sub(put, text)

    return edit


def map_thread(thread: Thread, edit: Edit, first_customer: Edit | None = None) -> Thread:
    """`edit` on every text of the thread (and the requester's name and e-mail); `first_customer` also on
    the first customer comment (where self-descriptions and pronouns go)."""
    first_id = next((c.id for c in thread.comments if thread.is_customer_comment(c)), None)
    comments = []
    for c in thread.comments:
        body = edit(c.body)
        if first_customer is not None and c.id == first_id:
            body = first_customer(body)
        comments.append(replace(c, body=body))
    users = tuple(replace(u, name=edit(u.name), email=edit(u.email) if u.email else u.email)
                  for u in thread.users)
    return Thread(replace(thread.ticket, subject=edit(thread.ticket.subject)), tuple(comments), users)


def insert_sentence(body: str, sentence: str) -> str:
    """After the greeting ("Hi, I'm Ana." / "Hello,"), else at the start."""
    match = _GREETING.match(body)
    if not match:
        return f"{sentence} {body}"
    head, rest = body[:match.end()], body[match.end():]
    gap = rest[:len(rest) - len(rest.lstrip())]
    return f"{head}{gap}{sentence} {rest.lstrip()}" if "\n" in gap else f"{head} {sentence}{rest}"


def add_pronouns(body: str, tag: str, first_name: str | None) -> str:
    """"(she/her)" after the name in the sign-off, or a "Pronouns:" line when there is none."""
    lines = body.rstrip().split("\n")
    last = lines[-1].strip()
    if first_name and first_name in last and len(last) <= 40:
        lines[-1] = lines[-1].rstrip() + f" ({tag})"
        return "\n".join(lines)
    return body.rstrip() + f"\n\nPronouns: {tag}"


def _base(ticket: AuditTicket) -> tuple[Thread, tuple[str, str] | None]:
    """The ticket with its slots filled by its own (or the default) name."""
    name = ticket.name or DEFAULT_NAME
    email = ticket.email if ticket.email and "{" not in ticket.email else _email(*name, "example.com")
    return map_thread(ticket.thread, renamer(name, None, name, email)), ticket.name


def name_twins(ticket: AuditTicket, dimension: str, per_group: int, seed: int) -> list[Twin]:
    if ticket.name is None:
        return []
    domain = ticket.email.split("@")[-1] if ticket.email and "@" in ticket.email else "example.com"
    twins = []
    for group in vocab.name_groups(dimension):
        rng = random.Random(f"{seed}|{ticket.key}|{dimension}|{group.label}")
        for first in rng.sample(group.firsts, min(per_group, len(group.firsts))):
            new = (first, rng.choice(group.lasts) if ticket.name[1] else "")
            old_email = ticket.email if ticket.email and "{" not in ticket.email else None
            edit = renamer(ticket.name, old_email, new, _email(*new, domain))
            variant = " ".join(p for p in new if p)
            twins.append(Twin(ticket.key, dimension, group.label, variant, "name",
                              tuple(p for p in new if p), map_thread(ticket.thread, edit)))
    return twins


def gender_twins(ticket: AuditTicket) -> list[Twin]:
    if ticket.language != "en":
        return []
    base, name = _base(ticket)
    twins = []
    for target in vocab.GENDER_GROUPS:
        tag = vocab.PRONOUN_TAGS[target]
        written: list[str] = []

        def edit(text: str, target: str = target, written: list[str] = written) -> str:
            out, words = to_gender(text, target)
            written.extend(words)
            return out

        thread = map_thread(base, edit, lambda body, tag=tag: add_pronouns(body, tag, (name or DEFAULT_NAME)[0]))  # type: ignore[misc]
        twins.append(Twin(ticket.key, "gender", target, tag, "gender", (tag, *dict.fromkeys(written)), thread))
    return twins


def descriptor_twins(ticket: AuditTicket, axis: str) -> list[Twin]:
    base, _ = _base(ticket)
    terms = vocab.descriptor_axes()[axis]
    swap = [d.term for d in terms if d.swap]
    pattern = re.compile(r"\b(?:(a|an|A|An)\s+)?(" + "|".join(map(re.escape, swap)) + r")\b", re.I)
    texts = [base.ticket.subject, *(c.body for c in base.comments if base.is_customer_comment(c))]
    swapping = any(pattern.search(t) for t in texts)
    if not swapping and ticket.language != "en":
        return []
    twins = []
    for descriptor in terms:
        term = descriptor.term
        if swapping:
            def edit(text: str, term: str = term) -> str:
                return pattern.sub(lambda m: _swapped(m, term), text)
            thread = map_thread(base, edit)
        else:
            sentence = vocab.self_description(term)
            thread = map_thread(base, lambda t: t, lambda body, s=sentence: insert_sentence(body, s))  # type: ignore[misc]
        twins.append(Twin(ticket.key, axis, term, term, "swap" if swapping else "insert", (term,), thread))
    return twins


def _swapped(match: re.Match[str], term: str) -> str:
    """The group's term, its own case kept (a capital only at a sentence start), with a/an agreeing."""
    art = match.group(1)
    sentence_start = not match.string[:match.start()].strip() or match.string[:match.start()].rstrip()[-1] in ".!?"
    if art is None:
        return term[:1].upper() + term[1:] if sentence_start else term
    new_art = vocab.article(term)
    return (new_art.capitalize() if art[:1].isupper() else new_art) + " " + term


def make_twins(ticket: AuditTicket, dimensions: tuple[str, ...], names_per_group: int, seed: int) -> list[Twin]:
    """All twins of one ticket, dimension by dimension; a dimension that does not apply gives none
    (no name known; a self-description in a language other than English)."""
    twins: list[Twin] = []
    for dimension in dimensions:
        if dimension in vocab.NAME_DIMENSIONS:
            twins += name_twins(ticket, dimension, names_per_group, seed)
        elif dimension == vocab.GENDER_DIMENSION:
            twins += gender_twins(ticket)
        else:
            twins += descriptor_twins(ticket, dimension)
    return twins
