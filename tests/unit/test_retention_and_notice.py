"""Retention settings and the privacy notice / Art. 30 record generated from a tenant's configuration."""
from __future__ import annotations

import json

import pytest

from plugin.adapters.memory import InMemoryTenantDirectory
from plugin.core.audit import parse_time
from plugin.core.errors import BadRequest
from plugin.core.notice import Deployment, build, provider_for, with_contacts
from plugin.core.notice_markdown import markdown
from plugin.core.retention import AuditRetention, Retention, with_retention
from plugin.core.tenant import TenantConfig

NOW = 1_800_000_000.0


def test_defaults_are_30_days_for_drafts_and_a_year_for_audit():
    assert Retention.of(TenantConfig("acme")).to_dict() == {"drafts_and_vault_days": 30, "audit_days": 365}


def test_with_retention_validates_and_keeps_what_is_not_given():
    config = with_retention(TenantConfig("acme"), drafts_days=7)
    assert (config.retention_days_drafts, config.retention_days_audit) == (7, 365)
    for bad in ({"drafts_days": 0}, {"drafts_days": 400}, {"audit_days": 5000}, {"audit_days": True},
                {"drafts_days": "30"}):
        with pytest.raises(ValueError):
            with_retention(config, **bad)


def test_cutoffs():
    drafts_before, audit_before = Retention(30, 365).cutoffs(NOW)
    assert drafts_before == NOW - 30 * 86400 and audit_before == "2026-01-15T08:00:00.000000Z"


def test_audit_retention_follows_the_tenant_and_caches_it():
    tenants, now = InMemoryTenantDirectory(TenantConfig("acme", retention_days_audit=90)), [0.0]
    retention = AuditRetention(tenants, default_days=365, cache_seconds=60, clock=lambda: now[0])
    assert retention("acme") == 90 * 86400 and retention("unknown") == 365 * 86400
    tenants.put(TenantConfig("acme", retention_days_audit=30))
    assert retention("acme") == 90 * 86400  # cached
    now[0] = 61.0
    assert retention("acme") == 30 * 86400


@pytest.mark.parametrize("given, expected", [
    ("2026-01-31", "2026-01-31T00:00:00.000000Z"), ("2026-01-31T08:00", "2026-01-31T08:00:00.000000Z"),
    ("2026-01-31T08:00:05Z", "2026-01-31T08:00:05.000000Z"), (" 2026-01-31T08:00:05.25+00:00 ", "2026-01-31T08:00:05.250000Z"),
    (None, None), ("", None)])
def test_parse_time(given, expected):
    assert parse_time(given) == expected


@pytest.mark.parametrize("given", ["yesterday", "31/01/2026", "2026-13-01", "2026-01-31T08:00+02:00"])
def test_parse_time_refuses_other_formats(given):
    with pytest.raises(BadRequest):
        parse_time(given)


ACME = with_contacts(TenantConfig("acme", review_group="Fairness Desk", handoff_group="Humans",
                                  retention_days_drafts=14, retention_days_audit=400),
                     controller="Acme Ltd", contact="privacy@acme.test", dpo="dpo@acme.test")
OPENAI = Deployment("aws", "eu-west-1", provider_for(None, "gpt-4o-mini"))


def _text(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False)


def test_notice_with_an_llm_names_the_provider_model_location_and_transfer():
    doc = build(ACME, OPENAI, NOW)
    text = _text(doc["notice"])
    assert doc["review_required"] == []
    assert "OpenAI, L.L.C." in text and "gpt-4o-mini" in text and "United States" in text
    assert "Acme Ltd" in text and "privacy@acme.test" in text and "14 days" in text and "400 days" in text
    assert "Humans" in text and "Fairness Desk" in text and "eu-west-1" in text
    assert [s["id"] for s in doc["notice"]["sections"]] == ["who", "flow", "kept", "recipients", "transfers",
                                                            "purposes", "rights", "automated"]


def test_notice_without_an_llm_says_no_provider_receives_anything():
    doc = build(ACME, Deployment("embedded"), NOW)
    text = _text(doc)
    assert "No AI provider receives your messages" in text and "OpenAI" not in text
    assert doc["record_of_processing"]["transfers"] == []
    assert "transfers" not in [s["id"] for s in doc["notice"]["sections"]]
    assert "0600" in text  # the local key file, in the security measures


def test_another_openai_compatible_host_is_named_by_its_host():
    provider = provider_for("https://llm.internal.example/v1", "llama-3")
    assert (provider.name, provider.host, provider.model) == ("llm.internal.example", "llm.internal.example", "llama-3")


def test_missing_contacts_are_flagged_for_review():
    doc = build(TenantConfig("globex"), Deployment("embedded"), NOW)
    assert doc["review_required"] == ["controller", "contact"]
    assert "[controller's name]" in _text(doc["notice"])


def test_auto_reply_is_disclosed_only_when_configured():
    quiet = _text(build(ACME, OPENAI, NOW)["notice"])
    loud = build(with_contacts(TenantConfig("acme", auto_reply=True, auto_reply_intents=("order_status",))),
                 OPENAI, NOW)
    assert "without an agent's review" not in quiet and "order_status" in _text(loud["notice"])


def test_record_of_processing_lists_what_art_30_asks_for():
    record = build(ACME, OPENAI, NOW)["record_of_processing"]
    assert {"controller", "purposes", "legal_basis", "data_subjects", "personal_data", "recipients", "transfers",
            "retention", "security_measures", "automated_decision_making", "configuration"} <= set(record)
    assert record["controller"] == {"name": "Acme Ltd", "contact": "privacy@acme.test", "dpo": "dpo@acme.test"}
    days = {row["data"]: row["days"] for row in record["retention"]}
    assert days["suggested replies and their encrypted placeholder vault"] == 14
    assert days["audit records (pseudonymous)"] == 400 and days["queued jobs (ids only)"] == 4
    assert record["configuration"]["llm_host"] == "api.openai.com"


def test_markdown_renders_both_documents():
    text = markdown(build(ACME, OPENAI, NOW))
    assert text.startswith("<!-- Generated by Candor") and "# How Acme Ltd uses AI in customer support" in text
    assert "## Your choices" in text and "# Record of processing activities (GDPR Art. 30)" in text
    assert "| audit records (pseudonymous) | 400 days |" in text and "Data protection officer: dpo@acme.test" in text
