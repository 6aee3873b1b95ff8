import pytest

from plugin.core.errors import BadRequest
from plugin.core.tenant import TenantConfig
from plugin.core.tenant_settings import apply, show


def test_values_are_typed_from_text():
    config = apply(TenantConfig("acme"), {"auto_reply": "yes", "auto_reply_intents": "refund-policy, returns",
                                          "disclosure_field_id": "55", "allowed_offers": "refund",
                                          "bot_question_mode": "auto_reply", "bias_acknowledgement": "none"})
    assert config.auto_reply is True and config.auto_reply_intents == ("refund-policy", "returns")
    assert config.disclosure_field_id == 55 and config.allowed_offers == ("refund",)
    assert config.bot_question_mode == "auto_reply" and config.bias_acknowledgement is None
    assert show(config)["auto_reply_intents"] == ["refund-policy", "returns"]


@pytest.mark.parametrize("changes, message", [
    ({"tenant": "other"}, "not a tenant setting"),
    ({"account_id": "9"}, "not a tenant setting"),
    ({"auto_reply": "perhaps"}, "true or false"),
    ({"drafter": "gpt"}, "one of"),
    ({"allowed_offers": "refund,cash"}, "any of"),
    ({"disclosure_field_id": "abc"}, "numeric id"),
    ({"language": "english!"}, "language code"),
    ({"review_group": ""}, "must not be empty"),
])
def test_bad_settings_are_refused_with_a_reason(changes, message):
    with pytest.raises(BadRequest, match=message):
        apply(TenantConfig("acme"), changes)


@pytest.mark.parametrize("entry", ["javascript:alert(1)", "ftp://x.example", "http://help.example.com",
                                   "https://", "https://user:pw@help.example.com", "data:text/html,hi",
                                   "help example com", "https://help.example.com:99999", "//evil.example",
                                   "https://exa mple.com", "https://-bad-.example"])
def test_url_allow_list_takes_https_hosts_only(entry):
    with pytest.raises(BadRequest, match="url_allow_list"):
        apply(TenantConfig("acme"), {"url_allow_list": [entry]})


@pytest.mark.parametrize("entry", [
    "https://[::1", "https://[help.example.com",  # urlsplit raised ValueError: a 500 from the admin API
    "https://help.example.com\n.evil.example", "help.example.com\t.evil.example",  # urlsplit drops \t\r\n
    "https://203.0.113.7", "198.51.100.1",  # an address, not a named host
])
def test_url_allow_list_refuses_what_an_outside_review_tried(entry):
    """Issue 13 review: a malformed bracket is a 400, not an unhandled ValueError; a line break or tab inside
    the entry is not silently removed to join two hosts into one the admin never wrote; no IP literals."""
    with pytest.raises(BadRequest, match="url_allow_list"):
        apply(TenantConfig("acme"), {"url_allow_list": [entry]})


def test_url_allow_list_keeps_the_hosts_of_https_urls_and_bare_hosts():
    """Stored as lower-case hosts: what the draft guards compare links against."""
    config = apply(TenantConfig("acme"), {"url_allow_list": "https://Help.Example.com/returns, docs.example.org"})
    assert config.url_allow_list == ("help.example.com", "docs.example.org")


def test_update_stores_the_changed_config_and_a_bad_change_stores_nothing():
    from plugin.adapters.memory import InMemoryTenantDirectory
    from plugin.core.tenant_settings import update

    tenants = InMemoryTenantDirectory()
    tenants.put(TenantConfig("acme"))
    assert update(tenants, TenantConfig("acme"), {"auto_reply": "yes"}).auto_reply is True
    assert tenants.get("acme").auto_reply is True
    with pytest.raises(BadRequest):
        update(tenants, tenants.get("acme"), {"auto_reply": "no", "tenant": "other"})
    assert tenants.get("acme").auto_reply is True


def test_the_brand_a_company_signs_with_is_an_optional_setting():
    assert TenantConfig("acme").brand is None
    config = apply(TenantConfig("acme"), {"brand": " Oakline Furniture "})
    assert config.brand == "Oakline Furniture" and show(config)["brand"] == "Oakline Furniture"
    assert apply(config, {"brand": "none"}).brand is None
