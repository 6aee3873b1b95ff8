"""Helpers of the Zendesk app tests (sidebar API, ZAF JWT, install flow, tenant CLI): settings, tenants, a
suggestion archived as the worker does it, and sidebar sessions."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from plugin.core.drafting import DraftOutcome
from plugin.core.model import Article, Classification, Comment, Thread, Ticket, User
from plugin.core.redaction import PlaceholderMap
from plugin.core.session import issue_session
from plugin.core.tenant import TenantConfig, TenantSecrets
from plugin.settings import Settings

SESSION_KEY = "functional-test-session-key-0123456789abcdef"
APP_ID = "77"
WEBHOOK_SECRET = "app-wide-webhook-secret-0123456789abcdef"


def thread(ticket_id: int = 101, name: str = "Maria Lopez") -> Thread:
    return Thread(Ticket(ticket_id, "Refund", requester_id=5, tags=()),
                  (Comment(1, 5, f"Hi, I am {name}. Where is my refund? Card 4111 1111 1111 1111", True),),
                  (User(5, name, role="end-user"),))


def seed_suggestion(services, tenant: str, ticket_id: int = 101, name: str = "Maria",
                    confidence: float = 0.8, template: str = "Hi {person}, your refund was sent today.") -> dict:
    """A suggestion as the worker archives it: redacted draft + encrypted placeholder map."""
    mapping = PlaceholderMap()
    person = mapping.placeholder_for("PERSON", name)
    outcome = DraftOutcome(
        llm_request=[], draft=None, redacted_draft=template.format(person=person),
        withheld=(), hidden={"PERSON": 1, "CREDIT_CARD": 1},
        sources=(Article("refund-policy", "Refund policy", "", url="https://help.example.com/refunds"),),
        model="offline-kb", confidence=confidence, mapping=mapping)
    config = services.tenants.get(tenant)
    return services.archive.save(config, thread(ticket_id, name), f"evt-{tenant}-{ticket_id}",
                                 Classification("ai_assist"), outcome)


def make_settings(tmp_path: Path, zendesk_url: str | None = None, **env: str) -> Settings:
    base = {"CANDOR_SESSION_KEY": SESSION_KEY, "CANDOR_ZAF_APP_ID": APP_ID,
            "CANDOR_APP_WEBHOOK_SECRET": WEBHOOK_SECRET, "ZENDESK_OAUTH_CLIENT_ID": "zdg-candor",
            "ZENDESK_OAUTH_CLIENT_SECRET": "shh", "CANDOR_PUBLIC_URL": "https://candor.test"}
    base.update(env)
    return replace(Settings.from_env({k: v for k, v in base.items() if v}), home=tmp_path / "state", tenant="demo",
                   drafter="offline", redactor="regex", zendesk_base_url=zendesk_url)


def add_tenant(services, name: str, **config) -> TenantConfig:
    tenant = TenantConfig(tenant=name, **config)
    services.tenants.put(tenant)
    services.secrets.put(name, TenantSecrets(webhook_secret=WEBHOOK_SECRET))
    return tenant


def session_headers(app, tenant: str = "acme", user_id: int = 7, app_key: str | None = None) -> dict:
    token = issue_session(app.extensions["candor"].signer, tenant, user_id, 600)
    headers = {"Authorization": f"Bearer {token}"}
    if app_key is not None:
        headers["X-Candor-App-Key"] = app_key
    return headers
