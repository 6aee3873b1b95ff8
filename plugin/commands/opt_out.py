"""`opt-out`: an admin records that a customer opted out of AI processing (or back in). From then on no text of
theirs goes to any LLM, on any ticket of that tenant.

  opt-out --tenant acme --requester 7340019921 [--undo | --status]
      -> {"tenant", "requester", "opted_out": true|false, "source": "admin_cli"}
"""
from __future__ import annotations

from plugin.commands import emit


def register(sub) -> None:
    p = sub.add_parser("opt-out", help="opt a customer out of AI processing (or back in with --undo)")
    p.add_argument("--tenant", help="tenant (default: CANDOR_TENANT)")
    p.add_argument("--requester", required=True, help="the customer's Zendesk user id")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--undo", action="store_true", help="opt the customer back in")
    mode.add_argument("--status", action="store_true", help="only show the current state")
    p.set_defaults(handler=run)


def run(args) -> int:
    from plugin.wiring import build_services

    services = build_services()
    tenant = services.installed_tenant(args.tenant).tenant
    requester = args.requester.strip()
    if not requester.isdigit():
        raise ValueError("--requester must be the customer's numeric Zendesk user id")
    if args.status:
        opted_out = services.privacy.opted_out(tenant, requester)
    else:
        opted_out = services.privacy.set_opt_out(tenant, requester, not args.undo, "admin_cli")
    emit({"tenant": tenant, "requester": requester, "opted_out": opted_out, "source": "admin_cli"})
    return 0
