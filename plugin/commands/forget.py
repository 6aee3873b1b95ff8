"""`forget`: erase one requester from every store Candor keeps (GDPR Art. 17, CCPA §1798.105) and print the
receipt. The requester is a Zendesk user id or an e-mail address (resolved through the Zendesk API).

  forget [--tenant T] --requester 12345|maria@example.com
      -> {"receipt_id", "tenant", "time", "requester_id", "requested_by": "cli", "given_as", "lookup",
          "stores": {"suggestions": {...}, "audit": {...}, "preferences": {...}, "queue": {...}, ...},
          "tickets": [...]}
"""
from __future__ import annotations

from plugin.commands import emit


def register(sub) -> None:
    p = sub.add_parser("forget", help="erase a requester's data from every store and print a receipt")
    p.add_argument("--tenant", help="tenant (Zendesk subdomain); default: CANDOR_TENANT on the embedded default")
    p.add_argument("--requester", required=True, metavar="ID_OR_EMAIL",
                   help="the requester's Zendesk user id, or their e-mail address")
    p.set_defaults(handler=run)


def run(args) -> int:
    from plugin.wiring import build_services

    services = build_services()
    receipt = services.privacy.forget(args.tenant or services.settings.tenant, args.requester, "cli")
    emit(receipt.to_dict())
    return 0
