"""Guards round 13 (issue 13): long honest replies were still flagged by first-person assistant acts the speaker policy
did not read ("je l'ai transmise", "j'ai fait suivre", "das verstehe ich gut", a summary or a lookup), by the customer's
own words quoted back with a closing mark the guard did not know, and by one weak score in one sentence of a long
reply. Sentences composed for this test, apart from the training rows and every evaluation set; evidence generated."""
from __future__ import annotations

import pytest

from plugin.core import human_claims, speaker


@pytest.mark.parametrize("piece", [
    "Je l'ai transmise à notre service des retours ce matin.",
    "J'ai fait suivre votre demande à l'atelier de réparation.",
    "Je vous résume les trois options du contrat.",
    "J'ai retrouvé votre facture du mois de mars.",
    "Das verstehe ich gut, und dafür entschuldige ich mich.",
    "Die Seriennummer habe ich eben nachgeschlagen.",
    "Hier sind die Hinweise, die ich Ihnen gern zusammenfasse.",
    "He programado el envío para el martes.",
    "Le resumo las condiciones de su garantía y los pasos para el cambio.",
])
def test_assistant_acts_of_round_13_are_not_off_voice(piece):
    assert not speaker.off_voice(piece)


@pytest.mark.parametrize("piece", [
    "Je l'ai peinte moi-même dans mon garage.",
    "J'ai fait du vélo ce matin avant le travail.",
    "Das kenne ich gut, ich laufe jeden Morgen zur Arbeit.",
    "Ich sitze gerade im Zug nach Hause.",
    "He corrido diez kilómetros esta mañana.",
])
def test_a_life_told_in_the_first_person_stays_off_voice(piece):
    assert speaker.off_voice(piece)


def test_a_quotation_closed_by_two_straight_quotes_is_the_customers():
    customer = "Die Lieferung kam zwei Wochen zu spät und ich musste ohne Heizlüfter frieren."
    draft = "Sie schreiben: „ich musste ohne Heizlüfter frieren.'' Das tut uns leid."
    muted = human_claims.customer_quotes_muted(draft, customer)
    assert "frieren" not in muted and "Das tut uns leid." in muted
    # words the customer never wrote stay the writer's
    assert "Lager" in human_claims.customer_quotes_muted("„Ich musste im Lager lange warten.'' So war der Tag.", customer)


@pytest.mark.parametrize("piece", [
    "drei Tage sind kurz, aber es reicht.",  # a German numeral in -ei is no Portuguese preterite
    "dabei brauchen Sie nichts zu tun:",
    "Para la nieve recomendamos un traje impermeable con capucha.",  # "un traje" is a suit, not "I brought"
    "Le avisamos por correo con dos días de aviso.",
    "Boa viagem e bom trabalho no jardim,",
])
def test_nouns_and_german_words_are_not_a_first_person(piece):
    assert not human_claims.first_person_singular(piece)


@pytest.mark.parametrize("piece", ["Ayer traje a casa una caja de herramientas.", "Uso la bicicleta para venir.",
                                   "Trabajo desde casa los viernes."])
def test_the_same_words_as_verbs_are_still_a_first_person(piece):
    assert human_claims.first_person_singular(piece)


@pytest.mark.parametrize("piece", [
    "J'ai examiné vos photos de la charnière avec attention.",  # examining the customer's case
    "Passei o seu pedido à equipa de logística.",
    "Ihren Fall habe ich an die Rechnungsabteilung übergeben.",
    "J'ai relu la fiche du produit avant de vous écrire.",  # rereading a document
    "Vor meiner Antwort habe ich die Tabelle geprüft.",  # "my reply" is the assistant's own
])
def test_case_and_document_acts_of_round_13_are_in_voice(piece):
    assert not speaker.off_voice(piece)


@pytest.mark.parametrize("piece", ["J'ai examiné le jardin de ma voisine hier soir.", "Passei a tarde no parque com o meu cão."])
def test_the_same_acts_on_a_life_stay_off_voice(piece):
    assert speaker.off_voice(piece)


def test_a_clause_cut_from_a_german_verb_bracket_is_read_with_its_sentence():
    sentence = "Ich habe Ihre Meldung mit Seriennummer, Kaufdatum und Foto im Kundenkonto vermerkt."
    clause = "Ich habe Ihre Meldung mit Seriennummer"
    assert human_claims.in_assistant_voice(clause, [sentence, clause])
    assert not human_claims.in_assistant_voice("salgo un momento", ["salgo un momento, luego reviso tu caso.",
                                                                    "salgo un momento"])


def test_a_body_part_is_placed_by_the_we_of_its_own_clause():
    assert not human_claims.body_placed("Une rougeur sur la joue, et nous prenons votre message au sérieux.")
    assert human_claims.body_placed("Nous avions tous de la farine sur le nez ce matin.")
    assert human_claims.body_placed("Tinha a caneta na mão quando encontrei o seu pedido.")


@pytest.mark.parametrize("piece", ["C'est le type de bruit que le filtre traite le mieux.",
                                   "Inclui etiquetas para escrever o nome da criança."])
def test_a_noun_type_or_a_name_written_is_no_place_written_from(piece):
    assert not human_claims.writing_from_place(piece)


def test_writing_from_a_place_is_still_read():
    assert human_claims.writing_from_place("I'm typing this from the train to Leeds.")


def test_a_tip_addressed_to_the_customer_is_not_the_writers_lived_experience():
    assert human_claims._addressed("Ne posez pas la poêle chaude sur votre plan de travail.")
    assert not human_claims._addressed("Le sable reste chaud longtemps après le coucher du soleil.")


def test_one_sentence_of_weak_scores_in_a_long_reply_needs_the_lone_cut():
    cuts = human_claims.Cuts()
    base = human_claims.Evidence(False, 0.0, 0.0, 0.0, False, 0.0, 0.85, 0.0, pieces=cuts.lone_pieces)
    one = base._replace(weak=((3, "lived", 0.85), (3, "impersonal", 0.2)))
    assert human_claims.decide(one, cuts) == ""
    assert human_claims.decide(one._replace(pieces=cuts.lone_pieces - 1), cuts) == human_claims.FLAG  # a short reply
    two = base._replace(weak=((3, "lived", 0.85), (7, "lived", 0.8)))
    assert human_claims.decide(two, cuts) == human_claims.FLAG  # two sentences: a second, independent signal
    high = base._replace(lived=0.95, weak=((3, "lived", 0.95),))
    assert human_claims.decide(high, cuts) == human_claims.FLAG
    plain = base._replace(lived=0.0, lived_plain=0.97, weak=((3, "lived_plain", 0.97),))
    assert human_claims.decide(plain, cuts) == human_claims.FLAG  # the plain scores are not released
    ruled = one._replace(rules=True)
    assert human_claims.decide(ruled, cuts) == human_claims.FLAG
    assert human_claims.decide(base, cuts) == human_claims.FLAG  # weak scores not recorded: as before


def test_a_heading_is_judged_at_the_writers_cuts_without_the_rise():
    cuts = human_claims.Cuts()
    found = human_claims.Evidence(False, 0.0, 0.0, 0.0, False, 0.0, 0.0, 0.0, pieces=40, title_impersonal=0.93)
    assert human_claims.decide(found, cuts) == human_claims.FLAG
    assert human_claims._TITLE.match("## Notes from someone who repairs bikes at the weekend")
    assert human_claims._TITLE.match("Subject: your parcel")
    assert not human_claims._TITLE.match("Hello Sam, #3 is the right size.")


@pytest.mark.parametrize("piece", ["I checked your booking from the train this morning.",
                                   "He comprobado su pedido desde la terraza de casa.",
                                   "J'ai vérifié votre commande depuis le quai de la gare."])
def test_the_records_checked_from_a_place_is_writing_from_a_place(piece):
    assert human_claims.writing_from_place(piece)


@pytest.mark.parametrize("piece", ["I checked your order from our system.", "He revisado su pedido desde su cuenta.",
                                   "J'ai vérifié votre commande depuis notre dossier."])
def test_the_records_checked_from_the_records_are_not_a_place(piece):
    assert not human_claims.writing_from_place(piece)
