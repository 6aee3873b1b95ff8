"""`python -m plugin demo` then `trust-report --tenant demo`: the demo keeps its state in CANDOR_HOME, the
report counts exactly the demo's audit records (checked against `audit-log export`), admins' opt-outs and a
fairness audit run with --tenant show up, and no customer name or e-mail address reaches the page or its
JSON."""
from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from plugin.cli import main
from plugin.settings import PACKAGE_DIR

NAMES = ["Maria Gonzalez", "Tom Okafor", "Wei Zhang", "Priya Raman", "Jonas Weber", "Lucía Fernández", "Aisha Bello"]


@pytest.fixture
def home(tmp_path, monkeypatch):
    for name in ("ZENDESK_SUBDOMAIN", "ZENDESK_API_TOKEN", "ZENDESK_EMAIL", "OPENAI_API_KEY", "CANDOR_BACKEND",
                 "CANDOR_TENANT", "CANDOR_WEBHOOK_SECRET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CANDOR_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("CANDOR_REDACTOR", "regex")
    monkeypatch.setenv("CANDOR_DRAFTER", "offline")
    return tmp_path


def _report(home, capsys, *extra: str) -> dict:
    assert main(["trust-report", "--tenant", "demo", "--out", str(home / "r.html"), "--json", str(home / "r.json"),
                 *extra]) == 0
    capsys.readouterr()
    return json.loads((home / "r.json").read_text(encoding="utf-8"))


def test_demo_state_persists_and_the_report_counts_its_records(home, capsys):
    assert main(["demo"]) == 0
    assert main(["demo"]) == 0  # a second run starts the demo tenant afresh: nothing counted twice
    capsys.readouterr()
    assert main(["audit-log", "export", "--tenant", "demo"]) == 0
    actions = Counter(json.loads(line)["action"] for line in capsys.readouterr().out.splitlines())
    assert main(["opt-out", "--tenant", "demo", "--requester", "505"]) == 0
    assert main(["fairness-audit", "--tickets", str(PACKAGE_DIR / "fairness" / "samples" / "tickets.jsonl"),
                 "--out", str(home / "f.html"), "--no-drafts", "--dimensions", "gender", "--tenant", "demo"]) in (0, 1)
    report = _report(home, capsys)
    figures = {f["id"]: f for s in report["sections"] for f in s["figures"]}
    assert report["min_count"] == 1  # the demo's synthetic tickets are shown exactly
    assert figures["suggestions_made"]["count"] == actions["suggestion_posted"] + actions["auto_replied"] > 0
    assert figures["route_bias_review"]["count"] == actions["routed_bias_review"] == 2
    assert figures["route_human"]["count"] == actions["routed_human"]
    # the demo's agents: an insert sent with a sign-off, a flag and a discard, a reply to a bias complaint
    assert figures["inserted"]["count"] == figures["discarded"]["count"] == figures["ignored"]["count"] == 1
    assert figures["sent_as_is"]["count"] == 1 and figures["sent_edited"]["count"] == 0  # the draft was kept whole
    assert figures["flag_inaccurate"]["count"] == 1 and figures["replies_compared"]["count"] == 1
    assert actions["agent_reply"] == 2 and actions["bias_review_outcome"] == 1
    assert figures["reply_unchanged"]["count"] == 1 and figures["first_reply_hours"]["display"] == "2 h"
    assert figures["outcome_not_substantiated"]["count"] == figures["outcome_missing"]["count"] == 1
    assert figures["opt_outs"]["count"] == actions["opted_out"] + 1  # the customer's message + the admin's
    assert figures["fairness_runs"]["count"] == 1
    assert figures["hidden"]["count"] > 0 and figures["requests"]["count"] == figures["suggestions_made"]["count"]
    assert figures["tokens"]["count"] > 0 and figures["latency"]["stat"]["n"]["count"] == figures["requests"]["count"]
    fairness = next(s for s in report["sections"] if s["id"] == "fairness")
    assert fairness["last"]["verdict"] in ("pass", "fail") and fairness["last"]["tickets"] > 0
    by_language = next(t for s in report["sections"] for t in s.get("tables", []) if t["id"] == "routes_by_language")
    assert {row["label"] for row in by_language["rows"]} >= {"en", "es", "de"}
    page = (home / "r.html").read_text(encoding="utf-8")
    assert "Candor trust report" in page and "<script" not in page and "http://" not in page.replace(
        "http://www.w3.org/2000/svg", "")
    emails = set(re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", "".join(
        f.read_text(encoding="utf-8") for f in (PACKAGE_DIR / "samples").rglob("*.json"))))
    assert len(emails) >= 7  # the customers' addresses planted in the demo's tickets
    for planted in [*NAMES, *emails]:
        assert planted not in page and planted not in json.dumps(report, ensure_ascii=False), planted


def test_bad_dates_and_unknown_tenants_are_clear_errors(home, capsys):
    assert main(["trust-report", "--tenant", "nobody", "--out", str(home / "r.html")]) == 2
    assert "not installed" in capsys.readouterr().err
    assert main(["trust-report", "--tenant", "demo", "--since", "yesterday", "--out", str(home / "r.html")]) == 2
    assert "not a date" in capsys.readouterr().err
    assert main(["trust-report", "--tenant", "demo", "--since", "2026-02-01", "--until", "2026-01-01", "--out",
                 str(home / "r.html")]) == 2
    assert "must be before until" in capsys.readouterr().err
    assert main(["trust-report", "--tenant", "demo", "--since", "2026-01-01", "--until", "2026-01-01", "--out",
                 str(home / "r.html")]) == 2  # until is exclusive: an empty range
    assert not (home / "r.html").exists()


def test_the_report_is_not_loaded_on_the_webhook_or_worker_paths(home):
    """The app, the worker and a whole demo run never import the report's modules (an admin tool)."""
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys; import handlers.wsgi, handlers.worker, plugin.core.worker, plugin.core.reply_review;"
            "from plugin.cli import main; main(['demo']);"
            "print([m for m in sys.modules if m.startswith('plugin.reports')])")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"
