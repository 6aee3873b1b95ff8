"""A Candor install wired to local fakes over real HTTP (not a test module).

The Flask app and the worker run in this process on the embedded stores (SQLite, in-process queue), with
ZendeskHelpdesk talking to the spec-checked Zendesk of tests/contract/zendesk_server.py and OpenAIDrafter
talking to tests/contract/fake_openai_server.py through OPENAI_BASE_URL. Every wait goes through injected
sleeps and a fake clock, so a 429 asking for 120 s costs nothing; only client timeouts against the fakes
are real: generous by default (a busy CI machine must not time out by accident), cut to 0.3 s by
`short_timeouts()` in the tests that provoke one.
"""
from __future__ import annotations

import json
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

CONTRACT = Path(__file__).resolve().parents[1] / "contract"
if str(CONTRACT) not in sys.path:
    sys.path.insert(0, str(CONTRACT))

from zendesk_server import PLUGIN_USER_ID, ZendeskServer  # noqa: E402
from zendesk_spec import SpecValidator  # noqa: E402,F401 - for the tests' module-scoped validator
from zendesk_state import make_comment, make_ticket, make_user  # noqa: E402

from handlers.app import create_app  # noqa: E402
from plugin.adapters.local_queue import InProcessQueue  # noqa: E402
from plugin.adapters.openai_drafter import OpenAIDrafter  # noqa: E402
from plugin.adapters.zendesk_helpdesk import ZendeskHelpdesk  # noqa: E402
from plugin.core import signature  # noqa: E402
from plugin.settings import Settings  # noqa: E402
from plugin.wiring import build_services  # noqa: E402
from tests.contract.fake_openai_server import FakeOpenAIServer, Reply  # noqa: E402

SECRET = "live-stack-secret"
EMAIL, TOKEN = "candor@example.com", "test-token"
CUSTOMER, AGENT = 501, 601
GOOD_REPLY = Reply("Hi <PERSON_1>,\n\nyour refund is issued within 3 business days of the return reaching us.\n\n"
                   "The support team")


class FakeTime:
    """A clock that only moves when someone sleeps on it."""

    def __init__(self) -> None:
        self.now, self.slept = 1_000_000.0, []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@dataclass
class LiveStack:
    zendesk: ZendeskServer
    openai: FakeOpenAIServer
    services: object
    time: FakeTime
    sleeps: list = field(default_factory=list)  # what the adapters asked to sleep (429 Retry-After, backoff)

    @property
    def client(self):
        return create_app(services=self.services).test_client()

    def add_ticket(self, ticket_id: int, text: str, *, subject: str = "Order question", name: str = "Maria Example",
                   email: str = "maria@example.com", locale: str = "en-US") -> int:
        """A ticket whose requester wrote `text`; returns the comment id."""
        comment_id = ticket_id * 100 + 1
        self.zendesk.state.add(
            make_ticket(ticket_id, CUSTOMER, subject=subject, updated_at="2024-05-02T10:00:00Z"),
            [make_comment(comment_id, CUSTOMER, text, created_at="2024-05-02T09:00:00Z")],
            [make_user(CUSTOMER, name, email=email, locale=locale),
             make_user(AGENT, "Alex Agent", "agent", email="alex@acme.test")])
        return comment_id

    def deliver(self, ticket_id: int, comment_id: int, event_id: str | None = None):
        body = json.dumps({
            "type": "zen:event-type:ticket.comment_added", "account_id": 12514403,
            "id": event_id or f"evt-{ticket_id}-{comment_id}", "time": "2026-11-28T09:00:01Z",
            "subject": f"zen:ticket:{ticket_id}", "detail": {"id": str(ticket_id)},
            "event": {"comment": {"id": str(comment_id), "is_public": True,
                                  "author": {"id": str(CUSTOMER), "is_staff": False}}}}).encode()
        stamp = signature.format_timestamp(time.time())
        headers = {signature.SIGNATURE_HEADER: signature.sign(SECRET, stamp, body),
                   signature.TIMESTAMP_HEADER: stamp, "Content-Type": "application/json"}
        return self.client.post("/webhooks/zendesk", data=body, headers=headers)

    def run(self) -> int:
        return self.services.queue.drain(self.services.worker.handle)

    def notes(self, ticket_id: int) -> list[str]:
        """Internal notes our plugin user posted on the ticket."""
        return [c["body"] for c in self.zendesk.state.comments[ticket_id]
                if c["author_id"] == PLUGIN_USER_ID and not c["public"]]

    def dead(self) -> list[tuple[str, str]]:
        return [(job.event_id, error) for job, error in self.services.queue.dead_letters]

    def short_timeouts(self, seconds: float = 0.3) -> None:
        """For tests that make a fake answer late on purpose."""
        self.services.drafter.timeout = seconds
        self.services.helpdesk_for(self.services.tenants.get("acme"))._http.timeout = seconds

    def actions(self, tenant: str = "acme") -> list[str]:
        return [r["action"] for r in self.services.audit.query(tenant)]


@contextmanager
def live_stack(home: Path, monkeypatch, *, redactor: str = "regex", tenant_changes: dict | None = None,
               zendesk_timeout: float = 5.0, openai_timeout: float = 5.0, openai_attempts: int = 3,
               validator=None, **stores):
    """`stores`: replacements for embedded stores (e.g. DynamoDB adapters in the AWS fault tests)."""
    zendesk = ZendeskServer(email=EMAIL, api_token=TOKEN, validator=validator).start()
    zendesk.state.add_group(41, "Support")
    openai = FakeOpenAIServer().start()
    for key, value in openai.env().items():
        monkeypatch.setenv(key, value)
    clock = FakeTime()
    sleeps: list[float] = []
    try:
        settings = Settings(home=home, tenant="acme", webhook_secret=SECRET, redactor=redactor, drafter="openai",
                            openai_api_key_set=True)
        helpdesk = ZendeskHelpdesk("acme", email=EMAIL, api_token=TOKEN, base_url=zendesk.base_url,
                                   timeout=zendesk_timeout, sleep=sleeps.append)
        stores.setdefault("queue", InProcessQueue(clock=clock.clock, sleep=clock.sleep))
        services = build_services(settings, helpdesk=helpdesk, **stores)
        # cached properties set before first use: the drafter sleeps on the list, not for real
        services.__dict__["drafter"] = OpenAIDrafter("gpt-test", timeout=openai_timeout, max_attempts=openai_attempts,
                                                     sleep=sleeps.append)
        if tenant_changes:
            services.tenants.put(replace(services.tenants.get("acme"), **tenant_changes))
        yield LiveStack(zendesk, openai, services, clock, sleeps)
    finally:
        openai.stop()
        zendesk.stop()
