"""Fixtures shared by the Zendesk contract tests: the spec validator and the seeded local Zendesk server,
checked after each test for requests or responses the OpenAPI spec does not allow, and the Helpdesk
implementations the shared contract runs against."""
from __future__ import annotations

import pytest
from zendesk_scenario import dry_run, seeded_server, zendesk_for
from zendesk_spec import SpecValidator


@pytest.fixture(scope="module")
def validator() -> SpecValidator:
    return SpecValidator()


@pytest.fixture
def server(validator):
    server = seeded_server(validator)
    yield server
    server.stop()
    assert server.violations == []  # every request and response matched the OpenAPI spec


@pytest.fixture(params=["zendesk", "dryrun"])
def helpdesk(request):
    """ZendeskHelpdesk over the local server, and DryRunHelpdesk: the same contract holds for both."""
    if request.param == "dryrun":
        yield dry_run()
        return
    desk = zendesk_for(request.getfixturevalue("server"), [])
    yield desk
    desk.close()
