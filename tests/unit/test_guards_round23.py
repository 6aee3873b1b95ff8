"""Guards round 23 (issue 13): who lives what. A lived-experience score counts only where someone of the writing side
could be living it; an "I" acting on the customer's case is the assistant's; a writing verb whose writer is someone
else places no writer. Sentences composed for the test, kept apart from training and evaluation rows."""
from __future__ import annotations

from plugin.core import human_claims, speaker
from plugin.core.human_claims import FLAG, Cuts, Evidence


def _short(**fields: object) -> Evidence:
    base = Evidence(False, 0.0, 0.0, 0.0, False, 0.0, 0.0, 0.0, pieces=4)
    return base._replace(**fields)


def test_lived_scores_of_sentences_no_one_of_the_writing_side_lives_do_not_flag():
    cuts = Cuts()
    found = _short(lived=0.93, weak=((1, "lived", 0.93), (2, "impersonal", 0.1)), unpeopled=(1,))
    assert human_claims.decide(found, cuts) == ""
    assert human_claims.decide(found._replace(unpeopled=(), for_customer=(1,)), cuts) == ""
    assert human_claims.decide(found._replace(unpeopled=()), cuts) == FLAG  # sentence 1 names the writing side
    assert human_claims.decide(found, cuts._replace(lived_people=False)) == FLAG
    # another sentence tells a life: the release does not apply
    told = found._replace(weak=(*found.weak, (2, "lived", 0.3)))
    assert human_claims.decide(told, cuts) == FLAG
    # claim scores and hand rules are never released
    assert human_claims.decide(found._replace(singular=0.5, weak=(*found.weak, (1, "claim", 0.5))), cuts) == FLAG
    assert human_claims.decide(found._replace(rules=True), cuts) == FLAG


def test_who_or_where_a_sentence_names():
    lived_person = human_claims._lived_person
    for sentence in ("A cheer went round the office when the parcel turned up.", "P.S. it is snowing hard outside.",
                     "Comme dit Hugo en revenant de sa pause, il gèle.", "Still soggy socks from the downpour.",
                     "Tout l'étage a attendu sur le parking.", "Ceci a été tapé debout sur un escabeau.",
                     "Hier im Büro ist die Heizung ausgefallen."):
        assert lived_person(sentence), sentence
    for sentence in ("A rubber seal lasts longer when it is rinsed after use.", "The blade is tempered steel.",
                     "Hola, Pilar: la funda se lava a cuarenta grados.", "Keep your feet warm with wool socks."):
        assert not lived_person(sentence), sentence


def test_the_company_acting_for_the_customer():
    for_customer = human_claims._for_the_customer
    for sentence in ("We have moved your booking to Friday morning.", "Hoy le hemos devuelto el importe del viaje.",
                     "We have sent you a corrected invoice today."):
        assert for_customer(sentence), sentence
    for sentence in ("You'd have laughed to see us chase the boxes.", "Sie hätten gelacht, wie wir gerannt sind.",
                     "We broke plates ourselves at our office party.", "We carried your sofa up by hand."):
        assert not for_customer(sentence), sentence


def test_an_i_acting_on_the_customers_case_is_the_assistants_for_the_off_voice_rule():
    for piece in ("J'ai remboursé ton trajet hier.", "Reuni o historial da sua inscrição.",
                  "Ich habe den Verlauf Ihres Anschlusses zusammengestellt."):
        assert not speaker.off_voice(piece, for_customer=True), piece
    for piece in ("I carried your parcel home in my car.", "Ainda me lembro do batizado do seu neto.",
                  "I spent the weekend in the mountains."):
        assert speaker.off_voice(piece, for_customer=True), piece


def test_a_writing_verb_of_someone_else_places_no_writer():
    for piece in ("Merci de nous avoir écrit avant de réserver.", "Se tiver dúvidas, escreva-nos de volta.",
                  "Le contestará siempre alguien de la farmacia."):
        assert not human_claims.writing_from_place(piece), piece
    for piece in ("Te escribo desde el coche.", "Je vous réponds depuis le quai de la gare.",
                  "I am writing from the train."):
        assert human_claims.writing_from_place(piece), piece
