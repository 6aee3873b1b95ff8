"""`python -m plugin tenant add|list|remove` and `validate-app`: JSON out, clear errors, secrets from the
environment only."""
from __future__ import annotations

import json

import pytest

from plugin.cli import main
from plugin.settings import Settings
from plugin.wiring import build_services
from tests.functional.zaf.support import seed_suggestion


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("CANDOR_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("CANDOR_REDACTOR", "regex")
    for name in ("CANDOR_WEBHOOK_SECRET", "CANDOR_TENANT", "ZENDESK_SUBDOMAIN", "ZENDESK_API_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "state"


def run(capsys, *argv: str) -> tuple[int, list[dict], str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines() if line.strip()], err


def services_at(home):
    return build_services(Settings(home=home, redactor="regex"))


def test_add_list_remove(env, capsys, monkeypatch):
    monkeypatch.setenv("TENANT_WEBHOOK_SECRET", "w" * 32)
    monkeypatch.setenv("ACME_TOKEN", "oauth-token-1")
    code, out, _ = run(capsys, "tenant", "add", "acme", "--account-id", "42", "--oauth-token-env", "ACME_TOKEN",
                       "--installation-id", "9")
    assert code == 0 and out == [{"tenant": "acme", "status": "added", "secrets": "stored"}]
    code, out, _ = run(capsys, "tenant", "add", "acme", "--review-group", "Fairness")
    assert out == [{"tenant": "acme", "status": "updated", "secrets": "unchanged"}]
    services = services_at(env)
    assert services.secrets.get("acme").zendesk_oauth_token == "oauth-token-1"
    assert services.tenants.get("acme").review_group == "Fairness"
    seed_suggestion(services, "acme")
    code, out, _ = run(capsys, "tenant", "list")
    assert {"tenant": "acme", "account_id": "42", "review_group": "Fairness", "has_secrets": True,
            "has_app_key": False} in out
    code, out, err = run(capsys, "tenant", "remove", "acme")
    assert code == 2 and "--yes" in err and services_at(env).tenants.get("acme") is not None
    code, out, _ = run(capsys, "tenant", "remove", "acme", "--yes")
    assert code == 0 and out[0]["status"] == "removed" and out[0]["deleted"]["suggestions"] == 1
    after = services_at(env)
    assert after.tenants.get("acme") is None and after.secrets.get("acme") is None
    assert after.archive.latest("acme", 101) is None


@pytest.mark.parametrize("argv, message", [
    (["tenant", "add", "acme"], "TENANT_WEBHOOK_SECRET"),
    (["tenant", "add", "Not A Subdomain"], "DNS label"),
    (["tenant", "remove", "nobody", "--yes"], "not installed"),
])
def test_errors_are_clear(argv, message, env, capsys):
    code, out, err = run(capsys, *argv)
    assert code == 2 and message in err and out == []


def test_validate_app(env, capsys):
    code, out, _ = run(capsys, "validate-app")
    assert code == 0 and out[0]["ok"] is True
    code, out, _ = run(capsys, "validate-app", "--release")
    assert code == 1 and {e["rule"] for e in out[0]["errors"]} == {"candor.release.placeholder_host",
                                                                   "candor.release.placeholder_secret"}
