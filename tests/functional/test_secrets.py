"""Secrets only from the secret store, and never in logs.

A multi-tenant (AWS) deployment takes each tenant's Zendesk credentials from the SecretStore, even when
Zendesk variables happen to be set in the function's environment; a tenant without stored credentials gets
the dry-run helpdesk, not someone else's token. A whole pipeline run logs no webhook secret, API token or
Authorization value at any level of our loggers."""
from __future__ import annotations

import base64
import logging

from plugin.adapters.memory import (
    InMemoryAuditLog,
    InMemoryIdempotencyStore,
    InMemoryPreferenceStore,
    InMemorySecretStore,
    InMemoryTenantDirectory,
)
from plugin.core.tenant import TenantConfig, TenantSecrets
from plugin.settings import Settings
from plugin.wiring import Services
from tests.functional.live_stack import EMAIL, GOOD_REPLY, SECRET, TOKEN, live_stack


def aws_services(secrets: InMemorySecretStore) -> Services:
    env = {"ZENDESK_EMAIL": "env@example.com", "ZENDESK_API_TOKEN": "ENV-TOKEN-NEVER-USED"}
    settings = Settings.from_env({**env, "CANDOR_BACKEND": "aws", "CANDOR_DRAFTER": "offline"})
    return Services(settings, tenants=InMemoryTenantDirectory(), secrets=secrets,
                    idempotency=InMemoryIdempotencyStore(), preferences=InMemoryPreferenceStore(),
                    audit=InMemoryAuditLog(), suggestions=None, queue=None, cipher=None)


def test_on_aws_tenant_credentials_come_from_the_secret_store_not_the_environment():
    store = InMemorySecretStore(acme=TenantSecrets("whsec", "agent@acme.test", "STORE-TOKEN"))
    services = aws_services(store)
    helpdesk = services.helpdesk_for(TenantConfig("acme"))
    authorization = helpdesk._http._headers["Authorization"]
    assert authorization == "Basic " + base64.b64encode(b"agent@acme.test/token:STORE-TOKEN").decode()
    assert services.settings.zendesk_api_token == "ENV-TOKEN-NEVER-USED"  # present, and ignored


def test_a_tenant_without_stored_credentials_gets_the_dry_run_not_another_token():
    services = aws_services(InMemorySecretStore(acme=TenantSecrets("whsec", "agent@acme.test", "STORE-TOKEN")))
    assert services.helpdesk_for(TenantConfig("globex")) is services.dry_run


def test_secrets_repr_hides_every_value():
    text = repr(TenantSecrets("whsec-1", "a@b.c", "tok-2", "oauth-3"))
    assert not any(value in text for value in ("whsec-1", "tok-2", "oauth-3"))


def test_a_whole_pipeline_run_logs_no_secret(tmp_path, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG, logger="candor")
    caplog.set_level(logging.INFO)
    with live_stack(tmp_path / "state", monkeypatch) as stack:
        stack.openai.default = GOOD_REPLY
        comment = stack.add_ticket(7, "Hello, when will I get my refund? My e-mail is maria@example.com")
        stack.deliver(7, comment)
        stack.run()
        assert len(stack.notes(7)) == 1
    logged = "\n".join(r.getMessage() + repr(r.args) + repr(getattr(r, "__dict__", {})) for r in caplog.records)
    basic = base64.b64encode(f"{EMAIL}/token:{TOKEN}".encode()).decode()
    for secret in (SECRET, TOKEN, basic, "Bearer test", "maria@example.com"):
        assert secret not in logged
    assert "zendesk_request" in logged and "openai_call" in logged  # the run was logged, just not its secrets
