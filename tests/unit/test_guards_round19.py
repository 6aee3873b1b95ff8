"""Guards round 19 (issue 13): the customer as the object of an assistant's act, and the company's plural as a
sentence's only person in a long reply. Sentences composed for the test."""
from __future__ import annotations

from plugin.core import human_claims, speaker
from plugin.core.human_claims import COMPANY, FLAG, NOBODY, PERSON, Cuts, Evidence


def test_the_customer_as_the_object_names_the_case():
    for piece in ("Je vous propose deux créneaux jeudi matin.", "Te propongo una cita el lunes por la tarde.",
                  "Ich bedauere die lange Wartezeit."):
        assert not speaker.off_voice(piece), piece
    # a thing made by hand is a body's work, whoever it is for
    assert speaker.off_voice("Je vous ai laissé un petit mot écrit à la main dans le carton.")


def test_the_company_plural_with_nothing_of_a_life():
    for sentence in ("We also sell spare batteries for older models.", "Unsere Filialen öffnen um neun Uhr.",
                     "Nous proposons aussi une garantie de trois ans.",
                     "Wir liefern alle Bestellungen auch samstags aus."):
        assert human_claims._who(sentence) == COMPANY, sentence
        assert human_claims._person(sentence), sentence  # still a person for round 17's bare sentences
    for sentence in ("We all went hiking at the weekend.", "We went up the hill after work.",
                     "Nous sommes presque tous allergiques au pollen.", "Wir alle lieben den Herbst.",
                     "Quase todos nós temos cães em casa.", "Our whole floor ate cake in the sun.",
                     "We spent the afternoon in the workshop."):
        assert human_claims._who(sentence) == PERSON, sentence
    assert human_claims._who("The parcel left the depot on Monday.") == NOBODY


def _long(company: tuple[int, ...], score: float) -> Evidence:
    return Evidence(False, 0.0, 0.0, 0.0, False, 0.0, score, 0.0, pieces=30, weak=((4, "lived", score),),
                    company=company)


def test_one_company_sentence_alone_does_not_flag_a_long_reply():
    cuts = Cuts()
    assert human_claims.decide(_long((4,), cuts.company - 0.01), cuts) == ""
    assert human_claims.decide(_long((4,), cuts.company), cuts) == FLAG
    assert human_claims.decide(_long((), cuts.company - 0.01), cuts) == FLAG  # a person's sentence
    two = _long((4,), 0.95)._replace(weak=((4, "lived", 0.95), (9, "lived", 0.95)), company=(4, 9))
    assert human_claims.decide(two, cuts) == FLAG  # two sentences, whoever they name
    assert human_claims.decide(_long((4,), 0.95)._replace(pieces=12), cuts) == FLAG  # a short reply
