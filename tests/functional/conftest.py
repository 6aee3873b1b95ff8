import time
from pathlib import Path

import pytest

from handlers.app import create_app
from plugin.core import signature
from plugin.settings import PACKAGE_DIR, Settings
from plugin.wiring import build_services

SECRET = "functional-test-secret"
SAMPLES = PACKAGE_DIR / "samples"


def signed_headers(body: bytes, secret: str = SECRET, stamp: str | None = None, **extra) -> dict:
    stamp = stamp or signature.format_timestamp(time.time())
    return {signature.SIGNATURE_HEADER: signature.sign(secret, stamp, body),
            signature.TIMESTAMP_HEADER: stamp, "Content-Type": "application/json", **extra}


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "state", tenant="acme", webhook_secret=SECRET,
                    dry_run_tickets=SAMPLES / "tickets", drafter="offline")


@pytest.fixture
def services(settings):
    return build_services(settings)


@pytest.fixture
def client(services):
    return create_app(services=services).test_client()


@pytest.fixture
def helpdesk(services):
    return services.helpdesk_for(services.default_tenant())


def sample(name: str) -> bytes:
    return (SAMPLES / "webhooks" / f"{name}.json").read_bytes()
