"""`sign --secret S FILE`: headers for a signed test webhook of FILE.

Prints them as one JSON object (the stable format). `--headers-file PATH` also writes them as `Name: value`
lines, the form `curl -H @PATH` reads (https://curl.se/docs/manpage.html#-H), for the README's recipe:

    python -m plugin sign --secret s3cret --headers-file headers body.json
    curl -H @headers --data-binary @body.json http://127.0.0.1:8080/webhooks/zendesk
"""
from __future__ import annotations

import time

from plugin.commands import emit
from plugin.core import signature


def register(sub) -> None:
    p = sub.add_parser("sign", help="print the signature headers for a test webhook body")
    p.add_argument("--secret", required=True, help="the webhook signing secret")
    p.add_argument("--timestamp", help="ISO-8601 UTC timestamp (default: now)")
    p.add_argument("--headers-file", metavar="PATH",
                   help="also write the headers as 'Name: value' lines for `curl -H @PATH`")
    p.add_argument("file", help="the body to sign, exactly as it will be sent ('-' for stdin)")
    p.set_defaults(handler=run)


def run(args) -> int:
    import sys
    body = sys.stdin.buffer.read() if args.file == "-" else open(args.file, "rb").read()
    stamp = args.timestamp or signature.format_timestamp(time.time())
    signature.parse_timestamp(stamp)  # clear error on a malformed timestamp
    headers = {
        "Content-Type": "application/json",
        signature.SIGNATURE_HEADER: signature.sign(args.secret, stamp, body),
        signature.TIMESTAMP_HEADER: stamp,
    }
    if args.headers_file:
        with open(args.headers_file, "w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(f"{name}: {value}\n" for name, value in headers.items())
    emit(headers)
    return 0
