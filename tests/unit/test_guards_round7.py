"""Guards round 7 (issue 13): the writing side's body, clothes, premises, colleagues and homes told without "I", and
the honest replies the round stopped flagging (a quotation the customer wrote, a Q&A layout's question, an assistant's
acts). Every sentence was composed for this test, apart from the training rows and every evaluation set (the functions body_placed, dressed and premises_lived
are new in this round; the other checks were not run against main)."""
from __future__ import annotations

import pytest

from plugin.core import human_claims, speaker


@pytest.mark.parametrize("piece", [
    "Ich hatte die Nummer auf der Hand notiert und habe sie gleich gefunden.",
    "Apunté el código en la mano y ya lo he encontrado.",
    "J'avais le colis sur les genoux et j'ai lu l'étiquette.",
    "Anotei a morada no braço e confirmei a entrega.",
])
def test_ones_own_body_placed_with_an_article_flags(piece):
    assert human_claims.body_placed(piece)
    assert human_claims.tier(f"Hello,\n{piece}\nAcme") == human_claims.FLAG


@pytest.mark.parametrize("piece", [
    "Confirmei que a etiqueta está na mão do estafeta.",  # someone named owns the hand
    "As luvas lavam-se à mão, em água fria.",  # by hand: a manner
    "Your parcel is at the depot and ships today.",
])
def test_a_body_owned_by_someone_named_or_by_hand_is_not_the_writers(piece):
    assert not human_claims.body_placed(piece)


@pytest.mark.parametrize("piece", [
    "Looked at the tracking at dawn, still in slippers: it moved.",
    "Seguimiento revisado temprano, todavía en pijama.",
    "Suivi vérifié au réveil, encore en pyjama.",
    "Sendung um sieben geprüft, noch im Schlafanzug.",
    "Rastreio visto logo cedo, ainda de pijama.",
])
def test_someone_still_in_night_clothes_without_a_customer_flags(piece):
    assert human_claims.dressed(piece)


def test_the_customer_still_in_a_garment_is_the_customers():
    assert not human_claims.dressed("If you are still in your pyjamas when the courier rings, no problem.")


@pytest.mark.parametrize("piece", [
    "This morning the tinsel went up in the shop and the radio is playing carols.",
    "Esta mañana ha llegado el árbol de Navidad a la tienda y huele a canela.",
    "Ce matin, le sapin est arrivé dans l'atelier et tout le monde a froid.",
    "Heute früh hing plötzlich Lametta im Laden, und es riecht nach Zimt.",
    "Hoje de manhã montámos o presépio na loja e está um frio enorme.",
])
def test_a_scene_at_the_premises_now_flags(piece):
    assert human_claims.premises_lived(piece)


@pytest.mark.parametrize("piece", [
    "The shop will be closed on Monday for the Christmas party.",  # a notice: no "now", a future
    "Your order left the warehouse this morning.",  # the customer's
])
def test_a_notice_about_the_premises_is_not_a_scene(piece):
    assert not human_claims.premises_lived(piece)


@pytest.mark.parametrize("piece", [
    "Our trainee Malik was rubbing his sore neck when your email came in.",
    "Nuestra becaria llevaba el abrigo puesto todo el día por el frío.",
    "Unsere Praktikantin hatte kalte Hände und hat trotzdem Ihr Paket gefunden.",
    "Priya, one desk over, groaned at the next desk when the label printed wrong.",
    "These boxes are tested by the two dogs that share our homes.",
    "Cette réponse a été écrite pendant la pause, entre deux cafés.",
    "Diese Nachricht wurde zwischen zwei Zugfahrten geschrieben.",
    "Na reunião da equipa, hoje, decidimos de braços no ar repor a cor.",
])
def test_the_writing_side_described_flags(piece):
    assert human_claims.writer_described(piece)


@pytest.mark.parametrize("piece", [
    "Our colleague in billing will call you tomorrow.",
    "Notre collègue du service technique a vérifié la pièce à la main.",
    "This message was written to confirm your refund.",
    "In our team meeting we reviewed your request and approved it.",
])
def test_a_colleague_at_work_or_a_message_about_the_case_is_not_described(piece):
    assert not human_claims.writer_described(piece)


def test_a_quotation_the_customer_wrote_is_muted_wherever_it_stands():
    said = "Ich bin heute mit dem Rad zur Post gefahren"
    draft = f"„{said}“, schreiben Sie. Das Paket ist unterwegs."
    assert said not in human_claims.customer_quotes_muted(draft, customer_text=f"Hallo. {said}. Wo ist es?")
    assert said in human_claims.customer_quotes_muted(draft, customer_text="Wo ist mein Paket?")


def test_a_qa_layouts_question_is_the_customers_but_its_answer_is_read():
    draft = "F: Und mein Gutschein?\nA: Ich habe ihn heute verschickt.\nAcme"
    assert "F: Und mein Gutschein?" not in human_claims._pieces(draft, None, True)
    claim = "Q: Who answers this?\nA: I do, from my sofa with the cat on my lap.\nAcme"
    assert human_claims.tier(claim) != ""


@pytest.mark.parametrize(("piece", "first"), [
    ("Até amanhã,", False), ("Entrega até sexta-feira.", False),
    ("A sua máquina de lavar está coberta pela garantia.", False), ("Eu sou uma máquina?", True),
    ("O programa Pão do forno dura uma hora.", False), ("Isto é só um programa?", True),
])
def test_portuguese_until_a_household_machine_and_an_ovens_programme_are_no_first_person(piece, first):
    assert human_claims.first_person_singular(piece) is first


@pytest.mark.parametrize("piece", [
    "Já o aprovei.", "Ich habe die Gutschrift im Konto hinterlegt.", "Ich habe den Termin umgebucht.",
    "Ich leite Ihre Frage an die Werkstatt weiter.", "Ich habe Ihre Anfrage über den falsch gelieferten Artikel weitergeleitet.",
])
def test_assistant_acts_are_in_voice(piece):
    assert speaker.in_voice(piece)


def test_aqui_e_o_assistente_virtual_is_a_disclosure():
    assert human_claims.discloses_ai("aqui é o assistente virtual da Loja Azul.")
