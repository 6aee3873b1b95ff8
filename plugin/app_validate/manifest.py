"""manifest.json rules (zendesk_apps_support validations/manifest.rb, manifest/parameter.rb,
validations/secure_settings.rb, location.rb;
https://developer.zendesk.com/documentation/apps/app-developer-guide/manifest/)."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from .common import Report, is_bool

F = "manifest.json"
FRAMEWORK_VERSIONS = ("2.0",)  # AppVersion::TO_BE_SERVED
LOCALE = re.compile(r"^[a-z]{2,3}(-\w{2,3})?$")
BOOLEANS = ("requirementsOnly", "marketingOnly", "singleInstall", "signedUrls", "private")
STRINGS = ("defaultLocale", "version", "frameworkVersion", "remoteInstallationURL", "termsConditionsURL", "gaID")
PARAMETER_TYPES = ("text", "checkbox", "url", "number", "multiline", "hidden", "oauth", "mtls")
SECURE_SCOPES = ("header", "body", "url", "jwt_secret_key", "jwt_claim", "basic_auth_username",
                 "basic_auth_password")
SECURABLE = re.compile(r"token|key|pwd|password", re.IGNORECASE)
OAUTH_FIELDS = ("client_id", "client_secret", "authorize_uri", "access_token_uri")
LOCATIONS = {
    "support": {"top_bar", "nav_bar", "ticket_sidebar", "new_ticket_sidebar", "user_sidebar", "organization_sidebar",
                "background", "modal", "ticket_editor", "system_top_bar", "ticket_module"},
    "chat": {"chat_sidebar", "background"},
}
MARKETPLACE_EXPERIMENTS = ("hashParams", "newCssCompiler")
# An app in the top bar, nav bar or ticket editor has an icon the user clicks to open it, an SVG in
# assets/icon_<location>.svg (https://developer.zendesk.com/apps/docs/developer-guide/styling, "Top bar, nav bar,
# and ticket editor icon"). ZAS leaves a missing icon out quietly (package.rb location_icons): a candor.* check.
ICON_LOCATIONS = ("nav_bar", "top_bar", "ticket_editor")


def check_manifest(root: Path, m: dict, report: Report) -> None:
    banned = m.get("requirementsOnly") is True or m.get("marketingOnly") is True
    for key in ("author", "defaultLocale"):
        if m.get(key) is None:
            report.error(F, "manifest_keys.missing", f"missing key: {key}")
    _types(m, report)
    _locale(root, m, report)
    _urls(m, report)
    _parameters(m, report)
    if banned:
        if m.get("location"):
            report.error(F, "no_location_required", "requirementsOnly/marketingOnly apps may not have a location")
        if m.get("frameworkVersion") is not None:
            report.error(F, "no_framework_version_required", "requirementsOnly/marketingOnly apps may not set frameworkVersion")
        return
    if m.get("frameworkVersion") is None:
        report.error(F, "manifest_keys.missing", "missing key: frameworkVersion")
    elif m["frameworkVersion"] not in FRAMEWORK_VERSIONS:
        report.error(F, "invalid_version", f"frameworkVersion must be one of {FRAMEWORK_VERSIONS}")
    _locations(root, m, report)


def _types(m: dict, report: Report) -> None:
    for key in BOOLEANS:
        if key in m and not is_bool(m[key]):
            report.error(F, "unacceptable_boolean", f"{key} must be true or false")
    for key in STRINGS:
        if m.get(key) is not None and not isinstance(m[key], str):
            report.error(F, "unacceptable_string", f"{key} must be a string")
    author = m.get("author")
    if author is not None and not isinstance(author, dict):
        report.error(F, "unacceptable_string", "author must be an object with name, email and url")
    elif author:
        for key in ("name", "email", "url"):
            if author.get(key) is not None and not isinstance(author[key], str):
                report.error(F, "unacceptable_string", f"author {key} must be a string")
    whitelist = m.get("domainWhitelist")
    if whitelist is not None and not (isinstance(whitelist, list) and all(isinstance(d, str) for d in whitelist)):
        report.error(F, "unacceptable_array_of_strings", "domainWhitelist must be an array of strings")
    experiments = m.get("experiments", {})
    if not isinstance(experiments, dict):
        report.error(F, "unacceptable_hash", "experiments must be an object")
    elif set(experiments) - set(MARKETPLACE_EXPERIMENTS):
        report.error(F, "marketplace.experiments", f"only these experiments are allowed: {MARKETPLACE_EXPERIMENTS}")


def _locale(root: Path, m: dict, report: Report) -> None:
    locale = m.get("defaultLocale")
    if not isinstance(locale, str):
        return
    if not LOCALE.match(locale):
        report.error(F, "invalid_default_locale", f"defaultLocale {locale!r} is not a locale such as 'en' or 'pt-br'")
    elif not (root / "translations" / f"{locale}.json").is_file():
        report.error(F, "missing_translation_file", f"translations/{locale}.json is missing")


def _valid_url(value: object) -> bool:
    parts = urlsplit(value) if isinstance(value, str) else None
    return bool(parts and parts.scheme in ("http", "https") and parts.netloc)


def _urls(m: dict, report: Report) -> None:
    if m.get("termsConditionsURL") is not None and not _valid_url(m["termsConditionsURL"]):
        report.error(F, "invalid_url", "termsConditionsURL must be an http(s) URL")
    author = m.get("author")
    if isinstance(author, dict) and author.get("url") is not None and not _valid_url(author["url"]):
        report.error(F, "invalid_url", "author url must be an http(s) URL")


def _parameters(m: dict, report: Report) -> None:
    params = m.get("parameters", [])
    if not isinstance(params, list) or not all(isinstance(p, dict) for p in params):
        report.error(F, "parameters_not_an_array", "parameters must be an array of objects")
        return
    names = [p.get("name") for p in params]
    duplicates = sorted({n for n in names if names.count(n) > 1 and isinstance(n, str)})
    if duplicates:
        report.error(F, "duplicate_parameters", f"duplicate parameters: {', '.join(duplicates)}")
    if "name" in names:
        report.error(F, "name_as_parameter_name", "a parameter may not be called 'name'")
    if sum(1 for p in params if p.get("type") == "oauth") > 1:
        report.error(F, "too_many_oauth_parameters", "at most one oauth parameter")
    for p in params:
        _parameter(p, report)
    if m.get("oauth") is not None:
        missing = [k for k in OAUTH_FIELDS if not (m["oauth"] or {}).get(k)]
        if missing:
            report.error(F, "oauth_keys.missing", f"oauth is missing: {', '.join(missing)}")
        if not any(p.get("type") == "oauth" for p in params):
            report.error(F, "oauth_parameter_required", "an oauth block needs a parameter of type oauth")


def _parameter(p: dict, report: Report) -> None:
    name, kind = p.get("name", "?"), p.get("type", "text")
    if not isinstance(p.get("name"), str) or not p["name"]:
        report.error(F, "parameter_name", "every parameter needs a name")
    if kind not in PARAMETER_TYPES:
        report.error(F, "invalid_type_parameter", f"parameter {name}: type {kind!r} is not one of {PARAMETER_TYPES}")
    for flag in ("required", "secure"):
        if flag in p and not is_bool(p[flag]):
            report.error(F, "unacceptable_boolean", f"parameters.{name}.{flag} must be true or false")
    if kind == "hidden" and p.get("required") is True:
        report.error(F, "invalid_hidden_parameter", f"hidden parameter {name} cannot be required")
    if kind == "oauth" and p.get("secure") is True:
        report.error(F, "oauth_parameter_cannot_be_secure", f"oauth parameter {name} cannot be secure")
    scopes = p.get("scopes")
    if scopes is not None:
        if p.get("secure") is not True:
            report.error(F, "scopes_require_secure", f"parameter {name}: scopes are only allowed on secure parameters")
        elif not isinstance(scopes, list) or set(scopes) - set(SECURE_SCOPES):
            report.error(F, "invalid_scopes", f"parameter {name}: scopes must be a subset of {SECURE_SCOPES}")
    if kind in ("text", "password") and SECURABLE.search(str(name)) and p.get("secure") is not True:
        report.warn(F, "insecure_token_parameter", f"parameter {name} looks like a secret but is not secure")
    if "default" in p and (p.get("secure") is True or kind == "hidden"):
        report.warn(F, "default_secure_or_hidden_parameter", f"parameter {name}: secure/hidden with a default")
    if p.get("secure") is True and not scopes:
        report.warn(F, "secure_parameters_with_no_scopes", f"secure parameter {name} has no scopes")


def _locations(root: Path, m: dict, report: Report) -> None:
    location = m.get("location")
    if not isinstance(location, dict) or not location:
        report.error(F, "manifest_keys.missing", "missing key: location")
        return
    for product, places in location.items():
        known = LOCATIONS.get(product)
        if known is None or not isinstance(places, dict):
            report.error(F, "invalid_host", f"unknown product {product!r} in location")
            continue
        for place, options in places.items():
            if place not in known:
                report.error(F, "invalid_location", f"{product}.{place} is not a location of {product}")
            options = {"url": options} if isinstance(options, str) else options
            if not isinstance(options, dict):
                report.error(F, "invalid_location", f"{product}.{place} must be a URL or an object")
                continue
            _location_options(root, f"{product}.{place}", options, report)
            if product == "support" and place in ICON_LOCATIONS and not (root / "assets" / f"icon_{place}.svg").is_file():
                report.error(F, "candor.location_icon", f"{product}.{place} needs assets/icon_{place}.svg")


def _location_options(root: Path, where: str, options: dict, report: Report) -> None:
    url = options.get("url")
    if isinstance(url, str) and url:
        if "{{setting." not in url:
            parts = urlsplit(url)
            if parts.scheme:
                if not (parts.scheme == "https" or parts.hostname == "localhost"):
                    report.error(F, "invalid_location_uri", f"{where}: {url} must be https (or localhost)")
            elif not (parts.path.startswith("assets/") and (root / parts.path).is_file()):
                report.error(F, "invalid_location_uri", f"{where}: {url} must be a file under assets/")
    elif options.get("autoLoad", True) is not False:
        report.error(F, "blank_location_uri", f"{where} has no url")
    for flag in ("flexible", "signed", "autoLoad", "autoHide"):
        if flag in options and not is_bool(options[flag]):
            report.error(F, "invalid_location_flexible_type", f"{where}.{flag} must be true or false")
