"""End to end: `python -m plugin triage` against the recording fake OpenAI server; no planted value reaches it.

The tickets are eval/redaction_e2e/tickets.txt: six hand-written tickets in five languages, frozen before the
redaction package was written and never used to tune it. Each is sent as a Zendesk bundle whose requester has a
neutral name, so the redactor must find every planted value in the comment itself.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eval.redaction_blind.score import parse
from tests.contract.fake_openai_server import FakeOpenAIServer, Reply

ROOT = Path(__file__).resolve().parents[2]
TICKETS = parse((ROOT / "eval" / "redaction_e2e" / "tickets.txt").read_text(encoding="utf-8"))

pytestmark = pytest.mark.slow


def bundle(record: dict) -> dict:
    return {
        "ticket": {"id": 9001, "subject": "Help with my order", "raw_subject": "Help with my order", "description": "",
                   "status": "open", "priority": "normal", "requester_id": 77, "submitter_id": 77,
                   "assignee_id": None, "group_id": None, "tags": [], "custom_fields": [],
                   "created_at": "2026-12-01T09:00:00Z", "updated_at": "2026-12-01T09:00:00Z"},
        "comments": [{"id": 900101, "type": "Comment", "author_id": 77, "body": record["text"],
                      "plain_body": record["text"], "public": True, "created_at": "2026-12-01T09:00:00Z"}],
        "users": [{"id": 77, "name": "Customer", "email": "customer@example.net", "phone": None, "role": "end-user",
                   "locale": "en-US", "tags": [], "user_fields": {}}],
    }


@pytest.fixture(scope="module")
def sent(tmp_path_factory):
    """Every request the fake provider received, per ticket id."""
    out = {}
    with FakeOpenAIServer(default=Reply("Thank you, <PERSON_1>. We are looking into it.")) as server:
        env = {**os.environ, **server.env(), "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "", "CANDOR_REDACTOR": "presidio"}
        for record in TICKETS:
            folder = tmp_path_factory.mktemp(record["id"])
            path = folder / "bundle.json"
            path.write_text(json.dumps(bundle(record), ensure_ascii=False), encoding="utf-8")
            before = len(server.requests)
            result = subprocess.run([sys.executable, "-m", "plugin", "triage", str(path)], capture_output=True,
                                    text=True, cwd=ROOT, env={**env, "CANDOR_HOME": str(folder / "state")},
                                    timeout=300)
            assert result.returncode == 0, result.stderr
            out[record["id"]] = ["\n".join(str(m.get("content", "")) for m in (r.body or {}).get("messages", []))
                                 for r in server.requests[before:]]
    return out


@pytest.mark.parametrize("record", TICKETS, ids=[r["id"] for r in TICKETS])
def test_no_planted_value_reaches_the_provider(sent, record):
    requests = sent[record["id"]]
    assert requests, "the ticket was not drafted: nothing was checked"
    leaked = [p["value"] for p in record["pii"] for body in requests if p["value"] in body]
    assert leaked == []


@pytest.mark.parametrize("record", TICKETS, ids=[r["id"] for r in TICKETS])
def test_identifiers_the_agent_needs_reach_the_provider(sent, record):
    lost = [k["value"] for k in record["keep"] if not any(k["value"] in body for body in sent[record["id"]])]
    assert lost == []
