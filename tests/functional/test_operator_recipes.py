"""What an operator types, run as written: the README's signed-webhook recipe against `serve` (a dry run that
prints what it would post), `tenant-config` in the README's argument order, the start-up warnings of `serve`,
and the `candor` console script from another directory."""
from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from handlers.serve import startup_warnings
from plugin.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = str(Path(sys.executable).parent)


def readme_recipe(name: str) -> list[str]:
    """The command lines of the fenced block after `<!-- recipe: NAME -->` in README.md."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(rf"<!-- recipe: {name} -->\s*```sh\n(.*?)```", text, re.S)
    assert block, f"README.md has no recipe {name!r}"
    return [line for line in block.group(1).splitlines() if line.strip()]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env_for(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CANDOR_", "ZENDESK_", "OPENAI_"))}
    return {**env, "PATH": f"{VENV_BIN}:{env.get('PATH', '')}", "PYTHONPATH": str(ROOT),
            "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "", "CANDOR_HOME": str(tmp_path / "state"), **extra}


def wait_for(check, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def stop(server: subprocess.Popen) -> None:
    """SIGTERM, then SIGKILL if a loaded machine keeps the graceful shutdown (a job in flight) past 30 s."""
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=30)


def healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.mark.slow
def test_the_readme_curl_recipe_reaches_serve_which_shows_what_it_would_post(tmp_path):
    port, work = free_port(), tmp_path / "work"
    work.mkdir()
    (work / "plugin").symlink_to(ROOT / "plugin")  # the recipe's relative paths, without writing into the checkout
    env = env_for(tmp_path, CANDOR_WEBHOOK_SECRET="s3cret", CANDOR_REDACTOR="regex")
    out, err = (tmp_path / "serve.out").open("w"), (tmp_path / "serve.err").open("w")
    server = subprocess.Popen([sys.executable, "-m", "plugin", "serve", "--port", str(port)], cwd=work, env=env,
                              stdout=out, stderr=err)
    try:
        wait_for(lambda: healthy(port) or server.poll() is not None, 60, "serve to answer /healthz")
        assert server.poll() is None, (tmp_path / "serve.err").read_text()
        results = [subprocess.run(line.replace("127.0.0.1:8080", f"127.0.0.1:{port}"), shell=True, cwd=work, env=env,
                                  capture_output=True, text=True, timeout=60) for line in readme_recipe("signed-webhook")]
        assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
        assert json.loads(results[-1].stdout)["status"] == "queued"
        shown = wait_for(lambda: "would PUT /api/v2/tickets/101" in (tmp_path / "serve.out").read_text(), 120,
                         "serve to print the note it would post")
        assert shown
    finally:
        stop(server)
        out.close(), err.close()
    printed, warned = (tmp_path / "serve.out").read_text(), (tmp_path / "serve.err").read_text()
    assert "internal note:" in printed and "dead" not in printed
    assert "dry run: tickets from" in warned and "no Zendesk credentials" in warned
    assert "CANDOR_WEBHOOK_SECRET is not set" not in warned


def settings(**env: str) -> Settings:
    return Settings.from_env({"CANDOR_HOME": "/tmp/unused", **env})


def test_serve_warns_that_without_a_webhook_secret_every_request_is_refused():
    warnings = startup_warnings(settings())
    assert any("CANDOR_WEBHOOK_SECRET is not set: every webhook will be refused with 401" in w for w in warnings)
    assert any(w.startswith("no Zendesk credentials") for w in warnings)


@pytest.mark.parametrize(("env", "expected"), [
    ({"ZENDESK_EMAIL": "a@example.com"}, "ZENDESK_EMAIL is set but ZENDESK_API_TOKEN is not"),
    ({"ZENDESK_API_TOKEN": "t", "ZENDESK_EMAIL": "a@example.com"}, "ignored until CANDOR_WEBHOOK_SECRET is set"),
    ({"ZENDESK_API_TOKEN": "t", "ZENDESK_EMAIL": "a@example.com", "CANDOR_WEBHOOK_SECRET": "s"},
     "ZENDESK_SUBDOMAIN is not set: Candor would call https://demo.zendesk.com"),
    ({"ZENDESK_SUBDOMAIN": "acme", "CANDOR_TENANT": "other"}, "CANDOR_TENANT (other) differs from ZENDESK_SUBDOMAIN"),
    ({"CANDOR_DRAFTER": "openai"}, "OPENAI_API_KEY is not set: every draft will fail"),
    ({"CANDOR_KB_DIR": "/nonexistent/kb"}, "CANDOR_KB_DIR /nonexistent/kb is not a folder"),
    ({"CANDOR_DRY_RUN_TICKETS": "/nonexistent/t"}, "CANDOR_DRY_RUN_TICKETS /nonexistent/t is not a folder"),
    ({"ZENDESK_OAUTH_CLIENT_ID": "candor_acme"}, "ZENDESK_OAUTH_CLIENT_SECRET go together"),
    ({"CANDOR_ZAF_APP_ID": "123"}, "CANDOR_PUBLIC_URL is not set"),
])
def test_serve_warns_about_each_inconsistent_setting(env, expected):
    assert any(expected in w for w in startup_warnings(settings(**env))), startup_warnings(settings(**env))


def test_a_complete_configuration_gets_no_warning():
    complete = settings(CANDOR_WEBHOOK_SECRET="s", ZENDESK_SUBDOMAIN="acme", ZENDESK_EMAIL="a@example.com",
                        ZENDESK_API_TOKEN="t")
    assert startup_warnings(complete) == []
    assert any("plain HTTP" in w for w in startup_warnings(complete, host="0.0.0.0"))


def test_tenant_config_takes_the_argument_order_the_readme_shows(tmp_path):
    env = env_for(tmp_path)
    base = [sys.executable, "-m", "plugin", "tenant-config"]
    done = subprocess.run([*base, "set", "--tenant", "demo", "auto_reply=true", "bias_second_opinion=true"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["auto_reply"] is True and json.loads(done.stdout)["bias_second_opinion"] is True
    wrong = subprocess.run([*base, "set", "--tenant", "demo", "--colour", "x"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=120)
    assert wrong.returncode == 2 and "unrecognized arguments: --colour x" in wrong.stderr


@pytest.mark.slow
def test_the_installed_candor_command_works_from_any_directory(tmp_path):
    source, site = tmp_path / "src", tmp_path / "site"
    source.mkdir()
    for name in ("pyproject.toml", "requirements.in", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for package in ("plugin", "handlers"):
        shutil.copytree(ROOT / package, source / package, ignore=shutil.ignore_patterns("__pycache__"))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    subprocess.run([*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", str(source), "-w", str(tmp_path)],
                   check=True, capture_output=True, timeout=300)
    wheel = next(tmp_path.glob("candor-*.whl"))
    subprocess.run([*pip, "install", "-q", "--no-deps", "--target", str(site), str(wheel)], check=True,
                   capture_output=True, timeout=300)
    body = tmp_path / "body.json"
    body.write_bytes(b'{"ticket_id": "101"}')
    env = {**env_for(tmp_path), "PYTHONPATH": str(site)}  # the installed copy only, not the checkout
    done = subprocess.run([str(site / "bin" / "candor"), "sign", "--secret", "s", "--timestamp",
                           "2026-12-01T00:00:00Z", str(body)], cwd="/", env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["X-Zendesk-Webhook-Signature-Timestamp"] == "2026-12-01T00:00:00Z"
    assert (site / "plugin" / "kb" / "sample" / "articles" / "returns.md").is_file()  # package data installed
    assert (site / "plugin" / "app" / "manifest.json").is_file()


@pytest.mark.slow
def test_gunicorn_with_the_self_hosting_config_acks_a_signed_webhook(tmp_path):
    from plugin.core import signature

    port = free_port()
    env = env_for(tmp_path, CANDOR_WEBHOOK_SECRET="s3cret", CANDOR_REDACTOR="regex")
    err = (tmp_path / "gunicorn.err").open("w")
    server = subprocess.Popen([str(Path(VENV_BIN) / "gunicorn"), "-c", "infra/gunicorn_conf.py", "-b", f"127.0.0.1:{port}",
                               "handlers.wsgi:app"],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err)
    try:
        wait_for(lambda: healthy(port) or server.poll() is not None, 60, "gunicorn to answer /healthz")
        assert server.poll() is None, (tmp_path / "gunicorn.err").read_text()
        body = (ROOT / "plugin/samples/webhooks/01-comment-refund.json").read_bytes()
        stamp = signature.format_timestamp(time.time())
        request = urllib.request.Request(f"http://127.0.0.1:{port}/webhooks/zendesk", data=body, method="POST", headers={
            "Content-Type": "application/json", signature.TIMESTAMP_HEADER: stamp,
            signature.SIGNATURE_HEADER: signature.sign("s3cret", stamp, body)})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 202
    finally:
        stop(server)
        err.close()
    warned = (tmp_path / "gunicorn.err").read_text()
    assert "candor gunicorn: warning: no Zendesk credentials" in warned
