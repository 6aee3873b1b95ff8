"""One settings object, read from the environment in one place (plugin/settings.py), documented in one table
(docs/configuration.md)."""
from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest

from plugin.settings import Settings, SettingsError

ROOT = Path(__file__).resolve().parents[2]
VARIABLE = re.compile(r"\b(?:CANDOR|ZENDESK|OPENAI|AWS)_[A-Z_]+[A-Z]\b")


def _variables_read_by_settings() -> set[str]:
    text = (ROOT / "plugin" / "settings.py").read_text(encoding="utf-8")
    return set(re.findall(r'"((?:CANDOR|ZENDESK|OPENAI|AWS)_[A-Z_]+)"', text))


def test_every_variable_settings_reads_is_documented_and_nothing_else_is():
    documented = set(VARIABLE.findall((ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")))
    assert _variables_read_by_settings() == documented


# Read by a library itself, never by our code: tldextract's offline switch and cache folder (set in
# zappa_settings.json; plugin/adapters/redaction/engine.py only sets the switch's default before presidio loads it).
LIBRARY_VARIABLES = {"TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "TLDEXTRACT_CACHE"}
ENV_READ = re.compile(r"os\.environ\b(?!\.setdefault)|\bgetenv\(|^\s*from os import [^\n]*\b(?:environ|getenv)\b",
                      re.MULTILINE)


def test_no_other_module_reads_the_environment():
    readers = []
    for folder in ("plugin", "handlers"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if path.name != "settings.py" and ENV_READ.search(text):
                readers.append(str(path.relative_to(ROOT)))
    assert readers == []


def test_every_variable_named_in_the_code_or_the_deployment_is_one_settings_reads():
    """A second name for a setting (the bug that made this file) cannot come back: any CANDOR_/ZENDESK_ name the
    package or zappa_settings.json mentions must be one Settings.from_env reads, and the deployment sets nothing
    else but the library variables above."""
    known = _variables_read_by_settings()
    named = {name for folder in ("plugin", "handlers") for path in (ROOT / folder).rglob("*.py")
             for name in re.findall(r"\b(?:CANDOR|ZENDESK)_[A-Z_]+[A-Z]\b", path.read_text(encoding="utf-8"))}
    assert named - known == set()
    for stage, config in json.loads((ROOT / "zappa_settings.json").read_text(encoding="utf-8")).items():
        assert set(config["environment_variables"]) - known - LIBRARY_VARIABLES == set(), stage


def test_marketplace_headers_come_from_the_documented_names():
    settings = Settings.from_env({"ZENDESK_MARKETPLACE_NAME": "Candor", "ZENDESK_MARKETPLACE_ORG_ID": "12",
                                  "ZENDESK_MARKETPLACE_APP_ID": "99"})
    assert dict(settings.app.api_headers) == {"X-Zendesk-Marketplace-Name": "Candor",
                                              "X-Zendesk-Marketplace-Organization-Id": "12",
                                              "X-Zendesk-Marketplace-App-Id": "99"}


def test_the_old_marketplace_names_still_work_with_a_warning(caplog):
    caplog.set_level(logging.WARNING, logger="candor.settings")
    settings = Settings.from_env({"CANDOR_MARKETPLACE_NAME": "Old", "CANDOR_MARKETPLACE_APP_ID": "1",
                                  "ZENDESK_MARKETPLACE_APP_ID": "2"})
    assert dict(settings.app.api_headers) == {"X-Zendesk-Marketplace-Name": "Old", "X-Zendesk-Marketplace-App-Id": "2"}
    warned = [json.loads(r.getMessage()) for r in caplog.records if r.name == "candor.settings"]
    assert sorted(w["reason"] for w in warned) == ["CANDOR_MARKETPLACE_APP_ID is deprecated, use ZENDESK_MARKETPLACE_APP_ID",
                                                   "CANDOR_MARKETPLACE_NAME is deprecated, use ZENDESK_MARKETPLACE_NAME"]


def test_the_worker_and_the_install_flow_send_the_same_headers(tmp_path):
    from plugin.adapters.memory import InMemorySecretStore, InMemoryTenantDirectory
    from plugin.core.tenant import TenantConfig, TenantSecrets
    from plugin.wiring import Services

    settings = Settings.from_env({"ZENDESK_MARKETPLACE_NAME": "Candor", "ZENDESK_OAUTH_CLIENT_ID": "zdg-c",
                                  "ZENDESK_OAUTH_CLIENT_SECRET": "s"})
    stores = dict.fromkeys(("idempotency", "preferences", "audit", "suggestions", "queue", "cipher"))
    services = Services(settings, tenants=InMemoryTenantDirectory(),
                        secrets=InMemorySecretStore(acme=TenantSecrets("w", zendesk_oauth_token="t")), **stores)
    worker_side = services.helpdesk_for(TenantConfig("acme"))._http._headers
    install_side = services.oauth()._extra
    assert worker_side["X-Zendesk-Marketplace-Name"] == install_side["X-Zendesk-Marketplace-Name"] == "Candor"


@pytest.mark.parametrize(("name", "value"), [("CANDOR_BACKEND", "cloud"), ("CANDOR_DRAFTER", "gpt"),
                                             ("CANDOR_REDACTOR", "none"), ("CANDOR_OPENAI_TIMEOUT", "soon"),
                                             ("CANDOR_SESSION_TTL", "5")])
def test_a_malformed_setting_is_named_in_the_error(name, value):
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: value})


def test_aws_names_the_missing_variable():
    with pytest.raises(SettingsError, match="CANDOR_RESOURCE_PREFIX"):
        Settings.from_env({"CANDOR_BACKEND": "aws"}).aws.required("resource_prefix")
