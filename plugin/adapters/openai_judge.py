"""The optional LLM second opinion on bias complaints (issue #3), through the drafter's OpenAI client.

It only ever sees redacted text, may only raise a ticket to human review (plugin.core.routing), and any
failure — timeout, refusal, malformed answer — means "no opinion": the code's routing decision stands and
drafting goes on. One attempt with the drafter's timeout: a second opinion is not worth delaying a reply for.
"""
from __future__ import annotations

import logging

from plugin.core.logs import log_event
from plugin.core.prompting import judge_messages, parse_judgement

log = logging.getLogger("candor.judge")


class OpenAIBiasJudge:
    def __init__(self, drafter, model: str) -> None:
        """`drafter`: an OpenAIDrafter, whose configured client (key, base URL, timeout) is reused."""
        self._drafter, self.model = drafter, model
        self.last_request: list[dict] | None = None

    def judge(self, redacted_text: str) -> tuple[bool, str] | None:
        messages = [m.to_dict() for m in judge_messages(redacted_text)]
        self.last_request = messages
        try:
            completion = self._drafter.client().chat.completions.create(
                model=self.model, messages=messages, temperature=0, max_tokens=80)
            text = completion.choices[0].message.content or ""
        except Exception as exc:  # noqa: BLE001 - any failure is "no opinion", never a blocked ticket
            log_event(log, "second_opinion_failed", logging.WARNING, error=type(exc).__name__)
            return None
        verdict = parse_judgement(text)
        log_event(log, "second_opinion", outcome="none" if verdict is None else str(verdict[0]).lower())
        return verdict
