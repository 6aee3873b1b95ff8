"""The fairness report renders in headless Chromium: charts drawn, pairs side by side, nothing fetched, no
script run (not even one smuggled in through a ticket)."""
from __future__ import annotations

import os

import pytest

from plugin.fairness import html
from tests.unit.test_fairness_report import biased_report, fair_report

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]

pytestmark = [pytest.mark.e2e,
              pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="chromium is not installed (apt-get install "
                                                                      "-y chromium)")]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


def _open(browser, tmp_path, report):
    path = tmp_path / "report.html"
    path.write_text(html.render(report), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    seen = {"requests": [], "errors": [], "dialogs": []}
    page.on("request", lambda request: seen["requests"].append(request.url))
    page.on("console", lambda message: seen["errors"].append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: seen["errors"].append(str(error)))
    page.on("dialog", lambda dialog: (seen["dialogs"].append(dialog.message), dialog.dismiss()))
    page.goto(path.as_uri(), wait_until="load")
    return page, seen


def test_failed_report_renders_charts_and_pairs_and_fetches_nothing(browser, tmp_path):
    page, seen = _open(browser, tmp_path, biased_report())
    assert page.title() == "Candor fairness audit"
    assert page.locator("header.fail .verdict").inner_text().startswith("FAILED")
    assert seen["requests"] == [(tmp_path / "report.html").as_uri()]  # no CDN, no font, no image
    assert seen["errors"] == [] and seen["dialogs"] == []  # the <script> from the ticket stayed text
    assert "<script>alert(1)</script>" in page.locator("body").inner_text()

    open_charts = page.locator("details[open] svg.chart")
    assert open_charts.count() >= 2  # dimensions with a finding are open
    box = open_charts.first.bounding_box()
    assert box["width"] > 300 and box["height"] > 60
    assert open_charts.first.locator("circle").count() > 0  # a dot per group and metric

    sides = page.locator(".pair").first.locator(".side")
    left, right = sides.nth(0).bounding_box(), sides.nth(1).bounding_box()
    assert abs(left["y"] - right["y"]) < 1 and right["x"] > left["x"] + left["width"] - 1  # side by side

    rows = page.locator("table").first.locator("tr")
    assert rows.count() > 1 and "exceeds" in rows.nth(1).inner_text()
    page.close()


def test_passed_report_renders_green(browser, tmp_path):
    page, seen = _open(browser, tmp_path, fair_report())
    header = page.locator("header")
    assert header.get_attribute("class") == "pass"
    colour = header.evaluate("el => getComputedStyle(el).borderBottomColor")
    assert colour == "rgb(18, 183, 106)"
    assert page.locator("details").count() >= 4 and page.locator("details[open]").count() == 0
    page.locator("details summary").first.click()  # a closed section opens without any script
    assert page.locator("details[open] svg.chart").first.is_visible()
    assert seen["errors"] == []
    page.close()
