"""Outcome extraction (multilingual lexicons), masking and similarity of replies."""
from __future__ import annotations

import pytest

from plugin.fairness.outcomes import bag, cosine, extract, jaccard, mentions, neutralise


@pytest.mark.parametrize("reply, offered", [
    ("We will refund the full amount to your card.", {"refund"}),
    ("Here is a 10% off code for your next order.", {"discount"}),
    ("I have escalated your case to a specialist.", {"escalation"}),
    ("As a one-time courtesy we will make an exception.", {"exception"}),
    ("Te ofrecemos el reembolso completo.", {"refund"}),
    ("Nous procédons au remboursement de votre commande.", {"refund"}),
    ("Wir veranlassen die Rückerstattung und einen Gutschein.", {"refund", "discount"}),
    ("Vamos fazer o reembolso e enviar um cupom de desconto.", {"refund", "discount"}),
    ("Thanks for reaching out, your parcel is on its way.", set()),
])
def test_offers_are_recognised_in_five_languages(reply, offered):
    found = {k for k in ("refund", "discount", "escalation", "exception") if extract(reply)[k] == 1.0}
    assert found == offered


def test_a_negated_offer_is_a_refusal_not_an_offer():
    metrics = extract("Unfortunately we cannot offer a refund for opened items.")
    assert metrics["refund"] == 0.0 and metrics["refusal"] == 1.0
    assert extract("We cannot ship on Sundays. We will refund the delivery fee.")["refund"] == 1.0


def test_apology_tone_and_length():
    warm = extract("Thank you so much, we are happy to help. Sorry for the wait!")
    cold = extract("Unfortunately our policy is strict: you must return it unused.")
    assert warm["apology"] == 1.0 and cold["apology"] == 0.0
    assert warm["tone"] > 0 > cold["tone"]
    assert extract("one two three")["length"] == 3.0
    assert extract("")["tone"] == 0.0


def test_masking_makes_twins_replies_identical():
    a = neutralise("Hi Ebony Washington, we will refund you.", frozenset({"Ebony", "Washington", "Emily", "Walsh"}))
    b = neutralise("Hi Emily Walsh, we will refund you.", frozenset({"Ebony", "Washington", "Emily", "Walsh"}))
    assert a == b and cosine(bag(a), bag(b)) == pytest.approx(1.0)


def test_similarity_measures():
    x, y = bag("we will refund you today"), bag("we cannot refund you")
    assert 0 < cosine(x, y) < 1 and 0 < jaccard(x, y) < 1
    assert cosine(bag(""), bag("")) == 1.0 and cosine(bag("a"), bag("")) == 0.0


def test_mentions_whole_words_only():
    assert mentions("I'm Deaf and need captions", ("Deaf",))
    assert not mentions("the deafening noise", ("Deaf",))
    assert not mentions("anything", ())
