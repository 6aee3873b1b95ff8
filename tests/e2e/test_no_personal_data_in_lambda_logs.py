"""No personal data in logs on the AWS path: Zappa's Lambda handler (API Gateway -> Flask, SQS -> worker) with
the stack in moto and a local Zendesk. The Lambda runtime's root handler is in place before the container
starts, as on AWS; after the first invocation every logger — Zappa's own included — is raised to DEBUG, each
record is formatted by that handler as our app factory left it, and the output (and everything printed) is
searched for the planted values.
"""
from __future__ import annotations

import io
import logging
import sys
import time
import uuid

import pytest

from plugin.core.tenant import TenantConfig, TenantSecrets
from plugin.settings import Settings
from tests.e2e.aws_moto import ROOT
from tests.e2e.lambda_harness import EventSourceMapping, Lambda, write_zappa_settings
from tests.functional import privacy_world as w
from tests.functional.test_no_personal_data_in_logs import secrets_of_the_world

sys.path.insert(0, str(ROOT / "tests" / "contract"))
from zendesk_server import ZendeskServer  # noqa: E402
from zendesk_state import make_comment, make_ticket, make_user  # noqa: E402

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
# The Python runtime's own format (awslambdaric bootstrap), without the request id attribute it adds.
LAMBDA_RUNTIME_FORMAT = "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(message)s\n"


@pytest.fixture
def runtime_handler():
    """What the Lambda runtime puts on the root logger before our code runs."""
    handler = logging.StreamHandler(io.StringIO())
    handler.setFormatter(logging.Formatter(LAMBDA_RUNTIME_FORMAT))
    logging.getLogger().addHandler(handler)
    yield handler
    logging.getLogger().removeHandler(handler)


class ProductionCapture(logging.Handler):
    """Formats each record with the formatters of the root handlers production set up (not pytest's)."""

    def __init__(self, handlers: list[logging.Handler]) -> None:
        super().__init__(logging.DEBUG)
        self.handlers, self.lines, self.loggers = handlers, [], set()

    def emit(self, record: logging.LogRecord) -> None:
        self.loggers.add(record.name)
        self.lines += [handler.format(record) for handler in self.handlers]


@pytest.fixture
def zendesk():
    with ZendeskServer() as server:
        for ticket_id in w.TICKETS:
            data = w.bundle(ticket_id)
            t, c = data["ticket"], data["comments"][0]
            server.state.add(make_ticket(ticket_id, t["requester_id"], subject=t["subject"], updated_at=t["updated_at"]),
                             [make_comment(c["id"], c["author_id"], c["body"], True, c["created_at"])],
                             [make_user(u["id"], u["name"], email=u["email"], phone=u["phone"]) for u in data["users"]])
        yield server


@pytest.fixture
def lam(aws_stack, zendesk, tmp_path):
    from plugin.wiring import build_aws_stores

    stores = build_aws_stores(Settings.from_env(aws_stack.env()))
    stores["tenants"].put(TenantConfig(tenant=w.TENANT, account_id="12514403"))
    stores["secrets"].put(w.TENANT, TenantSecrets(w.SECRET, "candor@example.com", "test-token"))
    env = {"CANDOR_AWS_ENDPOINT_URL": aws_stack.endpoint_url, "ZENDESK_BASE_URL": zendesk.base_url,
           "CANDOR_DRAFTER": "offline", "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
    write_zappa_settings(aws_stack, tmp_path, env)
    with Lambda(tmp_path) as lam:
        yield lam


def text_event(path: str, body: bytes) -> dict:
    """An API Gateway REST proxy event for a JSON body: passed as text (isBase64Encoded false), as API Gateway
    does for non-binary media types, so a log of the event would show the body as it is."""
    headers = {**w.signed(body), "x-zendesk-account-id": "12514403", "Host": "abc.execute-api.eu-west-1.amazonaws.com"}
    return {"resource": "/{proxy+}", "path": path, "httpMethod": "POST", "headers": headers,
            "multiValueHeaders": {k: [v] for k, v in headers.items()}, "queryStringParameters": None,
            "multiValueQueryStringParameters": None, "pathParameters": {"proxy": path[1:]}, "stageVariables": None,
            "isBase64Encoded": False, "body": body.decode("utf-8"),
            "requestContext": {"resourcePath": "/{proxy+}", "httpMethod": "POST", "path": f"/dev{path}",
                               "stage": "dev", "requestId": uuid.uuid4().hex, "identity": {"sourceIp": "203.0.113.7"}}}


def everything_at_debug() -> dict[str, int]:
    saved = {"": logging.getLogger().level}
    logging.getLogger().setLevel(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        logger = logging.getLogger(name)
        saved[name] = logger.level
        logger.setLevel(logging.DEBUG)
    return saved


def test_lambda_paths_log_no_personal_data(runtime_handler, lam, aws_stack, zendesk, capsys):
    assert lam.http("GET", "/healthz", {}, b"")[0] == 200  # the container is initialised (Zappa, app, logging)
    root = logging.getLogger()
    capture = ProductionCapture([runtime_handler])
    root.addHandler(capture)
    saved = everything_at_debug()
    try:
        for ticket_id in w.TICKETS:
            answer = lam.invoke(text_event(f"/webhooks/zendesk/{w.TENANT}", w.comment_event(ticket_id)))
            assert answer["statusCode"] == 202, answer
        deleted = lam.invoke(text_event(f"/webhooks/zendesk/{w.TENANT}", w.user_deleted_event(w.ZOFIA_ID)))
        assert deleted["statusCode"] == 202
        esm = EventSourceMapping(aws_stack, lam)
        deadline = time.monotonic() + 120
        while esm.poll_once() is not None and time.monotonic() < deadline:
            pass
    finally:
        root.removeHandler(capture)
        for name, level in saved.items():
            logging.getLogger(name or None).setLevel(level)
    assert len([c for c in zendesk.state.comments[9103] if c["author_id"] != w.TOMAS_ID]) == 1  # the worker ran
    printed = capsys.readouterr()
    assert {"zappa.handler", "candor.intake", "candor.worker"} <= capture.loggers
    assert any('"event": "requester_erased"' in line for line in capture.lines)
    leaked = w.found(secrets_of_the_world(), "\n".join(capture.lines) + printed.out + printed.err)
    assert leaked == []
