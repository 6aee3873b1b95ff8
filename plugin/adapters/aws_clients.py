"""boto3 clients for the AWS adapters, created lazily and once per process (Lambda reuses them across
invocations). `endpoint_url` points every client at moto server in tests; in AWS it is None."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

_lock = threading.Lock()
_cache: dict[tuple, Any] = {}


@dataclass(frozen=True)
class AwsTarget:
    region: str
    endpoint_url: str | None = None


def client(service: str, target: AwsTarget) -> Any:
    key = (service, target.region, target.endpoint_url)
    with _lock:
        if key not in _cache:
            import boto3  # lazy: never on the import path of the embedded default
            from botocore.config import Config

            # Short timeouts and the SDK's standard retry mode: a stuck call must fail well inside the
            # function timeout so SQS can redeliver (https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html).
            config = Config(connect_timeout=3, read_timeout=10, retries={"mode": "standard", "max_attempts": 3})
            _cache[key] = boto3.session.Session().client(
                service, region_name=target.region, endpoint_url=target.endpoint_url, config=config)
        return _cache[key]
