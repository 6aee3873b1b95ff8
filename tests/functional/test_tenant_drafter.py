"""Issue 13 §5: a tenant's `drafter` and `model` settings are honoured everywhere a provider could be called
(worker, regenerate, second opinion, `triage --tenant`), and its privacy notice says the same. Checked against
the recording fake OpenAI server: an offline tenant causes zero requests."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from plugin.core.model import Job
from tests.contract.fake_openai_server import FakeOpenAIServer
from tests.functional.live_stack import GOOD_REPLY, live_stack

ROOT = Path(__file__).resolve().parents[2]
BIAS = "You refused my refund because of my accent, that's discrimination, your policy is racist."


@pytest.fixture
def offline_tenant(tmp_path, monkeypatch):
    with live_stack(tmp_path, monkeypatch, tenant_changes={"drafter": "offline", "bias_second_opinion": True}) as s:
        s.openai.default = GOOD_REPLY
        yield s


def test_an_offline_tenant_never_reaches_the_provider(offline_tenant):
    stack = offline_tenant
    refund = stack.add_ticket(501, "Where is my refund for order 1234? I sent the parcel back last week.")
    assert stack.deliver(501, refund).status_code == 202
    stack.run()
    stack.services.queue.enqueue(Job("acme", "regen-1", "regenerate", ticket_id=501))  # the sidebar's regenerate
    stack.run()
    assert stack.openai.requests == []
    assert stack.actions()[-2:] == ["suggestion_posted", "suggestion_posted"]
    assert all("offline" in note for note in stack.notes(501))


def test_an_offline_tenant_gets_no_second_opinion(offline_tenant, monkeypatch):
    from plugin.core import routing
    from plugin.core.model import Classification

    monkeypatch.setattr(routing, "classify", lambda text: Classification("ai_assist"))  # only the judge could see it
    comment = offline_tenant.add_ticket(502, BIAS)
    offline_tenant.deliver(502, comment)
    offline_tenant.run()
    assert offline_tenant.openai.requests == []


def test_the_privacy_notice_follows_the_tenant_setting(offline_tenant):
    notice = offline_tenant.services.privacy.notice("acme")
    assert notice["record_of_processing"]["configuration"]["llm_host"] is None


def test_a_tenant_model_is_the_model_sent(tmp_path, monkeypatch):
    with live_stack(tmp_path, monkeypatch, tenant_changes={"model": "tenant-model-1"}) as stack:
        stack.openai.default = GOOD_REPLY
        comment = stack.add_ticket(503, "Where is my refund for order 1234? I sent the parcel back last week.")
        stack.deliver(503, comment)
        stack.run()
        assert [r.body["model"] for r in stack.openai.requests] == ["tenant-model-1"]
        assert stack.services.privacy.notice("acme")["record_of_processing"]["configuration"]["model"] == "tenant-model-1"


def test_triage_for_an_offline_tenant_sends_nothing_even_with_a_provider_key(tmp_path):
    env = {**os.environ, "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "", "CANDOR_HOME": str(tmp_path / "state"),
           "CANDOR_REDACTOR": "regex"}
    with FakeOpenAIServer() as server:
        server.default = GOOD_REPLY
        env.update(server.env())
        subprocess.run([sys.executable, "-m", "plugin", "tenant-config", "set", "drafter=offline"], cwd=ROOT,
                       env={**env, "CANDOR_TENANT": "globex"}, check=True, capture_output=True, timeout=120)
        out = subprocess.run([sys.executable, "-m", "plugin", "triage", "--tenant", "globex",
                              str(ROOT / "plugin" / "samples" / "tickets" / "101.json")],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr
        result = json.loads(out.stdout)
        assert server.requests == [] and result["draft"] and result["drafter"] == "offline"


def _kb_with_vectors(services) -> None:
    """A synced Help Center with article embeddings, as a sync made while the tenant allowed the provider."""
    from plugin.core.knowledge import KbDocument, KbSnapshot, KbStatus
    from tests.contract.fake_openai_server import fake_vector

    docs = (KbDocument("1@en-us", "article", "1", "en-us", "Refunds",
                       "Refunds are paid within 5 days of the parcel reaching us.", "https://help.acme.test/1"),
            KbDocument("2@en-us", "article", "2", "en-us", "Shipping", "Orders ship in two days.",
                       "https://help.acme.test/2"))
    vectors = {d.id: fake_vector(d.title + " " + d.body) for d in docs}
    services.knowledge.store.save("acme", KbSnapshot(documents=docs, synced_at=1.0, vectors=vectors,
                                                     embedding_model=services.settings.embedding_model),
                                  KbStatus("acme"))


def test_a_tenant_switched_to_offline_sends_no_query_embeddings(tmp_path, monkeypatch):
    """The loaded Help Center index kept the provider's embedder after the admin chose drafter=offline: the
    (redacted) ticket text was still embedded by the provider until the next sync."""
    with live_stack(tmp_path, monkeypatch) as stack:
        stack.openai.default = GOOD_REPLY
        _kb_with_vectors(stack.services)
        comment = stack.add_ticket(504, "Where is my refund for order 1234? I sent the parcel back last week.")
        stack.deliver(504, comment)
        stack.run()
        assert any(r.path.rstrip("/") == "/v1/embeddings" for r in stack.openai.requests)  # online: used
        stack.services.tenants.put(replace(stack.services.tenants.get("acme"), drafter="offline"))
        stack.openai.requests.clear()
        comment = stack.add_ticket(505, "My refund for order 5678 has not arrived, the parcel went back Monday.")
        stack.deliver(505, comment)
        stack.run()
        stack.services.queue.enqueue(Job("acme", "regen-2", "regenerate", ticket_id=505))
        stack.run()
        assert stack.openai.requests == []


def test_the_notice_names_the_embeddings_and_says_what_they_are_sent(tmp_path, monkeypatch):
    """Issue 13 follow-up: KB search embeds the help articles and a search query with the provider
    (plugin/adapters/openai_embeddings.py), and the notice never said so. It does now, and what it says is
    what is sent: the query is the redacted ticket text with the placeholders removed."""
    with live_stack(tmp_path, monkeypatch) as stack:
        stack.openai.default = GOOD_REPLY
        _kb_with_vectors(stack.services)
        comment = stack.add_ticket(506, "Where is my refund? Write to me at ana.silva@mail.example or +1 415 555 0134.",
                                   subject="Refund for order 1234")
        stack.deliver(506, comment)
        stack.run()
        sent = [r.body["input"] for r in stack.openai.requests if r.path.rstrip("/") == "/v1/embeddings"]
        assert sent, "the ticket was not searched with embeddings"
        query = " ".join(str(x) for x in sent)
        assert "refund" in query.lower() and "ana.silva" not in query and "555 0134" not in query
        assert "<" not in query  # placeholders removed, as the notice says
        model = stack.services.settings.embedding_model
        notice = stack.services.privacy.notice("acme")
        record = notice["record_of_processing"]
        assert record["configuration"]["embedding_model"] == model
        flow = " ".join(p for s in notice["notice"]["sections"] for p in s["paragraphs"] + s["items"])
        assert f"embeddings (model {model})" in flow and "placeholders removed" in flow
        assert any("embeddings" in r["receives"] for r in record["recipients"])


def test_an_offline_tenant_notice_names_no_embeddings(offline_tenant):
    notice = offline_tenant.services.privacy.notice("acme")
    assert notice["record_of_processing"]["configuration"]["embedding_model"] is None
    assert "embedding" not in json.dumps(notice["notice"]) and "No AI provider receives" in json.dumps(notice)
