"""`audit-log export`: a tenant's audit trail as JSON lines, oldest first — what the AI did and why, what
agents did with it, erasures. Records carry ids and counts only (see plugin/core/audit.py).

  audit-log export [--tenant T] [--since 2026-01-01] [--until 2026-02-01T00:00:00Z] [--out FILE]
      -> one audit record per line; --since is inclusive, --until exclusive (UTC)
"""
from __future__ import annotations

import json
import os
import sys


def register(sub) -> None:
    p = sub.add_parser("audit-log", help="export a tenant's audit trail (JSON lines)")
    actions = p.add_subparsers(dest="audit_action", required=True, metavar="ACTION")
    export = actions.add_parser("export", help="write the tenant's audit records as JSON lines")
    export.add_argument("--tenant", help="tenant (Zendesk subdomain); default: CANDOR_TENANT on the embedded default")
    export.add_argument("--since", help="first day or UTC time to include, e.g. 2026-01-01")
    export.add_argument("--until", help="day or UTC time to stop before")
    export.add_argument("--out", help="file to write instead of stdout")
    p.set_defaults(handler=run)


def run(args) -> int:
    from plugin.core.audit import parse_time
    from plugin.wiring import build_services

    services = build_services()
    since, until = parse_time(args.since), parse_time(args.until)
    records = services.privacy.audit_records(args.tenant or services.settings.tenant, since, until)
    out = _private_file(args.out) if args.out else sys.stdout
    try:
        count = 0
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    finally:
        if args.out:
            out.close()
    if args.out:
        print(json.dumps({"status": "exported", "records": count, "out": args.out}))
    return 0


def _private_file(path: str):
    """The export is a tenant's trail (ticket ids, who did what): owner-only like the state it comes from,
    whatever the umask, and an existing file is made so before anything is written to it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    return os.fdopen(fd, "w", encoding="utf-8")
