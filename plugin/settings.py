"""Process settings from the environment. Per-tenant settings live in the tenant directory, not here.

Embedded default (CANDOR_BACKEND=embedded): one file of state under CANDOR_HOME, one tenant seeded from
CANDOR_TENANT / CANDOR_WEBHOOK_SECRET / ZENDESK_* (dry-run helpdesk when no Zendesk credentials).
Production (CANDOR_BACKEND=aws): see plugin/adapters/aws_wiring.py for the variables it reads.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_KB = PACKAGE_DIR / "kb" / "sample"


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names it."""


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise SettingsError(f"{name} must be a number, got {raw!r}") from exc


@dataclass(frozen=True)
class Settings:
    backend: str = "embedded"
    home: Path = Path(".candor")
    tenant: str = "demo"
    account_id: str | None = None
    webhook_secret: str | None = None
    zendesk_subdomain: str | None = None
    zendesk_email: str | None = None
    zendesk_api_token: str | None = None
    zendesk_base_url: str | None = None
    drafter: str = "auto"  # auto | offline | openai
    openai_api_key_set: bool = False
    openai_model: str = "gpt-4o-mini"
    openai_timeout: float = 20.0
    kb_dir: Path = DEFAULT_KB
    redactor: str = "presidio"  # presidio | regex
    dry_run_tickets: Path | None = None
    env: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def db_path(self) -> Path:
        return self.home / "candor.db"

    @property
    def key_file(self) -> Path:
        return self.home / "key"

    @property
    def has_zendesk(self) -> bool:
        return bool(self.zendesk_subdomain and (self.zendesk_api_token and self.zendesk_email))

    @property
    def use_openai(self) -> bool:
        if self.drafter == "openai":
            return True
        return self.drafter == "auto" and self.openai_api_key_set

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        backend = env.get("CANDOR_BACKEND", "embedded")
        if backend not in ("embedded", "aws"):
            raise SettingsError(f"CANDOR_BACKEND must be embedded or aws, got {backend!r}")
        drafter = env.get("CANDOR_DRAFTER", "auto")
        if drafter not in ("auto", "offline", "openai"):
            raise SettingsError(f"CANDOR_DRAFTER must be auto, offline or openai, got {drafter!r}")
        redactor = env.get("CANDOR_REDACTOR", "presidio")
        if redactor not in ("presidio", "regex"):
            raise SettingsError(f"CANDOR_REDACTOR must be presidio or regex, got {redactor!r}")
        tickets = env.get("CANDOR_DRY_RUN_TICKETS")
        return cls(
            backend=backend,
            home=Path(env.get("CANDOR_HOME", ".candor")),
            tenant=env.get("CANDOR_TENANT") or env.get("ZENDESK_SUBDOMAIN") or "demo",
            account_id=env.get("CANDOR_ACCOUNT_ID") or None,
            webhook_secret=env.get("CANDOR_WEBHOOK_SECRET") or None,
            zendesk_subdomain=env.get("ZENDESK_SUBDOMAIN") or None,
            zendesk_email=env.get("ZENDESK_EMAIL") or None,
            zendesk_api_token=env.get("ZENDESK_API_TOKEN") or None,
            zendesk_base_url=env.get("ZENDESK_BASE_URL") or None,
            drafter=drafter,
            openai_api_key_set=bool(env.get("OPENAI_API_KEY")),
            openai_model=env.get("CANDOR_OPENAI_MODEL", "gpt-4o-mini"),
            openai_timeout=_float(env, "CANDOR_OPENAI_TIMEOUT", 20.0),
            kb_dir=Path(env.get("CANDOR_KB_DIR") or DEFAULT_KB),
            redactor=redactor,
            dry_run_tickets=Path(tickets) if tickets else None,
            env=env,
        )
