"""The agents' sidebar in real headless Chromium (Debian's, driven by Playwright).

Zendesk's part is played by: a local Zendesk stub serving the app's public key, a form POST carrying a
ZAF JWT signed with the stub's key (what Zendesk does for `signedUrls`), and a stand-in for the ZAF SDK
(the CDN script is replaced through page.route) that records invoke/request calls and, like Zendesk's
proxy, fills in the secure setting before sending a request on to the Flask app on 127.0.0.1.
The README's docs/sidebar.png is this render: `CANDOR_SIDEBAR_SCREENSHOT=docs/sidebar.png pytest
tests/e2e/test_sidebar_browser.py -k screenshot` (otherwise the screenshot goes to a temporary folder).
"""
from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from handlers.app import create_app
from plugin.adapters.dryrun_helpdesk import DryRunHelpdesk
from plugin.core import disclosure
from plugin.core.installation import install_tenant
from plugin.wiring import build_services
from tests.functional.zaf.support import make_settings, seed_suggestion, thread
from tests.functional.zaf.zendesk_stub import ZendeskStub, rsa_keypair, zaf_token

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
ZAF_SDK = "https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"
SCREENSHOT_DRAFT = ("Hi {person},\n\nThank you for your patience. Your refund was issued today; it usually "
                    "reaches your card within 5-10 business days. You will get a confirmation e-mail once it "
                    "has been processed.\n\nIf it has not arrived by then, reply here and we will check with "
                    "the bank for you.")
FAKE_ZAF = """
window.__zaf = {invoked: [], requests: [], answered: [], handlers: {}, settings: %(settings)s, data: %(data)s};
window.ZAFClient = {init: function () {
  var z = window.__zaf;
  return {
    get: function (paths) {
      var out = {};
      [].concat(paths).forEach(function (p) { out[p] = z.data[p]; });
      return Promise.resolve(out);
    },
    invoke: function (name) {
      var args = Array.prototype.slice.call(arguments, 1);
      z.invoked.push({name: name, args: args});
      if (name === "ticket.editor.insert") { z.data["ticket.comment.text"] += args[0]; }
      return Promise.resolve({});
    },
    on: function (event, handler) { z.handlers[event] = handler; },
    metadata: function () { return Promise.resolve({settings: {}}); },
    request: function (options) {
      z.requests.push(JSON.parse(JSON.stringify(options)));
      var headers = {"Content-Type": options.contentType || "application/json"};
      Object.keys(options.headers || {}).forEach(function (k) {
        headers[k] = String(options.headers[k]).replace(/\\{\\{setting\\.(\\w+)\\}\\}/g, function (m, name) {
          return options.secure ? (z.settings[name] || "") : m;   /* what Zendesk's proxy does */
        });
      });
      return fetch(options.url, {method: options.type || "GET", headers: headers, body: options.data})
        .then(function (r) { return r.text().then(function (text) {
          var body = text ? JSON.parse(text) : null;
          z.answered.push({url: options.url, status: r.status});
          if (!r.ok) { throw {status: r.status, responseJSON: body}; }
          return body;
        }); });
    }
  };
}};
"""


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
        yield browser
        browser.close()


@pytest.fixture
def world(tmp_path):
    """Zendesk stub + services with tenant acme (installed, app key set) + the Flask app on a real port."""
    from werkzeug.serving import make_server

    private, public = rsa_keypair()
    with ZendeskStub(public) as stub:
        helpdesk = DryRunHelpdesk([thread(101)])
        services = build_services(make_settings(tmp_path, stub.base_url, CANDOR_PUBLIC_URL=""), helpdesk=helpdesk)
        installed = install_tenant(services.tenants, services.secrets, subdomain="acme", oauth_token="tok",
                                   webhook_secret="w" * 32, installation_id="9")
        record = seed_suggestion(services, "acme", name="Maria")
        server = make_server("127.0.0.1", 0, create_app(services=services), threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        yield {"url": f"http://127.0.0.1:{server.server_port}", "services": services, "helpdesk": helpdesk,
               "app_key": installed.app_key, "token": zaf_token(private, user_id=7), "record": record}
        server.shutdown()


def open_sidebar(browser, world, locale: str = "es", rich_text: bool = False):
    page = browser.new_page(viewport={"width": 360, "height": 980})
    data = {"ticket.id": 101, "ticket.requester.locale": locale, "currentUser.locale": "en-US",
            "ticket.comment.text": "", "ticket.comment.useRichText": rich_text}
    script = FAKE_ZAF % {"settings": json.dumps({"candor_app_key": world["app_key"]}), "data": json.dumps(data)}
    page.route(ZAF_SDK, lambda route: route.fulfill(status=200, content_type="application/javascript", body=script))
    page.route("https://**", lambda route: route.abort())  # nothing else leaves the machine
    action = f"{world['url']}/zaf/assets/iframe.html?origin=https%3A%2F%2Facme.zendesk.com&app_guid=test"
    page.set_content(f'<form method="post" action="{action}"><input name="token" value="{world["token"]}"></form>'
                     "<script>document.forms[0].submit()</script>")
    page.wait_for_selector("#draft:has-text('Hi Maria')")
    return page


def zaf(page) -> dict:
    return page.evaluate("JSON.parse(JSON.stringify(window.__zaf))")


def test_the_sidebar_shows_the_suggestion_with_its_label_privacy_sources_and_route(browser, world):
    page = open_sidebar(browser, world)
    assert page.inner_text("#draft") == "Hi Maria, your refund was sent today."
    assert "AI-generated suggestion" in page.inner_text(".ai-label")
    assert page.inner_text("#hidden-text") == "Hidden from the AI: 1 name, 1 card number"
    assert page.get_attribute("#sources a", "href") == "https://help.example.com/refunds"
    assert page.inner_text("#route-text").startswith("AI assist")
    for button in page.query_selector_all("button"):
        assert button.inner_text().strip()  # every control has a visible, translated name
    requests = zaf(page)["requests"]
    assert requests[0]["url"] == f"{world['url']}/zaf/api/tickets/101/suggestion?locale=es"
    assert requests[0]["headers"]["X-Candor-App-Key"] == "{{setting.candor_app_key}}"  # never in the page
    assert requests[0]["secure"] is True
    page.close()


def test_screenshot_for_the_readme(browser, world, tmp_path):
    seed_suggestion(world["services"], "acme", name="Maria", template=SCREENSHOT_DRAFT)
    page = open_sidebar(browser, world, locale="en")
    page.set_viewport_size({"width": 360, "height": 400})
    target = Path(os.environ.get("CANDOR_SIDEBAR_SCREENSHOT") or tmp_path / "sidebar.png")
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 10_000
    page.close()


def test_insert_puts_the_suggestion_and_the_disclosure_into_the_editor(browser, world):
    page = open_sidebar(browser, world, locale="es")
    page.click("#insert")
    page.wait_for_selector("#status:has-text('Inserted')")
    footer, version = disclosure.customer_footer("es")
    inserts = [c for c in zaf(page)["invoked"] if c["name"] == "ticket.editor.insert"]
    assert [c["args"][0] for c in inserts] == [f"Hi Maria, your refund was sent today.\n\n{footer}"]
    ticket = world["helpdesk"].thread(101).ticket
    assert "ai_disclosed" in ticket.tags
    page.evaluate("window.__zaf.handlers['ticket.save']()")  # the agent submits the reply unchanged
    page.wait_for_function("() => window.__zaf.answered.filter(a => a.url.endsWith('/actions')).length === 2")
    audit = world["services"].audit.query("acme")
    assert [e["detail"]["agent_action"] for e in audit] == ["inserted", "sent_as_is"]
    assert audit[0]["disclosure_version"] == version
    page.close()


def test_the_rich_text_composer_gets_html_line_breaks(browser, world):
    seed_suggestion(world["services"], "acme", name="Maria", template="Hi {person},\nit is <on its way> & paid.")
    page = open_sidebar(browser, world, locale="en", rich_text=True)
    page.click("#insert")
    page.wait_for_selector("#status:has-text('Inserted')")
    (insert,) = [c["args"][0] for c in zaf(page)["invoked"] if c["name"] == "ticket.editor.insert"]
    footer = disclosure.customer_footer("en")[0].replace("\n", "<br>").replace('"', "&quot;")
    assert insert == f"Hi Maria,<br>it is &lt;on its way&gt; &amp; paid.<br><br>{footer}"
    page.close()


def test_a_biased_flag_from_the_keyboard_posts_feedback_and_alerts_the_review_group(browser, world):
    page = open_sidebar(browser, world)
    page.focus("button[data-kind='biased']")
    page.keyboard.press("Enter")
    page.wait_for_selector("#status:has-text('Bias & Fairness Review')")
    flags = [r for r in zaf(page)["requests"] if r["url"].endswith("/flags")]
    assert [json.loads(r["data"]) for r in flags] == [{"kind": "biased", "suggestion_id": world["record"]["id"]}]
    (entry,) = [e for e in world["services"].audit.query("acme") if e["action"] == "agent_flag"]
    assert entry["detail"]["flag"] == "biased" and entry["detail"]["alerted"] is True
    assert "bias_review" in world["helpdesk"].thread(101).ticket.tags
    assert page.is_disabled("button[data-kind='biased']")  # flagged once
    page.close()


def test_without_zendesks_signed_request_the_page_says_so(browser, world):
    page = browser.new_page()
    page.route(ZAF_SDK, lambda route: route.fulfill(status=200, content_type="application/javascript", body=""))
    page.goto(f"{world['url']}/zaf/assets/iframe.html")
    page.wait_for_selector("#status:has-text('not connected')")
    assert page.is_hidden("#suggestion")
    page.close()

