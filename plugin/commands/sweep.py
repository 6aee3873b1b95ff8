"""`sweep`: on the embedded default, delete now what retention says must go (the server does it hourly);
on AWS, DynamoDB TTL does it and this command says so.

  sweep   -> {"status": "swept", "deleted": {"idempotency": n, "audit": n, "suggestions": n}}
"""
from __future__ import annotations

from plugin.commands import emit


def register(sub) -> None:
    p = sub.add_parser("sweep", help="delete expired drafts, vaults, audit records and idempotency keys now")
    p.set_defaults(handler=run)


def run(args) -> int:
    from plugin.wiring import build_services

    emit({"status": "swept", "deleted": build_services().privacy.sweep()})
    return 0
