"""The optional LLM second opinion on bias complaints: redacted text only, can raise a ticket to human
review, never lower it, and its failure never blocks a reply."""
import json

import pytest

from tests.contract.fake_openai_server import Computed, ServerError
from tests.functional.live_stack import live_stack

IMPLICIT = ("Hi, I'm Marta Kowalczyk. My neighbour and I applied the same week with the same income; she got "
            "the premium card, I got refused. Funny how that works for some people.")


@pytest.fixture
def code_misses_it(monkeypatch):
    """The code classifier reads this message as routine (as it would a phrasing it has never seen), so the
    test is about the second opinion alone, whatever the lexicons learn later."""
    from plugin.core import routing
    from plugin.core.model import Classification

    real = routing.classify
    monkeypatch.setattr(routing, "classify",
                        lambda text: Classification("ai_assist") if "Kowalczyk" in text else real(text))


def llm(judge_says: bool | None):
    def answer(body: dict) -> str:
        system = body["messages"][0]["content"]
        if system.startswith("You are a classifier"):
            if judge_says is None:
                return "I cannot help with that."
            return json.dumps({"bias_complaint": judge_says, "reason": "unequal outcome hinting at origin"})
        return "Hi <PERSON_1>, thanks for writing. We will look into your application."
    return Computed(answer)


@pytest.fixture
def stack(tmp_path, monkeypatch):
    with live_stack(tmp_path, monkeypatch, tenant_changes={"bias_second_opinion": True}) as s:
        yield s


def deliver(stack, text, ticket_id=501):
    comment_id = stack.add_ticket(ticket_id, text, name="Marta Kowalczyk", email="marta.k@example.com")
    assert stack.deliver(ticket_id, comment_id).status_code == 202
    stack.run()
    return stack.actions()[-1]


@pytest.mark.parametrize("judge_says, action", [(True, "routed_bias_review"), (False, "suggestion_posted"),
                                                 (None, "suggestion_posted")])
def test_second_opinion_can_only_raise(stack, code_misses_it, judge_says, action):
    stack.openai.script(*(llm(judge_says),) * 4)
    assert deliver(stack, IMPLICIT) == action
    judge_calls = [r for r in stack.openai.requests if r.body["messages"][0]["content"].startswith("You are a classifier")]
    assert len(judge_calls) == 1
    sent = json.dumps(judge_calls[0].body)
    assert "Marta" not in sent and "Kowalczyk" not in sent  # redacted text only
    drafts = [r for r in stack.openai.requests if r not in judge_calls]
    assert (drafts == []) == (action == "routed_bias_review")  # escalated: no draft request at all


def test_a_failing_judge_never_blocks_the_reply(stack, code_misses_it):
    stack.openai.script(ServerError(500), llm(False), llm(False), llm(False))
    assert deliver(stack, IMPLICIT) == "suggestion_posted"


def test_a_code_detected_complaint_never_reaches_any_model(stack):
    stack.openai.script(llm(False))
    action = deliver(stack, "Your agent refused me because of my accent. This is discrimination.")
    assert action == "routed_bias_review" and stack.openai.requests == []
