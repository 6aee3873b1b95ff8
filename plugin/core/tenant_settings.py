"""What an admin may change about a tenant, with clear errors. Secrets and identity are not settings."""
from __future__ import annotations

import re
from dataclasses import fields, replace
from typing import Any
from urllib.parse import urlsplit

from .errors import BadRequest
from .ports import PublicSuffixes
from .tenant import TenantConfig, TenantDirectory

# name -> kind; anything else (tenant, account_id, extra, retention — see core.retention) is not settable here
SETTABLE = {
    "review_group": "text", "handoff_group": "text", "language": "language", "drafter": "drafter",
    "model": "text", "auto_reply": "bool", "auto_reply_intents": "list", "bot_question_mode": "bot_mode",
    "bias_acknowledgement": "optional_text", "url_allow_list": "hosts", "disclosure_field_id": "optional_int",
    "opt_out_user_field": "text", "allowed_offers": "offers", "bias_second_opinion": "bool",
    "report_min_count": "count", "bias_outcome_field_id": "optional_int", "brand": "optional_text",
}
OFFERS = ("refund", "discount", "compensation", "free_shipping", "exception")
_TRUE, _FALSE = ("true", "yes", "on", "1"), ("false", "no", "off", "0")
_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


def allowed_host(entry: str, suffixes: PublicSuffixes | None = None) -> str:
    """The host of an allow-list entry: `https://host[/path]` or a bare `host`. Anything else (another
    scheme such as javascript:, ftp: or http:, credentials, a port, no dot) is refused: a link the drafts may
    show customers must be https on a named host. With `suffixes` (the public-suffix list the guards use:
    tldextract's bundled snapshot, private suffixes included), a host that is only a public suffix (`co.uk`,
    `github.io`, `blogspot.com`) is refused too: an entry allows every sub-domain, and anyone can register
    one beneath a public suffix. The admin API and the CLI always pass it (`Services.public_suffixes`)."""
    text = entry.strip()
    refused = BadRequest(f"url_allow_list takes https hosts only (https://help.example.com or help.example.com), "
                         f"not {text[:80]!r}")
    if any(c.isspace() or not c.isprintable() for c in text):  # urlsplit drops \t\r\n: "a.com\n.evil.com"
        raise refused
    try:
        parts = urlsplit(text if "://" in text else f"https://{text}")
        host = (parts.hostname or "").rstrip(".")
    except ValueError:  # an unbalanced IPv6 bracket
        raise refused from None
    labels = host.split(".")
    if not host.isascii() or any(label.startswith("xn--") for label in labels):
        # The output guards compare hosts as plain ASCII and never equate a Unicode name with its punycode
        # (that is where look-alike letters hide, UTS #39): an entry that could not match is refused, not kept.
        raise BadRequest(f"url_allow_list takes plain ASCII host names; {text[:80]!r} is an internationalised "
                         f"(punycode or Unicode) name, which drafts never link to: list an ASCII name instead")
    if (parts.scheme != "https" or parts.username or parts.password or parts.netloc.lower() != host
            or len(labels) < 2 or not all(_LABEL.match(label) for label in labels) or text.startswith("//")
            or labels[-1].isdigit()):  # an IP address, not a named host (no top-level domain is all digits)
        raise refused
    if suffixes is not None and suffixes.public_suffix(host) == host:
        raise BadRequest(f"url_allow_list takes a site's own host name; {text[:80]!r} is a public suffix, under "
                         f"which anyone can register a site ({host} would allow every one of them): list the full "
                         f"host instead (help.example.{host})")
    return host


def _coerce(name: str, kind: str, raw: object, suffixes: PublicSuffixes | None = None) -> object:
    text = raw.strip() if isinstance(raw, str) else raw
    if kind == "bool":
        if isinstance(text, bool):
            return text
        if str(text).lower() in _TRUE + _FALSE:
            return str(text).lower() in _TRUE
        raise BadRequest(f"{name} must be true or false")
    if kind == "hosts":
        hosts: tuple[str, ...] = _coerce(name, "list", raw)  # type: ignore[assignment]
        return tuple(dict.fromkeys(allowed_host(v, suffixes) for v in hosts))
    if kind in ("list", "offers"):
        items = text if isinstance(text, list | tuple) else [p for p in str(text or "").split(",")]
        values = tuple(str(v).strip() for v in items if str(v).strip())
        if kind == "offers" and any(v not in OFFERS for v in values):
            raise BadRequest(f"{name} takes any of: {', '.join(OFFERS)}")
        return values
    if kind == "optional_int":
        if text in (None, "", "none"):
            return None
        if str(text).isdigit():
            return int(str(text))
        raise BadRequest(f"{name} must be a numeric id or 'none'")
    if kind == "count":
        if str(text).isdigit() and 1 <= int(str(text)) <= 1000:
            return int(str(text))
        raise BadRequest(f"{name} must be a whole number from 1 to 1000")
    if kind == "optional_text":
        return str(text) if text not in (None, "", "none") else None
    value = str(text or "")
    allowed = {"drafter": ("auto", "offline", "openai"), "bot_mode": ("note", "auto_reply")}.get(kind)
    if allowed and value not in allowed:
        raise BadRequest(f"{name} must be one of: {', '.join(allowed)}")
    if kind == "language" and not (2 <= len(value) <= 5 and value.replace("-", "").isalpha()):
        raise BadRequest(f"{name} must be a language code such as en or pt-BR")
    if not value:
        raise BadRequest(f"{name} must not be empty")
    return value[:200]


def apply(config: TenantConfig, changes: dict[str, object], suffixes: PublicSuffixes | None = None) -> TenantConfig:
    unknown = sorted(set(changes) - set(SETTABLE))
    if unknown:
        raise BadRequest(f"not a tenant setting: {', '.join(unknown)} (settable: {', '.join(sorted(SETTABLE))})")
    coerced: dict[str, Any] = {name: _coerce(name, SETTABLE[name], raw, suffixes) for name, raw in changes.items()}
    return replace(config, **coerced)


def update(tenants: TenantDirectory, config: TenantConfig, changes: dict[str, object],
           suffixes: PublicSuffixes | None = None) -> TenantConfig:
    """Apply an admin's changes (API or CLI) and store the result; BadRequest names a bad one, storing nothing.
    `suffixes`: the public-suffix list (a bare public suffix is no allow-list entry: `allowed_host`)."""
    changed = apply(config, changes, suffixes)
    tenants.put(changed)
    return changed


def show(config: TenantConfig) -> dict[str, Any]:
    data = config.to_dict()
    return {f.name: data[f.name] for f in fields(config) if f.name in SETTABLE or f.name == "tenant"}
