"""Every number of the trust report traced to the audit records that make it (tests/unit/trust_scenario.py),
and the small-number rules: "fewer than N", no percentage that would give a hidden count away, secondary
suppression in series and tables, medians only over enough values."""
from __future__ import annotations

import json

import pytest

from plugin.reports import trust
from tests.unit import trust_scenario as scenario


def figures(report: dict) -> dict:
    return {f["id"]: f for section in report["sections"] for f in section["figures"]}


def tables(report: dict) -> dict:
    return {t["id"]: t for section in report["sections"] for t in section.get("tables", [])}


@pytest.fixture(scope="module")
def report() -> dict:
    return trust.build(scenario.records(), tenant=scenario.TENANT, min_count=1, generated_at="2026-03-06T00:00:00Z")


def test_every_figure_is_traced_to_its_records(report):
    found = figures(report)
    assert set(found) == set(scenario.EXPECTED)  # a new figure needs its expectation here
    for fid, (display, pct) in scenario.EXPECTED.items():
        assert found[fid]["display"] == display, fid
        assert (found[fid].get("percent") or {}).get("value") == pct, fid
        assert found[fid]["sentence"] and "{" not in found[fid]["sentence"], fid


def test_every_table_cell_is_traced_to_its_records(report):
    found = tables(report)
    assert set(found) == set(scenario.EXPECTED_TABLES)
    for tid, rows in scenario.EXPECTED_TABLES.items():
        table = found[tid]
        got = {row["label"]: {c: cell["count"] for c, cell in zip(table["columns"], row["cells"], strict=True)
                              if cell["count"]} for row in table["rows"]}
        assert got == rows, tid


def test_series_per_day_and_the_last_fairness_audit(report):
    assert report["unit"] == "day" and report["periods"] == ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"]
    assert figures(report)["suggestions_made"]["series"] == [2, 2, 2, 0]
    assert figures(report)["bias_reviews"]["series"] == [1, 1, 1, 0]
    fairness = next(s for s in report["sections"] if s["id"] == "fairness")
    assert fairness["last"]["verdict"] == "pass" and fairness["last"]["time"].startswith("2026-03-05")
    assert "passed" in fairness["sentence"]
    assert report["records"]["count"] == len(scenario.records()) - 1  # globex's record is not acme's


def test_the_report_is_json_with_ids_and_counts_only(report):
    text = json.dumps(report)
    assert json.loads(text) == report
    for value in ("500", "900", "h1", "regen-1"):  # requester ids, agent ids, draft hashes, event ids
        assert f'"{value}"' not in text


def test_small_numbers_are_only_fewer_than_n():
    report = trust.build(scenario.records(), tenant=scenario.TENANT, min_count=5)
    found = figures(report)
    assert found["suggestions_made"]["display"] == "6"
    assert found["inserted"]["count"] is None and found["inserted"]["display"] == "fewer than 5"
    assert found["inserted"]["percent"]["value"] is None  # 2 of 6 would give the 2 away
    assert found["inserted"]["percent"]["denominator"]["count"] == 6
    assert found["route_ai_assist"]["display"] == "8" and found["route_ai_assist"]["percent"]["value"] == 61.5
    assert found["route_human"]["percent"]["value"] is None and found["route_human"]["percent"]["display"] == (
        "not shown (small numbers)")
    assert found["suggestions_made"]["series"] == [None, None, None, 0]
    assert found["similarity"]["stat"]["median"] is None and found["similarity"]["display"] == "not shown"
    assert found["outcome_unclear"]["display"] == "0"  # zero singles nobody out
    for table in tables(report).values():
        for row in table["rows"]:
            assert all(cell["count"] is None or cell["count"] == 0 or cell["count"] >= 5 for cell in row["cells"])
    assert "fewer than 5" in json.dumps(report)


def test_a_lone_hidden_cell_hides_another_so_totals_cannot_give_it_away():
    assert trust.suppress([7, 2, 9, 0], 5) == [None, None, 9, 0]  # the smallest other count goes too
    assert trust.suppress([7, 2, 3, 9], 5) == [7, None, None, 9]
    assert trust.suppress([7, 9], 5) == [7, 9]


def test_dates_choose_the_bars_and_limit_the_range():
    recs = scenario.records()
    assert trust.build(recs, tenant="acme", since="2026-01-01", until="2026-12-31")["unit"] == "week"
    assert trust.build(recs, tenant="acme", since="2024-01-01", until="2026-12-31")["unit"] == "month"
    exclusive = trust.build(recs, tenant="acme", since="2026-03-02T00:00:00.000000Z", until="2026-03-04T00:00:00.000000Z")
    assert exclusive["periods"] == ["2026-03-02", "2026-03-03"]


def test_an_empty_trail_gives_an_empty_report_not_an_error():
    report = trust.build([], tenant="acme")
    assert report["records"]["count"] == 0 and report["periods"] == []
    assert figures(report)["suggestions_made"]["display"] == "0"
    assert next(s for s in report["sections"] if s["id"] == "fairness")["last"] is None


def test_the_threshold_is_a_tenant_setting():
    from plugin.core import tenant_settings
    from plugin.core.errors import BadRequest
    from plugin.core.tenant import TenantConfig

    assert TenantConfig("acme").report_min_count == 5
    assert tenant_settings.apply(TenantConfig("acme"), {"report_min_count": "10"}).report_min_count == 10
    with pytest.raises(BadRequest):
        tenant_settings.apply(TenantConfig("acme"), {"report_min_count": "0"})


def test_the_scenario_withholds_with_the_guards_own_reason_codes():
    from plugin.core import guards

    withheld = [r for r in scenario.records() if r["action"] == "withheld"]
    assert withheld and all(set(r["detail"]["withheld"]) <= set(guards.REASONS) for r in withheld)
