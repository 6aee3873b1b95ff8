"""`tenant add|list|remove`: manage the Zendesk accounts this deployment serves (the same records the OAuth
install flow writes). Secrets are read from environment variables named by options, never from argv.

  tenant add acme [--account-id 123] [--review-group "…"] [--installation-id 9] [--app-id 7]
             [--disclosure-field-id 55] [--webhook-secret-env TENANT_WEBHOOK_SECRET]
             [--oauth-token-env VAR | --email E --api-token-env VAR]
      -> {"tenant", "status": "added"|"updated", "secrets": "stored"|"unchanged"}
  tenant list    -> one line per tenant {"tenant", "account_id", "review_group", "has_secrets", "has_app_key"}
  tenant remove acme --yes   -> {"tenant", "status": "removed", "deleted": {store: count}, "not_supported": [...]}
"""
from __future__ import annotations

from dataclasses import replace

from plugin.commands import emit
from plugin.settings import named_secret


def register(sub) -> None:
    p = sub.add_parser("tenant", help="add, list or remove tenants (Zendesk accounts)")
    actions = p.add_subparsers(dest="tenant_action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add or update a tenant")
    add.add_argument("subdomain")
    add.add_argument("--account-id", help="the Zendesk account id (x-zendesk-account-id of its webhooks)")
    add.add_argument("--review-group", help="group for bias complaints (default: Bias & Fairness Review)")
    add.add_argument("--handoff-group", help="group for requests for a person (default: Support)")
    add.add_argument("--language", help="default customer language (default: en)")
    add.add_argument("--installation-id", help="the Zendesk app installation id the sidebar must come from")
    add.add_argument("--app-id", help="the Zendesk app id (for the sidebar's public key), if not CANDOR_ZAF_APP_ID")
    add.add_argument("--disclosure-field-id", type=int, help="the 'AI disclosure (Candor)' ticket field id")
    add.add_argument("--webhook-secret-env", default="TENANT_WEBHOOK_SECRET", metavar="VAR",
                     help="environment variable holding the webhook signing secret")
    add.add_argument("--oauth-token-env", metavar="VAR", help="environment variable holding an OAuth token")
    add.add_argument("--email", help="API user e-mail (with --api-token-env)")
    add.add_argument("--api-token-env", metavar="VAR", help="environment variable holding an API token")
    actions.add_parser("list", help="list tenants")
    remove = actions.add_parser("remove", help="delete a tenant and every record kept for it")
    remove.add_argument("subdomain")
    remove.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    p.set_defaults(handler=run)


def run(args) -> int:
    from plugin.wiring import build_services

    services = build_services()
    return {"add": _add, "list": _list, "remove": _remove}[args.tenant_action](services, args)


def _add(services, args) -> int:
    from plugin.core.installation import ZAF_KEY, valid_subdomain, zaf_settings
    from plugin.core.tenant import TenantConfig, TenantSecrets

    subdomain = valid_subdomain(args.subdomain)
    if subdomain is None:
        raise ValueError("subdomain must be a DNS label such as 'acme'")
    current = services.tenants.get(subdomain)
    config = current or TenantConfig(tenant=subdomain)
    changes = {k: v for k, v in (("account_id", args.account_id), ("review_group", args.review_group),
                                 ("handoff_group", args.handoff_group), ("language", args.language),
                                 ("disclosure_field_id", args.disclosure_field_id)) if v is not None}
    zaf = {**zaf_settings(config), **{k: str(v) for k, v in (("installation_id", args.installation_id),
                                                              ("app_id", args.app_id)) if v}}
    config = replace(config, **changes, extra={**config.extra, ZAF_KEY: zaf})
    old = services.secrets.get(subdomain)
    webhook = named_secret(args.webhook_secret_env) or (old.webhook_secret if old else None)
    if webhook is None:
        raise ValueError(f"set {args.webhook_secret_env} to the webhook signing secret of {subdomain}")
    if args.api_token_env and not args.email:
        raise ValueError("--api-token-env needs --email")
    wanted = TenantSecrets(webhook, args.email or (old.zendesk_email if old else None),
                           named_secret(args.api_token_env) or (old.zendesk_api_token if old else None),
                           named_secret(args.oauth_token_env) or (old.zendesk_oauth_token if old else None))
    services.tenants.put(config)
    if wanted != old:
        services.secrets.put(subdomain, wanted)
    emit({"tenant": subdomain, "status": "updated" if current else "added",
          "secrets": "unchanged" if wanted == old else "stored"})
    return 0


def _list(services, args) -> int:
    from plugin.core.installation import zaf_settings

    for config in services.tenants.list_tenants():
        emit({"tenant": config.tenant, "account_id": config.account_id, "review_group": config.review_group,
              "has_secrets": services.secrets.get(config.tenant) is not None,
              "has_app_key": bool(zaf_settings(config).get("app_key_sha256"))})
    return 0


def _remove(services, args) -> int:
    from plugin.core.installation import remove_tenant

    if services.tenants.get(args.subdomain) is None:
        raise LookupError(f"tenant {args.subdomain!r} is not installed")
    if not args.yes:
        raise ValueError(f"removing {args.subdomain} deletes all its records; add --yes to confirm")
    removal = remove_tenant(args.subdomain, tenants=services.tenants, secret_store=services.secrets,
                            stores=services.removal_stores())
    emit(removal.to_dict())
    return 0
