"""`triage FILE`: run the whole pipeline on one ticket bundle against a dry-run helpdesk.

FILE (or '-') is {"ticket": {...}, "comments": [...], "users": [...]} as the Zendesk API returns them.
Prints one JSON object: route, llm_request (the exact messages the drafter receives, or null when nothing
would be sent), draft (after restoring placeholders and all checks, or null), note (the internal note, or
null), actions (every helpdesk call: method, path, body), plus action, reasons, characteristics, drafter.
Nothing is written to the tenant's state: opt-outs are read, not changed.
"""
from __future__ import annotations

import json

from plugin.commands import emit, read_text


def register(sub) -> None:
    p = sub.add_parser("triage", help="dry-run the pipeline on a Zendesk ticket bundle (JSON out)")
    p.add_argument("file", help="bundle JSON file, or - for stdin")
    p.add_argument("--offline", action="store_true", help="use the offline drafter even if OPENAI_API_KEY is set")
    p.add_argument("--tenant", help="tenant whose configuration to use (default: CANDOR_TENANT)")
    p.set_defaults(handler=run)


def run(args) -> int:
    from dataclasses import replace

    from plugin.adapters.dryrun_helpdesk import DryRunHelpdesk
    from plugin.adapters.memory import InMemoryAuditLog, InMemoryPreferenceStore
    from plugin.adapters.zendesk_parse import thread_from_bundle
    from plugin.settings import Settings
    from plugin.wiring import build_services

    try:
        bundle = json.loads(read_text(args.file))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{args.file} is not valid JSON: {exc}") from exc
    thread = thread_from_bundle(bundle)
    settings = Settings.from_env()
    if args.offline:
        settings = replace(settings, drafter="offline")
    if args.tenant:
        settings = replace(settings, tenant=args.tenant)
    helpdesk = DryRunHelpdesk(thread)
    services = build_services(settings, helpdesk=helpdesk)
    processor = services.processor(preferences=InMemoryPreferenceStore(services.preferences),
                                   audit=InMemoryAuditLog(), archive=False)
    tenant = services.default_tenant()
    outcome = processor.process(tenant, thread, helpdesk, event_id="triage")
    decision = outcome.classification
    emit({
        "route": outcome.route,
        "action": outcome.action,
        "reasons": list(decision.reasons) if decision else [],
        "characteristics": list(decision.characteristics) if decision else [],
        "opt_out": bool(decision and decision.opt_out),
        "drafter": services.drafter_for(tenant).name if outcome.llm_request is not None else None,
        "llm_request": outcome.llm_request,
        # the optional bias second opinion (TenantConfig.bias_second_opinion): redacted text only
        "second_opinion_request": _last_request(services.judge_for(tenant)),
        "draft": outcome.draft,
        "note": outcome.note,
        "redactions": outcome.hidden,
        "actions": helpdesk.actions,
    })
    return 0


def _last_request(judge) -> list | None:
    """What the tenant's second-opinion judge was sent (redacted text only); None when it has none."""
    return judge.last_request if judge is not None else None
