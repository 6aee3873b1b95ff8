"""Redaction round 24 of issue 11 (branch s11-red24): company, brand and shop names kept in social and chat text
(trade words in five languages, sellers and shop words before a name, a workspace chat's header naming the employer),
and a first name written in lower case and spoken to in a chat line.

Every text here was written for these tests (InMemoryRedactor: the same rules as the Presidio path, without spaCy);
none is copied from an eval/ set.
"""
import pytest

from plugin.adapters.inmemory_redactor import InMemoryRedactor


def spans(text):
    return InMemoryRedactor().find(text)


def covered(text: str, value: str) -> bool:
    start = text.index(value)
    found = spans(text)
    return all(any(s.start <= i < s.end for s in found) for i in range(start, start + len(value)) if text[i].isalnum())


def untouched(text: str, value: str) -> bool:
    start = text.index(value)
    return not any(s.start < start + len(value) and start < s.end for s in spans(text))


@pytest.mark.parametrize("text,firm", [
    ("La Laiterie des Combes a encaissé deux fois ma commande.", "Laiterie des Combes"),
    ("Hab beim Fahrradladen Kettenblatt angerufen, keiner geht ran.", "Fahrradladen Kettenblatt"),
    ("Envíos Veloz tardó tres semanas con mi paquete.", "Envíos Veloz"),
    ("O Laboratório Andrade ainda não mandou o resultado.", "Laboratório Andrade"),
    ("The refund from Quillby Labs never came through.", "Quillby Labs"),
    ("Gestern im Sanitätshaus Lindner die Schuhe abgeholt.", "Sanitätshaus Lindner"),
])
def test_trade_word_and_name_is_kept(text, firm):
    assert untouched(text, firm)


@pytest.mark.parametrize("text,firm", [
    ("Perceuse Tornado vendue par Bricomax Provence : elle chauffe.", "Bricomax Provence"),
    ("Panela de pressão vendida pela loja Casa Serra Azul, veio amassada.", "Casa Serra Azul"),
    ("J'ai loué chez Autoloc Riviera une voiture, franchise débitée deux fois.", "Autoloc Riviera"),
    ("Kettle sold by Brightwick Home arrived cracked.", "Brightwick Home"),
])
def test_seller_or_shop_word_before_a_name_keeps_it(text, firm):
    assert untouched(text, firm)


def test_workspace_chat_header_names_the_employer_not_the_person():
    text = "Paula Moreno (Cobralia)  10:42\nHola, ya revisamos la factura.\nPaula Moreno (Cobralia)  10:50\nListo."
    assert untouched(text, "Cobralia")
    assert covered(text, "Paula Moreno")
    bar = "[Hier à 21:05] Nadia | Fluxbyte [Support] : Salut ! Envoie ta référence."
    assert untouched(bar, "Fluxbyte")
    assert covered(bar, "Nadia")


def test_a_shop_named_by_its_town_leaves_the_town_in_an_address():
    text = ("Atendimento na loja Londrina para o cliente.\n"
            "Endereço: Rua das Acácias 120, Jardim Europa, Londrina - PR, 86015-000.")
    assert covered(text, "Rua das Acácias 120")
    assert covered(text, "86015-000")


def test_a_person_next_to_a_company_word_stays_hidden():
    text = "Bonjour, c'est Camille Fournier de la Boulangerie Fournier, rappelez-moi."
    assert covered(text, "Camille Fournier")


@pytest.mark.parametrize("text,name", [
    ("Gepostet · gestern\nginette, efface ça tout de suite", "ginette"),
    ("Mod · 2h\nI removed your phone number, cathal.", "cathal"),
])
def test_lower_case_first_name_spoken_to_in_a_chat_line(text, name):
    assert covered(text, name)


@pytest.mark.parametrize("text,word", [
    ("[10:02] Marta Ruiz: salam, mi pedido no llegó", "salam"),
    ("Prueba eso otra vez, cariño.", "cariño"),
    ("rose, bleu ou noir ? je prends le bleu.", "rose"),
])
def test_greetings_endearments_and_ordinary_words_are_not_names(text, word):
    assert untouched(text, word)


@pytest.mark.parametrize("text,model", [
    ("My replacement Zento Wave 11 Pro stopped charging after a week.", "Zento Wave 11 Pro"),
    ("Mietwagen: Norda Kombi 2.0, Kaution 300 €.", "Norda Kombi 2.0"),
    ("Recibí el Lumo 9 Lite con la pantalla rota.", "Lumo 9 Lite"),
])
def test_brand_and_model_with_a_model_word_or_decimal_is_kept(text, model):
    assert untouched(text, model)


def test_a_street_and_its_number_is_no_model():
    text = "Entrega em Rua Augusta 12, 1100-053 Lisboa, para Joana Pires."
    assert covered(text, "Rua Augusta 12")


@pytest.mark.parametrize("text,firm", [
    ("Der Getränkemarkt Sonnleitner hat mir das Pfand nicht erstattet.", "Getränkemarkt Sonnleitner"),
    ("Ordered a saddle from Harlow Bikeshop, still nothing.", "Harlow Bikeshop"),
])
def test_a_compound_shop_word_and_a_name_is_kept(text, firm):
    assert untouched(text, firm)


def test_a_compound_shop_word_keeps_no_person():
    text = "Im Fahrradladen hat mich Jonas Albrecht beraten."
    assert covered(text, "Jonas Albrecht")
