"""Every endpoint of docs/openapi.yaml fuzzed with schemathesis (valid and invalid data), in process against
the Flask app: no 5xx, only documented status codes, and documented JSON shapes. The sidebar API is fuzzed
with a valid session too, so the generated data reaches the code behind the authentication. Example counts
are bounded and generation is deterministic, so the file stays fast and repeatable.

Signed webhook bodies are fuzzed separately (hypothesis): the signature is computed over the generated
bytes, so the parser itself sees the hostile JSON.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

schemathesis = pytest.importorskip("schemathesis", reason="pip install schemathesis (requirements-dev.txt)")
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from handlers.app import create_app  # noqa: E402
from plugin.core import signature  # noqa: E402
from plugin.wiring import build_services  # noqa: E402
from tests.functional.zaf.support import (  # noqa: E402
    WEBHOOK_SECRET,
    add_tenant,
    make_settings,
    seed_suggestion,
    session_headers,
)

OPENAPI = Path(__file__).resolve().parents[2] / "docs" / "openapi.yaml"
schema = schemathesis.openapi.from_path(OPENAPI)
schema.config.generation.update(modes=["positive", "negative"], max_examples=12, deterministic=True)
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
FUZZ = settings(max_examples=12, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))


def _app(folder: Path):
    services = build_services(make_settings(folder))
    add_tenant(services, "acme")
    app = create_app(services=services)
    seed_suggestion(services, "acme", 101)
    return app


@pytest.fixture(scope="module")
def fuzz_app(tmp_path_factory):
    return _app(tmp_path_factory.mktemp("fuzz"))


@pytest.fixture(scope="module")
def webhook_app(tmp_path_factory):
    return _app(tmp_path_factory.mktemp("webhook"))


def test_every_route_the_app_serves_is_described():
    app = create_app(services=build_services(make_settings(Path("/nonexistent-not-used"))))  # routes only
    described = {(m.upper(), p) for p, ops in schema.raw_schema["paths"].items() for m in ops}
    served = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        path = rule.rule.replace("<path:name>", "{name}").replace("<int:ticket_id>", "{ticket_id}")
        path = path.replace("<tenant>", "{tenant}").replace("<locale>", "{locale}")
        served |= {(m, path) for m in rule.methods - {"HEAD", "OPTIONS"}}
    assert served <= described, sorted(served - described)


@schema.parametrize()
@FUZZ
def test_fuzzed_requests_get_documented_answers_and_never_a_5xx(case, fuzz_app):
    response = case.call(app=fuzz_app)
    case.validate_response(response, checks=CHECKS)


@schema.include(path_regex="^/zaf/api/").parametrize()
@FUZZ
def test_fuzzed_sidebar_calls_with_a_valid_session_never_fail_with_a_5xx(case, fuzz_app):
    case.headers = {**(case.headers or {}), **session_headers(fuzz_app, "acme")}
    response = case.call(app=fuzz_app)
    case.validate_response(response, checks=CHECKS)
    assert response.status_code in (200, 202, 400, 404, 405, 409), response.text  # 405: a mutated method


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                     max_leaves=12)
_ID = st.one_of(st.integers(), st.text(max_size=30), st.from_regex(r"[0-9]{1,30}", fullmatch=True), st.none(),
                st.just("zen:ticket:12"), st.just("\ud800"), st.floats())
_EVENT = st.fixed_dictionaries(
    {"type": st.sampled_from(["zen:event-type:ticket.comment_added", "zen:event-type:ticket.created",
                              "zen:event-type:user.deleted", "zen:event-type:other", "nope"]),
     "id": _ID},
    optional={"detail": st.fixed_dictionaries({}, optional={"id": _ID}) | _JSON, "subject": _ID,
              "event": st.fixed_dictionaries({}, optional={"comment": st.fixed_dictionaries(
                  {}, optional={"id": _ID, "author": st.fixed_dictionaries({}, optional={"is_staff": _JSON})})})})
_TRIGGER = st.fixed_dictionaries({"ticket_id": _ID}, optional={"updated_at": _ID, "candor": _JSON})


def _signed(body: bytes) -> dict:
    stamp = signature.format_timestamp(time.time())
    return {signature.SIGNATURE_HEADER: signature.sign(WEBHOOK_SECRET, stamp, body),
            signature.TIMESTAMP_HEADER: stamp, "Content-Type": "application/json"}


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(payload=st.one_of(_EVENT, _TRIGGER, _JSON))
def test_signed_hostile_json_is_queued_or_refused_never_a_5xx(webhook_app, payload):
    body = json.dumps(payload).encode()
    queue = webhook_app.extensions["candor"].queue
    before = len(queue)
    response = webhook_app.test_client().post("/webhooks/zendesk/acme", data=body, headers=_signed(body))
    assert response.status_code in (202, 400), (response.status_code, response.get_json())
    assert set(response.get_json()) <= {"status", "event_id", "reason", "error"}
    if response.status_code == 400 or response.get_json()["status"] != "queued":
        assert len(queue) == before  # refused or not for us: nothing queued
    for job in queue.pending():
        assert job.ticket_id is None or 0 < job.ticket_id <= 2**53 - 1
        assert job.event_id.isprintable()
