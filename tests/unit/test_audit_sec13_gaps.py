"""Gaps an audit of issue 13 found (branch a-sec13), strict xfails there; fixed on s16-sec13 (markers removed):
number words (guards.number_view -> number_words.spoken_digits) and bare public suffixes in url_allow_list
(tenant_settings.allowed_host with the guards' public-suffix list; check_draft ignores such an entry)."""
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


@pytest.mark.parametrize("draft", SPOKEN_PHONES)
def test_a_phone_number_in_number_words_is_withheld(draft):
    reasons = check_draft(draft, **hostile_drafts.CONTEXT, suffixes=SUFFIXES).reasons
    assert "personal data not from this ticket" in reasons


@pytest.mark.parametrize("entry", ["https://co.uk", "github.io", "https://blogspot.com"])
def test_a_public_suffix_alone_is_no_allow_list_entry(entry):
    # the admin API and the CLI pass the guards' public-suffix list (Services.public_suffixes); so does this test
    with pytest.raises(BadRequest, match="public suffix"):
        allowed_host(entry, SUFFIXES)


@pytest.mark.parametrize("entry", ["help.example.co.uk", "https://acme.github.io/docs", "docs.example.com",
                                   "shop.example.com.br"])
def test_a_site_beneath_a_public_suffix_is_still_an_allow_list_entry(entry):
    assert allowed_host(entry, SUFFIXES) == allowed_host(entry)


def test_a_public_suffix_entry_stored_before_the_fix_lets_nothing_through():
    """What the gap let through (a stored `github.io` entry allowed every site beneath it): the guard now ignores an
    allow-list entry that is only a public suffix, while a listed site beneath one still allows itself."""
    context = {**hostile_drafts.CONTEXT, "allow_list": ["github.io"]}
    assert "link outside the allow-list" in check_draft("See https://attacker.github.io/x", **context,
                                                                  suffixes=SUFFIXES).reasons
    context = {**hostile_drafts.CONTEXT, "allow_list": ["acme.github.io"]}
    assert check_draft("See https://acme.github.io/x", **context, suffixes=SUFFIXES).reasons == ()
