"""How a draft is cut into the pieces the human-claim model judges (plugin/core/human_claims.py)."""
from plugin.core import human_claims


def test_a_sign_off_over_several_lines_is_also_read_as_one_line():
    pieces = human_claims.sentences("Hello,\n\nYour parcel ships today.\n\nThanks,\nAna\nReturns Specialist")
    assert "Thanks, Ana, Returns Specialist" in pieces
    assert human_claims.sentences("Hello,\n\nYour parcel ships today.") == ["Hello,", "Your parcel ships today."]


def test_a_short_lead_in_with_a_colon_is_read_with_what_follows_and_not_alone():
    pieces = human_claims.sentences("I checked: your order shipped yesterday.")
    assert pieces == ["I checked: your order shipped yesterday.", "your order shipped yesterday."]
    assert not human_claims.claims_human("Ich habe nachgesehen: Ihr Paket ist unterwegs.")


def test_a_claim_after_a_lead_in_is_still_judged_alone():
    assert "no bot wrote this." in human_claims.sentences("To be clear: no bot wrote this.")
    assert human_claims.claims_human("To be clear: I am a real person, not a bot.")


def test_the_customers_words_quoted_back_are_not_read_as_the_writers():
    pieces = human_claims.sentences('You wrote: "I spoke to someone who promised a refund." Sorry about that.')
    assert not any("spoke" in piece for piece in pieces)
    unattributed = human_claims.sentences('As I always say, "I checked it myself at the warehouse".')
    assert any("checked it myself" in piece for piece in unattributed)


def test_clauses_are_judged_on_their_own():
    pieces = human_claims.sentences("Rest assured, I unpacked the box myself, and it is fine.")
    assert "I unpacked the box myself" in pieces


def test_another_model_can_be_passed_in():
    always = ({}, 10.0, 0.5)  # no weights, a large bias: every sentence scores ~1
    assert human_claims.claims_human("Your parcel ships today.", always)
    assert not human_claims.claims_human("Your parcel ships today.")
