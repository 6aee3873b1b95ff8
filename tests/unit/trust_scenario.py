"""One tenant's audit trail over four days, written record by record, with every figure of the trust report
worked out by hand beside it (EXPECTED). Shared by the unit test, the store contract test and the browser test."""
from __future__ import annotations

from datetime import UTC, datetime

from plugin.core import audit
from plugin.core.model import Classification

TENANT = "acme"
DAY0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC).timestamp()  # a Monday
GPT = "gpt-4o-mini"


def _rec(action: str, day: int, ticket: int | None, *, event: str = "evt", route: str | None = None,
         characteristics: tuple[str, ...] = (), tenant: str = TENANT, minute: int = 0, **kw) -> dict:
    decision = Classification(route, (), characteristics) if route else None
    return audit.record(tenant=tenant, ticket_id=ticket, event_id=f"{event}-{ticket}-{action}-{minute}",
                        action=action, now=DAY0 + day * 86400 + minute * 60, classification=decision,
                        requester=str(500 + (ticket or 0)), **kw)


def _ai(action: str, day: int, ticket: int, draft_hash: str | None, language: str, channel: str, *,
        ms: int | None = None, tokens: tuple[int, int] = (0, 0), hidden: dict | None = None, extra: dict | None = None,
        event: str = "evt", model: str | None = GPT, **kw) -> dict:
    detail = {"language": language, "channel": channel, **(extra or {})}
    if ms is not None:
        detail["provider"] = {"ms": ms, "prompt_tokens": tokens[0], "completion_tokens": tokens[1], "estimated": False}
    return _rec(action, day, ticket, event=event, route="ai_assist", hidden=hidden, model=model,
                draft_hash=draft_hash, detail=detail, minute=1 if event.startswith("regen") else 0, **kw)


def _agent(action: str, day: int, ticket: int, draft_hash: str, **detail) -> dict:
    return _rec(action, day, ticket, route="ai_assist", draft_hash=draft_hash, minute=30,
                detail={**detail, "source": "sidebar", "agent_id": 900})


def records() -> list[dict]:
    return [
        # t1: suggested, inserted, replied keeping almost all of it (reported twice: event + trigger)
        _ai("suggestion_posted", 0, 1, "h1", "en", "email", ms=800, tokens=(100, 40),
            hidden={"PERSON": 2, "EMAIL_ADDRESS": 1}),
        _agent("agent_action", 0, 1, "h1", agent_action="inserted", disclosure_marked=True),
        _agent("agent_action", 0, 1, "h1", agent_action="sent_as_is"),
        _rec("agent_reply", 0, 1, draft_hash="h1", minute=50, detail={"similarity": 0.96, "comment_id": 11}),
        _rec("agent_reply", 0, 1, draft_hash="h1", minute=51, detail={"similarity": 0.96, "comment_id": 11}),
        # t2: suggested, flagged inaccurate, discarded
        _ai("suggestion_posted", 0, 2, "h2", "de", "web", ms=1200, tokens=(120, 60), hidden={"PERSON": 1}),
        _agent("agent_flag", 0, 2, "h2", flag="inaccurate"),
        _agent("agent_action", 0, 2, "h2", agent_action="discarded"),
        # t3: the customer opted back in; the agent regenerated, inserted the new one and rewrote most of it
        _ai("suggestion_posted", 1, 3, "h3", "en", "web", ms=1000, tokens=(90, 30), extra={"opt_in": True}),
        _ai("suggestion_posted", 1, 3, "h3b", "en", "web", ms=2000, tokens=(80, 20), event="regen-1"),
        _agent("agent_action", 1, 3, "h3b", agent_action="inserted", disclosure_marked=True),
        _agent("agent_action", 1, 3, "h3b", agent_action="sent_edited"),
        _agent("agent_action", 1, 3, "h3b", agent_action="sent_edited"),  # submitted twice: one suggestion
        _rec("agent_reply", 1, 3, draft_hash="h3b", minute=55, detail={"similarity": 0.3, "comment_id": 31}),
        # t4: suggested with a warning line (a check flagged it) and ignored
        _ai("suggestion_posted", 2, 4, "h4", "es", "chat", ms=600, tokens=(50, 50),
            extra={"flagged": ["claims to be human"]}),
        # t5: auto-replied with the disclosure; an agent flagged it unsafe afterwards
        _ai("auto_replied", 2, 5, "h5", "en", "email", ms=900, tokens=(70, 30), disclosure_version="v1"),
        _agent("agent_flag", 2, 5, "h5", flag="unsafe"),
        # t6: withheld by two checks; t7: the provider did not answer
        _ai("withheld", 3, 6, None, "en", "web", ms=1500, tokens=(100, 10), hidden={"PHONE_NUMBER": 1},
            extra={"withheld": ["claims to be human", "link outside the allow-list"]}),
        _ai("ai_unavailable", 3, 7, None, "en", "web", model=None, extra={"error": "TransientError"}),
        # bias reviews: t8 (sex) answered after 2 h, substantiated; t9 (age, disability) after 5 h, first
        # "unclear" then "not substantiated"; t10 opened by an agent's "biased" flag, no outcome yet
        _rec("routed_bias_review", 0, 8, route="bias_review", characteristics=("sex",),
             detail={"language": "en", "channel": "web"}),
        _rec("agent_reply", 0, 8, minute=120, detail={"route": "bias_review", "first_reply_seconds": 7200,
                                                      "comment_id": 81}),
        _rec("bias_review_outcome", 1, 8, route="bias_review", detail={"outcome": "substantiated",
                                                                       "source": "sidebar"}),
        _rec("routed_bias_review", 1, 9, route="bias_review", characteristics=("age", "disability"),
             detail={"language": "de", "channel": "email"}),
        _rec("agent_reply", 1, 9, minute=300, detail={"route": "bias_review", "first_reply_seconds": 18000,
                                                      "comment_id": 91}),
        _rec("bias_review_outcome", 2, 9, route="bias_review", detail={"outcome": "unclear",
                                                                       "source": "ticket_field"}),
        _rec("bias_review_outcome", 3, 9, route="bias_review", detail={"outcome": "not_substantiated",
                                                                       "source": "sidebar"}),
        _rec("agent_flag", 2, 10, route="bias_review", draft_hash="h10", detail={"flag": "biased", "alerted": True}),
        # the other routes
        _rec("routed_human", 1, 11, route="human", detail={"language": "en", "channel": "web"}),
        _rec("opted_out", 2, 12, route="ai_assist", detail={"language": "fr", "channel": "email"}),
        _rec("skipped_opted_out", 3, 13, route="ai_assist", detail={"language": "fr", "channel": "email"}),
        # consent and erasure, by admins
        _rec("opt_out_set", 3, None, minute=10, detail={"opted_out": True, "source": "admin_api"}),
        _rec("opt_out_set", 3, None, minute=20, detail={"opted_out": False, "source": "cli"}),
        _rec("erasure", 3, None, minute=30, detail={"requested_by": "admin_api"}),
        # fairness audits: the last one passed
        _rec("fairness_audit", 1, None, detail={"verdict": "fail", "exceeded": 2, "flagged": 1, "tickets": 40}),
        _rec("fairness_audit", 3, None, minute=40, detail={"verdict": "pass", "exceeded": 0, "flagged": 0,
                                                           "tickets": 40}),
        # another tenant's record never counts
        _rec("suggestion_posted", 0, 99, tenant="globex", route="ai_assist"),
    ]


# figure id -> (shown value, percent value or None) with min_count = 1; worked out from the records above
EXPECTED = {
    "suggestions_made": ("6", None), "inserted": ("2", 33.3), "sent_as_is": ("1", 50.0),
    "sent_edited": ("1", 50.0), "regenerated": ("1", None), "discarded": ("1", 16.7),
    "ignored": ("1", 16.7), "replies_compared": ("2", None), "similarity": ("63%", None),
    "reply_unchanged": ("1", 50.0), "reply_edited": ("0", 0.0), "reply_rewritten": ("1", 50.0),
    "flag_inaccurate": ("1", None), "flag_biased": ("1", None), "flag_unsafe": ("1", None),
    "route_bias_review": ("2", 15.4), "route_human": ("1", 7.7), "route_opt_out": ("2", 15.4),
    "route_ai_assist": ("8", 61.5),
    "bias_reviews": ("3", None), "first_reply_hours": ("3.5 h", None), "outcome_substantiated": ("1", 33.3),
    "outcome_not_substantiated": ("1", 33.3), "outcome_unclear": ("0", 0.0), "outcome_missing": ("1", 33.3),
    "hidden": ("5", None), "withheld": ("1", 12.5), "flagged": ("1", 16.7),
    "requests": ("8", None), "tokens": ("850", None), "errors": ("1", 12.5), "latency": ("1,000 ms", None),
    "auto_replies": ("1", 16.7), "auto_replies_disclosed": ("1", 100.0), "inserts_disclosed": ("2", 100.0),
    "opt_outs": ("2", None), "opt_ins": ("2", None), "erasures": ("1", None), "fairness_runs": ("2", None),
}
EXPECTED_TABLES = {
    "flag_outcomes": {"inaccurate": {"flagged": 1, "then discarded": 1},
                      "biased": {"flagged": 1, "no further action": 1, "review group alerted": 1},
                      "unsafe": {"flagged": 1, "no further action": 1}},
    "routes_by_language": {"en": {"ai_assist": 6, "bias_review": 1, "human": 1}, "de": {"ai_assist": 1, "bias_review": 1},
                           "es": {"ai_assist": 1}, "fr": {"opt_out": 2}},
    "routes_by_channel": {"email": {"ai_assist": 2, "bias_review": 1, "opt_out": 2}, "chat": {"ai_assist": 1},
                          "web": {"ai_assist": 5, "bias_review": 1, "human": 1}},
    "outcomes_by_characteristic": {"sex": {"substantiated": 1}, "age": {"not_substantiated": 1},
                                   "disability": {"not_substantiated": 1}, "not stated": {"not recorded": 1}},
    "hidden_by_kind": {"PERSON": {"hidden": 3}, "EMAIL_ADDRESS": {"hidden": 1}, "PHONE_NUMBER": {"hidden": 1}},
    "withheld_by_reason": {"claims to be human": {"drafts": 1}, "link outside the allow-list": {"drafts": 1}},
    "flagged_by_reason": {"claims to be human": {"drafts": 1}},
    "models": {GPT: {"requests": 7}, "no answer": {"requests": 1}},
}
