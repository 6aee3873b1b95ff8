"""`tenant-config show|set`: a tenant's settings (auto-reply, second opinion, allow-lists, groups, ...).

  tenant-config show --tenant acme                      -> {"tenant", "review_group", ..., "bias_second_opinion"}
  tenant-config set --tenant acme auto_reply=true auto_reply_intents=refund-policy,track-your-order
"""
from __future__ import annotations

from plugin.commands import emit


def register(sub) -> None:
    p = sub.add_parser("tenant-config", help="show or change a tenant's settings")
    p.add_argument("action", choices=("show", "set"))
    p.add_argument("--tenant", help="tenant (default: CANDOR_TENANT)")
    p.add_argument("changes", nargs="*", metavar="NAME=VALUE", help="settings to change (lists: comma-separated)")
    p.set_defaults(handler=run, intermixed="changes")  # NAME=VALUE may follow --tenant (plugin/cli.py)


def run(args) -> int:
    from plugin.core import tenant_settings
    from plugin.wiring import build_services

    services = build_services()
    config = services.installed_tenant(args.tenant)
    if args.action == "set":
        changes = {}
        for item in args.changes:
            key, sep, value = item.partition("=")
            if not sep:
                raise ValueError(f"{item!r}: expected NAME=VALUE")
            changes[key.strip()] = value
        if not changes:
            raise ValueError("nothing to set: give NAME=VALUE pairs")
        config = tenant_settings.update(services.tenants, config, changes, services.public_suffixes)
    emit(tenant_settings.show(config))
    return 0
