"""Every number of the trust report traced to the audit records that make it (tests/unit/trust_scenario.py),
and the small-number rules: "fewer than N", no percentage that would give a hidden count away, secondary
suppression in series and tables, medians only over enough values."""
from __future__ import annotations

import json
import re

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
        "share of 13 routing decisions not shown (small numbers)")
    assert found["suggestions_made"]["series"] == [None, None, None, 0]
    assert found["similarity"]["stat"]["median"] is None and found["similarity"]["display"] == "not shown"
    assert found["outcome_unclear"]["display"] == "0"  # zero singles nobody out
    for table in tables(report).values():
        for row in table["rows"]:
            assert all(cell["count"] is None or cell["count"] == 0 or cell["count"] >= 5 for cell in row["cells"])
    assert "fewer than 5" in json.dumps(report)


def _protected(counts: list[int], min_count: int = 5) -> list[int | None]:
    cells = [trust.Cell(n, min_count) for n in counts]
    trust.protect([(cells, trust.Cell(sum(counts), min_count))])
    return [None if c.hidden else c.n for c in cells]


def test_a_lone_hidden_cell_hides_another_so_totals_cannot_give_it_away():
    assert _protected([7, 2, 9, 0]) == [None, None, 9, 0]  # the smallest other count goes too
    assert _protected([7, 2, 3, 9]) == [7, None, None, 9]
    assert _protected([7, 9]) == [7, 9]
    assert _protected([2]) == [None]  # the total is as small: hidden too, nothing to add


def test_a_hidden_total_hides_a_part_so_the_parts_cannot_add_up_to_it():
    parts, total = [trust.Cell(n, 5) for n in (6, 8)], trust.Cell(14, 5)
    total.hidden = True  # hidden by another sum it belongs to
    trust.protect([(parts, total)])
    assert [c.hidden for c in parts] == [True, False]


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


def _random_trail(seed: int) -> list[dict]:
    """Four weeks of a tenant whose traffic is mostly large with a few rare events: the shape that invites
    working a hidden count out from a total."""
    import random

    rng = random.Random(seed)
    out = []
    for ticket in range(1, rng.randint(30, 90)):
        day, lang, channel = rng.randrange(28), rng.choice("en en en de es".split()), rng.choice(("web", "email"))
        roll = rng.random()
        if roll < 0.08:
            out.append(scenario._rec("routed_bias_review", day, ticket, route="bias_review",
                                     characteristics=(rng.choice(("sex", "age", "race")),),
                                     detail={"language": lang, "channel": channel}))
            if rng.random() < 0.8:
                out.append(scenario._rec("bias_review_outcome", day, ticket, route="bias_review",
                                         detail={"outcome": rng.choice(trust.OUTCOMES), "source": "sidebar"}))
        elif roll < 0.15:
            out.append(scenario._rec("routed_human", day, ticket, route="human",
                                     detail={"language": lang, "channel": channel}))
        elif roll < 0.2:
            out.append(scenario._rec("opted_out", day, ticket, route="ai_assist",
                                     detail={"language": lang, "channel": channel}))
        elif roll < 0.23:
            out.append(scenario._ai("ai_unavailable", day, ticket, None, lang, channel, model=None))
        elif roll < 0.26:
            out.append(scenario._ai("withheld", day, ticket, None, lang, channel, ms=900,
                                    extra={"withheld": ["claims to be human"]}))
        else:
            drafted = f"h{ticket}"
            out.append(scenario._ai("suggestion_posted", day, ticket, drafted, lang, channel, ms=900,
                                    model=rng.choice((scenario.GPT, scenario.GPT, "gpt-4o"))))
            action = rng.random()
            if action < 0.6:
                out.append(scenario._agent("agent_action", day, ticket, drafted, agent_action="inserted"))
                out.append(scenario._rec("agent_reply", day, ticket, draft_hash=drafted, minute=50,
                                         detail={"similarity": rng.random(), "comment_id": ticket}))
            elif action < 0.75:
                out.append(scenario._agent("agent_flag", day, ticket, drafted,
                                           flag=rng.choice(("inaccurate", "inaccurate", "unsafe"))))
                if rng.random() < 0.5:
                    out.append(scenario._agent("agent_action", day, ticket, drafted, agent_action="discarded"))
    return out


def _equations(report: dict) -> list[tuple[str, list, object]]:
    """What a reader can add up from the published report alone: (name, parts, total) with None for hidden."""
    found, table = figures(report), tables(report)
    out = []
    for fid, f in found.items():
        if "stat" not in f:
            out.append((f"{fid} by {report['unit']}", f["series"], f["count"]))
    routes = [found[f"route_{r}"] for r in trust.ROUTES]
    out.append(("routes", [f["count"] for f in routes], routes[0]["percent"]["denominator"]["count"]))
    bands = [found[f"reply_{name}"] for name, *_ in trust.SIMILARITY_BANDS]
    compared = found["replies_compared"]
    out.append(("bands", [f["count"] for f in bands], compared["count"]))
    for i, period in enumerate(report["periods"]):
        out.append((f"bands on {period}", [f["series"][i] for f in bands], compared["series"][i]))
    outcomes = [found[f"outcome_{o}"] for o in (*trust.OUTCOMES, "missing")]
    out.append(("outcomes", [f["count"] for f in outcomes], found["bias_reviews"]["count"]))
    for tid in ("routes_by_language", "routes_by_channel"):
        for i, route in enumerate(trust.ROUTES):
            out.append((f"{tid} {route}", [row["cells"][i]["count"] for row in table[tid]["rows"]],
                        found[f"route_{route}"]["count"]))
    out.append(("models", [row["cells"][0]["count"] for row in table["models"]["rows"]], found["requests"]["count"]))
    no_answer = [row["cells"][0]["count"] for row in table["models"]["rows"] if row["label"] == "no answer"]
    out.append(("no answer = errors", no_answer, found["errors"]["count"]))
    requests, asked = found["requests"], [found["suggestions_made"], found["withheld"], found["errors"]]
    out.append(("requests", [f["count"] for f in asked], requests["count"]))
    out.append(("AI-assist route = requests", [found["route_ai_assist"]["count"]], requests["count"]))
    out.append(("AI drafts = requests", [found["withheld"]["percent"]["denominator"]["count"]], requests["count"]))
    for i, period in enumerate(report["periods"]):
        out.append((f"requests on {period}", [f["series"][i] for f in asked], requests["series"][i]))
        out.append((f"AI-assist route on {period}", [found["route_ai_assist"]["series"][i]], requests["series"][i]))
    for row in table["flag_outcomes"]["rows"]:
        cells = [cell["count"] for cell in row["cells"]]
        out.append((f"flags {row['label']}", cells[1:4], cells[0]))
    return out


@pytest.mark.parametrize("seed", range(40))
def test_no_hidden_count_is_a_published_total_minus_shown_parts(seed):
    """A reader who knows every sum the report implies never finds exactly one unknown in one of them."""
    report = trust.build(_random_trail(seed), tenant=scenario.TENANT, min_count=5)
    for name, parts, total in _equations(report):
        assert [*parts, total].count(None) != 1, (name, parts, total)
    for fid, f in figures(report).items():
        if f.get("percent") and f["count"] is None:
            assert f["percent"]["value"] is None and not re.search(r"\([\d.]+% of", f["sentence"]), fid


def test_a_share_of_nothing_says_so_and_a_missing_median_says_why():
    found = figures(trust.build(scenario.records()[:1], tenant=scenario.TENANT, min_count=5))
    assert found["reply_unchanged"]["percent"]["display"] == "of 0 agent replies compared"
    assert found["reply_unchanged"]["sentence"] == "Agent replies that kept at least 90% of the suggestion's wording: 0."
    assert found["similarity"]["sentence"] == "No compared replies yet."
    few = figures(trust.build(scenario.records(), tenant=scenario.TENANT, min_count=5))
    assert few["similarity"]["sentence"] == "Not shown: fewer than 5 compared replies; a median needs at least 5."
