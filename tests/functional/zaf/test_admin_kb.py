"""The admins' view of their Help Center index: `GET /admin/api/kb/status`, `POST /admin/api/kb/sync` (admin
session of the installed tenant only) and `python -m plugin kb status|sync`."""
from __future__ import annotations

import json

from plugin.cli import main
from tests.functional.zaf.support import session_headers
from tests.functional.zaf.test_admin_api import ADMIN, AGENT, admin, app_key, services  # noqa: F401 - fixtures


def test_kb_status_and_sync_for_the_sessions_tenant_only(client, app, app_key):  # noqa: F811
    status = client.get("/admin/api/kb/status", headers=admin(app, app_key))
    body = status.get_json()
    assert status.status_code == 200 and status.headers["Cache-Control"] == "no-store"
    assert body["tenant"] == "acme" and body["source"] == "none"  # never the sample shop's articles
    # the local Zendesk stub has no Help Center: the sync fails, says why, and keeps what was there
    synced = client.post("/admin/api/kb/sync", json={"full": True}, headers=admin(app, app_key)).get_json()
    assert synced["error"] and synced["synced"] is False and synced["articles"] == {}


def test_kb_status_needs_an_admin(client, app, app_key):  # noqa: F811
    agent = session_headers(app, "acme", user_id=AGENT, app_key=app_key)
    assert client.get("/admin/api/kb/status", headers=agent).status_code == 403
    assert client.post("/admin/api/kb/sync", headers=agent).status_code == 403
    assert client.get("/admin/api/kb/status").status_code == 401


def test_kb_cli_status_and_sync(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CANDOR_HOME", str(tmp_path))
    monkeypatch.setenv("CANDOR_REDACTOR", "regex")
    assert main(["kb", "status"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["tenant"] == "demo" and status["source"] == "markdown_folder" and status["synced"] is False
    assert main(["kb", "sync"]) == 1  # no Zendesk credentials: a clear error, exit status 1
    assert "no Zendesk credentials" in json.loads(capsys.readouterr().out)["error"]
    assert main(["kb", "status", "--tenant", "nobody"]) == 2
