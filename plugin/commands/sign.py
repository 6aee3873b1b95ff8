"""`sign --secret S FILE`: headers for a signed test webhook of FILE (as JSON)."""
from __future__ import annotations

import time

from plugin.commands import emit
from plugin.core import signature


def register(sub) -> None:
    p = sub.add_parser("sign", help="print the signature headers for a test webhook body")
    p.add_argument("--secret", required=True, help="the webhook signing secret")
    p.add_argument("--timestamp", help="ISO-8601 UTC timestamp (default: now)")
    p.add_argument("file", help="the body to sign, exactly as it will be sent ('-' for stdin)")
    p.set_defaults(handler=run)


def run(args) -> int:
    import sys
    body = sys.stdin.buffer.read() if args.file == "-" else open(args.file, "rb").read()
    stamp = args.timestamp or signature.format_timestamp(time.time())
    signature.parse_timestamp(stamp)  # clear error on a malformed timestamp
    emit({
        "Content-Type": "application/json",
        signature.SIGNATURE_HEADER: signature.sign(args.secret, stamp, body),
        signature.TIMESTAMP_HEADER: stamp,
    })
    return 0
