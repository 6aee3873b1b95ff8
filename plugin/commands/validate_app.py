"""`validate-app [--release] [DIR]`: check the Zendesk app (manifest.json, translations, requirements.json,
assets) against the rules of Zendesk's validator, locally. Prints the report as JSON; exit 1 on errors."""
from __future__ import annotations

from plugin.commands import emit


def register(sub) -> None:
    p = sub.add_parser("validate-app", help="validate the Zendesk app in plugin/app (or DIR)")
    p.add_argument("dir", nargs="?", help="the app folder (default: plugin/app)")
    p.add_argument("--release", action="store_true",
                   help="also refuse the repository's placeholders (host, webhook secret); compares the secret "
                        "with CANDOR_APP_WEBHOOK_SECRET when it is set")
    p.set_defaults(handler=run)


def run(args) -> int:
    from plugin.app_validate import DEFAULT_APP, validate_app
    from plugin.settings import Settings

    report = validate_app(args.dir or DEFAULT_APP, release=args.release,
                          webhook_secret=Settings.from_env().app.webhook_secret)
    emit(report.to_dict())
    return 0 if report.ok else 1
