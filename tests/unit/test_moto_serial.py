"""The moto server used by the AWS tests serialises DynamoDB requests (DynamoDB's atomic conditional
writes) and leaves every other service concurrent."""
from __future__ import annotations

import threading
import time

from tests.e2e.moto_serial import SerialDynamoDB


def _run_concurrently(headers: dict[str, str], n: int = 6) -> int:
    active, peak, guard = [0], [0], threading.Lock()

    def app(environ, start_response):
        with guard:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.05)
        with guard:
            active[0] -= 1
        start_response("200 OK", [])
        return [b"{}"]

    wrapped, barrier = SerialDynamoDB(app), threading.Barrier(n)

    def call() -> None:
        barrier.wait()
        assert b"".join(wrapped(dict(headers), lambda *a: None)) == b"{}"

    threads = [threading.Thread(target=call) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return peak[0]


def test_dynamodb_requests_run_one_at_a_time():
    assert _run_concurrently({"HTTP_X_AMZ_TARGET": "DynamoDB_20120810.PutItem"}) == 1


def test_other_services_keep_their_threads():
    assert _run_concurrently({"HTTP_X_AMZ_TARGET": "AmazonSQS.ReceiveMessage"}) > 1
    assert _run_concurrently({}) > 1
