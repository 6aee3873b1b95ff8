"""Fixtures of the Zendesk app tests: a Zendesk stub with the app's key pair, services with two tenants
(acme, globex) and a recording helpdesk, the Flask app and its test client."""
from __future__ import annotations

import pytest

from handlers.app import create_app
from plugin.adapters.dryrun_helpdesk import DryRunHelpdesk
from plugin.wiring import build_services
from tests.functional.zaf.support import add_tenant, make_settings, thread
from tests.functional.zaf.zendesk_stub import ZendeskStub, rsa_keypair


@pytest.fixture
def keys() -> tuple[str, str]:
    return rsa_keypair()


@pytest.fixture
def stub(keys):
    with ZendeskStub(keys[1]) as server:
        yield server


@pytest.fixture
def helpdesk() -> DryRunHelpdesk:
    return DryRunHelpdesk([thread(101), thread(102, "Ana Silva")])


@pytest.fixture
def sidebar_services(tmp_path, stub, helpdesk):
    services = build_services(make_settings(tmp_path, stub.base_url), helpdesk=helpdesk)
    add_tenant(services, "acme", disclosure_field_id=555)
    add_tenant(services, "globex")
    return services


@pytest.fixture
def sidebar_app(sidebar_services):
    return create_app(services=sidebar_services)


@pytest.fixture
def sidebar_client(sidebar_app):
    return sidebar_app.test_client()


@pytest.fixture
def app(services):
    """The Flask app over the module's own `services` fixture (install flow, admin API)."""
    return create_app(services=services)


@pytest.fixture
def client(app):
    return app.test_client()
