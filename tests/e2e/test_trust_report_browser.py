"""The trust report in real headless Chromium: the self-contained page (charts drawn, nothing fetched, no
script, prints to PDF) and the admins' nav_bar page of the Zendesk app against the Flask app (admins see the
report; an agent's icon is hidden and the API refuses them even if the page is fooled).

Screenshots in docs/ are these renders: `CANDOR_TRUST_SCREENSHOTS=docs pytest tests/e2e/test_trust_report_browser.py`
(otherwise they go to a temporary folder)."""
from __future__ import annotations

import json
import os
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from handlers.app import create_app
from plugin.adapters.dryrun_helpdesk import DryRunHelpdesk
from plugin.core.installation import install_tenant
from plugin.reports import trust, trust_html
from plugin.wiring import build_services
from tests.e2e.test_sidebar_browser import CHROMIUM, FAKE_ZAF, ZAF_SDK
from tests.functional.zaf.support import make_settings, thread
from tests.functional.zaf.zendesk_stub import ZendeskStub, rsa_keypair, zaf_token
from tests.unit import trust_scenario as scenario

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


def _shots(tmp_path: Path) -> Path:
    return Path(os.environ.get("CANDOR_TRUST_SCREENSHOTS") or tmp_path)


def _open_report(browser, tmp_path, min_count: int):
    report = trust.build(scenario.records(), tenant=scenario.TENANT, min_count=min_count,
                         generated_at="2026-03-06T08:00:00Z")
    path = tmp_path / f"report-{min_count}.html"
    path.write_text(trust_html.render(report), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1180, "height": 900})
    seen = {"requests": [], "errors": []}
    page.on("request", lambda request: seen["requests"].append(request.url))
    page.on("console", lambda message: seen["errors"].append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: seen["errors"].append(str(error)))
    page.goto(path.as_uri(), wait_until="load")
    return page, seen, path


def test_the_report_page_draws_every_figure_and_fetches_nothing(browser, tmp_path):
    page, seen, path = _open_report(browser, tmp_path, min_count=1)
    assert page.title() == "Candor trust report"
    assert seen["requests"] == [path.as_uri()] and seen["errors"] == []
    for fid, (display, _) in scenario.EXPECTED.items():
        assert page.locator(f"#fig-{fid} .value").inner_text() == display, fid
    charts = page.locator("svg.chart")
    assert charts.count() >= 20
    box = page.locator("#fig-suggestions_made svg.chart").bounding_box()
    assert box["width"] > 200 and box["height"] > 40
    assert page.locator("#fig-suggestions_made rect.bar").count() == 4  # one bar per day
    row = page.locator("table[data-table=outcomes_by_characteristic] tr", has_text="sex")
    assert row.locator("td").first.inner_text() == "1"
    page.screenshot(path=str(_shots(tmp_path) / "trust-report.png"), full_page=False)
    page.emulate_media(media="print")
    assert page.pdf(format="A4")[:4] == b"%PDF"


def test_small_numbers_show_as_fewer_than_n_and_hatched_bars(browser, tmp_path):
    page, _, _ = _open_report(browser, tmp_path, min_count=5)
    assert page.locator("#fig-inserted .value").inner_text() == "fewer than 5"
    assert page.locator("#fig-inserted .pct").inner_text() == "share of 6 suggestions made not shown (small numbers)"
    assert page.locator("#fig-suggestions_made rect.hidden").count() == 3
    assert page.locator("#fig-suggestions_made .value").inner_text() == "6"


@pytest.fixture
def world(tmp_path):
    """Zendesk stub (user 7 admin, 8 agent) + acme installed with the scenario's audit trail + the app."""
    from werkzeug.serving import make_server

    private, public = rsa_keypair()
    with ZendeskStub(public) as stub:
        stub.tokens.add("tok")  # the OAuth token install stored: the admin check asks Zendesk for the user's role
        services = build_services(make_settings(tmp_path, stub.base_url, CANDOR_PUBLIC_URL=""),
                                  helpdesk=DryRunHelpdesk([thread(101)]))
        installed = install_tenant(services.tenants, services.secrets, subdomain="acme", oauth_token="tok",
                                   webhook_secret="w" * 32, installation_id="9")
        services.tenants.put(replace(services.tenants.get("acme"), report_min_count=1))
        for record in scenario.records():
            if record["tenant"] == "acme":
                services.audit.append(record)
        server = make_server("127.0.0.1", 0, create_app(services=services), threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        yield {"url": f"http://127.0.0.1:{server.server_port}", "app_key": installed.app_key, "private": private,
               "services": services}
        server.shutdown()


def _open_nav_bar(browser, world, user_id: int, role: str):
    page = browser.new_page(viewport={"width": 1180, "height": 900})
    data = {"currentUser.role": role, "currentUser.locale": "en-US"}
    script = FAKE_ZAF % {"settings": json.dumps({"candor_app_key": world["app_key"]}), "data": json.dumps(data)}
    page.route(ZAF_SDK, lambda route: route.fulfill(status=200, content_type="application/javascript", body=script))
    page.route("https://**", lambda route: route.abort())
    token = zaf_token(world["private"], user_id=user_id)
    action = f"{world['url']}/zaf/assets/admin.html?origin=https%3A%2F%2Facme.zendesk.com&app_guid=test"
    page.set_content(f'<form method="post" action="{action}"><input name="token" value="{token}"></form>'
                     "<script>document.forms[0].submit()</script>")
    page.wait_for_selector("#app[aria-busy=false]", state="attached")
    return page


def test_an_admin_sees_the_report_in_the_app(browser, world, tmp_path):
    page = _open_nav_bar(browser, world, user_id=7, role="admin")
    page.wait_for_selector("#section-bias_reviews")
    assert page.locator("[data-figure=outcome_substantiated] .value").inner_text() == "1"
    assert page.locator("[data-figure=first_reply_hours] .value").inner_text() == "3.5 h"
    assert page.locator(".figure").count() == len(scenario.EXPECTED)
    assert page.locator("[data-figure=suggestions_made] .bars span").count() == 4
    assert page.evaluate("window.__zaf.answered")[0]["status"] == 200
    page.evaluate("document.getElementById('section-bias_reviews').scrollIntoView()")
    page.screenshot(path=str(_shots(tmp_path) / "trust-report-app.png"), full_page=False)


def test_an_admin_sees_the_help_center_index_per_locale_with_the_last_sync_and_error(browser, world, tmp_path):
    from plugin.adapters.zendesk_help_center import DYNAMIC_CONTENT_UNREADABLE
    from plugin.core.knowledge import KbDocument, KbSnapshot, KbStatus

    doc = KbDocument("1@es", "article", "1", "es", "Reembolsos", "Texto.")
    status = KbStatus("acme", last_attempt=1_800_003_600.0, last_success=1_800_000_000.0,
                      error="ZendeskHttpError: GET /api/v2/help_center/incremental/articles: 429",
                      articles={"en-us": 12, "es": 11}, internal=1, macros=2,
                      warnings=(DYNAMIC_CONTENT_UNREADABLE.format(status=403),))
    world["services"].knowledge.store.save("acme", KbSnapshot(documents=(doc,), synced_at=1.0), status)
    page = _open_nav_bar(browser, world, user_id=7, role="admin")
    page.wait_for_selector("table[data-table=kb_locales]")
    rows = page.locator("table[data-table=kb_locales] tr")
    assert [rows.nth(i).inner_text().split() for i in (1, 2)] == [["en-us", "12"], ["es", "11"]]
    assert page.locator("[data-kb=macros] dd").inner_text() == "2"
    assert page.locator("[data-kb=internal] dd").inner_text() == "1"
    assert page.locator("[data-kb=last_success] dd").inner_text() == "2027-01-15 08:00 UTC"
    assert "429" in page.locator(".kb-error").inner_text()
    assert "dynamic content not readable (403)" in page.locator(".kb-warning").inner_text()
    assert "your own Help Center" in page.locator("#kb .sentence").inner_text()
    page.evaluate("document.getElementById('kb').scrollIntoView()")
    page.screenshot(path=str(_shots(tmp_path) / "kb-index-app.png"), full_page=False)


def test_an_agent_never_gets_the_report(browser, world):
    page = _open_nav_bar(browser, world, user_id=8, role="agent")
    assert any(call["name"] == "hide" for call in page.evaluate("window.__zaf.invoked"))
    assert page.evaluate("window.__zaf.requests") == []
    assert "Only Zendesk admins" in page.locator("#status").inner_text()
    # a page fooled into thinking the agent is an admin still gets nothing: the API checks the role itself
    fooled = _open_nav_bar(browser, world, user_id=8, role="admin")
    assert fooled.evaluate("window.__zaf.answered")[0]["status"] == 403
    assert fooled.locator(".figure").count() == 0 and "Only Zendesk admins" in fooled.locator("#status").inner_text()
    assert fooled.locator("table[data-table=kb_locales]").count() == 0
