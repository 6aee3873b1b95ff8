"""The sidebar's reads for one ticket (core/sidebar.TicketSidebar): the view, and the rule that an agent's
action or flag lands only on the suggestion they saw."""
from __future__ import annotations

import pytest

from plugin.adapters.memory import InMemoryAuditLog, InMemoryPreferenceStore
from plugin.core.sidebar import NoSuggestion, StaleSuggestion, TicketSidebar
from plugin.core.tenant import TenantConfig


class Archive:
    def __init__(self, **latest: dict) -> None:
        self._latest = latest

    def latest(self, tenant: str, ticket_id: int) -> dict | None:
        return self._latest.get(f"{tenant}:{ticket_id}")


def _sidebar(archive: Archive, preferences: InMemoryPreferenceStore | None = None) -> TicketSidebar:
    return TicketSidebar(archive, InMemoryAuditLog(), preferences or InMemoryPreferenceStore(), lambda: 1_800_000_000.0)


SUGGESTION = {"id": "s2", "draft": "Your refund is on its way.", "route": "ai_assist"}


@pytest.mark.parametrize("seen", ["s2", None])
def test_the_latest_suggestion_is_the_one_acted_on(seen):
    assert _sidebar(Archive(**{"acme:7": SUGGESTION})).seen_suggestion("acme", 7, seen) is SUGGESTION


def test_a_replaced_or_missing_suggestion_is_refused():
    sidebar = _sidebar(Archive(**{"acme:7": SUGGESTION}))
    with pytest.raises(StaleSuggestion):
        sidebar.seen_suggestion("acme", 7, "s1")
    with pytest.raises(NoSuggestion):
        sidebar.seen_suggestion("acme", 8, None)
    with pytest.raises(NoSuggestion):
        sidebar.seen_suggestion("other", 7, "s2")  # another tenant's ticket of the same id


def test_the_view_offers_the_draft_unless_the_ticket_went_to_people():
    preferences = InMemoryPreferenceStore()
    sidebar = _sidebar(Archive(**{"acme:7": SUGGESTION}), preferences)
    assert sidebar.view(TenantConfig("acme"), 7, "en")["suggestion"]["draft"] == SUGGESTION["draft"]
    preferences.set_sticky_route("acme", 7, "bias_review")
    view = sidebar.view(TenantConfig("acme"), 7, "en")
    assert view["suggestion"] is None and view["route"]["route"] == "bias_review" and view["ai_allowed"] is False


def test_a_flagged_suggestion_carries_its_warning_reasons_to_the_sidebar():
    flagged = {**SUGGESTION, "flagged": ["claims to be human"]}
    view = _sidebar(Archive(**{"acme:7": flagged, "acme:8": SUGGESTION})).view(TenantConfig("acme"), 7, "en")
    assert view["suggestion"]["flagged"] == ["claims to be human"]
    assert _sidebar(Archive(**{"acme:8": SUGGESTION})).view(TenantConfig("acme"), 8, "en")["suggestion"]["flagged"] == []
