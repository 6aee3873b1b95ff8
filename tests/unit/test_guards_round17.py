"""Guards round 17 (issue 13): in a long reply, sentences that name no person of the writing side carry no impersonal
or lived-experience weight. Sentences composed for the test, kept apart from training and evaluation rows."""
from __future__ import annotations

from plugin.core import human_claims
from plugin.core.human_claims import FLAG, Cuts, Evidence


def _long(**fields: object) -> Evidence:
    base = Evidence(False, 0.0, 0.0, 0.0, False, 0.0, 0.0, 0.0, pieces=Cuts().bare_pieces)
    return base._replace(**fields)


def test_weak_scores_of_sentences_without_a_person_do_not_flag_a_long_reply():
    cuts = Cuts()
    found = _long(lived=0.97, lived_plain=0.96, weak=((3, "lived", 0.97), (8, "lived_plain", 0.96)), bare=(3, 8))
    assert human_claims.decide(found, cuts) == ""
    assert human_claims.decide(found._replace(pieces=cuts.bare_pieces - 1), cuts) == FLAG  # a shorter reply
    assert human_claims.decide(found._replace(bare=(8,)), cuts) == FLAG  # sentence 3 names a person: 0.97 >= lone
    assert human_claims.decide(found._replace(titled=True), cuts) == FLAG  # a heading may carry the person
    assert human_claims.decide(found._replace(rules=True), cuts) == FLAG  # hand rules are not weak scores
    claim = found._replace(singular=0.95, weak=(*found.weak, (3, "claim", 0.95)))
    assert human_claims.decide(claim, cuts) == FLAG  # a first-person claim score is kept wherever it is


def test_who_a_sentence_names():
    person = human_claims._person
    for sentence in ("I spent the whole weekend on my bike by the river.", "We went up the hill after work.",
                     "Our whole team ate lunch in the sun.", "A colleague of ours ran the coast path.",
                     "Nous avons marché sous la pluie.", "On a mangé ensemble dehors.",
                     "Wir waren gestern am See.", "Hemos comido en la terraza.", "Fomos ao mercado juntos."):
        assert person(sentence), sentence
    for sentence in ("The seal sits flat when the ridge faces the lid.", "Dry the strap in the shade, not on a heater.",
                     "I understand how tiring a cold house is in the morning.", "Thanks for writing to us.",
                     "Vous nous dites que le colis est arrivé ouvert.", "On perd vite la chaleur par les mains.",
                     "Siento mucho que el horno no caliente.", "Es tut mir leid, dass die Lampe flackert.",
                     "Sei que esperar tanto é cansativo."):
        assert not person(sentence), sentence


def test_a_piece_cut_out_of_its_sentence_is_read_with_the_whole_sentence():
    text = "Hello,\nSeveral of our\nengineers cycled to the\nlake at dawn today.\nThe part ships on Monday."
    assert human_claims._person("lake at dawn today.", text)
    assert not human_claims._person("The part ships on Monday.", text)


def test_a_long_reply_of_advice_is_clean_and_a_lived_aside_still_flags():
    advice = ("Hello Sam,\n\nThanks for the photos. " + " ".join(
        f"Step {n}: rinse the filter under warm water, let it dry fully and refit it with the arrow facing up."
        for n in range(1, 9)) + "\n\nKind regards,\nSupport")
    assert human_claims.evidence(advice).pieces >= Cuts().bare_pieces
    assert human_claims.tier(advice) == ""
    aside = advice.replace("Kind regards", "Our whole team went swimming in the cold lake this morning and we "
                                             "laughed the entire time.\n\nKind regards")
    assert human_claims.tier(aside) == FLAG
