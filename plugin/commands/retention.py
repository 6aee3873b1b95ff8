"""`retention show|set`: how long a tenant's drafts (with their encrypted placeholder vault) and audit
records are kept. DynamoDB TTL enforces it on AWS; the embedded server sweeps hourly (`sweep`).

  retention show [--tenant T]   -> {"tenant", "drafts_and_vault_days", "audit_days"}
  retention set [--tenant T] [--drafts-days 30] [--audit-days 365]   -> the same, after the change
"""
from __future__ import annotations

from plugin.commands import emit


def register(sub) -> None:
    p = sub.add_parser("retention", help="show or set a tenant's retention periods")
    actions = p.add_subparsers(dest="retention_action", required=True, metavar="ACTION")
    for name, text in (("show", "show the tenant's retention"), ("set", "change the tenant's retention")):
        action = actions.add_parser(name, help=text)
        action.add_argument("--tenant", help="tenant (Zendesk subdomain); default: CANDOR_TENANT (embedded)")
        if name == "set":
            action.add_argument("--drafts-days", type=int, help="days to keep drafts and their vault (1-365)")
            action.add_argument("--audit-days", type=int, help="days to keep audit records (1-3650)")
    p.set_defaults(handler=run)


def run(args) -> int:
    from plugin.core.retention import Retention
    from plugin.wiring import build_services

    services = build_services()
    privacy, tenant = services.privacy, args.tenant or services.settings.tenant
    if args.retention_action == "set":
        if args.drafts_days is None and args.audit_days is None:
            raise ValueError("give --drafts-days and/or --audit-days")
        config = privacy.set_retention(tenant, args.drafts_days, args.audit_days)
    else:
        config = privacy.tenant(tenant)
    emit({"tenant": config.tenant, **Retention.of(config).to_dict()})
    return 0
