"""`fairness-audit --tickets FILE --out report.html`: counterfactual fairness audit of the drafts and of the
routing classifier, on your own tickets (see plugin/fairness/ and the README's "Fairness audit").

Writes one self-contained HTML report and its JSON twin (`--json`, default: the HTML path with .json); both
hold the ticket and reply texts of the most different pairs unless --hide-texts. Prints
`{"passed", "failing", "flagged", "html", "json", "seconds"}` on stdout and exits 1 when a disparity beyond
the noise floor exceeds its threshold (0 otherwise, 2 on bad input), so CI can gate a release on it.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from plugin.commands import emit

MODEL_WORKERS = 4  # concurrent model calls by default; the OpenAI adapter retries rate limits itself


def register(sub) -> None:
    p = sub.add_parser("fairness-audit", help="counterfactual fairness audit of drafts and routing (HTML report)")
    p.add_argument("--tickets", required=True, help="JSONL of messages or bundles, a bundle .json, or a folder")
    p.add_argument("--out", required=True, help="HTML report to write")
    p.add_argument("--json", help="JSON report to write (default: --out with .json)")
    p.add_argument("--tenant", help="audit as this installed tenant (its drafter and model settings: drafter=offline "
                   "calls no provider) and record the result in its audit trail (shown in its trust report); "
                   "default: CANDOR_TENANT's settings when installed, nothing recorded")
    p.add_argument("--samples", type=int, default=3, help="drafts per twin, to measure the noise floor (default 3)")
    p.add_argument("--seed", type=int, default=0, help="seed of name choice and bootstrap (default 0)")
    p.add_argument("--names-per-group", type=int, default=2, help="names drawn per group and ticket (default 2)")
    p.add_argument("--dimensions", help="comma-separated subset, e.g. names,gender,religion (default: all)")
    p.add_argument("--arms", default="on,off", help="redaction arms to draft: on,off (default both)")
    p.add_argument("--workers", type=int, help="drafts in flight at once (default 1 offline, 4 with a model)")
    p.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples (default 1000)")
    p.add_argument("--threshold", action="append", metavar="METRIC=VALUE",
                   help="override a gate threshold, e.g. refund=0.05 or flip_rate=0; 'off' disables")
    p.add_argument("--gate-arm", choices=("on", "off", "both"), default="on",
                   help="which drafting arm fails the audit (default on: production); routing always gates")
    p.add_argument("--offline", action="store_true", help="use the offline drafter even if an LLM is configured")
    p.add_argument("--no-drafts", action="store_true", help="audit the routing classifier only")
    p.add_argument("--no-routing", action="store_true", help="audit the drafts only")
    p.add_argument("--resample-deterministic", action="store_true",
                   help="draft every sample even with the deterministic offline drafter")
    p.add_argument("--hide-texts", action="store_true",
                   help="leave ticket and reply texts out of the report (to share it, e.g. as a CI artifact)")
    p.add_argument("--progress", action="store_true", help="show the progress bar even when stderr is not a TTY")
    p.set_defaults(handler=run)


def _options(args, drafter: str | None):
    from plugin.fairness.audit import AuditOptions
    from plugin.fairness.vocab import all_dimensions
    dimensions = tuple(d.strip() for d in args.dimensions.split(",") if d.strip()) if args.dimensions \
        else all_dimensions()
    arms = tuple(a.strip() for a in args.arms.split(",") if a.strip())
    workers = args.workers or (1 if drafter in (None, "offline") else MODEL_WORKERS)
    return AuditOptions(dimensions=dimensions, samples=args.samples, names_per_group=args.names_per_group,
                        seed=args.seed, bootstrap=args.bootstrap, arms=arms, workers=workers,
                        resample_deterministic=args.resample_deterministic)


def _drafting(args, config: dict):
    """The production wiring without its stores: nothing is written to the tenant's state. Drafts go through
    the drafter the audited tenant's settings choose (`Services.drafter_for`, as in production): a tenant
    that chose drafter=offline is audited with the offline drafter and no provider is called."""
    from dataclasses import replace

    from plugin.fairness.drafts import production_factory
    from plugin.settings import Settings
    from plugin.wiring import Services

    settings = Settings.from_env()
    if args.offline:
        settings = replace(settings, drafter="offline")
    tenant = _audited_tenant(settings, args.tenant)
    no_store: Any = None
    services = Services(settings, tenants=no_store, secrets=no_store, idempotency=no_store, preferences=no_store,
                        audit=no_store, suggestions=no_store, queue=no_store, cipher=no_store)
    drafter = services.drafter_for(tenant)
    config.update({"drafter": drafter.name, "model": getattr(drafter, "model", None) or "offline-kb",
                   "redactor": type(services.redactor).__name__,  # built (and loaded) once
                   "knowledge_base": str(settings.kb_dir), "tenant": tenant.tenant})
    if services.provider_drafter() is not None and not tenant.allows_provider:
        config["tenant_setting"] = TENANT_OFFLINE.format(tenant=tenant.tenant)
    return production_factory(services, drafter), tenant


TENANT_OFFLINE = ("tenant {tenant!r} chose drafter=offline: drafted with the offline drafter, no AI provider was "
                  "called (the deployment's provider is not what this tenant's customers get)")


def _audited_tenant(settings, name: str | None):
    """The tenant whose settings the drafts follow: --tenant (it must be installed), else CANDOR_TENANT as
    installed, else that name with default settings (a deployment that has no tenant yet)."""
    from plugin.core.tenant import TenantConfig
    from plugin.wiring import build_services

    wanted = name or settings.tenant
    found = build_services(settings).tenants.get(wanted)
    if found is None and name:
        raise LookupError(f"tenant {name!r} is not installed")
    return found or TenantConfig(tenant=wanted)


def _quiet_redactor_logs() -> None:
    """The audit calls the redactor thousands of times; one library warning per call would bury the
    progress bar and the result (errors still show)."""
    import logging
    for name in ("presidio-analyzer", "presidio-anonymizer"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _classifier():
    try:
        from plugin.core.routing import classify
    except ImportError as exc:
        return None, f"plugin.core.routing.classify is not available ({exc})"
    return classify, None


def run(args) -> int:
    from plugin.fairness import html
    from plugin.fairness.audit import build_twins, run_audit
    from plugin.fairness.gate import parse_thresholds
    from plugin.fairness.progress import ProgressBar
    from plugin.fairness.report import hide_texts
    from plugin.fairness.tickets import load_tickets

    thresholds = parse_thresholds(args.threshold)
    _options(args, None)  # bad options fail before anything is loaded
    tickets = load_tickets(args.tickets)
    config: dict = {"input": Path(args.tickets).name, "python": sys.version.split()[0]}
    factory, tenant = (None, None) if args.no_drafts else _drafting(args, config)
    options = _options(args, config.get("drafter"))
    _quiet_redactor_logs()
    classify, skipped = (None, "--no-routing") if args.no_routing else _classifier()
    if factory is not None and config.get("drafter") not in (None, "offline"):
        calls = sum(len(build_twins([t], options)) for t in tickets) * options.samples * len(options.arms)
        print(f"fairness-audit: up to {calls} calls to {config.get('model')} (see --dimensions, --names-per-group, "
              f"--arms, --samples)", file=sys.stderr)
    report = run_audit(tickets, drafting_factory=factory, tenant=tenant, classify_fn=classify, options=options,
                       thresholds=thresholds, gate_arm=args.gate_arm, config=config, routing_skipped=skipped,
                       progress_factory=lambda total: ProgressBar(total, enabled=True if args.progress else None))
    if args.hide_texts:
        hide_texts(report)
    out = Path(args.out)
    json_path = Path(args.json) if args.json else out.with_suffix(".json")
    out.write_text(html.render(report), encoding="utf-8")
    json_path.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    verdict = report["verdict"]
    if args.tenant:
        _record(args.tenant, verdict, len(tickets), config.get("drafter"))
    emit({"passed": verdict["passed"], "failing": verdict["failing"], "flagged": verdict["flagged"],
          "html": str(out), "json": str(json_path), "seconds": report["config"]["seconds"]})
    return 0 if verdict["passed"] else 1


def _record(tenant: str, verdict: dict, tickets: int, drafter: str | None) -> None:
    """One audit record with the verdict and its counts (no ticket text): the trust report shows the last one."""
    import time
    import uuid

    from plugin.core import audit
    from plugin.wiring import build_services

    services = build_services()
    services.installed_tenant(tenant)  # LookupError for a tenant that is not installed
    services.audit.append(audit.record(
        tenant=tenant, ticket_id=None, event_id=f"fairness-{uuid.uuid4().hex}", action="fairness_audit", now=time.time(),
        detail={"verdict": "pass" if verdict["passed"] else "fail", "exceeded": verdict["failing"],
                "flagged": verdict["flagged"], "tickets": tickets, "drafter": drafter}))
