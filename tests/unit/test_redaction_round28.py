"""Redaction round 28 of issue 11 (branch s14-red28): a business named after its owner, written after the owner's
name, is kept and the owner hidden ("Anja Weber von der Bäckerei Weber"); family-firm endings; the agent who took a
call or counter note and the colleague a call was passed to are names.

Every text here was written for these tests (InMemoryRedactor: the same rules as the Presidio path, without spaCy);
none is copied from an eval/ set.
"""
import pytest

from plugin.adapters.redaction import keep
from tests.redaction_spans import covered, untouched


def kept(text: str, value: str) -> bool:
    start = text.index(value)
    return any(lo <= start and start + len(value) <= hi for lo, hi in keep.protected_ranges(text))


# --- the owner and the business named after them ---

@pytest.mark.parametrize("text, person, business", [
    ("Guten Tag, hier schreibt Sabine Krämer von der Metzgerei Krämer KG. Wir brauchen neue Etiketten.",
     "Sabine Krämer", "Metzgerei Krämer KG"),
    ("Bonjour, c'est Paul Girard de la Boulangerie Girard, je vous appelle pour la facture.",
     "Paul Girard", "Boulangerie Girard"),
    ("Olá, aqui é a Marta Sousa da Padaria Sousa & Filhos, tudo bem? Preciso da segunda via.",
     "Marta Sousa", "Padaria Sousa & Filhos"),
    ("Hola, soy Lucía Pérez de Talleres Pérez S.L., les escribo por la factura de octubre.",
     "Lucía Pérez", "Talleres Pérez S.L."),
    ("Ich führe mit Greta Baumann das Café Linde in Basel und wir brauchen einen zweiten Zugang.",
     "Greta Baumann", "Café Linde"),
    ("Boa tarde, sou o Rui Lopes do Salão Lopes e queria mudar o plano.", "Rui Lopes", "Salão Lopes"),
])
def test_owner_hidden_business_kept(text, person, business):
    assert covered(text, person)
    assert kept(text, business)
    join = text[text.index(person) + len(person):text.index(business)]
    assert join.strip() and untouched(text, join.strip())  # "von der", "de la", "da": ordinary words


def test_english_possessive_shop_is_kept():
    text = "Hi, this is Tom Reilly from Reilly's Hardware, about the invoice we got last week."
    assert covered(text, "Tom Reilly")
    assert kept(text, "Reilly's Hardware")


@pytest.mark.parametrize("text, firm", [
    ("Bonjour, c'est Marc Dubois du Garage Dubois et Fils, pour le devis du pneu.", "Garage Dubois et Fils"),
    ("Sehr geehrte Damen und Herren, wir, die Schreinerei Huber & Söhne, bitten um Rückruf.", "Schreinerei Huber & Söhne"),
])
def test_family_firm_ending_is_part_of_the_business(text, firm):
    assert kept(text, firm)


def test_surname_particle_without_trade_word_stays_in_the_name():
    text = "Olá, aqui é a Marta da Silva, queria saber do meu pedido de ontem."
    assert covered(text, "Marta da Silva")


# --- call and counter notes: who took the note, who the call went to ---

def test_agent_initials_after_a_cue_word():
    text = ("PHONE NOTE – Lakeside Water – agent JW – 03/12 09:10\n"
            "Caller Mr Tim Hale about a leak under the meter. Escalated to Priya in billing, ref LW-2231.")
    assert covered(text, "JW")
    assert covered(text, "Priya")
    assert kept(text, "LW-2231")


def test_spanish_note_agent_and_colleague():
    text = "NOTA – ag. MLG – 02/12\nCliente pide cambio de tarifa y factura. Pasado a Lorena (cobros)."
    assert covered(text, "MLG")
    assert covered(text, "Lorena")


def test_counter_note_first_name_in_brackets():
    text = "Ferretería Sol – nota mostrador (Lucho), 28/11\nSe presenta un cliente con una llave rota."
    assert covered(text, "Lucho")


def test_german_note_initials_and_colleague_with_title():
    text = ("Bäckerei Kurz, 01.12., 10:00, aufgen. K.B. ---\n"
            "Kd. will Rückruf wegen der Lieferung. Weiter an Kollegin Fr. Szymańska (Buchhaltung).")
    assert covered(text, "K.B.")
    assert covered(text, "Szymańska")


def test_header_initial_and_surname_between_separators():
    text = "Rückruf 02.12. 11:20 / K. Brunner — Sohn ruft für seine Mutter an, Gerät defekt."
    assert covered(text, "K. Brunner")


def test_portuguese_counter_note_initials_between_dashes():
    text = "Loja Centro – nota de balcão – JP – 27/11\nCliente quer trocar a máquina de café."
    assert covered(text, "JP")
    assert kept(text, "Loja Centro")


def test_service_acronyms_in_a_note_header_are_not_people():
    text = "Note SAV – (VIP) – 02/12\nLe client demande un échange standard de son appareil."
    assert untouched(text, "SAV")
    assert untouched(text, "VIP")


def test_transfer_to_a_department_is_no_name():
    text = "Call log 02/12 – customer asked about a refund. Transferred to Billing, then closed."
    assert untouched(text, "Billing")


# --- English shops named after their owner ---

def test_craft_by_owner_is_a_shop():
    text = "Hi, I own Nails by Keira on the high street and the card reader keeps failing since Monday."
    assert kept(text, "Nails by Keira")


def test_chez_name_and_trade_word_is_a_shop():
    text = "Hello, we are Chez Odette Bakery, we need an order for 40 croissants on Friday please."
    assert kept(text, "Chez Odette Bakery")


def test_first_name_alone_after_a_sign_off_is_still_a_name():
    text = "Thanks for fixing the reader so quickly.\nKeira"
    assert covered(text, "Keira")


# --- staff logins after "admin", "accès", "Zugang" ---

@pytest.mark.parametrize("text, login", [
    ("Bonjour, Justine quitte l'atelier fin décembre, merci de désactiver son accès justine.b_atelier et son adresse.",
     "justine.b_atelier"),
    ("Bitte ein neues Passwort für den Admin kbauer_shop setzen, danke.", "kbauer_shop"),
])
def test_login_after_an_access_or_admin_word(text, login):
    assert covered(text, login)


@pytest.mark.parametrize("text, word", [
    ("Please give admin access to the new manager before Monday.", "access"),
    ("Der Zugang funktioniert nicht mehr seit gestern, bitte prüfen.", "funktioniert"),
])
def test_access_words_alone_take_no_plain_word(text, word):
    assert untouched(text, word)


def test_access_to_a_service_is_no_login():
    text = "Bonjour, mon accès à l'e-banking est bloqué depuis que j'ai changé de téléphone."
    assert untouched(text, "banking")


def test_company_named_after_its_owner_does_not_hide_the_owner():
    text = ("Asunto: factura de Ferrer S.L.\nBuenos días:\nLes escribe Jordi Ferrer Puig, socio del taller. "
            "Ferrer S.L. paga siempre a 30 días.\nUn saludo,\nJordi Ferrer")
    assert covered(text, "Jordi Ferrer Puig")
    assert covered(text, "Jordi Ferrer", 1)
    assert kept(text, "Ferrer S.L.")


# --- a shop named with its owner's familiar title ---

def test_trade_word_title_and_name_is_a_shop_and_the_person_elsewhere_a_name():
    text = "Oi, aqui é o Bruno da Oficina do Seu Zeca, seu Zeca era meu avô e hoje a oficina é minha."
    assert kept(text, "Oficina do Seu Zeca")
    assert covered(text, "Bruno")
    assert covered(text, "Zeca", 1)


def test_spanish_pharmacy_named_after_dona():
    text = "Hola, les escribo desde la Farmacia Doña Pilar, en Teruel. Pilar García al habla."
    assert kept(text, "Farmacia Doña Pilar")
    assert covered(text, "Pilar García")
