"""Our own signed tokens (sidebar session, OAuth state): expiry, tampering, purpose separation, key size."""
from __future__ import annotations

import pytest

from plugin.adapters.itsdangerous_signer import ItsdangerousTokenSigner
from plugin.core.errors import Unauthorized
from plugin.core.session import SESSION_PURPOSE, STATE_PURPOSE, bearer, issue_session, read_session

KEY = b"k" * 32


def signer(now: float = 1000.0) -> ItsdangerousTokenSigner:
    return ItsdangerousTokenSigner(KEY, lambda: now)


def test_a_session_round_trips_until_it_expires():
    token = issue_session(signer(1000), "acme", 7, 60)
    assert read_session(signer(1059), token).tenant == "acme"
    assert read_session(signer(1059), token).user_id == 7
    with pytest.raises(Unauthorized):
        read_session(signer(1060), token)


def test_a_token_for_one_purpose_is_refused_for_another():
    state = signer().sign(STATE_PURPOSE, {"t": "acme", "u": 7}, 60)
    with pytest.raises(Unauthorized):
        read_session(signer(), state)
    with pytest.raises(Unauthorized):
        signer().verify(STATE_PURPOSE, issue_session(signer(), "acme", 7, 60))


@pytest.mark.parametrize("mutate", [
    lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),
    lambda t: "e30" + t[3:],
    lambda t: t.replace(".", ""),
    lambda t: t + ".x",
    lambda t: "",
    lambda t: "x" * 5000,
])
def test_tampered_tokens_are_refused(mutate):
    with pytest.raises(Unauthorized):
        read_session(signer(), mutate(issue_session(signer(), "acme", 7, 60)))


def test_another_key_is_refused():
    token = issue_session(signer(), "acme", 7, 60)
    with pytest.raises(Unauthorized):
        read_session(ItsdangerousTokenSigner(b"j" * 32, lambda: 1000.0), token)
    assert signer().verify(SESSION_PURPOSE, token)["t"] == "acme"


def test_short_keys_are_rejected():
    with pytest.raises(ValueError):
        ItsdangerousTokenSigner(b"short", lambda: 0.0)


@pytest.mark.parametrize("header, token", [("Bearer abc", "abc"), ("bearer  abc ", "abc"), ("Basic abc", None),
                                           ("Bearer", None), (None, None), ("", None)])
def test_bearer(header, token):
    assert bearer(header) == token
