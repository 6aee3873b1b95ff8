"""The customer-facing privacy notice and the GDPR Art. 30 record of processing, generated from what a tenant
has actually configured: whether an LLM provider receives (redacted) text and which, the model, the hosting,
the human groups, the retention periods and the controller's contacts. One document, two renderings:
`build()` gives JSON, `markdown()` the same as Markdown. Texts live in core/privacy_texts.py.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from . import privacy_texts as t
from .audit import iso
from .disclosure import DISCLOSURE_VERSION
from .retention import DEAD_LETTER_DAYS, IDEMPOTENCY_DAYS, QUEUE_DAYS, Retention
from .tenant import TenantConfig

PRIVACY_KEY = "privacy"  # TenantConfig.extra["privacy"]: {"controller", "contact", "dpo"}
CONTACT_FIELDS = {"controller": "controller's name", "contact": "privacy contact (e-mail or URL)"}


@dataclass(frozen=True)
class LlmProvider:
    name: str
    host: str
    model: str
    location: str
    embedding_model: str | None = None  # also embeds KB articles and the redacted search query (KB search)


@dataclass(frozen=True)
class Deployment:
    """What the deployment does, read from its settings (`Services.deployment`, plugin/wiring.py)."""

    backend: str  # embedded | aws
    region: str | None = None
    llm: LlmProvider | None = None  # None: drafts are made offline; no AI provider receives anything


def provider_for(base_url: str | None, model: str) -> LlmProvider:
    host = (urlsplit(base_url).hostname if base_url else None) or "api.openai.com"
    name, location = t.PROVIDERS.get(host, (host, t.UNKNOWN_PROVIDER_LOCATION))
    return LlmProvider(name, host, model, location)


def with_contacts(config: TenantConfig, **values: str | None) -> TenantConfig:
    """The config with the controller's name, contact or DPO set (TenantConfig.extra["privacy"])."""
    current = dict(config.extra.get(PRIVACY_KEY) or {})
    current.update({k: v.strip() for k, v in values.items() if v and v.strip()})
    return replace(config, extra={**config.extra, PRIVACY_KEY: current})


def _facts(config: TenantConfig, deployment: Deployment) -> tuple[dict[str, Any], list[str]]:
    given = dict(config.extra.get(PRIVACY_KEY) or {})
    missing = [key for key in CONTACT_FIELDS if not given.get(key)]
    facts = {k: given.get(k) or t.MISSING.format(what=what) for k, what in CONTACT_FIELDS.items()}
    llm, retention = deployment.llm, Retention.of(config)
    facts.update(tenant=config.tenant, handoff_group=config.handoff_group, review_group=config.review_group,
                 drafts_days=retention.drafts_days, audit_days=retention.audit_days,
                 idempotency_days=IDEMPOTENCY_DAYS, disclosure_version=DISCLOSURE_VERSION,
                 intents=", ".join(config.auto_reply_intents) or "none", region=deployment.region or "?",
                 provider=llm.name if llm else "", model=llm.model if llm else "", location=llm.location if llm else "",
                 embedding_model=(llm.embedding_model or "") if llm else "")
    return facts, missing


def _recipients(facts: dict[str, Any], deployment: Deployment) -> list[dict[str, Any]]:
    out = [{"name": t.HELPDESK, "role": "processor", "receives": "tickets and users (the source of the data)"}]
    if deployment.llm:
        receives = "ticket text with personal details replaced by placeholders, to draft suggestions"
        if facts["embedding_model"]:
            receives += "; " + t.RECEIVES_EMBEDDINGS.format(**facts)
        out.append({"name": facts["provider"], "role": "processor", "location": facts["location"],
                    "receives": receives})
    out.append({"name": t.HOSTING[deployment.backend].format(**facts), "role": "processor"
                if deployment.backend == "aws" else "controller", "receives": "everything Candor stores"})
    return out


def _notice(config: TenantConfig, deployment: Deployment, facts: dict[str, Any]) -> dict[str, Any]:
    flow = [t.FLOW_COMMON.format(**facts), (t.FLOW_LLM if deployment.llm else t.FLOW_OFFLINE).format(**facts)]
    if facts["embedding_model"]:
        flow.append(t.FLOW_EMBEDDINGS.format(**facts))
    if config.auto_reply:
        flow.append(t.FLOW_AUTO_REPLY.format(**facts))
    flow.append(t.LABEL.format(**facts))
    recipients = [r["name"] + (f" — {r['receives']}" if r["role"] == "processor" else "")
                  for r in _recipients(facts, deployment)]
    sections = [("who", [t.WHO.format(**facts)], []), ("flow", flow, []),
                ("kept", [], [line.format(**facts) for line in t.KEPT]),
                ("recipients", [t.RECIPIENTS_INTRO], recipients), ("purposes", [t.LEGAL_BASIS], t.PURPOSES),
                ("rights", [], [line.format(**facts) for line in t.RIGHTS]), ("automated", [t.AUTOMATED], [])]
    if deployment.llm:
        sections.insert(4, ("transfers", [t.TRANSFER.format(**facts)], []))
    return {"title": t.NOTICE_TITLE.format(**facts), "language": "en",
            "sections": [{"id": key, "title": t.SECTION_TITLES[key], "paragraphs": paragraphs, "items": items}
                         for key, paragraphs, items in sections]}


def _retention_rows(config: TenantConfig, deployment: Deployment) -> list[dict[str, Any]]:
    r = Retention.of(config)
    rows: list[dict[str, Any]] = [{"data": "suggested replies and their encrypted placeholder vault", "days": r.drafts_days},
            {"data": "audit records (pseudonymous)", "days": r.audit_days},
            {"data": "opt-outs", "days": None, "note": "until withdrawn; a salted hash after erasure"},
            {"data": "idempotency keys (event ids)", "days": IDEMPOTENCY_DAYS}]
    if deployment.backend == "aws":
        rows += [{"data": "queued jobs (ids only)", "days": QUEUE_DAYS},
                 {"data": "failed jobs in the dead-letter queue (ids only)", "days": DEAD_LETTER_DAYS}]
    return rows


def _record(config: TenantConfig, deployment: Deployment, facts: dict[str, Any]) -> dict[str, Any]:
    given = dict(config.extra.get(PRIVACY_KEY) or {})
    transfers = [t.TRANSFER.format(**facts)] if deployment.llm else []
    return {
        "title": t.RECORD_TITLE,
        "controller": {"name": facts["controller"], "contact": facts["contact"], "dpo": given.get("dpo")},
        "purposes": list(t.PURPOSES), "legal_basis": t.LEGAL_BASIS, "data_subjects": list(t.RECORD_SUBJECTS),
        "personal_data": [{"category": c, "source": s, "use": u} for c, s, u in t.RECORD_DATA],
        "recipients": _recipients(facts, deployment), "transfers": transfers,
        "retention": _retention_rows(config, deployment),
        "security_measures": [m.format(encryption=t.ENCRYPTION[deployment.backend]) for m in t.RECORD_MEASURES],
        "automated_decision_making": t.AUTOMATED,
        "configuration": {"backend": deployment.backend, "llm_host": deployment.llm.host if deployment.llm else None,
                          "model": facts["model"] or None, "embedding_model": facts["embedding_model"] or None,
                          "review_group": config.review_group,
                          "handoff_group": config.handoff_group, "auto_reply": config.auto_reply,
                          "retention": Retention.of(config).to_dict(), "disclosure_version": DISCLOSURE_VERSION},
    }


def build(config: TenantConfig, deployment: Deployment, now: float) -> dict[str, Any]:
    facts, missing = _facts(config, deployment)
    return {"tenant": config.tenant, "generated_at": iso(now), "review_required": missing,
            "notice": _notice(config, deployment, facts), "record_of_processing": _record(config, deployment, facts)}
