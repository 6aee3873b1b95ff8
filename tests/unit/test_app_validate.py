"""The local app validator: the shipped app passes; each rule of Zendesk's validator (zendesk_apps_support)
catches its breakage."""
from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from plugin.app_validate import DEFAULT_APP, validate_app


def test_the_shipped_app_is_valid():
    report = validate_app()
    assert report.ok, report.to_dict()
    assert report.to_dict()["errors"] == []


def test_release_mode_refuses_the_repository_placeholders():
    assert validate_app(release=True).rules() == {"candor.release.placeholder_host",
                                                  "candor.release.placeholder_secret"}


@pytest.fixture
def app(tmp_path: Path) -> Path:
    return Path(shutil.copytree(DEFAULT_APP, tmp_path / "app"))


def edit(root: Path, name: str, change: Callable[[dict], object]) -> None:
    path = root / name
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def _param(**fields) -> Callable[[dict], object]:
    return lambda m: m["parameters"].append({"name": "extra", "type": "text", **fields})


MANIFEST_CASES = [
    (lambda m: m.pop("author"), "manifest_keys.missing"),
    (lambda m: m.pop("frameworkVersion"), "manifest_keys.missing"),
    (lambda m: m.update(frameworkVersion="1.0"), "invalid_version"),
    (lambda m: m.update(defaultLocale="english"), "invalid_default_locale"),
    (lambda m: m.update(defaultLocale="fr"), "missing_translation_file"),
    (lambda m: m.update(signedUrls="true"), "unacceptable_boolean"),
    (lambda m: m.update(private=1), "unacceptable_boolean"),
    (lambda m: m.update(domainWhitelist="candor.example.com"), "unacceptable_array_of_strings"),
    (lambda m: m.update(parameters={"name": "x"}), "parameters_not_an_array"),
    (lambda m: m["parameters"].append(dict(m["parameters"][0])), "duplicate_parameters"),
    (_param(name="name"), "name_as_parameter_name"),
    (_param(type="password"), "invalid_type_parameter"),
    (_param(type="hidden", required=True), "invalid_hidden_parameter"),
    (_param(type="oauth", secure=True), "oauth_parameter_cannot_be_secure"),
    (_param(scopes=["header"]), "scopes_require_secure"),
    (_param(secure=True, scopes=["cookie"]), "invalid_scopes"),
    (_param(required="yes"), "unacceptable_boolean"),
    (lambda m: m.update(oauth={"client_id": "x"}), "oauth_keys.missing"),
    (lambda m: m.update(location={"support": {"ticket_sidebarr": "assets/iframe.html"}}), "invalid_location"),
    (lambda m: m.update(location={"supprt": {"ticket_sidebar": "assets/iframe.html"}}), "invalid_host"),
    (lambda m: m.update(location={"support": {"ticket_sidebar": "http://candor.example.com/x"}}),
     "invalid_location_uri"),
    (lambda m: m.update(location={"support": {"ticket_sidebar": "assets/missing.html"}}), "invalid_location_uri"),
    (lambda m: m.update(location={"support": {"ticket_sidebar": "iframe.html"}}), "invalid_location_uri"),
    (lambda m: m["location"]["support"]["ticket_sidebar"].update(flexible="yes"), "invalid_location_flexible_type"),
    (lambda m: m.update(location={}), "manifest_keys.missing"),
    (lambda m: m.update(requirementsOnly=True), "no_location_required"),
    (lambda m: m.update(experiments={"somethingNew": True}), "marketplace.experiments"),
    (lambda m: m.update(termsConditionsURL="not a url"), "invalid_url"),
]


@pytest.mark.parametrize("change, rule", MANIFEST_CASES)
def test_manifest_rules(change, rule, app):
    edit(app, "manifest.json", change)
    assert rule in validate_app(app).rules()


def test_the_admins_nav_bar_page_is_a_valid_location_with_its_icon(app):
    """The trust report's nav_bar page: a location of its own, on the app's host, with the icon Zendesk shows."""
    nav_bar = json.loads((app / "manifest.json").read_text())["location"]["support"]["nav_bar"]
    assert nav_bar["url"].endswith("/zaf/assets/admin.html") and (app / "assets" / "admin.html").is_file()
    assert validate_app(app).ok
    (app / "assets" / "icon_nav_bar.svg").unlink()
    assert "candor.location_icon" in validate_app(app).rules()
    edit(app, "manifest.json", lambda m: m["location"]["support"].pop("nav_bar"))
    assert "candor.location_icon" not in validate_app(app).rules()


def test_a_location_url_may_use_a_setting(app):
    edit(app, "manifest.json", lambda m: m["location"]["support"]["ticket_sidebar"].update(
        url="{{setting.candor_url}}/zaf/assets/iframe.html"))
    assert validate_app(app).ok


def test_duplicate_keys_are_an_error(app):
    text = (app / "manifest.json").read_text()
    (app / "manifest.json").write_text(text.replace('"private": false,', '"private": false, "private": true,'))
    assert validate_app(app).rules() == {"duplicate_keys"}


@pytest.mark.parametrize("warning, change", [
    ("insecure_token_parameter", _param(name="api_token")),
    ("secure_parameters_with_no_scopes", _param(secure=True)),
    ("default_secure_or_hidden_parameter", _param(type="hidden", default="x")),
])
def test_secure_setting_warnings(warning, change, app):
    edit(app, "manifest.json", change)
    report = validate_app(app)
    assert warning in {w.rule for w in report.warnings}


TRANSLATION_CASES = [
    (lambda t: t["app"].pop("long_description"), "translation.missing_required_key"),
    (lambda t: t["app"].pop("installation_instructions"), "translation.missing_required_key"),
    (lambda t: t["app"]["parameters"].pop("candor_app_key"), "translation.parameter_label"),
    (lambda t: t["app"].update(name=""), "translation.empty"),
    (lambda t: t["sidebar"].pop("flag_biased"), "candor.sidebar_strings"),
    (lambda t: t.pop("app"), "translation.missing_required_key"),
]


@pytest.mark.parametrize("change, rule", TRANSLATION_CASES)
def test_translation_rules(change, rule, app):
    edit(app, "translations/en.json", change)
    assert rule in validate_app(app).rules()


def test_a_private_app_needs_only_a_name(app):
    edit(app, "manifest.json", lambda m: m.update(private=True))
    edit(app, "translations/en.json", lambda t: [t["app"].pop(k) for k in ("long_description", "short_description")])
    assert validate_app(app).ok


def test_translation_files_need_locale_names(app):
    (app / "translations" / "english.json").write_text("{}")
    assert "translation.invalid_locale" in validate_app(app).rules()


def _trigger_action(value):
    return lambda r: r["triggers"]["candor_customer_comment"].update(
        actions=[{"field": "notification_webhook", "value": value}])


REQUIREMENT_CASES = [
    (lambda r: r.update(groups={"review": {"name": "Bias & Fairness Review"}}), "invalid_requirements_types"),
    (lambda r: r["ticket_fields"]["candor_ai_disclosure"].pop("title"), "missing_required_fields"),
    (lambda r: r["user_fields"]["candor_ai_opt_out"].pop("key"), "missing_required_fields"),
    (lambda r: r["webhooks"]["candor_webhook"].pop("request_format"), "missing_required_fields"),
    (lambda r: r.update(targets={"t": {"title": "x", "type": "http_target"}}), "invalid_target_type"),
    (lambda r: r["webhooks"]["candor_webhook"].update(signing_secret={"algorithm": "SHA256", "secret": "short"}),
     "candor.signing_secret"),
    (lambda r: r["webhooks"]["candor_webhook"].update(http_method="GET"), "candor.webhook_format"),
    (_trigger_action(["other_webhook", "{\"ticket_id\": \"{{ticket.id}}\"}"]), "candor.trigger_webhook"),
    (_trigger_action(["candor_webhook", "{\"text\": \"{{ticket.latest_comment_html}}\"}"]), "candor.trigger_body"),
    (_trigger_action(["candor_webhook", "{\"ticket_id\": \"{{ticket.id}}\", "
                                        "\"text\": \"{{ticket.latest_comment_html}}\"}"]), "candor.trigger_body"),
    (lambda r: r.update(ticket_fields=[]), "invalid_requirement"),
]


@pytest.mark.parametrize("change, rule", REQUIREMENT_CASES)
def test_requirement_rules(change, rule, app):
    edit(app, "requirements.json", change)
    assert rule in validate_app(app).rules()


def test_too_many_requirements(app):
    edit(app, "requirements.json", lambda r: r.update(
        views={f"v{i}": {"title": f"View {i}"} for i in range(5001)}))
    assert "excessive_requirements" in validate_app(app).rules()


@pytest.mark.parametrize("damage, rule", [
    (lambda a: (a / "assets" / "logo.png").unlink(), "missing_logo"),
    (lambda a: (a / "assets" / "logo-small.png").write_bytes(b"GIF89a"), "invalid_logo"),
    (lambda a: (a / "assets" / "manual.pdf").write_bytes(b"%PDF"), "mime.forbidden_type"),
    (lambda a: (a / "assets" / "link.js").symlink_to(a / "assets" / "sidebar.js"), "symlink_in_zip"),
    (lambda a: (a / "assets" / "sidebar.css").unlink(), "candor.missing_asset"),
    (lambda a: (a / "requirements.json").write_text("{nope"), "not_json"),
    (lambda a: (a / "manifest.json").unlink(), "missing_file"),
])
def test_package_rules(damage, rule, app):
    damage(app)
    assert rule in validate_app(app).rules()


def test_a_release_package_names_one_https_host_and_its_secret(app):
    secret = "s" * 40
    for name in ("manifest.json", "requirements.json"):
        path = app / name
        path.write_text(path.read_text().replace("candor.example.com", "candor.acme.io")
                        .replace("REPLACE-WITH-CANDOR_APP_WEBHOOK_SECRET", secret))
    assert validate_app(app, release=True, webhook_secret=secret).ok
    assert validate_app(app, release=True, webhook_secret="t" * 40).rules() == {"candor.release.secret_mismatch"}
    edit(app, "manifest.json", lambda m: m.update(domainWhitelist=["other.io"]))
    assert "candor.release.hosts" in validate_app(app, release=True).rules()
