"""`kb sync|status --tenant T`: a tenant's own knowledge (its Zendesk Help Center articles and shared macros).

  kb sync --tenant acme [--full]   -> {"tenant", "articles": {locale: n}, "internal", "macros", "last_success",
                                       "last_attempt", "error", "cursor", "synced", "source"}; exit 1 if it failed
  kb status --tenant acme          -> the same record, without syncing
`source` is `help_center` (the tenant's synced index), `markdown_folder` (CANDOR_KB_DIR: the embedded single
tenant, or a folder set explicitly for every tenant) or `none` (drafts cite no article until a sync).
A failed sync keeps the last good index; `error` says what went wrong (never article text or credentials).
"""
from __future__ import annotations

from plugin.commands import emit


def register(sub) -> None:
    p = sub.add_parser("kb", help="sync or show a tenant's Help Center index")
    actions = p.add_subparsers(dest="kb_action", required=True, metavar="ACTION")
    for name, text in (("sync", "sync articles and macros from the tenant's Zendesk now"),
                       ("status", "article and macro counts per locale, last sync, last error")):
        action = actions.add_parser(name, help=text)
        action.add_argument("--tenant", help="the tenant's subdomain (default: CANDOR_TENANT)")
        if name == "sync":
            action.add_argument("--full", action="store_true", help="export everything again, not only changes")
    p.set_defaults(handler=run)


def run(args) -> int:
    from plugin.wiring import build_services

    services = build_services()
    tenant = services.installed_tenant(args.tenant).tenant
    knowledge = services.knowledge
    if args.kb_action == "sync":
        knowledge.sync(tenant, full=args.full)
    status = knowledge.status(tenant)
    emit(status)
    return 1 if args.kb_action == "sync" and status["error"] else 0
