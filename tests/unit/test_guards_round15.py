"""Guards round 15 (issue 13): what one sentence may carry alone in a long reply. Sentences composed for the test."""
from __future__ import annotations

from plugin.core import human_claims, speaker
from plugin.core.human_claims import FLAG, Cuts, Evidence


def _long(**fields: object) -> Evidence:
    base = Evidence(False, 0.0, 0.0, 0.0, False, 0.0, 0.0, 0.0, pieces=Cuts().lone_pieces, weak=((2, "impersonal", 0.1),))
    return base._replace(**fields)


def test_a_quiet_off_voice_piece_alone_in_a_long_reply_does_not_flag():
    cuts = Cuts()
    quiet = _long(off_voice=((4, 0.02),))
    assert human_claims.decide(quiet, cuts) == ""
    assert human_claims.decide(quiet._replace(pieces=cuts.lone_pieces - 1), cuts) == FLAG  # a short reply
    assert human_claims.decide(_long(off_voice=((4, cuts.quiet),)), cuts) == FLAG  # read as lived: a rule
    second = quiet._replace(lived=0.85, weak=((2, "impersonal", 0.1), (9, "lived", 0.85)))
    assert human_claims.decide(second, cuts) == ""  # one other sentence's weak score: the lone release
    two = second._replace(weak=((9, "lived", 0.85), (11, "lived", 0.8)))
    assert human_claims.decide(two, cuts) == FLAG  # two other sentences
    high = quiet._replace(lived=0.95, weak=((4, "lived", 0.95),))
    assert human_claims.decide(high, cuts) == FLAG  # a weak score from `lone`
    assert human_claims.decide(quiet._replace(rules=True), cuts) == FLAG
    assert human_claims.decide(quiet._replace(off_voice=((4, 0.02), (9, 0.01))), cuts) == ""  # quiet ones only


def test_a_plain_score_alone_in_one_sentence_is_weighed_like_the_others():
    cuts = Cuts()
    plain = _long(lived_plain=0.86, weak=((5, "lived_plain", 0.86),))
    assert human_claims.decide(plain, cuts) == ""
    assert human_claims.decide(plain._replace(lived_plain=0.95, weak=((5, "lived_plain", 0.95),)), cuts) == FLAG


def test_the_evidence_records_off_voice_pieces_with_their_lived_score():
    reply = ("Thanks for the photos of the cracked lid. I handed my keys to the neighbour before the ferry left. "
             "The replacement lid ships on Monday.")
    found = human_claims.evidence(reply)
    assert found.off_voice and not found.rules
    assert all(0.0 <= lived <= 1.0 for _, lived in found.off_voice)


def test_apologies_checks_and_handovers_are_assistant_acts():
    assert not speaker.off_voice("Je vous prie de nous excuser pour ce retard de livraison.")
    assert not speaker.off_voice("Le pido disculpas por la confusión con la factura.")
    assert not speaker.off_voice("Analisei o histórico da sua conta e há duas opções.")
    assert not speaker.off_voice("I am handing your case to the billing lead today.")
    assert not speaker.off_voice("He pasado su expediente al equipo de reclamaciones.")
    assert speaker.off_voice("I handed my keys to the neighbour before the ferry left.")


def test_spanish_que_is_no_first_person_preterite():
    assert not human_claims.first_person_singular("Le explicamos qué incluye cada tarifa del plan.")
    assert human_claims.first_person_singular("Revisé la tarifa del plan con calma.")


def test_a_spanish_third_person_preterite_in_o_is_no_first_person():
    assert not human_claims.first_person_singular("En mayo usted llamó y se le dio cita para junio.")
    assert human_claims.first_person_singular("Cada lunes llamo a la tienda del barrio.")
