"""moto's server with DynamoDB's one guarantee that moto lacks: each write is atomic.

DynamoDB applies a conditional write (PutItem with `attribute_not_exists`, an UpdateItem with a condition)
atomically per item. moto's in-memory table reads the current item, parses and evaluates the condition, then
stores the new item, with no lock, while `moto_server` answers each request on its own thread. Two concurrent
conditional puts can then both succeed, and the idempotency contract test
(`test_concurrent_claims_grant_exactly_one[aws]`) failed once in CI for that reason, not for ours.

This runs moto's own WSGI app exactly as `moto_server` does, and serialises the requests that reach DynamoDB
(`X-Amz-Target: DynamoDB_20120810.*`); every other service keeps its threads (SQS long polls must not block).
Run as a script: `python tests/e2e/moto_serial.py -H 127.0.0.1 -p PORT`.
"""
from __future__ import annotations

import argparse
import os
import threading
from collections.abc import Iterable
from typing import Any


class SerialDynamoDB:
    """WSGI middleware: one DynamoDB request at a time, the whole response produced inside the lock."""

    def __init__(self, app: Any) -> None:
        self.app, self.lock = app, threading.Lock()

    def __call__(self, environ: dict, start_response: Any) -> Iterable[bytes]:
        if not environ.get("HTTP_X_AMZ_TARGET", "").startswith("DynamoDB_"):
            return self.app(environ, start_response)
        with self.lock:
            body = self.app(environ, start_response)
            try:
                return [b"".join(body)]
            finally:
                close = getattr(body, "close", None)
                if close is not None:
                    close()


def main(argv: list[str] | None = None) -> None:
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
    from werkzeug.serving import run_simple

    parser = argparse.ArgumentParser()
    parser.add_argument("-H", "--host", default="127.0.0.1")
    parser.add_argument("-p", "--port", type=int, required=True)
    args = parser.parse_args(argv)
    os.environ.setdefault("MOTO_PORT", str(args.port))
    app = DomainDispatcherApplication(create_backend_app)
    app.debug = True  # type: ignore[attr-defined]  # as moto_server sets it
    run_simple(args.host, args.port, SerialDynamoDB(app), threaded=True, request_handler=MotoRequestHandler)


if __name__ == "__main__":
    main()
