"""UserDirectory (erasure by e-mail, and the values to look for in vaults), run against ZendeskHelpdesk over
the spec-validating local Zendesk server and against DryRunHelpdesk. Both must answer the same."""
from __future__ import annotations

import pytest
from zendesk_scenario import REQUESTER, as_action, dry_run, zendesk_for

from plugin.core.errors import TransientError


@pytest.fixture
def directory(helpdesk):
    """Both Helpdesk implementations (tests/contract/conftest.py) are also the UserDirectory."""
    return helpdesk


def test_user_by_email_finds_the_requester_whatever_the_case(directory):
    user = directory.user_by_email("  Maria@Example.com ")
    assert (user.id, user.name, user.phone) == (REQUESTER, "Maria Example", "+1 555 0100")


def test_unknown_email_is_none(directory):
    assert directory.user_by_email("nobody@example.com") is None


def test_user_by_id_brings_name_email_and_phone(directory):
    user = directory.user_by_id(REQUESTER)
    assert (user.email, user.phone, user.name) == ("maria@example.com", "+1 555 0100", "Maria Example")
    assert directory.user_by_id(999_999) is None


def test_dry_run_records_the_requests_zendesk_receives(server):
    real, dry = zendesk_for(server, []), dry_run()
    for desk in (real, dry):
        desk.user_by_email("maria@example.com")
        desk.user_by_id(REQUESTER)
    real.close()
    assert dry.actions == [as_action(r) for r in server.requests]
    assert [a["path"].split("?")[0] for a in dry.actions] == ["/api/v2/users/search", "/api/v2/users/show_many"]


def test_a_zendesk_outage_is_a_transient_error(server):
    desk = zendesk_for(server, [], max_attempts=2)
    server.fail_next("GET", "/api/v2/users/search", 503, times=2)
    with pytest.raises(TransientError):
        desk.user_by_email("maria@example.com")
    desk.close()
