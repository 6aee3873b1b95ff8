import pytest

from plugin.core import signature
from plugin.core.errors import Unauthorized

TEST_SECRET = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ=="  # Zendesk's static test secret
STAMP = "2021-03-25T05:09:27Z"
NOW = signature.parse_timestamp(STAMP)


def test_known_vector_timestamp_then_body():
    # Vector computed from Zendesk's documented formula base64(HMACSHA256(TIMESTAMP + BODY)) with the
    # test secret used as a raw string
    # (https://developer.zendesk.com/documentation/webhooks/verifying/).
    assert signature.sign(TEST_SECRET, STAMP, b'{"ticket_id":"123"}') == "YmkQCnSLfGdf5pcvqNFcuOtUpzUb/ss09fM0NCi/wvw="


def test_valid_signature_passes():
    body = b'{"ticket_id":"123"}'
    signature.verify([TEST_SECRET], signature.sign(TEST_SECRET, STAMP, body), STAMP, body, NOW + 10)


@pytest.mark.parametrize("mutate", [
    lambda sig, ts, body: (sig, ts, body + b" "),
    lambda sig, ts, body: (sig, "2021-03-25T05:09:28Z", body),
    lambda sig, ts, body: (sig[:-2] + "A=", ts, body),
    lambda sig, ts, body: ("", ts, body),
    lambda sig, ts, body: (sig, "", body),
])
def test_any_change_is_rejected(mutate):
    body = b'{"ticket_id":"123"}'
    sig, ts, body2 = mutate(signature.sign(TEST_SECRET, STAMP, body), STAMP, body)
    with pytest.raises(Unauthorized):
        signature.verify([TEST_SECRET], sig, ts, body2, NOW)


@pytest.mark.parametrize("skew", [301, -301, 3600])
def test_replay_window(skew):
    body = b"{}"
    with pytest.raises(Unauthorized):
        signature.verify([TEST_SECRET], signature.sign(TEST_SECRET, STAMP, body), STAMP, body, NOW + skew)


def test_rotated_secrets_both_accepted():
    body = b"{}"
    signature.verify(["old", "new"], signature.sign("new", STAMP, body), STAMP, body, NOW)
    with pytest.raises(Unauthorized):
        signature.verify(["old"], signature.sign("new", STAMP, body), STAMP, body, NOW)


def test_malformed_timestamp_is_unauthorized():
    with pytest.raises(Unauthorized):
        signature.verify(["s"], "x", "yesterday", b"{}", NOW)
