"""The outcome of a bias review (core/bias_outcome.py): the sidebar may record one only on a ticket routed to
bias review; it is audited with its source and agent."""
from __future__ import annotations

import pytest

from plugin.adapters.memory import InMemoryAuditLog, InMemoryPreferenceStore
from plugin.core.bias_outcome import BiasOutcomes, NotUnderReview, record_review_outcome
from plugin.core.tenant import TenantConfig


class RecordingHelpdesk:
    def __init__(self) -> None:
        self.updates: list[tuple[int, object]] = []

    def update_ticket(self, ticket_id: int, update: object) -> None:
        self.updates.append((ticket_id, update))


def _record(preferences: InMemoryPreferenceStore, audit_log: InMemoryAuditLog, helpdesk: RecordingHelpdesk):
    return record_review_outcome(BiasOutcomes(audit_log, lambda: 1_800_000_000.0), preferences,
                                 TenantConfig("acme"), 7, "substantiated", helpdesk=helpdesk, agent_id=55)


def test_a_bias_review_takes_the_outcome_audits_it_and_tags_the_ticket():
    preferences, audit_log, helpdesk = InMemoryPreferenceStore(), InMemoryAuditLog(), RecordingHelpdesk()
    preferences.set_sticky_route("acme", 7, "bias_review")
    entry = _record(preferences, audit_log, helpdesk)
    assert entry["detail"] == {"outcome": "substantiated", "source": "sidebar", "agent_id": 55,
                               "written_to_ticket": True}
    assert [r["action"] for r in audit_log.query("acme")] == ["bias_review_outcome"]
    assert [ticket for ticket, _ in helpdesk.updates] == [7]


@pytest.mark.parametrize("route", [None, "human"])
def test_a_ticket_that_is_no_bias_review_takes_none_and_nothing_is_written(route):
    preferences, audit_log, helpdesk = InMemoryPreferenceStore(), InMemoryAuditLog(), RecordingHelpdesk()
    if route:
        preferences.set_sticky_route("acme", 7, route)
    with pytest.raises(NotUnderReview):
        _record(preferences, audit_log, helpdesk)
    assert list(audit_log.query("acme")) == [] and helpdesk.updates == []
