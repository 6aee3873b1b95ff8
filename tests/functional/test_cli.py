"""The CLI contracts (`python -m plugin …`): formats that admins and evaluation scripts rely on."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "plugin" / "samples"


def run(args, stdin="", env=None, check=True):
    full_env = {**os.environ, "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "", **(env or {})}
    full_env.pop("OPENAI_API_KEY", None)
    result = subprocess.run([sys.executable, "-m", "plugin", *args], input=stdin, capture_output=True, text=True,
                            cwd=ROOT, env=full_env, timeout=300)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def home(tmp_path):
    return {"CANDOR_HOME": str(tmp_path / "state")}


@pytest.mark.slow
def test_redact_single_text(home):
    text = "Hi, I'm Maria Gonzalez (maria.gonzalez@example.com), order ORD-2024-0042."
    out = json.loads(run(["redact"], text, env={**home, "CANDOR_REDACTOR": "presidio"}).stdout)
    assert "maria.gonzalez@example.com" not in out["text"] and "ORD-2024-0042" in out["text"]
    for entity in out["entities"]:
        assert set(entity) == {"type", "start", "end", "placeholder"}
        assert entity["placeholder"] in out["text"]
    email = next(e for e in out["entities"] if e["type"] == "EMAIL_ADDRESS")
    assert text[email["start"]:email["end"]] == "maria.gonzalez@example.com"


@pytest.mark.slow
def test_redact_jsonl_keeps_ids_and_order_and_reports_bad_lines(home):
    lines = [json.dumps({"id": "a", "text": "call +44 20 7946 0958"}), "not json",
             json.dumps({"id": 7, "text": "nothing here"})]
    result = run(["redact", "--jsonl"], "\n".join(lines) + "\n", env=home, check=False)
    outs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in outs] == ["a", None, 7]
    assert "error" in outs[1] and result.returncode == 1
    assert outs[0]["entities"][0]["type"] == "PHONE_NUMBER"
    assert outs[2]["text"] == "nothing here" and outs[2]["entities"] == []


@pytest.mark.slow
def test_triage_bundle_contract(home):
    out = json.loads(run(["triage", str(SAMPLES / "tickets" / "101.json"), "--offline"], env=home).stdout)
    assert {"route", "llm_request", "draft", "note", "actions"} <= set(out)
    assert out["route"] == "ai_assist"
    sent = json.dumps(out["llm_request"])
    assert "maria.gonzalez@example.com" not in sent and "Gonzalez" not in sent
    assert [m["role"] for m in out["llm_request"]] == ["system", "user"]
    assert "Maria Gonzalez" in out["draft"]
    assert out["note"].startswith("🤖 AI-suggested reply")
    puts = [a for a in out["actions"] if a["method"] == "PUT"]
    assert len(puts) == 1 and puts[0]["body"]["ticket"]["comment"]["public"] is False


@pytest.mark.slow
@pytest.mark.parametrize("ticket", ["103", "104", "107"])
def test_triage_sends_nothing_for_humans_only_routes(home, ticket):
    out = json.loads(run(["triage", str(SAMPLES / "tickets" / f"{ticket}.json")], env=home).stdout)
    assert out["route"] in ("bias_review", "human")
    assert out["llm_request"] is None and out["draft"] is None


@pytest.mark.slow
def test_triage_opted_out_requester_by_user_tag(home, tmp_path):
    bundle = json.loads((SAMPLES / "tickets" / "101.json").read_text())
    bundle["users"][0]["tags"] = ["ai_opt_out"]
    path = tmp_path / "b.json"
    path.write_text(json.dumps(bundle))
    out = json.loads(run(["triage", str(path)], env=home).stdout)
    assert out["llm_request"] is None and out["draft"] is None


def test_triage_bad_input_is_a_clear_error(home, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{nope")
    result = run(["triage", str(path)], env=home, check=False)
    assert result.returncode == 2 and "not valid JSON" in result.stderr
    result = run(["triage", "-"], stdin='{"ticket": {}}', env=home, check=False)
    assert result.returncode == 2 and result.stderr.startswith("error:")


def test_sign_matches_core_signature(tmp_path):
    body = tmp_path / "body.json"
    body.write_bytes(b'{"ticket_id":"123"}')
    out = json.loads(run(["sign", "--secret", "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==",
                          "--timestamp", "2021-03-25T05:09:27Z", str(body)]).stdout)
    assert out["X-Zendesk-Webhook-Signature"] == "YmkQCnSLfGdf5pcvqNFcuOtUpzUb/ss09fM0NCi/wvw="
    assert out["X-Zendesk-Webhook-Signature-Timestamp"] == "2021-03-25T05:09:27Z"


def test_ack_path_imports_nothing_heavy():
    code = ("import sys, time; t=time.perf_counter(); import handlers.webhooks, plugin.core.intake, plugin.wiring;"
            "heavy=[m for m in ('presidio_analyzer','spacy','openai','boto3') if m in sys.modules];"
            "print(heavy)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_tenant_config_and_admin_opt_out(home):
    env = {**home, "CANDOR_TENANT": "acme"}
    shown = json.loads(run(["tenant-config", "set", "auto_reply=true", "auto_reply_intents=refund-policy"],
                           env=env).stdout)
    assert shown["auto_reply"] is True and shown["auto_reply_intents"] == ["refund-policy"]
    bad = run(["tenant-config", "set", "auto_reply=maybe"], env=env, check=False)
    assert bad.returncode == 2 and "true or false" in bad.stderr
    out = json.loads(run(["opt-out", "--requester", "7340019921"], env=env).stdout)
    assert out["opted_out"] is True
    assert json.loads(run(["opt-out", "--requester", "7340019921", "--status"], env=env).stdout)["opted_out"] is True
    assert json.loads(run(["opt-out", "--requester", "7340019921", "--undo"], env=env).stdout)["opted_out"] is False
    assert run(["opt-out", "--requester", "maria@example.com"], env=env, check=False).returncode == 2


def test_tenant_config_refuses_a_bare_public_suffix_in_the_allow_list(home):
    """Issue 13 audit: the CLI passes the guards' public-suffix list, as the admin API does."""
    env = {**home, "CANDOR_TENANT": "acme"}
    bad = run(["tenant-config", "set", "url_allow_list=github.io"], env=env, check=False)
    assert bad.returncode == 2 and "public suffix" in bad.stderr
    shown = json.loads(run(["tenant-config", "set", "url_allow_list=acme.github.io"], env=env).stdout)
    assert shown["url_allow_list"] == ["acme.github.io"]
