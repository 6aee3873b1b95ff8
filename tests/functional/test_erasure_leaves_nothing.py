"""Plant a person's data in every store through the real path (signed webhooks -> queue -> worker -> drafts,
vaults, audit, opt-out, agent feedback, a queued job), erase her by e-mail, and prove nothing identifying is
left: the raw bytes of the SQLite file (and its WAL), every item of every DynamoDB table, and every vault
that can still be decrypted. Another customer's data stays.
"""
from __future__ import annotations

import json
import uuid

import pytest

from handlers.app import create_app
from plugin.adapters.dryrun_helpdesk import DryRunHelpdesk
from plugin.core.feedback import AgentFeedback
from plugin.core.model import Job
from plugin.core.tenant import TenantConfig, TenantSecrets
from plugin.core.vault import vault_values
from plugin.settings import Settings
from plugin.wiring import build_services
from tests.e2e.aws_moto import create_stack
from tests.functional import privacy_world as w


class SQLiteWorld:
    def __init__(self, tmp_path) -> None:
        settings = Settings(home=tmp_path / "state", tenant=w.TENANT, webhook_secret=w.SECRET, drafter="offline",
                            redactor="regex")
        self.services = build_services(settings, helpdesk=DryRunHelpdesk(w.threads()))

    def run_jobs(self) -> None:
        self.services.queue.drain(self.services.worker.handle)

    def raw(self) -> bytes:
        home = self.services.settings.home
        return b"".join(p.read_bytes() for p in sorted(home.glob("candor.db*")))

    def suggestions(self) -> list[dict]:
        return [json.loads(r[0]) for r in self.services.db.run("SELECT record FROM suggestions WHERE tenant=?",
                                                                 (w.TENANT,))]


class DynamoWorld:
    def __init__(self, server) -> None:
        self.stack = create_stack(server.url, project=f"er{uuid.uuid4().hex[:8]}")
        env = {**self.stack.env(), "CANDOR_DRAFTER": "offline", "CANDOR_REDACTOR": "regex"}
        self.services = build_services(Settings.from_env(env), helpdesk=DryRunHelpdesk(w.threads()))
        self.services.tenants.put(TenantConfig(tenant=w.TENANT))
        self.services.secrets.put(w.TENANT, TenantSecrets(w.SECRET))
        self.sqs, self.url = self.stack.client("sqs"), self.stack.outputs["JobsQueueUrl"]

    def messages(self) -> list[dict]:
        out = []
        while batch := self.sqs.receive_message(QueueUrl=self.url, MaxNumberOfMessages=10).get("Messages", []):
            out += batch
        return out

    def run_jobs(self) -> None:
        from plugin.adapters.sqs_batch import parse_job

        for message in self.messages():
            self.services.worker.handle(parse_job(message["Body"]))
            self.sqs.delete_message(QueueUrl=self.url, ReceiptHandle=message["ReceiptHandle"])

    def _items(self) -> list[dict]:
        ddb = self.stack.client("dynamodb")
        return [item for table in ddb.list_tables()["TableNames"] if table.startswith(self.stack.prefix)
                for page in ddb.get_paginator("scan").paginate(TableName=table) for item in page["Items"]]

    def raw(self) -> bytes:
        """Every attribute of every item, as text (binary attributes such as the sealed salt as bytes)."""
        items = self._items()
        return json.dumps(items, default=repr, ensure_ascii=False).encode("utf-8")

    def suggestions(self) -> list[dict]:
        pages = self.stack.client("dynamodb").get_paginator("scan").paginate(
            TableName=f"{self.stack.prefix}-suggestions")
        return [json.loads(item["doc"]["S"]) for page in pages for item in page["Items"]]


@pytest.fixture(params=["sqlite", pytest.param("dynamodb", marks=pytest.mark.e2e)])
def world(request, tmp_path):
    if request.param == "sqlite":
        return SQLiteWorld(tmp_path)
    return DynamoWorld(request.getfixturevalue("moto_server"))


def _plant(world) -> None:
    client = create_app(services=world.services).test_client()
    for ticket_id in w.TICKETS:
        body = w.comment_event(ticket_id)
        response = client.post(f"/webhooks/zendesk/{w.TENANT}", data=body, headers=w.signed(body))
        assert response.status_code == 202, response.get_json()
    world.run_jobs()
    services = world.services
    tenant = services.tenants.get(w.TENANT)
    feedback = AgentFeedback(services.audit, services.preferences, services.clock)
    feedback.act(tenant, services.helpdesk_for(tenant), 9101, w.AGENT_ID, "inserted",
                 services.archive.latest(w.TENANT, 9101), "en")
    services.queue.enqueue(Job(w.TENANT, "regen-pending", "regenerate", ticket_id=9101))  # still waiting


def _vault_text(world) -> str:
    return " ".join(v for record in world.suggestions()
                    for v in vault_values(world.services.cipher, w.TENANT, record))


def test_erasure_leaves_nothing_identifying_in_any_store(world):
    _plant(world)
    before = world.raw()
    assert w.found([str(w.ZOFIA_ID)], before)  # the scan sees ids where they are (audit, opt-out, drafts)
    assert set(w.found(w.PLANTED, _vault_text(world))) >= {w.ZOFIA["name"], w.ZOFIA["email"], w.ZOFIA["phone"]}
    assert w.ZOFIA["email"] in " ".join(vault_values(world.services.cipher, w.TENANT,
                                                     world.services.suggestions.latest(w.TENANT, 9103)))

    receipt = world.services.privacy.forget(w.TENANT, w.ZOFIA["email"], "cli").to_dict()

    assert (receipt["requester_id"], receipt["lookup"], receipt["tickets"]) == (str(w.ZOFIA_ID), "found",
                                                                                [9101, 9102, 9103])
    assert receipt["stores"]["suggestions"]["tickets"] == [9101, 9103]  # hers, and the one naming her
    assert receipt["stores"]["audit"]["pseudonymised"] >= 3 and receipt["stores"]["preferences"]["opt_out"] == \
        "kept_as_hash"
    after = world.raw()
    assert w.found(w.PLANTED, after) == []
    assert w.found(w.PLANTED, _vault_text(world)) == []
    assert w.TOMAS["name"] in _vault_text(world) and str(w.TOMAS_ID).encode() in after  # the control survives
    assert world.services.archive.latest(w.TENANT, 9104) is not None


def test_queued_work_is_dropped_or_holds_ids_only(world):
    _plant(world)
    receipt = world.services.privacy.forget(w.TENANT, str(w.ZOFIA_ID), "admin_api").to_dict()
    if isinstance(world, SQLiteWorld):
        assert receipt["stores"]["queue"] == {"removed": 1} and world.services.queue.pending() == []
    else:
        bodies = " ".join(m["Body"] for m in world.messages())
        assert "regen-pending" in bodies and w.found(w.PLANTED, bodies) == []
        assert receipt["stores"]["queue"]["status"].startswith("not searched")


def test_an_erased_opt_out_is_still_honoured(world):
    _plant(world)
    world.services.privacy.forget(w.TENANT, w.ZOFIA["email"], "cli")
    outcome = world.services.worker.handle(Job(w.TENANT, "regen-after", "regenerate", ticket_id=9101))
    assert outcome.action == "skipped_opted_out"
    assert world.services.suggestions.latest(w.TENANT, 9101) is None


def test_a_zendesk_user_deletion_erases_the_user(world):
    _plant(world)
    client = create_app(services=world.services).test_client()
    body = w.user_deleted_event(w.ZOFIA_ID)
    assert client.post(f"/webhooks/zendesk/{w.TENANT}", data=body, headers=w.signed(body)).status_code == 202
    world.run_jobs()
    records = list(world.services.audit.query(w.TENANT))
    [erasure] = [r for r in records if r["action"] == "erasure"]
    assert erasure["detail"]["requested_by"] == "zendesk_user_deleted" and erasure["event_id"] == "2b24ef10-19d4-4740-93cf-8f98ec4776c0"
    assert erasure["detail"]["stores"]["suggestions"]["tickets"] == [9101]  # by id: her own tickets' drafts
    assert str(w.ZOFIA_ID) not in json.dumps(records)
    assert world.services.suggestions.latest(w.TENANT, 9101) is None
