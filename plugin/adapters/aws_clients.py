"""boto3 clients for the AWS adapters, created lazily and once per process (Lambda reuses them across
invocations). `endpoint_url` points every client at moto server in tests; in AWS it is None.

All clients come from one boto3 Session: a session loads botocore's endpoint and partition data once, so each
client after the first takes ~5 ms instead of ~50-70 ms (a new session per client cost the worker's cold start
~0.15 s for its four clients; benchmarks/aws/README.md). Sessions are not thread-safe, clients are
(https://boto3.amazonaws.com/v1/documentation/api/latest/guide/clients.html#multithreading-or-multiprocessing-with-clients):
the session is only used under the lock."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

_lock = threading.Lock()
_cache: dict[tuple, Any] = {}
_session: Any = None


@dataclass(frozen=True)
class AwsTarget:
    region: str
    endpoint_url: str | None = None


def client(service: str, target: AwsTarget) -> Any:
    global _session
    key = (service, target.region, target.endpoint_url)
    with _lock:
        if key not in _cache:
            import boto3  # lazy: never on the import path of the embedded default
            from botocore.config import Config

            # Short timeouts and the SDK's standard retry mode: a stuck call must fail well inside the
            # function timeout so SQS can redeliver (https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html).
            config = Config(connect_timeout=3, read_timeout=10, retries={"mode": "standard", "max_attempts": 3})
            _session = _session or boto3.session.Session()
            _cache[key] = _session.client(
                service, region_name=target.region, endpoint_url=target.endpoint_url, config=config)
        return _cache[key]
