"""Per-tenant settings. One deployment serves many Zendesk accounts; nothing here is global."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Protocol

DEFAULT_MODEL = "gpt-4o-mini"


@dataclass(frozen=True)
class TenantConfig:
    """What an admin configures for one Zendesk account (tenant = its subdomain)."""

    tenant: str
    account_id: str | None = None
    review_group: str = "Bias & Fairness Review"
    handoff_group: str = "Support"
    language: str = "en"
    drafter: str = "auto"  # auto | offline | openai
    model: str = DEFAULT_MODEL  # the default means "the deployment's model" (CANDOR_OPENAI_MODEL)
    auto_reply: bool = False
    auto_reply_intents: tuple[str, ...] = ()
    bot_question_mode: str = "note"  # note | auto_reply
    bias_acknowledgement: str | None = None  # human-written text sent to the customer, never AI text
    url_allow_list: tuple[str, ...] = ()
    disclosure_field_id: int | None = None
    opt_out_user_field: str = "ai_opt_out"
    allowed_offers: tuple[str, ...] = ()  # promises a draft may make, e.g. ("refund",)
    bias_second_opinion: bool = False  # ask the configured LLM too (redacted text only; can only raise)
    retention_days_drafts: int = 30
    retention_days_audit: int = 365
    report_min_count: int = 5  # the trust report shows smaller counts only as "fewer than N"
    bias_outcome_field_id: int | None = None  # the review outcome ticket field (requirements.json), when known
    brand: str | None = None  # the company's name as it signs replies ("Oakline Furniture"): never read as a person's
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def allows_provider(self) -> bool:
        """False when the admin chose "no AI provider" (drafter=offline): nothing of this tenant's is sent to
        one, whatever the deployment offers (drafts, second opinions, the privacy notice all follow this)."""
        return self.drafter != "offline"

    @property
    def chosen_model(self) -> str | None:
        """The provider model this tenant asked for, or None for the deployment's."""
        return self.model if self.model and self.model != DEFAULT_MODEL else None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TenantConfig:
        known = {f.name: f for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key in known:
                kwargs[key] = tuple(value) if isinstance(value, list) else value
        return cls(**kwargs)


@dataclass(frozen=True)
class TenantSecrets:
    """Credentials of one tenant. Kept in a secret store (encrypted at rest there), never in logs or
    environment variables of a multi-tenant deployment.

    `webhook_secret` (and `more_webhook_secrets`): the signing secrets of this tenant's own webhooks, one per
    webhook, read from Zendesk at install; a delivery must be signed with one of them. `oauth_expires_at`
    (epoch seconds) and `zendesk_refresh_token` come with expiring OAuth tokens (core/oauth_tokens.py)."""

    webhook_secret: str
    zendesk_email: str | None = None
    zendesk_api_token: str | None = None
    zendesk_oauth_token: str | None = None
    more_webhook_secrets: tuple[str, ...] = ()
    zendesk_refresh_token: str | None = None
    oauth_expires_at: float | None = None

    def __post_init__(self) -> None:  # stores give JSON lists back
        object.__setattr__(self, "more_webhook_secrets", tuple(self.more_webhook_secrets or ()))

    @property
    def webhook_secrets(self) -> tuple[str, ...]:
        return tuple(s for s in (self.webhook_secret, *self.more_webhook_secrets) if s)

    def __repr__(self) -> str:  # never print secrets by accident
        return "TenantSecrets(***)"


class TenantDirectory(Protocol):
    def get(self, tenant: str) -> TenantConfig | None: ...

    def by_account_id(self, account_id: str) -> TenantConfig | None: ...

    def put(self, config: TenantConfig) -> None: ...

    def remove(self, tenant: str) -> None: ...

    def list_tenants(self) -> list[TenantConfig]: ...


class SecretStore(Protocol):
    def get(self, tenant: str) -> TenantSecrets | None: ...

    def put(self, tenant: str, secrets: TenantSecrets) -> None: ...

    def delete(self, tenant: str) -> None: ...
