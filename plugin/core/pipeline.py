"""The worker path: one ticket event -> routing decision -> (maybe) a redacted AI draft -> one internal note.

Routing and disclosure are decided here, by code, before any model is called; ticket text cannot change
them. Exactly one note per customer comment: the note carries a ref (ticket:comment) and a retried job
that finds its ref on the ticket does not post again.

`TicketProcessor.process` reads top to bottom: find the comment -> stop if it is not a customer's or was
already answered -> classify -> act on the decision (route to people | honour an opt-out | suggest). Each
step is a small method over explicit values: the `Ticket` being worked on (frozen) and the
`Classification` decided for it, which no step changes in place (the second opinion returns a new one).
Every update goes through `_post`, the one way to write to the ticket; internal notes get their ref there.
A job on a comment that is not the customer's stops at the first check (the place for staff-comment hooks).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from . import audit, autoreply, disclosure, escalation, report_fields, routing
from .context import strip_quoted
from .disclosure import NoteParts, note_ref
from .drafting import LOW_CONFIDENCE, DraftingService, DraftOutcome, language_for
from .errors import DraftRejected, PermanentError, TransientError
from .logs import log_event
from .model import Classification, Comment, Thread, TicketUpdate
from .ports import AuditLog, BiasJudge, Clock, Helpdesk, PreferenceStore
from .prompting import PROMPT_VERSION
from .tenant import TenantConfig
from .texts import (
    NOTE_AI_UNAVAILABLE,
    NOTE_AUTO_REPLY,
    NOTE_BOT_QUESTION,
    NOTE_FLAGGED,
    NOTE_FLAGGED_OTHER,
    NOTE_OPT_IN,
    NOTE_REF,
    NOTE_WITHHELD,
)
from .vault import SuggestionArchive

log = logging.getLogger("candor.worker")
ROUTE_RANK = {"ai_assist": 0, "human": 1, "bias_review": 2}


@dataclass
class Outcome:
    action: str
    route: str | None = None
    classification: Classification | None = None
    llm_request: list[dict[str, Any]] | None = None
    draft: str | None = None
    note: str | None = None
    hidden: dict[str, int] = field(default_factory=dict)


def combine(classifications: list[Classification]) -> Classification:
    """The strictest route over the recent customer messages; opt-in/out and bot questions from the last."""
    last = classifications[-1]
    strictest = max(classifications, key=lambda c: ROUTE_RANK[c.route])
    return Classification(strictest.route, strictest.reasons, strictest.characteristics, last.opt_out,
                          last.opt_in, last.asks_if_bot, strictest.matched)


@dataclass(frozen=True)
class Ticket:
    """What one job works on: the tenant, the ticket as fetched, where to write, and the note's ref."""

    tenant: TenantConfig
    thread: Thread
    helpdesk: Helpdesk
    event_id: str
    ref: str

    @property
    def id(self) -> int:
        return self.thread.ticket.id

    @property
    def requester(self) -> str:
        return str(self.thread.ticket.requester_id)


class TicketProcessor:
    def __init__(self, drafting: DraftingService, preferences: PreferenceStore, audit_log: AuditLog,
                 archive: SuggestionArchive | None, clock: Clock, judge: BiasJudge | None = None,
                 judge_for: Callable[[TenantConfig], BiasJudge | None] | None = None) -> None:
        """`judge_for`: the second-opinion judge a tenant's settings allow (none for an offline tenant)."""
        self._drafting, self._prefs, self._audit = drafting, preferences, audit_log
        self._archive, self._clock = archive, clock
        self._judge_for = judge_for or (lambda tenant: judge)

    def process(self, tenant: TenantConfig, thread: Thread, helpdesk: Helpdesk, event_id: str,
                comment_id: int | None = None, regenerate: bool = False) -> Outcome:
        """`regenerate`: an agent asked for a new suggestion on the latest customer comment."""
        target = _target(thread, None if regenerate else comment_id)
        if target is None or not thread.is_customer_comment(target):
            return Outcome("skipped_not_customer")
        ticket = Ticket(tenant, thread, helpdesk, event_id,
                        f"{thread.ticket.id}:{target.id}" + (f":{event_id}" if regenerate else ""))
        if _already_noted(ticket):
            # recorded, so a run that posted its note but died before its audit write still leaves a trace
            self.audit(tenant, thread, event_id, "already_handled", None, detail={"ref": ticket.ref})
            return Outcome("skipped_already_handled")
        customer = _recent_customer_comments(thread, target)
        decision = combine([routing.classify(strip_quoted(c.body)) for c in customer])
        return self._act(ticket, decision, customer)

    def audit(self, tenant: TenantConfig, thread: Thread, event_id: str, action: str,
              decision: Classification | None, **kw: Any) -> None:
        kw["detail"] = report_fields.context(thread, tenant, action, decision, kw.get("detail"))
        self._audit.append(audit.record(tenant=tenant.tenant, ticket_id=thread.ticket.id, event_id=event_id,
                                        action=action, now=self._clock(), classification=decision,
                                        requester=str(thread.ticket.requester_id), **kw))

    # -- the decision, carried out -----------------------------------------------------------------------
    def _act(self, ticket: Ticket, decision: Classification, customer: list[Comment]) -> Outcome:
        sticky = self._sticky_route(ticket)
        if decision.route != "ai_assist" and (sticky is None or ROUTE_RANK[decision.route] > ROUTE_RANK[sticky]):
            return self._route_to_humans(ticket, decision)
        if sticky:
            return self._done(ticket, decision, "skipped_sticky_route", route=sticky)
        if decision.opt_out:
            return self._opt_out(ticket, decision, "customer message")
        if not decision.opt_in and self._opted_out(ticket):
            return self._done(ticket, decision, "skipped_opted_out")
        if decision.opt_in:
            self._prefs.set_opt_out(ticket.tenant.tenant, ticket.requester, False, "customer message")
        return self._suggest(ticket, decision, customer)

    def _sticky_route(self, ticket: Ticket) -> str | None:
        """A ticket once sent to people stays with them: the stored route, else the tag an earlier run set."""
        tags = set(ticket.thread.ticket.tags)
        return self._prefs.sticky_route(ticket.tenant.tenant, ticket.id) or next(
            (r for r, t in (("bias_review", escalation.BIAS_TAG), ("human", escalation.HUMAN_TAG)) if t in tags), None)

    def _opted_out(self, ticket: Ticket) -> bool:
        user = ticket.thread.requester
        flagged = user is not None and (escalation.OPT_OUT_TAG in user.tags
                                        or user.field(ticket.tenant.opt_out_user_field) in (True, "true", "yes"))
        return flagged or self._prefs.opted_out(ticket.tenant.tenant, ticket.requester)

    def _route_to_humans(self, ticket: Ticket, decision: Classification) -> Outcome:
        tenant, route = ticket.tenant, decision.route
        group = tenant.review_group if route == "bias_review" else tenant.handoff_group
        group_id = ticket.helpdesk.ensure_group(group)
        update = (escalation.bias_review_update(ticket.thread.ticket, decision, group, group_id)
                  if route == "bias_review" else escalation.handoff_update(decision, group, group_id))
        note = _post(ticket, update)
        self._prefs.set_sticky_route(tenant.tenant, ticket.id, route)
        if route == "bias_review" and tenant.bias_acknowledgement:
            _post(ticket, escalation.acknowledgement_update(tenant.bias_acknowledgement))
        if decision.opt_out:
            self._prefs.set_opt_out(tenant.tenant, ticket.requester, True, "customer message")
        return self._done(ticket, decision, f"routed_{route}", note=note)

    def _opt_out(self, ticket: Ticket, decision: Classification, source: str) -> Outcome:
        self._prefs.set_opt_out(ticket.tenant.tenant, ticket.requester, True, source)
        return self._done(ticket, decision, "opted_out", note=_post(ticket, escalation.opt_out_update(source)))

    def _suggest(self, ticket: Ticket, decision: Classification, customer: list[Comment]) -> Outcome:
        try:
            prepared = self._drafting.prepare(ticket.thread, customer, ticket.tenant)
            raised = self._second_opinion(ticket.tenant, decision, prepared[0].customer_text)
            if raised is not decision:
                return self._route_to_humans(ticket, raised)
            result = self._drafting.complete(*prepared, ticket.tenant)
        except DraftRejected as exc:  # the provider answered, but with nothing usable (refusal, filter, cut off)
            note = _post(ticket, TicketUpdate(NOTE_WITHHELD.format(reasons="; ".join(exc.reasons) or str(exc)),
                                              add_tags=("ai_withheld",)))
            _public_replies(ticket, decision, None)
            return self._done(ticket, decision, "withheld", note=note, detail={"withheld": list(exc.reasons)})
        except (TransientError, PermanentError) as exc:
            # retries already happened inside the drafter; one clear note beats a silent ticket
            why = "the AI provider did not answer" if isinstance(exc, TransientError) else "provider error"
            note = _post(ticket, TicketUpdate(NOTE_AI_UNAVAILABLE.format(why=why)))
            _public_replies(ticket, decision, None)
            return self._done(ticket, decision, "ai_unavailable", note=note, detail={"error": type(exc).__name__})
        if result.draft is None:
            note = _post(ticket, TicketUpdate(NOTE_WITHHELD.format(reasons="; ".join(result.withheld)),
                                              add_tags=("ai_withheld",)))
            _public_replies(ticket, decision, None)
            return self._done(ticket, decision, "withheld", note=note, llm_request=result.llm_request,
                              hidden=result.hidden, model=result.model,
                              detail={"withheld": list(result.withheld), "provider": result.provider})
        return self._post_suggestion(ticket, decision, result)

    def _second_opinion(self, tenant: TenantConfig, decision: Classification, redacted_text: str) -> Classification:
        """The optional LLM judge, on redacted text only: `decision` raised to bias review, or `decision` itself.
        It can raise the route, never lower it."""
        judge = self._judge_for(tenant)
        if judge is None or not tenant.bias_second_opinion:
            return decision
        verdict = judge.judge(redacted_text)
        if not verdict or verdict[0] is not True:
            return decision
        return routing.escalate_with_second_opinion(decision, True, verdict[1])

    def _post_suggestion(self, ticket: Ticket, decision: Classification, result: DraftOutcome) -> Outcome:
        assert result.draft is not None
        auto = autoreply.allowed(ticket.tenant, decision, result)
        extra = ((NOTE_OPT_IN,) if decision.opt_in else ()) + ((NOTE_BOT_QUESTION,) if decision.asks_if_bot else ())
        extra = tuple(NOTE_FLAGGED.get(r) or NOTE_FLAGGED_OTHER.format(reason=r) for r in result.flagged) + extra
        note = _post(ticket, TicketUpdate(disclosure.suggestion_note(NoteParts(
            result.draft, result.model, PROMPT_VERSION, result.hidden, result.sources, ticket.ref,
            result.confidence < LOW_CONFIDENCE, extra + ((NOTE_AUTO_REPLY,) if auto else ()))),
            add_tags=(escalation.SUGGESTED_TAG,)))
        if self._archive is not None:
            self._archive.save(ticket.tenant, ticket.thread, ticket.event_id, decision, result)
        _public_replies(ticket, decision, result.draft if auto else None)
        return self._done(ticket, decision, "auto_replied" if auto else "suggestion_posted", note=note,
                          llm_request=result.llm_request, draft=result.draft, hidden=result.hidden, model=result.model,
                          draft_hash=result.draft_hash, disclosure_version=disclosure.DISCLOSURE_VERSION,
                          detail={"provider": result.provider, **({"flagged": list(result.flagged)} if result.flagged else {})})

    def _done(self, ticket: Ticket, decision: Classification, action: str, note: str | None = None,
              llm_request: list[dict[str, Any]] | None = None, draft: str | None = None, hidden: dict[str, int] | None = None,
              route: str | None = None, **kw: Any) -> Outcome:
        self.audit(ticket.tenant, ticket.thread, ticket.event_id, action, decision, hidden=hidden,
                   prompt_version=PROMPT_VERSION if llm_request else None, **kw)
        log_event(log, "ticket_processed", tenant=ticket.tenant.tenant, ticket_id=ticket.id, event_id=ticket.event_id,
                  action=action, route=route or decision.route, hidden=hidden or {})
        return Outcome(action, route or decision.route, decision, llm_request, draft, note, hidden or {})


def _post(ticket: Ticket, update: TicketUpdate) -> str:
    """The one way Candor writes to a ticket. An internal note always ends with its ref (the suggestion note
    already carries it in its provenance lines), so a retried job can find it and not post again."""
    body = update.comment_body
    if body and not update.comment_public and note_ref(body) != ticket.ref:
        body = f"{body}\n\n{NOTE_REF.format(ref=ticket.ref)}"
    ticket.helpdesk.update_ticket(ticket.id, replace(update, comment_body=body))
    return body or ""


def _public_replies(ticket: Ticket, decision: Classification, auto_reply_draft: str | None) -> None:
    """After our internal note (so a retry finds the note and never sends these twice): the auto-reply,
    when allowed, and the truthful answer to a bot question, when the tenant chose to send one."""
    language = language_for(ticket.thread, ticket.tenant)
    updates = [autoreply.reply_update(ticket.tenant, auto_reply_draft, language) if auto_reply_draft else None,
               autoreply.bot_answer_update(ticket.tenant, decision, language)]
    for update in updates:
        if update is not None:
            _post(ticket, update)


def _ours(thread: Thread, comment: Comment) -> bool:
    """A note of this plugin: private, not by the customer, carrying our ref. A customer who types
    "Candor ref …" into a public message cannot make it look like ours (and so skip a review)."""
    return not comment.public and not thread.is_customer_comment(comment) and note_ref(comment.body) is not None


def _already_noted(ticket: Ticket) -> bool:
    return any(_ours(ticket.thread, c) and note_ref(c.body) == ticket.ref for c in ticket.thread.comments)


def _recent_customer_comments(thread: Thread, target: Comment) -> list[Comment]:
    """The customer's last five messages up to and including `target`: the route is the strictest of them."""
    upto = thread.comments[:thread.comments.index(target) + 1]
    return [c for c in upto if thread.is_customer_comment(c)][-5:]


def _latest_customer(thread: Thread) -> Comment | None:
    return next((c for c in reversed(thread.comments) if thread.is_customer_comment(c)), None)


def _target(thread: Thread, comment_id: int | None) -> Comment | None:
    """The comment named by the event; for trigger bodies (no comment id), the latest customer comment,
    so an agent's reply or our own note posted in between does not hide it."""
    if comment_id is not None:
        return next((c for c in thread.comments if c.id == comment_id), None)
    return _latest_customer(thread)
