"""requirements.json rules (zendesk_apps_support app_requirement.rb, validations/requirements.rb;
https://developer.zendesk.com/documentation/apps/app-developer-guide/apps_requirements/) and `candor.*` checks that the webhook and triggers fit the plugin."""
from __future__ import annotations

import json

from .common import Report

F = "requirements.json"
TYPES = ("automations", "channel_integrations", "custom_objects", "macros", "targets", "views", "ticket_fields",
         "triggers", "user_fields", "organization_fields", "webhooks", "custom_objects_v2")
NO_TITLE = ("channel_integrations", "custom_objects", "webhooks", "custom_objects_v2")
WEBHOOK_FIELDS = ("name", "status", "endpoint", "http_method", "request_format")
REJECTED_TARGETS = ("http_target", "url_target_v2")
MAX_REQUIREMENTS = 5000


def check_requirements(manifest: dict, requirements: dict | None, report: Report) -> None:
    if requirements is None:
        if manifest.get("requirementsOnly") is True:
            report.error(F, "missing_requirements", "requirementsOnly apps need requirements.json")
        return
    if manifest.get("marketingOnly") is True:
        report.error(F, "requirements_not_supported", "marketingOnly apps cannot have requirements")
    unknown = sorted(set(requirements) - set(TYPES))
    if unknown:
        report.error(F, "invalid_requirements_types", f"unsupported types: {', '.join(unknown)}")
    count = sum(len(group) if isinstance(group, dict | list) else 1 for group in requirements.values())
    if count > MAX_REQUIREMENTS:
        report.error(F, "excessive_requirements", f"{count} requirements; at most {MAX_REQUIREMENTS}")
    for kind, group in requirements.items():
        if not isinstance(group, dict):
            report.error(F, "invalid_requirement", f"{kind} must be an object of identifier -> resource")
            continue
        for identifier, resource in group.items():
            _resource(kind, identifier, resource, report)
    _candor(requirements, report)


def _resource(kind: str, identifier: str, resource: object, report: Report) -> None:
    if not isinstance(resource, dict):
        report.error(F, "invalid_requirement", f"{kind}.{identifier} must be an object")
        return
    if kind not in NO_TITLE and "title" not in resource:
        report.error(F, "missing_required_fields", f"{kind}.{identifier} is missing title")
    if kind in ("user_fields", "organization_fields") and "key" not in resource:
        report.error(F, "missing_required_fields", f"{kind}.{identifier} is missing key")
    if kind == "webhooks":
        missing = [f for f in WEBHOOK_FIELDS if f not in resource]
        if missing:
            report.error(F, "missing_required_fields", f"webhooks.{identifier} is missing {', '.join(missing)}")
    if kind == "targets" and resource.get("type") in REJECTED_TARGETS:
        report.error(F, "invalid_target_type", f"targets.{identifier}: {resource['type']} is not allowed; use a webhook")


def _candor(requirements: dict, report: Report) -> None:
    """Our own checks: a webhook Zendesk signs, POSTing JSON, and triggers that send ids only to it."""
    webhooks = requirements.get("webhooks") or {}
    for identifier, hook in webhooks.items():
        secret = (hook.get("signing_secret") or {}) if isinstance(hook, dict) else {}
        if str(secret.get("algorithm", "")).upper() != "SHA256" or len(str(secret.get("secret", ""))) < 32:
            report.error(F, "candor.signing_secret", f"webhooks.{identifier} needs a SHA256 signing secret of 32+ chars")
        if isinstance(hook, dict) and (hook.get("http_method") != "POST" or hook.get("request_format") != "json"):
            report.error(F, "candor.webhook_format", f"webhooks.{identifier} must POST JSON")
    for identifier, trigger in (requirements.get("triggers") or {}).items():
        for action in (trigger or {}).get("actions") or []:
            if not isinstance(action, dict) or action.get("field") != "notification_webhook":
                continue
            value = action.get("value")
            if not (isinstance(value, list) and len(value) == 2 and value[0] in webhooks):
                report.error(F, "candor.trigger_webhook", f"triggers.{identifier} must notify a declared webhook")
                continue
            _trigger_body(identifier, value[1], report)


def _trigger_body(identifier: str, body: object, report: Report) -> None:
    try:
        payload = json.loads(body) if isinstance(body, str) else None
    except ValueError:
        payload = None
    if not isinstance(payload, dict) or "ticket_id" not in payload:
        report.error(F, "candor.trigger_body", f"triggers.{identifier}: body must be a JSON object with ticket_id")
        return
    text_placeholders = [v for v in payload.values() if isinstance(v, str) and "comment" in v]
    if text_placeholders:
        report.error(F, "candor.trigger_body", f"triggers.{identifier}: send ids only, never comment text")
