"""The ZAF JWT that opens the sidebar: RS256 only, issuer and audience of an installed account, the app's
public key fetched from a (local) Zendesk and cached. Through the verifier and through the endpoints."""
from __future__ import annotations

import re

import pytest

from plugin.adapters.zaf_jwt import ZafExpectation, ZafJwtVerifier, http_key_fetcher
from plugin.core.errors import Unauthorized
from plugin.core.installation import ZAF_KEY
from tests.functional.zaf.support import APP_ID, seed_suggestion
from tests.functional.zaf.zendesk_stub import forged_token, rsa_keypair, zaf_token

KEY_PATH = f"/api/v2/apps/{APP_ID}/public_key.pem"


def _expect(stub, installation_id: str | None = None) -> ZafExpectation:
    return ZafExpectation("acme", stub.base_url + KEY_PATH, installation_id)


def test_a_valid_token_names_the_agent_and_installation(keys, stub):
    identity = ZafJwtVerifier(http_key_fetcher()).verify(zaf_token(keys[0], user_id=42), _expect(stub, "9"))
    assert (identity.subdomain, identity.user_id, identity.installation_id) == ("acme", 42, "9")


@pytest.mark.parametrize("make, why", [
    (lambda k: zaf_token(k[0], exp=1_000_000, iat=999_000), "expired"),
    (lambda k: zaf_token(k[0], aud="https://globex.zendesk.com/api/v2/apps/installations/9.json"), "other account"),
    (lambda k: zaf_token(k[0], aud="https://acme.zendesk.com/api/v2/apps/installations/10.json"), "other install"),
    (lambda k: zaf_token(k[0], aud="https://evil.example/api/v2/apps/installations/9.json"), "not zendesk"),
    (lambda k: zaf_token(k[0], iss="globex.zendesk.com"), "issuer of another account"),
    (lambda k: zaf_token(k[0], sub="someone"), "subject is not a user"),
    (lambda k: zaf_token(k[0], exp=None), "no expiry"),
    (lambda k: zaf_token(rsa_keypair()[0]), "signed by another key"),
    (lambda k: forged_token("HS256", k[1].encode()), "HS256 keyed with the public key"),
    (lambda k: forged_token("none"), "alg none"),
    (lambda k: zaf_token(k[0])[:-6] + "AAAAAA", "tampered signature"),
])
def test_bad_tokens_are_refused(make, why, keys, stub):
    with pytest.raises(Unauthorized):
        ZafJwtVerifier(http_key_fetcher()).verify(make(keys), _expect(stub, "9"))


def test_without_a_pinned_installation_any_installation_of_the_account_is_accepted(keys, stub):
    token = zaf_token(keys[0], installation_id=12345)
    assert ZafJwtVerifier(http_key_fetcher()).verify(token, _expect(stub)).installation_id == "12345"


def test_the_public_key_is_fetched_once_per_ttl(keys, stub):
    now = [1000.0]
    verifier = ZafJwtVerifier(http_key_fetcher(), clock=lambda: now[0], key_ttl=60)
    for _ in range(3):
        verifier.verify(zaf_token(keys[0]), _expect(stub))
    assert len(stub.hits("GET", KEY_PATH)) == 1
    now[0] += 61
    verifier.verify(zaf_token(keys[0]), _expect(stub))
    assert len(stub.hits("GET", KEY_PATH)) == 2


# -- through the endpoints -----------------------------------------------------------------------------
def test_post_session_exchanges_a_zaf_token_for_a_working_session(keys, stub, sidebar_client, sidebar_services):
    seed_suggestion(sidebar_services, "acme")
    response = sidebar_client.post("/zaf/session", json={"token": zaf_token(keys[0], user_id=42)})
    body = response.get_json()
    assert response.status_code == 200 and (body["tenant"], body["user_id"]) == ("acme", 42)
    view = sidebar_client.get("/zaf/api/tickets/101/suggestion", headers={"Authorization": f"Bearer {body['session']}"})
    assert view.status_code == 200 and view.get_json()["suggestion"]["draft"].startswith("Hi Maria")


@pytest.mark.parametrize("make", [
    lambda k: zaf_token(k[0], exp=1_000_000, iat=999_000),
    lambda k: zaf_token(k[0], aud="https://globex.zendesk.com/api/v2/apps/installations/9.json"),
    lambda k: zaf_token(k[0], subdomain="initech"),  # not installed
    lambda k: forged_token("HS256", k[1].encode()),
    lambda k: forged_token("none"),
    lambda k: "not-a-jwt",
])
def test_post_session_refuses_bad_tokens(make, keys, sidebar_client):
    assert sidebar_client.post("/zaf/session", json={"token": make(keys)}).status_code == 401


def test_the_pinned_installation_comes_from_the_tenant_record(keys, sidebar_client, sidebar_services):
    acme = sidebar_services.tenants.get("acme")
    sidebar_services.tenants.put(type(acme)(**{**acme.__dict__, "extra": {ZAF_KEY: {"installation_id": "9"}}}))
    assert sidebar_client.post("/zaf/session", json={"token": zaf_token(keys[0], installation_id=9)}).status_code == 200
    assert sidebar_client.post("/zaf/session", json={"token": zaf_token(keys[0], installation_id=8)}).status_code == 401


def test_the_signed_page_request_gets_a_page_with_a_session(keys, sidebar_client):
    response = sidebar_client.post("/zaf/assets/iframe.html?origin=https%3A%2F%2Facme.zendesk.com&app_guid=x",
                                   data={"token": zaf_token(keys[0])})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    assert "frame-ancestors 'self' https://*.zendesk.com" in response.headers["Content-Security-Policy"]
    session = re.search(r'<meta name="candor-session" content="([^"]*)">', page).group(1)
    api = re.search(r'<meta name="candor-api" content="([^"]*)">', page).group(1)
    assert session and api == "https://candor.test/zaf/api"
    assert sidebar_client.get("/zaf/api/tickets/101/suggestion",
                              headers={"Authorization": f"Bearer {session}"}).status_code == 200


@pytest.mark.parametrize("page", ["iframe.html", "admin.html"])
def test_without_a_public_url_a_forged_host_never_becomes_the_api_address(tmp_path, keys, stub, page):
    """Issue 13 follow-up: without CANDOR_PUBLIC_URL the page built its API address from the request's Host
    header, so `Host: evil.example` sent the agent's fresh session token there. Now it is the same-origin path."""
    from handlers.app import create_app
    from plugin.wiring import build_services
    from tests.functional.zaf.support import add_tenant, make_settings

    services = build_services(make_settings(tmp_path, stub.base_url, CANDOR_PUBLIC_URL=""))
    add_tenant(services, "acme")
    client = create_app(services=services).test_client()
    for method in ("post", "get"):
        response = getattr(client, method)(f"/zaf/assets/{page}", data={"token": zaf_token(keys[0])},
                                           headers={"Host": "evil.example"}, base_url="https://evil.example")
        text = response.get_data(as_text=True)
        api = re.search(r'<meta name="candor-api" content="([^"]*)">', text).group(1)
        assert api == "/zaf/api" and "evil.example" not in text, (method, api)
    assert re.search(r'<meta name="candor-session" content="([^"]+)">', client.post(
        f"/zaf/assets/{page}", data={"token": zaf_token(keys[0])}).get_data(as_text=True))  # still signs in


def test_a_bad_page_request_gets_the_page_without_a_session(keys, sidebar_client):
    response = sidebar_client.post("/zaf/assets/iframe.html", data={"token": forged_token("none")})
    assert response.status_code == 401
    assert '<meta name="candor-session" content="">' in response.get_data(as_text=True)


def test_without_an_app_id_the_sidebar_says_it_is_not_configured(tmp_path, keys, stub):
    from handlers.app import create_app
    from plugin.wiring import build_services
    from tests.functional.zaf.support import add_tenant, make_settings

    services = build_services(make_settings(tmp_path, stub.base_url, CANDOR_ZAF_APP_ID=""))
    add_tenant(services, "acme")
    response = create_app(services=services).test_client().post("/zaf/session", json={"token": zaf_token(keys[0])})
    assert response.status_code == 503 and "CANDOR_ZAF_APP_ID" in response.get_json()["error"]


@pytest.mark.parametrize("claims, why", [
    ({"exp": int(__import__("time").time()) + 3 * 365 * 86400}, "expires three years from now"),
    ({"iat": int(__import__("time").time()) + 3600}, "issued in the future"),
    ({"iat": int(__import__("time").time()) - 3 * 3600, "exp": int(__import__("time").time()) + 60},
     "lives longer than the cap"),
    ({"iat": "yesterday"}, "iat is not a number"),
])
def test_long_lived_or_future_tokens_are_refused(claims, why, keys, stub):
    with pytest.raises(Unauthorized):
        ZafJwtVerifier(http_key_fetcher()).verify(zaf_token(keys[0], **claims), _expect(stub, "9"))


_NOW = int(__import__("time").time())


@pytest.mark.parametrize("claims, why", [
    ({"nbf": _NOW + 3600}, "not valid before an hour from now"),
    ({"iat": True}, "iat is a boolean"),
    ({"iat": float(_NOW + 600)}, "issued in the future, as a float"),
    ({"iat": None}, "iat missing"),
    ({"iat": _NOW + 600, "exp": _NOW + 900}, "short-lived but issued in the future"),
    ({"iat": _NOW - 7200, "exp": _NOW + 60, "nbf": _NOW - 7200}, "lifetime over the cap with an nbf"),
    ({"exp": float("inf")}, "exp infinite"),
])
def test_reviewer_token_variants_are_refused(claims, why, keys, stub):
    """Outside review (issue 13): variants of the lifetime checks the tests above did not try."""
    with pytest.raises(Unauthorized):
        ZafJwtVerifier(http_key_fetcher()).verify(zaf_token(keys[0], **claims), _expect(stub, "9"))
