"""Property tests of webhook signature verification (core/signature.py): whatever the body, secret and time,
a correct signature passes, and any change to the body, the timestamp or the signature is refused."""
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from plugin.core import signature
from plugin.core.errors import Unauthorized

NOW = 1_764_000_000.0
STAMP = signature.format_timestamp(NOW)
bodies = st.binary(max_size=2048)
secrets = st.text(min_size=1, max_size=64)
FAST = settings(max_examples=300, deadline=None, derandomize=True)


def verify(secret, sig, stamp, body, now=NOW):
    signature.verify([secret], sig, stamp, body, now)


@FAST
@given(body=bodies, secret=secrets, skew=st.integers(-300, 300))
def test_a_correct_signature_passes(body, secret, skew):
    verify(secret, signature.sign(secret, STAMP, body), STAMP, body, NOW + skew)


@st.composite
def changed(draw, original: bytes):
    """`original` with one edit: a byte flipped, inserted or removed, or a chunk appended."""
    kind = draw(st.sampled_from(["flip", "insert", "delete", "append"] if original else ["insert"]))
    if kind == "flip":
        i = draw(st.integers(0, len(original) - 1))
        return original[:i] + bytes([original[i] ^ draw(st.integers(1, 255))]) + original[i + 1:]
    if kind == "insert":
        i = draw(st.integers(0, len(original)))
        return original[:i] + draw(st.binary(min_size=1, max_size=8)) + original[i:]
    if kind == "delete":
        i = draw(st.integers(0, len(original) - 1))
        return original[:i] + original[i + 1:]
    return original + draw(st.binary(min_size=1, max_size=8))


@FAST
@given(data=st.data(), body=bodies, secret=secrets)
def test_any_change_to_the_body_is_refused(data, body, secret):
    sig = signature.sign(secret, STAMP, body)
    tampered = data.draw(changed(body))
    with pytest.raises(Unauthorized):
        verify(secret, sig, STAMP, tampered)


@FAST
@given(data=st.data(), body=bodies, secret=secrets)
def test_any_change_to_the_timestamp_is_refused(data, body, secret):
    sig = signature.sign(secret, STAMP, body)
    stamp = data.draw(changed(STAMP.encode())).decode("latin-1")
    assume(stamp.strip() != STAMP)
    with pytest.raises(Unauthorized):
        verify(secret, sig, stamp, body)


@FAST
@given(data=st.data(), body=bodies, secret=secrets)
def test_any_change_to_the_signature_is_refused(data, body, secret):
    sig = signature.sign(secret, STAMP, body)
    tampered = data.draw(changed(sig.encode())).decode("latin-1")
    assume(tampered.strip() != sig)  # surrounding whitespace is a header-parsing detail, not a change
    with pytest.raises(Unauthorized):
        verify(secret, tampered, STAMP, body)


@FAST
@given(body=bodies, secret=secrets, other=secrets)
def test_another_secret_is_refused(body, secret, other):
    assume(other != secret)
    with pytest.raises(Unauthorized):
        verify(other, signature.sign(secret, STAMP, body), STAMP, body)


@FAST
@given(body=bodies, secret=secrets, skew=st.integers(301, 10**9), sign_=st.sampled_from([-1, 1]))
def test_a_timestamp_outside_the_window_is_refused_even_when_signed(body, secret, skew, sign_):
    stamp = signature.format_timestamp(NOW + sign_ * skew)
    with pytest.raises(Unauthorized):
        verify(secret, signature.sign(secret, stamp, body), stamp, body)


@FAST
@given(body=bodies, secret=secrets, junk=st.text(max_size=100))
def test_garbage_headers_are_refused_never_an_exception_of_another_kind(body, secret, junk):
    assume(junk.strip() != STAMP)
    with pytest.raises(Unauthorized):
        verify(secret, junk or None, junk or None, body)
    with pytest.raises(Unauthorized):
        verify(secret, signature.sign(secret, STAMP, body), junk, body)


ISO_ISH = st.from_regex(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?(Z|[+-]\d{2}:\d{2})?", fullmatch=True)


@FAST
@given(body=bodies, secret=secrets, stamp=ISO_ISH)
def test_timestamps_of_any_shape_and_era_are_refused_cleanly(body, secret, stamp):
    """Years 0000-9999, any offset: an out-of-range date is Unauthorized, not a ValueError or OverflowError."""
    with pytest.raises(Unauthorized):
        verify(secret, signature.sign(secret, stamp, body), stamp, body)
