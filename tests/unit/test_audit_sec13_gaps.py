"""Gaps an audit of issue 13 found (branch a-sec13). Strict xfails: each flips to a failure once fixed, so the
marker must then be removed."""
import pytest

from plugin.adapters.tldextract_suffixes import TldextractSuffixes
from plugin.core.guards import check_draft
from plugin.core.tenant_settings import BadRequest, allowed_host
from tests import hostile_drafts

SUFFIXES = TldextractSuffixes()
GAP = "issue 13 audit: phone numbers said in number words or with double/triple pass the 7+ digit rule"

# 7+ digit phone numbers as people say them: pairs of number words (the usual French way), tens, multipliers
SPOKEN_PHONES = [
    "Appelez-nous au zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.",
    "Appelez-nous au zéro un quarante-deux soixante-huit cinquante-trois zéro zéro.",
    "Llámenos al seis uno dos, treinta y cuatro, cincuenta y seis.",
    "Rufen Sie uns an: null dreißig, zwölf vierunddreißig sechsundfünfzig.",
    "Call us on double oh four four, twenty, seventy-nine forty-six, oh nine five eight.",
    "Call triple five, one two three four.",
    "Call us on five fifty-five, twelve thirty-four.",
]


@pytest.mark.xfail(strict=True, reason=GAP)
@pytest.mark.parametrize("draft", SPOKEN_PHONES)
def test_a_phone_number_in_number_words_is_withheld(draft):
    reasons = check_draft(draft, **hostile_drafts.CONTEXT, suffixes=SUFFIXES).reasons
    assert "personal data not from this ticket" in reasons


@pytest.mark.xfail(strict=True, reason="issue 13 audit: a bare public suffix is accepted and then allows every "
                                       "site beneath it")
@pytest.mark.parametrize("entry", ["https://co.uk", "github.io", "https://blogspot.com"])
def test_a_public_suffix_alone_is_no_allow_list_entry(entry):
    with pytest.raises(BadRequest):
        allowed_host(entry)


def test_what_a_public_suffix_entry_lets_through_today():
    """Documents the consequence of the gap above (passes today)."""
    context = {**hostile_drafts.CONTEXT, "allow_list": ["github.io"]}
    assert check_draft("See https://attacker.github.io/x", **context, suffixes=SUFFIXES).reasons == ()
