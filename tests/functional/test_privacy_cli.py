"""`python -m plugin forget | audit-log export | privacy-notice | retention | sweep` on the embedded default:
JSON out, clear errors (exit 2), and the effect on the stores."""
from __future__ import annotations

import json
import time

import pytest

from handlers.app import create_app
from plugin.adapters.sqlite_retention import RetentionSweeper, SQLiteRetention
from plugin.cli import main
from plugin.settings import Settings
from plugin.wiring import build_services
from tests.functional import privacy_world as w


@pytest.fixture
def env(tmp_path, monkeypatch):
    values = {"CANDOR_HOME": str(tmp_path / "state"), "CANDOR_REDACTOR": "regex", "CANDOR_DRAFTER": "offline",
              "CANDOR_TENANT": w.TENANT, "CANDOR_WEBHOOK_SECRET": w.SECRET,
              "CANDOR_DRY_RUN_TICKETS": str(w.write_bundles(tmp_path / "tickets"))}
    for name in ("ZENDESK_SUBDOMAIN", "ZENDESK_API_TOKEN", "ZENDESK_EMAIL", "OPENAI_API_KEY", "CANDOR_BACKEND"):
        monkeypatch.delenv(name, raising=False)
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return values


def services_for(env):
    return build_services(Settings.from_env(env))


@pytest.fixture
def planted(env):
    """Zofia's and Tomás's tickets processed through the app and worker, as `serve` would."""
    services = services_for(env)
    client = create_app(services=services).test_client()
    for ticket_id in w.TICKETS:
        body = w.comment_event(ticket_id)
        assert client.post("/webhooks/zendesk", data=body, headers=w.signed(body)).status_code == 202
    services.queue.drain(services.worker.handle)
    return services


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_forget_by_email_prints_the_receipt_and_erases(planted, env, capsys):
    code, out, _ = run(capsys, "forget", "--requester", w.ZOFIA["email"])
    receipt = json.loads(out)
    assert code == 0 and receipt["requested_by"] == "cli" and receipt["requester_id"] == str(w.ZOFIA_ID)
    assert receipt["tickets"] == [9101, 9102, 9103] and receipt["receipt_id"].startswith("rcpt_")
    after = services_for(env)
    assert after.archive.latest(w.TENANT, 9101) is None and after.archive.latest(w.TENANT, 9104) is not None
    assert not any(r.get("requester") == str(w.ZOFIA_ID) for r in after.audit.query(w.TENANT))


@pytest.mark.parametrize("argv, message", [
    (["forget", "--requester", "Zofia"], "user id or an e-mail"),
    (["forget", "--tenant", "nope", "--requester", "5"], "not installed"),
    (["audit-log", "export", "--since", "yesterday"], "not a date"),
    (["retention", "set", "--drafts-days", "0"], "from 1 to 365"),
    (["retention", "set"], "--drafts-days"),
])
def test_bad_input_is_a_clear_error(env, capsys, argv, message):
    code, _, err = run(capsys, *argv)
    assert code == 2 and message in err


def test_audit_log_export_is_json_lines_in_time_order_with_since_and_until(planted, env, capsys, tmp_path):
    code, out, _ = run(capsys, "audit-log", "export", "--since", "2000-01-01")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(records) == 4 and {r["tenant"] for r in records} == {w.TENANT}
    assert [r["time"] for r in records] == sorted(r["time"] for r in records)
    assert {r["action"] for r in records} == {"suggestion_posted", "opted_out"}
    assert all("redactions" in r and "draft_hash" in r and "prompt_version" in r for r in records)
    assert w.found(w.PLANTED[:-1], out) == []  # ids, counts and hashes only (the requester id is the link)
    middle = records[2]["time"]
    _, later, _ = run(capsys, "audit-log", "export", "--since", middle)
    _, earlier, _ = run(capsys, "audit-log", "export", "--until", middle)
    assert len(later.splitlines()) == 2 and len(earlier.splitlines()) == 2
    code, out, _ = run(capsys, "audit-log", "export", "--out", str(tmp_path / "audit.jsonl"))
    assert json.loads(out) == {"status": "exported", "records": 4, "out": str(tmp_path / "audit.jsonl")}
    assert len((tmp_path / "audit.jsonl").read_text(encoding="utf-8").splitlines()) == 4


def test_privacy_notice_markdown_json_contacts_and_files(env, capsys, tmp_path):
    code, out, err = run(capsys, "privacy-notice")
    assert code == 0 and "# How [controller's name] uses AI" in out and "--controller" in err
    assert "No AI provider receives your messages" in out and "Record of processing" in out
    code, out, err = run(capsys, "privacy-notice", "--format", "json", "--controller", "Acme Ltd", "--contact",
                         "privacy@acme.test", "--save")
    doc = json.loads(out)
    assert code == 0 and err == "" and doc["review_required"] == []
    assert doc["record_of_processing"]["controller"]["name"] == "Acme Ltd"
    code, out, err = run(capsys, "privacy-notice", "--out", str(tmp_path / "notice"))
    assert "Acme Ltd" in out and err == ""  # saved
    assert (tmp_path / "notice" / "privacy-notice.md").read_text(encoding="utf-8") + "\n" == out
    assert json.loads((tmp_path / "notice" / "privacy-notice.json").read_text(encoding="utf-8"))["tenant"] == w.TENANT


def test_privacy_notice_names_the_llm_provider_when_one_is_configured(env, capsys, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("CANDOR_DRAFTER", "auto")
    monkeypatch.setenv("CANDOR_OPENAI_MODEL", "gpt-4.1-mini")
    _, out, _ = run(capsys, "privacy-notice")
    assert "OpenAI, L.L.C." in out and "gpt-4.1-mini" in out and "Transfers outside the EEA" in out


def test_retention_show_set_and_sweep(planted, env, capsys):
    code, out, _ = run(capsys, "retention", "show")
    assert json.loads(out) == {"tenant": w.TENANT, "drafts_and_vault_days": 30, "audit_days": 365}
    code, out, _ = run(capsys, "retention", "set", "--drafts-days", "7", "--audit-days", "90")
    assert json.loads(out) == {"tenant": w.TENANT, "drafts_and_vault_days": 7, "audit_days": 90}
    db = planted.db  # two weeks pass for ticket 9101's draft, half a year for one audit record
    db.run("UPDATE suggestions SET created = created - 14 * 86400 WHERE ticket_id = 9101")
    db.run("UPDATE audit SET time = '2020-01-01T00:00:00.000000Z' WHERE seq = (SELECT min(seq) FROM audit)")
    code, out, _ = run(capsys, "sweep")
    assert json.loads(out) == {"status": "swept", "deleted": {"idempotency": 0, "audit": 1, "suggestions": 1}}
    after = services_for(env)
    assert after.archive.latest(w.TENANT, 9101) is None and after.archive.latest(w.TENANT, 9103) is not None
    assert len(after.audit.query(w.TENANT)) == 3


def test_expired_rows_are_swept_and_the_sweeper_runs_in_the_background(planted):
    db = planted.db
    db.run("UPDATE idempotency SET expires_at = 1")
    db.run("UPDATE suggestions SET expires_at = 1 WHERE ticket_id = 9104")
    sweeper = RetentionSweeper(SQLiteRetention(db, planted.tenants), interval=3600)
    # 4 deliveries: an intake claim on the event and one on the body's digest each, and 4 job claims
    assert sweeper.run_once() == {"idempotency": 12, "audit": 0, "suggestions": 1}
    db.run("UPDATE suggestions SET expires_at = 1 WHERE ticket_id = 9103")
    sweeper.start()
    deadline = time.monotonic() + 10
    while planted.suggestions.latest(w.TENANT, 9103) is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    sweeper.stop()
    assert planted.suggestions.latest(w.TENANT, 9103) is None


def test_sweep_on_aws_says_ttl_does_it(env, capsys):
    from plugin.wiring import Services

    stores = dict.fromkeys(("tenants", "secrets", "idempotency", "preferences", "audit", "suggestions", "queue",
                            "cipher"))
    services = Services(Settings(backend="aws"), **stores, db=None)  # no SQLite database: DynamoDB TTL
    with pytest.raises(ValueError, match="TTL"):
        services.privacy.sweep()
