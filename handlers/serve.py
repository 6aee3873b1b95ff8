"""`python -m handlers serve` (also `python -m plugin serve`): the embedded server (Flask's server plus the
in-process worker thread) for a laptop install. Production runs on Lambda (Zappa) or gunicorn with the SQS
worker instead (docs/self-hosting.md).

Without Zendesk credentials it is a dry run, like `demo`: tickets come from CANDOR_DRY_RUN_TICKETS (default:
the sample tickets 101-107, which the sample webhooks name), nothing is sent to Zendesk, and after each job
it prints what it would have posted. At start it warns about every missing or inconsistent setting.
"""
from __future__ import annotations

import ipaddress
import sys
from dataclasses import replace
from typing import cast

from plugin.settings import PACKAGE_DIR, Settings

SAMPLE_TICKETS = PACKAGE_DIR / "samples" / "tickets"
RULE = "─" * 78
HELP = "run the webhook server and worker on this machine"


def register(sub) -> None:
    p = sub.add_parser("serve", help=HELP)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080)
    p.set_defaults(handler=run)


def run(args) -> int:
    from plugin.adapters.local_queue import InProcessQueue
    from plugin.wiring import build_services

    from .app import create_app

    settings = Settings.from_env()
    if settings.backend != "embedded":
        raise ValueError("serve runs the embedded default; on AWS the SQS event source runs the worker")
    dry_run = not has_credentials(settings)
    if dry_run and settings.dry_run_tickets is None:
        settings = replace(settings, dry_run_tickets=SAMPLE_TICKETS)
    for warning in startup_warnings(settings, args.host):
        print(f"candor serve: warning: {warning}", file=sys.stderr)
    services = build_services(settings)
    handle = services.worker.handle
    if dry_run:
        handle = _showing_posts(services)
        print(f"candor serve: dry run: tickets from {settings.dry_run_tickets}; each job prints what it would post",
              file=sys.stderr)
    cast(InProcessQueue, services.queue).start(handle)
    services.retention_sweeper().start()  # retention: hourly, as TTL on AWS
    from plugin.knowledge import SyncTimer
    SyncTimer(services.knowledge).start()  # Help Center sync every 15 minutes, as Zappa's event on AWS
    create_app(services=services).run(host=args.host, port=args.port, threaded=True)
    return 0


def has_credentials(settings: Settings) -> bool:
    """Zendesk credentials the embedded install will use: an API token and its agent's e-mail, seeded only
    together with the webhook secret (wiring.seed_default_tenant)."""
    return bool(settings.webhook_secret and settings.zendesk_email and settings.zendesk_api_token)


def startup_warnings(settings: Settings, host: str = "127.0.0.1") -> list[str]:
    """Every setting that is missing or contradicts another, as a sentence an operator can act on."""
    warnings = []
    if not settings.webhook_secret:
        warnings.append("CANDOR_WEBHOOK_SECRET is not set: every webhook will be refused with 401 (set it to the "
                        "webhook's signing secret, shown in Zendesk Admin Center > Webhooks)")
    if bool(settings.zendesk_email) != bool(settings.zendesk_api_token):
        given, missing = ("ZENDESK_EMAIL", "ZENDESK_API_TOKEN") if settings.zendesk_email else \
            ("ZENDESK_API_TOKEN", "ZENDESK_EMAIL")
        warnings.append(f"{given} is set but {missing} is not: Zendesk needs both; dry run, nothing is posted")
    elif settings.zendesk_api_token and not settings.webhook_secret:
        warnings.append("Zendesk credentials are ignored until CANDOR_WEBHOOK_SECRET is set; dry run")
    if settings.zendesk_api_token and not settings.zendesk_subdomain and not settings.zendesk_base_url:
        warnings.append(f"ZENDESK_SUBDOMAIN is not set: Candor would call https://{settings.tenant}.zendesk.com")
    subdomain, tenant = settings.zendesk_subdomain, settings.tenant  # tenant: CANDOR_TENANT, else the subdomain
    if subdomain and tenant != subdomain:
        warnings.append(f"CANDOR_TENANT ({tenant}) differs from ZENDESK_SUBDOMAIN ({subdomain}): Candor calls "
                        f"https://{tenant}.zendesk.com; leave CANDOR_TENANT unset")
    if not has_credentials(settings):
        warnings.append("no Zendesk credentials (ZENDESK_SUBDOMAIN, ZENDESK_EMAIL, ZENDESK_API_TOKEN): dry run, "
                        "nothing is posted to Zendesk")
    if settings.drafter == "openai" and not settings.openai_api_key_set:
        warnings.append("CANDOR_DRAFTER=openai but OPENAI_API_KEY is not set: every draft will fail")
    if not settings.kb_dir.is_dir():
        warnings.append(f"CANDOR_KB_DIR {settings.kb_dir} is not a folder: every draft will fail")
    if settings.dry_run_tickets is not None and not settings.dry_run_tickets.is_dir():
        warnings.append(f"CANDOR_DRY_RUN_TICKETS {settings.dry_run_tickets} is not a folder: every job will fail")
    app = settings.app
    if bool(app.oauth_client_id) != bool(app.oauth_client_secret):
        warnings.append("ZENDESK_OAUTH_CLIENT_ID and ZENDESK_OAUTH_CLIENT_SECRET go together: /install will fail")
    if (app.oauth_client_id or app.zaf_app_id) and not app.public_url:
        warnings.append("CANDOR_PUBLIC_URL is not set: /install and /oauth/callback answer 503, and the sidebar "
                        "calls its API on the origin that served it (/zaf/api)")
    if settings.redactor == "regex":
        warnings.append("CANDOR_REDACTOR=regex: names and addresses are not redacted (tests only)")
    if not _loopback(host):
        warnings.append(f"listening on {host} over plain HTTP: put it behind TLS (docs/self-hosting.md)")
    return warnings


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _showing_posts(services):
    """The worker's handler, printing after each job what the dry-run helpdesk recorded (as `demo` does)."""
    from .demo import show_posts

    helpdesk = services.dry_run

    def handle(job):
        before = len(helpdesk.actions)
        ticket = f"ticket {job.ticket_id}" if job.ticket_id is not None else f"user {job.user_id}"
        if job.ticket_id is not None and helpdesk.thread(job.ticket_id) is None:
            print(f"{RULE}\njob {job.event_id} ({job.kind}, {ticket}): not among the dry-run tickets in "
                  f"{services.settings.dry_run_tickets}; with Zendesk credentials Candor would fetch it", flush=True)
        try:
            outcome = services.worker.handle(job)
        except Exception as exc:
            print(f"{RULE}\njob {job.event_id} ({job.kind}, {ticket}): failed: {exc}", flush=True)
            raise
        print(f"{RULE}\njob {job.event_id} ({job.kind}, {ticket}): {getattr(outcome, 'action', outcome)}")
        show_posts(helpdesk.actions[before:])
        sys.stdout.flush()
        return outcome

    return handle
