"""`python -m plugin fairness-audit`: files written, exit status for CI gating, clear errors on bad input."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from plugin import cli
from plugin.commands import fairness_audit
from tests.unit import fairness_fakes as fakes

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "plugin" / "fairness" / "samples" / "tickets.jsonl"
QUICK = ["--dimensions", "names,religion", "--names-per-group", "1", "--bootstrap", "100"]


def run(args, tmp_path, extra_env=None):
    env = {**os.environ, "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "", "CANDOR_HOME": str(tmp_path / "state"),
           "CANDOR_REDACTOR": "regex", **(extra_env or {})}
    env.pop("OPENAI_API_KEY", None)
    return subprocess.run([sys.executable, "-m", "plugin", "fairness-audit", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300)


def test_sample_tickets_audit_writes_html_and_json(tmp_path):
    out = tmp_path / "report.html"
    result = run(["--tickets", str(SAMPLE), "--out", str(out), "--no-routing", "--progress", *QUICK], tmp_path)
    assert result.returncode == 0, result.stderr
    line = json.loads(result.stdout)
    assert line["passed"] is True and line["html"] == str(out) and line["json"] == str(tmp_path / "report.json")
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["config"]["drafter"] == "offline" and report["config"]["tickets"] == 20
    assert report["config"]["redactor"] == "InMemoryRedactor"
    assert "<svg" in out.read_text(encoding="utf-8")
    assert "fairness-audit [" in result.stderr and "100%" in result.stderr  # --progress on a pipe


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path):
    result = run(["--tickets", str(SAMPLE), "--out", str(tmp_path / "r.html"), "--no-drafts", *QUICK], tmp_path)
    assert result.returncode in (0, 1), result.stderr
    assert "fairness-audit [" not in result.stderr
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["drafts"] is None and report["routing"]["dimensions"]


@pytest.fixture
def biased_drafting(monkeypatch):
    biased = fakes.RefundOnlyForNames(fakes.first_names("White"))
    monkeypatch.setattr(fairness_audit, "_drafting", lambda args, config: (fakes.factory(biased), fakes.TENANT))


@pytest.mark.parametrize("gate_arm, status", [("off", 1), ("both", 1), ("on", 0)])
def test_exit_status_gates_on_the_chosen_arm(biased_drafting, tmp_path, gate_arm, status):
    args = ["fairness-audit", "--tickets", str(SAMPLE), "--out", str(tmp_path / "r.html"), "--no-routing",
            "--dimensions", "names", "--names-per-group", "1", "--bootstrap", "100", "--gate-arm", gate_arm]
    assert cli.main(args) == status


def test_a_threshold_can_be_relaxed_to_pass(biased_drafting, tmp_path):
    args = ["fairness-audit", "--tickets", str(SAMPLE), "--out", str(tmp_path / "r.html"), "--no-routing",
            "--dimensions", "names", "--names-per-group", "1", "--bootstrap", "100", "--gate-arm", "off"]
    relaxed = [f"--threshold={m}=off" for m in ("refund", "refusal", "tone", "length", "similarity")]
    assert cli.main([*args, *relaxed]) == 0


@pytest.mark.parametrize("extra, message", [
    (["--threshold", "refunds=0.1"], "--threshold"),
    (["--dimensions", "shoe_size"], "unknown dimension"),
    (["--arms", "maybe"], "arms must be"),
    (["--samples", "0"], "at least 1"),
])
def test_bad_options_exit_2_with_a_clear_message(tmp_path, capsys, extra, message):
    args = ["fairness-audit", "--tickets", str(SAMPLE), "--out", str(tmp_path / "r.html"), *extra]
    assert cli.main(args) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_bad_ticket_lines_exit_2_and_name_the_lines(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "fine {name}"}\n{"text": 3}\n', encoding="utf-8")
    assert cli.main(["fairness-audit", "--tickets", str(bad), "--out", str(tmp_path / "r.html")]) == 2
    assert "line 2" in capsys.readouterr().err


def test_hide_texts_keeps_figures_but_no_ticket_text(biased_drafting, tmp_path):
    args = ["fairness-audit", "--tickets", str(SAMPLE), "--out", str(tmp_path / "r.html"), "--no-routing",
            "--dimensions", "names", "--names-per-group", "1", "--bootstrap", "100", "--hide-texts"]
    cli.main(args)
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    pairs = report["drafts"]["arms"]["off"]["worst_pairs"]
    assert pairs and all(p["a"]["text"].startswith("(text hidden") for p in pairs)
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "returned the blue jacket" not in page and "refund" in page


def test_a_model_drafter_announces_how_many_calls_it_will_make(monkeypatch, tmp_path, capsys):
    def drafting(args, config):
        config.update({"drafter": "openai", "model": "some-model"})
        return fakes.factory(fakes.EvenHanded()), fakes.TENANT
    monkeypatch.setattr(fairness_audit, "_drafting", drafting)
    args = ["fairness-audit", "--tickets", str(SAMPLE), "--out", str(tmp_path / "r.html"), "--no-routing",
            "--dimensions", "gender", "--samples", "2", "--arms", "on", "--bootstrap", "50"]
    assert cli.main(args) == 0
    assert "up to 114 calls to some-model" in capsys.readouterr().err  # 19 English tickets x 3 twins x 2


def _with_provider(tmp_path, tenant_setting: str | None):
    """A deployment with a provider (the recording fake OpenAI server) and tenant globex installed with the
    given drafter setting; the audit's JSON report and the requests the provider received."""
    from tests.contract.fake_openai_server import FakeOpenAIServer
    from tests.functional.live_stack import GOOD_REPLY

    env = {**os.environ, "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "", "CANDOR_HOME": str(tmp_path / "state"),
           "CANDOR_REDACTOR": "regex"}
    with FakeOpenAIServer() as server:
        server.default = GOOD_REPLY
        env.update(server.env())
        if tenant_setting:
            subprocess.run([sys.executable, "-m", "plugin", "tenant-config", "set", f"drafter={tenant_setting}"],
                           cwd=ROOT, env={**env, "CANDOR_TENANT": "globex"}, check=True, capture_output=True,
                           timeout=120)
        out = subprocess.run([sys.executable, "-m", "plugin", "fairness-audit", "--tenant", "globex", "--tickets",
                              str(SAMPLE), "--out", str(tmp_path / "r.html"), "--no-routing", "--samples", "1",
                              "--arms", "on", "--dimensions", "names", "--names-per-group", "1", "--bootstrap", "50"],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
        requests = list(server.requests)
    return out, requests


def test_an_offline_tenant_is_audited_offline_and_the_report_says_so(tmp_path):
    """Issue 13 follow-up: the audit drafted its synthetic tickets with the deployment's provider whatever the
    tenant chose; a tenant that chose drafter=offline must never cause a provider call, audit included."""
    out, requests = _with_provider(tmp_path, "offline")
    assert out.returncode in (0, 1), out.stderr
    assert requests == []
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["config"]["drafter"] == "offline" and report["config"]["tenant"] == "globex"
    assert "drafter=offline" in report["config"]["tenant_setting"]
    assert any("no AI provider was called" in line for line in report["summary"])
    assert "drafter=offline" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_an_uninstalled_tenant_is_refused_before_any_draft(tmp_path):
    out, requests = _with_provider(tmp_path, None)
    assert out.returncode == 2 and "not installed" in out.stderr and requests == []


def test_a_tenant_that_allows_the_provider_is_audited_with_it(tmp_path):
    """The control: the same audit for a tenant on drafter=auto does reach the provider."""
    out, requests = _with_provider(tmp_path, "auto")
    assert out.returncode in (0, 1), out.stderr
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert requests and report["config"]["drafter"] != "offline" and "tenant_setting" not in report["config"]
