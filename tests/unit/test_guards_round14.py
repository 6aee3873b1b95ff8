"""Guards round 14 (issue 13): long honest replies still flagged after round 13 — case acts the speaker policy did not
read, marks of the writer's side that were not (a company "we hope", "reply to this message", German "was", French
"ça"), advice put generally, a tip cut out of its sentence borrowing the writer's side from its neighbours, a
transcript's customer line, words of other languages read as a first person. Sentences composed for this test, apart
from the training rows and every evaluation set; evidence generated."""
from __future__ import annotations

import pytest

from plugin.core import human_claims, speaker
from plugin.core.human_claims import FLAG, Evidence


@pytest.mark.parametrize("piece", [
    "I've moved your fitting appointment to Friday morning.",
    "I've set up your account so the invoices go to your office address.",
    "Ich habe für Sie einen Rückruf am Dienstag vereinbart.",
    "Die Rechnung habe ich Ihnen angehängt.",
    "Wenn Sie möchten, buche ich Ihnen einen neuen Termin.",
    "Je vous la joins en pièce jointe.",
    "Envoyez-moi la référence et je m'en occupe.",
    "J'en suis vraiment désolée.",
    "Si me mandas las medidas, te preparo un presupuesto.",
    "Puede consultarlo en Mis compras, arriba a la derecha.",
    "You can change the date under Manage my account.",
    "Wir haben nur zwei Farben auf Lager, und ich gebe deine Frage an die Werkstatt weiter.",
])
def test_assistant_acts_of_round_14_are_not_off_voice(piece):
    assert not speaker.off_voice(piece)


@pytest.mark.parametrize("piece", [
    "I moved to a flat by the sea last spring.",
    "I've set my alarm for five to catch the early ferry.",
    "Ich habe mir gestern beim Joggen den Knöchel verstaucht.",
    "Je l'ai peinte moi-même l'été dernier.",
    "Me preparo un café antes de abrir el correo.",
])
def test_a_life_told_in_the_first_person_stays_off_voice(piece):
    assert speaker.off_voice(piece)


@pytest.mark.parametrize("piece, side", [
    ("Esperamos que la nueva silla llegue antes del lunes.", False),
    ("We hope the new kettle serves well.", False),
    ("Responda a esta mensagem com uma foto da etiqueta.", False),
    ("Bitte antworten Sie auf diese Nachricht mit der Seriennummer.", False),
    ("Mande-nos uma foto da etiqueta.", False),
    ("Souvent, ça aide de laisser sécher à l'air.", False),
    ("Was genau drin stehen muss, legt die Versicherung fest.", False),
    ("The infrared sensor sits behind the front grille.", False),
    ("Le genou travaille moins avec une semelle souple.", False),
    ("Hicimos una barbacoa en el patio del almacén.", True),
    ("Esta mensagem foi escrita no comboio.", True),
    ("We hiked up the hill after the shift.", True),
    ("Estamos por cá, chove muito.", True),
])
def test_the_writers_side_is_read_from_the_writer(piece, side):
    assert human_claims.writer_side(piece) is side


@pytest.mark.parametrize("piece", [
    "Blisters usually come from a heel that lifts inside the boot.",
    "Une housse trop serrée peut user la toile aux coins.",
    "Pensez aussi à vider le réservoir avant l'hiver.",
    "Las correas suelen ceder un poco tras el primer lavado.",
])
def test_advice_put_generally_is_addressed_to_the_customer(piece):
    assert human_claims._addressed(piece)


def test_a_tip_cut_out_of_its_sentence_borrows_no_writers_side_from_its_neighbours():
    text = ("We spent the morning unpacking the new stock in the back room. "
            "if the straps feel loose, you can tighten them with the side buckle.")
    piece = "if the straps feel loose, you can tighten them with the side buckle."
    assert not human_claims.writers_voice(piece, text)


def test_a_transcript_line_of_the_customer_is_theirs():
    customer = "The lamp I bought in May flickers when the heating is on."
    draft = "customer: The lamp I bought in May flickers when the heating is on.\nWe will send a new driver board."
    assert "I bought" not in human_claims.customer_lines_muted(draft, customer)
    # a line the customer never wrote is the writer's
    other = "customer: I bought the same lamp for my own desk.\nWe will send a new driver board."
    assert "I bought" in human_claims.customer_lines_muted(other, customer)


@pytest.mark.parametrize("piece, first", [
    ("Le match reprend à la mi-temps.", False),
    ("A capa lava-se à máquina a trinta graus.", False),
    ("Le voyant a clignoté pendant la nuit.", False),
    ("Não sou uma máquina, sou eu que escrevo.", True),
    ("Revisé el paquete antes de salir.", True),
])
def test_words_of_other_languages_are_no_first_person(piece, first):
    assert human_claims.first_person_singular(piece) is first


def test_the_writer_named_by_a_participle_is_the_writer_described():
    assert human_claims.writer_evidence("The person answering you grows tomatoes on a balcony.") == 1.0
    assert human_claims.writer_evidence("The person answering you will call tomorrow.") < 1.0


def test_the_portuguese_nos_of_a_placement_is_no_we():
    assert not human_claims.body_placed("Recomendamos luvas com reforço nos dedos.")
    assert human_claims.body_placed("Passamos a tarde com gelo nos joelhos.")


def _evidence(pieces: int) -> Evidence:
    return Evidence(False, 0.0, 0.0, 0.0, False, 0.0, 0.85, 0.0, pieces=pieces, weak=((3, "lived", 0.85),))


def test_one_sentences_weak_score_in_a_reply_of_twenty_pieces_does_not_flag():
    assert human_claims.LONE_PIECES == 20
    assert human_claims.decide(_evidence(20)) == ""
    assert human_claims.decide(_evidence(19)) == FLAG
