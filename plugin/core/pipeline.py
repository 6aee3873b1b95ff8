"""The worker path: one ticket event -> routing decision -> (maybe) a redacted AI draft -> one internal note.

Routing and disclosure are decided here, by code, before any model is called; ticket text cannot change
them. Exactly one note per customer comment: the note carries a ref (ticket:comment) and a retried job
that finds its ref on the ticket does not post again.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from . import audit, autoreply, disclosure, escalation, report_fields, routing
from .context import strip_quoted
from .disclosure import NoteParts, note_ref
from .drafting import LOW_CONFIDENCE, DraftingService, language_for
from .errors import DraftRejected, PermanentError, TransientError
from .logs import log_event
from .model import Classification, Comment, Thread, TicketUpdate
from .ports import AuditLog, BiasJudge, Clock, Helpdesk, PreferenceStore
from .prompting import PROMPT_VERSION
from .tenant import TenantConfig
from .texts import NOTE_AI_UNAVAILABLE, NOTE_AUTO_REPLY, NOTE_BOT_QUESTION, NOTE_OPT_IN, NOTE_WITHHELD
from .vault import SuggestionArchive

log = logging.getLogger("candor.worker")
ROUTE_RANK = {"ai_assist": 0, "human": 1, "bias_review": 2}


@dataclass
class Outcome:
    action: str
    route: str | None = None
    classification: Classification | None = None
    llm_request: list[dict] | None = None
    draft: str | None = None
    note: str | None = None
    hidden: dict[str, int] = field(default_factory=dict)


def combine(classifications: list[Classification]) -> Classification:
    """The strictest route over the recent customer messages; opt-in/out and bot questions from the last."""
    last = classifications[-1]
    strictest = max(classifications, key=lambda c: ROUTE_RANK[c.route])
    return Classification(strictest.route, strictest.reasons, strictest.characteristics, last.opt_out,
                          last.opt_in, last.asks_if_bot, strictest.matched)


class TicketProcessor:
    def __init__(self, drafting: DraftingService, preferences: PreferenceStore, audit_log: AuditLog,
                 archive: SuggestionArchive | None, clock: Clock, judge: BiasJudge | None = None,
                 judge_for: Callable[[TenantConfig], BiasJudge | None] | None = None) -> None:
        """`judge_for`: the second-opinion judge a tenant's settings allow (none for an offline tenant)."""
        # public: _Act (below) carries out one decision with these
        self.drafting, self.prefs, self._audit = drafting, preferences, audit_log
        self.archive, self._clock = archive, clock
        self.judge_for = judge_for or (lambda tenant: judge)

    def process(self, tenant: TenantConfig, thread: Thread, helpdesk: Helpdesk, event_id: str,
                comment_id: int | None = None, regenerate: bool = False) -> Outcome:
        """`regenerate`: an agent asked for a new suggestion on the latest customer comment."""
        target = _target(thread, None if regenerate else comment_id)
        if target is None or not thread.is_customer_comment(target):
            return Outcome("skipped_not_customer")
        ref = f"{thread.ticket.id}:{target.id}" + (f":{event_id}" if regenerate else "")
        if any(_ours(thread, c) and note_ref(c.body) == ref for c in thread.comments):
            # recorded, so a run that posted its note but died before its audit write still leaves a trace
            self.audit(tenant, thread, event_id, "already_handled", None, detail={"ref": ref})
            return Outcome("skipped_already_handled")
        upto = thread.comments[:thread.comments.index(target) + 1]
        customer = [c for c in upto if thread.is_customer_comment(c)][-5:]
        decision = combine([routing.classify(strip_quoted(c.body)) for c in customer])
        requester = str(thread.ticket.requester_id)
        act = _Act(self, tenant, thread, helpdesk, event_id, ref, decision, requester)
        return act.run(customer)

    def audit(self, tenant: TenantConfig, thread: Thread, event_id: str, action: str, decision, **kw) -> None:
        kw["detail"] = report_fields.context(thread, tenant, action, decision, kw.get("detail"))
        self._audit.append(audit.record(tenant=tenant.tenant, ticket_id=thread.ticket.id, event_id=event_id,
                                        action=action, now=self._clock(), classification=decision,
                                        requester=str(thread.ticket.requester_id), **kw))


def _ours(thread: Thread, comment: Comment) -> bool:
    """A note of this plugin: private, not by the customer, carrying our ref. A customer who types
    "Candor ref …" into a public message cannot make it look like ours (and so skip a review)."""
    return not comment.public and not thread.is_customer_comment(comment) and note_ref(comment.body) is not None


def _latest_customer(thread: Thread) -> Comment | None:
    return next((c for c in reversed(thread.comments) if thread.is_customer_comment(c)), None)


def _target(thread: Thread, comment_id: int | None) -> Comment | None:
    """The comment named by the event; for trigger bodies (no comment id), the latest customer comment,
    so an agent's reply or our own note posted in between does not hide it."""
    if comment_id is not None:
        return next((c for c in thread.comments if c.id == comment_id), None)
    return _latest_customer(thread)


@dataclass
class _Act:
    """One decision carried out. Kept apart from TicketProcessor so each step stays small."""

    proc: TicketProcessor
    tenant: TenantConfig
    thread: Thread
    helpdesk: Helpdesk
    event_id: str
    ref: str
    decision: Classification
    requester: str

    def run(self, customer: list[Comment]) -> Outcome:
        tenant, tags = self.tenant.tenant, set(self.thread.ticket.tags)
        sticky = self.proc.prefs.sticky_route(tenant, self.thread.ticket.id) or next(
            (r for r, t in (("bias_review", escalation.BIAS_TAG), ("human", escalation.HUMAN_TAG)) if t in tags),
            None)
        if self.decision.route != "ai_assist" and (
                sticky is None or ROUTE_RANK[self.decision.route] > ROUTE_RANK[sticky]):
            return self._route_to_humans()
        if sticky:
            return self._done("skipped_sticky_route", route=sticky)
        if self.decision.opt_out:
            return self._opt_out("customer message")
        if not self.decision.opt_in and self._opted_out(tags):
            return self._done("skipped_opted_out")
        if self.decision.opt_in:
            self.proc.prefs.set_opt_out(tenant, self.requester, False, "customer message")
        return self._suggest(customer)

    def _opted_out(self, tags: set[str]) -> bool:
        user = self.thread.requester
        flagged = user is not None and (escalation.OPT_OUT_TAG in user.tags
                                        or user.field(self.tenant.opt_out_user_field) in (True, "true", "yes"))
        return flagged or self.proc.prefs.opted_out(self.tenant.tenant, self.requester)

    def _post(self, update: TicketUpdate) -> str:
        body = f"{update.comment_body}\n\n{disclosure.texts.NOTE_REF.format(ref=self.ref)}" if (
            update.comment_body and not update.comment_public) else update.comment_body
        self.helpdesk.update_ticket(self.thread.ticket.id, TicketUpdate(
            body, update.comment_public, update.add_tags, update.group_id, update.priority, update.custom_fields))
        return body or ""

    def _route_to_humans(self) -> Outcome:
        route = self.decision.route
        group = self.tenant.review_group if route == "bias_review" else self.tenant.handoff_group
        group_id = self.helpdesk.ensure_group(group)
        update = (escalation.bias_review_update(self.thread.ticket, self.decision, group, group_id)
                  if route == "bias_review" else escalation.handoff_update(self.decision, group, group_id))
        note = self._post(update)
        self.proc.prefs.set_sticky_route(self.tenant.tenant, self.thread.ticket.id, route)
        if route == "bias_review" and self.tenant.bias_acknowledgement:
            self.helpdesk.update_ticket(self.thread.ticket.id,
                                        escalation.acknowledgement_update(self.tenant.bias_acknowledgement))
        if self.decision.opt_out:
            self.proc.prefs.set_opt_out(self.tenant.tenant, self.requester, True, "customer message")
        return self._done(f"routed_{route}", note=note)

    def _opt_out(self, source: str) -> Outcome:
        self.proc.prefs.set_opt_out(self.tenant.tenant, self.requester, True, source)
        return self._done("opted_out", note=self._post(escalation.opt_out_update(source)))

    def _second_opinion_says_bias(self, redacted_text: str) -> bool:
        """The optional LLM judge, on redacted text only. It can raise the route, never lower it."""
        judge = self.proc.judge_for(self.tenant)
        if judge is None or not self.tenant.bias_second_opinion:
            return False
        verdict = judge.judge(redacted_text)
        if not verdict or verdict[0] is not True:
            return False
        self.decision = routing.escalate_with_second_opinion(self.decision, True, verdict[1])
        return True

    def _suggest(self, customer: list[Comment]) -> Outcome:
        try:
            prepared = self.proc.drafting.prepare(self.thread, customer, self.tenant)
            if self._second_opinion_says_bias(prepared[0].customer_text):
                return self._route_to_humans()
            result = self.proc.drafting.complete(*prepared, self.tenant)
        except DraftRejected as exc:  # the provider answered, but with nothing usable (refusal, filter, cut off)
            note = self._post(TicketUpdate(NOTE_WITHHELD.format(reasons="; ".join(exc.reasons) or str(exc)),
                                           add_tags=("ai_withheld",)))
            self._public_replies(None)
            return self._done("withheld", note=note, detail={"withheld": list(exc.reasons)})
        except (TransientError, PermanentError) as exc:
            # retries already happened inside the drafter; one clear note beats a silent ticket
            why = "the AI provider did not answer" if isinstance(exc, TransientError) else "provider error"
            note = self._post(TicketUpdate(NOTE_AI_UNAVAILABLE.format(why=why)))
            self._public_replies(None)
            return self._done("ai_unavailable", note=note, detail={"error": type(exc).__name__})
        extra = ((NOTE_OPT_IN,) if self.decision.opt_in else ()) + (
            (NOTE_BOT_QUESTION,) if self.decision.asks_if_bot else ())
        if result.draft is None:
            body = NOTE_WITHHELD.format(reasons="; ".join(result.withheld))
            note = self._post(TicketUpdate(body, add_tags=("ai_withheld",)))
            self._public_replies(None)
            return self._done("withheld", note=note, llm_request=result.llm_request, hidden=result.hidden,
                              model=result.model, detail={"withheld": list(result.withheld),
                                                          "provider": result.provider})
        auto = autoreply.allowed(self.tenant, self.decision, result)
        body = disclosure.suggestion_note(NoteParts(
            result.draft, result.model, PROMPT_VERSION, result.hidden, result.sources, self.ref,
            result.confidence < LOW_CONFIDENCE, extra + ((NOTE_AUTO_REPLY,) if auto else ())))
        self.helpdesk.update_ticket(self.thread.ticket.id, TicketUpdate(body, add_tags=(escalation.SUGGESTED_TAG,)))
        if self.proc.archive is not None:
            self.proc.archive.save(self.tenant, self.thread, self.event_id, self.decision, result)
        self._public_replies(result.draft if auto else None)
        return self._done("auto_replied" if auto else "suggestion_posted", note=body, llm_request=result.llm_request,
                          draft=result.draft, hidden=result.hidden, model=result.model, draft_hash=result.draft_hash,
                          disclosure_version=disclosure.DISCLOSURE_VERSION, detail={"provider": result.provider})

    def _public_replies(self, auto_reply_draft: str | None) -> None:
        """After our internal note (so a retry finds the note and never sends these twice): the auto-reply,
        when allowed, and the truthful answer to a bot question, when the tenant chose to send one."""
        language = language_for(self.thread, self.tenant)
        updates = [autoreply.reply_update(self.tenant, auto_reply_draft, language) if auto_reply_draft else None,
                   autoreply.bot_answer_update(self.tenant, self.decision, language)]
        for update in updates:
            if update is not None:
                self.helpdesk.update_ticket(self.thread.ticket.id, update)

    def _done(self, action: str, note: str | None = None, llm_request: list | None = None,
              draft: str | None = None, hidden: dict | None = None, route: str | None = None, **kw) -> Outcome:
        self.proc.audit(self.tenant, self.thread, self.event_id, action, self.decision, hidden=hidden,
                        prompt_version=PROMPT_VERSION if llm_request else None, **kw)
        log_event(log, "ticket_processed", tenant=self.tenant.tenant, ticket_id=self.thread.ticket.id,
                  event_id=self.event_id, action=action, route=route or self.decision.route, hidden=hidden or {})
        return Outcome(action, route or self.decision.route, self.decision, llm_request, draft, note, hidden or {})
