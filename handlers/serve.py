"""`python -m handlers serve` (also `python -m plugin serve`): the embedded server (Flask's server plus the
in-process worker thread) for a laptop install. Production runs on Lambda (Zappa) or gunicorn with the SQS
worker instead."""
from __future__ import annotations

from typing import cast

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

    services = build_services()
    if services.settings.backend != "embedded":
        raise ValueError("serve runs the embedded default; on AWS the SQS event source runs the worker")
    cast(InProcessQueue, services.queue).start(services.worker.handle)
    from plugin.adapters.sqlite_retention import RetentionSweeper, SQLiteRetention
    RetentionSweeper(SQLiteRetention(services.db, services.tenants)).start()  # retention: hourly, as TTL on AWS
    create_app(services=services).run(host=args.host, port=args.port, threaded=True)
    return 0
