"""Redaction round 16 (issue 11): usernames by their shape within a cue's window, in any register; the edges of
names outside English. Every sentence
here was written for this file (none is taken from an evaluation or development set); the variants are generated
cue x shape x language x position."""
from __future__ import annotations

import itertools

import pytest

from plugin.adapters.redaction import engine
from plugin.adapters.redaction.documents import find_bank_details, find_documents
from plugin.adapters.redaction.finish import _grow_names
from plugin.adapters.redaction.secrets import _name_built, find_secrets, find_usernames
from plugin.core.model import Span


def _users(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_usernames(text)]


# (cue sentence with {v}, language)
_PROSE = [
    ("Hi, my username on the app is {v}, can you check it?", "en"),
    ("I logged in as {v} and the basket was empty.", "en"),
    ("Mi usuario en la web es {v} y no me deja entrar.", "es"),
    ("Ayer inicié sesión como {v} pero no salía nada.", "es"),
    ("Mon identifiant sur le site est {v}, merci de vérifier.", "fr"),
    ("Je me suis connecté en tant que {v} hier soir.", "fr"),
    ("Mein Benutzername im Shop lautet {v}, bitte prüfen.", "de"),
    ("Ich war eingeloggt als {v} und sah keine Bestellung.", "de"),
    ("O meu usuário no site é {v} e não consigo entrar.", "pt"),
    ("Entrei como {v} e a compra não aparece.", "pt"),
]
# logins of several shapes: dotted, underscored, letters then digits, initials + surname, first name + surname
_SHAPES = ["nora.blackwood", "tiago_m_84", "wilhelmina77", "rkowalczyk", "kfischer", "adrianamoura"]


@pytest.mark.parametrize(("sentence", "login"), list(itertools.product([s for s, _ in _PROSE], _SHAPES)))
def test_login_after_a_cue_in_five_languages(sentence: str, login: str) -> None:
    assert login in _users(sentence.format(v=login))


@pytest.mark.parametrize(("text", "login"), [
    ("Voicemail transcript: yeah my user is nora dot blackwood underscore 9, thanks", "nora dot blackwood underscore 9"),
    ("Buzón de voz: mi usuario es pili punto sanz, llámenme", "pili punto sanz"),
    ("Message vocal : mon identifiant c'est jean point morel, merci", "jean point morel"),
    ("Mailbox: mein Benutzername ist tom punkt graf, danke", "tom punkt graf"),
    ("Correio de voz: o meu usuário é bia ponto lopes, obrigado", "bia ponto lopes"),
    ("Call notes: caller spelled the username as k r o w l e y 7", "k r o w l e y 7"),
])
def test_login_spelt_out_on_a_call(text: str, login: str) -> None:
    assert login in _users(text)


@pytest.mark.parametrize(("label", "login"), itertools.product(
    ["OP", "OPERATOR", "CASHIER", "CAJERA", "CAISSIÈRE", "HÔTESSE", "BED", "KASSIERER", "OPER", "ATENDENTE"],
    ["tkavanagh", "lu.moreno", "bwalter2"]))
def test_operator_in_a_till_journal(label: str, login: str) -> None:
    line = f"REG 07  {label}: {login}  02/12/2026 10:41\n55012930018"
    assert _users(line) == [login]


@pytest.mark.parametrize(("opener", "login"), itertools.product(
    ["{v} · 3 déc : c'est toujours dispo ?", "{v} (03/12): sigue disponible?", "{v} am 03.12.: noch da?",
     "{v} em 03/12: ainda tem?", "{v} - 3 Dec: is it still for sale?"],
    ["vinyl_junkie_82", "oma.strickt", "zeca.vende"]))
def test_handle_opening_a_marketplace_thread(opener: str, login: str) -> None:
    text = "Annonce copiée du site :\n" + opener.format(v=login) + "\nautre ligne"
    assert login in _users(text)


@pytest.mark.parametrize("text", [
    "my username is wrong",
    "Mi usuario es incorrecto y no puedo entrar.",
    "Mon identifiant est bloqué depuis hier.",
    "Operator: please hold the line",
    "ticket_2231 (12/03): closed by the team",
    "ORDER_5521 (02/12): shipped",
    "My account number is 4471-2231.",
    "Account: ACC-20931",
    "I logged in as a guest and checked out.",
    "Mein Benutzername ist korrekt, das Passwort auch.",
    "Logged in as usual this morning, then the app froze.",
])
def test_no_login_where_none_is_named(text: str) -> None:
    assert _users(text) == []


@pytest.mark.parametrize(("value", "built"), [
    ("rkowalczyk", True), ("adrianamoura", True), ("kfischer7", True),
    ("wrong", False), ("blocked", False), ("incorrect", False), ("password", False), ("broken", False),
])
def test_login_built_from_a_name(value: str, built: bool) -> None:
    assert _name_built(value) is built


# --- names outside English: the edges of a name (finish.split_names -> _grow_names) and closings ending a line ---


def _names(text: str, lang: str) -> list[str]:
    return [text[s.start:s.end] for s in engine.find(text, ner=False, lang=lang) if s.type == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Me llamo Núria Castells i Roig y escribo por la factura.", "es", "Núria Castells i Roig"),
    ("Je m'appelle Jordi Serra i Puig, client depuis 2019.", "fr", "Jordi Serra i Puig"),
    ("Me llamo Lorena Ibarra Tello R. y llamo por la garantía.", "es", "Lorena Ibarra Tello R."),
    ("Le livreur, c'est Ti-Paul qui a signé le bon.", "fr", "Ti-Paul"),
])
def test_name_edges_outside_english(text: str, lang: str, name: str) -> None:
    assert name in _names(text, lang)


@pytest.mark.parametrize(("text", "lang", "found", "grown"), [
    ("Il faut rappeler madame Le Bihan demain matin.", "fr", "Bihan", "Le Bihan"),
    ("Carte client : M. LE ROUX GAËL, appeler le soir", "fr", "ROUX GAËL", "LE ROUX GAËL"),
    ("Carte client : M. LE ROUX GAËL, appeler le soir", "es", "ROUX GAËL", "ROUX GAËL"),  # French only
    ("merci d'avance, bien à vous hortense Marchetti", "fr", "Marchetti", "hortense Marchetti"),
    ("Escribe Valentina Ochoa P. desde Puebla", "es", "Valentina Ochoa", "Valentina Ochoa P."),
    ("Escribe Valentina Ochoa P. desde Puebla", "fr", "Valentina Ochoa", "Valentina Ochoa"),
])
def test_a_found_name_grows_to_its_edges(text: str, lang: str, found: str, grown: str) -> None:
    start = text.index(found)
    spans = _grow_names(text, [Span("PERSON", start, start + len(found), 0.8)], lang)
    assert [text[s.start:s.end] for s in spans] == [grown]


@pytest.mark.parametrize(("closing", "lang"), [
    ("Je vous prie d'agréer, Madame, mes salutations,", "fr"),
    ("Le remboursement m'arrangerait. Meilleures salutations,", "fr"),
    ("Quedo a la espera de su respuesta. Reciba un cordial saludo,", "es"),
])
def test_signature_after_a_closing_that_ends_its_line(closing: str, lang: str) -> None:
    text = f"Bonjour, la commande est arrivée cassée.\n{closing}\nhortense Marchetti\n"
    assert any("Marchetti" in n and "hortense" in n for n in _names(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Mi tía Consuelo recoge el paquete mañana.", "es"),
    ("Hablé con mi hermano Abencio ayer.", "es"),
    ("Mon mari Thierry passera le chercher.", "fr"),
    ("Et notre clé Slack du webhook a changé.", "fr"),
])
def test_no_ordinary_word_joins_a_name(text: str, lang: str) -> None:
    first = text.split()[1]
    assert not any(first in n for n in _names(text, lang))


# --- secrets, passphrases and card codes ---


def _secrets(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_secrets(text)]


@pytest.mark.parametrize(("label", "phrase"), itertools.product(
    ["Pickup password (only for my neighbour)", "Palabra clave de entrega", "Mot de passe du casier",
     "Kennwort für Abholung", "Palavra-passe de levantamento", "Collection passphrase"],
    ["orange kettle", "río verde", "lune bleue claire"]))
def test_passphrase_after_a_field_label(label: str, phrase: str) -> None:
    text = f"Order details\n{label}: {phrase}\nThank you"
    assert phrase in _secrets(text)


@pytest.mark.parametrize("text", [
    "Pickup password (only for my neighbour): not set yet",
    "Mot de passe du compte : oublié depuis hier",
])
def test_no_passphrase_where_the_field_says_what_happened(text: str) -> None:
    assert _secrets(text) == []


@pytest.mark.parametrize(("question", "answer"), [
    ("Bot: And the answer to your memorable question?\n[09:12] Customer: ", "mango the parrot"),
    ("Asistente: ¿Respuesta a tu pregunta secreta?\n10:22 Tú: ", "perro azul"),
    ("Bot : Réponse à votre question secrète ?\n[11:40] Vous : ", "tarte aux prunes"),
])
def test_security_answer_in_a_timestamped_chat(question: str, answer: str) -> None:
    assert answer in _secrets(question + answer + "\n")


def _codes(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_bank_details(text) if s.type == "CARD_SECURITY"]


@pytest.mark.parametrize(("text", "values"), [
    ('"edit field, Expiration date, 04/31"\n"edit field, Security code, 905"', ["04/31", "905"]),
    ("« champ, Date d'expiration, 04/31 »\n« champ, Cryptogramme, 905 »", ["04/31", "905"]),
    ('„Textfeld, Gültig bis, 04/31"\n„Textfeld, Prüfnummer, 905"', ["04/31", "905"]),
    ('"campo, Validade, 04/31"\n"campo, Código de segurança, 905"', ["04/31", "905"]),
    ("the expiry is 04/31 and the 3 digits 905, sorry", ["04/31", "905"]),
    ("ma carte expirant fin 04/31, merci", ["04/31"]),
])
def test_card_expiry_and_code_after_a_comma(text: str, values: list[str]) -> None:
    assert all(v in _codes(text) for v in values)


def test_the_last_four_digits_are_no_security_code() -> None:
    assert _codes("the card ending, the last 4 digits 4242, was charged") == []


def _dobs(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_documents(text) if s.type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(("label", "value"), [
    ("Date of\nbirth:", "02/14/1977"), ("Fecha de naci-\nmiento:", "14/02/1977"), ("Date de nais-\nsance :", "14/02/1977"),
    ("Geburts-\ndatum:", "14.02.1977"), ("Data de nasci-\nmento:", "14/02/1977"),
])
def test_birth_date_after_a_label_broken_across_lines(label: str, value: str) -> None:
    text = f"Scanned form\nName: Q. Example   {label} {value}   Ref: FRM-2231"
    assert _dobs(text) == [value]


@pytest.mark.parametrize(("question", "reply", "value"), [
    ("Bot: please type your date of birth so we know it's you.", "Customer: 3 Mar 1969", "3 Mar 1969"),
    ("Bot: nome completo e data de nascimento, por favor.", "10:01 Você: Zeca Lima, 05/06/1971", "05/06/1971"),
    ("Bot: ¿Tu fecha de nacimiento?", "Tú: 9 de mayo del 74 y gracias", "9 de mayo del 74"),
    ("Bot : votre date de naissance ?", "Vous : 12/10/1980. Merci", "12/10/1980"),
    ("Bot: Geburtsdatum bitte.", "Ich: 01.02.1966, und jetzt?", "01.02.1966"),
])
def test_birth_date_answering_a_chat_question(question: str, reply: str, value: str) -> None:
    assert value in _dobs(f"{question}\n{reply}\n")


def test_an_order_date_answering_a_birth_question_stays() -> None:
    assert _dobs("Bot: date of birth?\nCustomer: I ordered on 12/11/2025 though\n") == []


def _ids(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_documents(text) if s.type == "NATIONAL_ID"]


@pytest.mark.parametrize(("question", "reply", "value"), [
    ("Bot: Para validar, indique o seu NIF.", "Você: 287104455", "287104455"),
    ("Ana (Loja): Pode me passar o CPF do titular?", "[10:02] Você: 39104477285", "39104477285"),
    ("Asistente: ¿Me das tu DNI?", "Tú: 48812290K", "48812290K"),
    ("Agent: What's your tax number?", "09:14 Customer: 2299 4410 77", "2299 4410 77"),
])
def test_id_answering_a_chat_question(question: str, reply: str, value: str) -> None:
    assert value in _ids(f"{question}\n{reply}\n")


@pytest.mark.parametrize("text", [
    "Bot: your CPF?\nVocê: não tenho agora, pedido 2231-99812\n",
    "Bot: DNI, por favor.\nTú: vale\n",
])
def test_no_id_where_the_reply_gives_none(text: str) -> None:
    assert _ids(text) == []


def test_uk_taxpayer_reference_after_its_cue() -> None:
    assert "4410229871" in _ids("self-employed since 2019, UTR 4410229871, happy to send proof")


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Ya hablé con Evaristo ayer y no me dio solución.", "es", "Evaristo"),
    ("Pregunten por Fermina en la recepción.", "es", "Fermina"),
    ("Le livreur est reparti avec Gisèle sans laisser de bon.", "fr", "Gisèle"),
    ("Le carton est resté chez Ghislain depuis lundi.", "fr", "Ghislain"),
    ("Falei com Rosângela na loja e ela confirmou.", "pt", "Rosângela"),
])
def test_first_name_after_a_preposition_of_person(text: str, lang: str, name: str) -> None:
    assert name in _names(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Pagué con Mastercard y lo mandaron por Correos en mayo.", "es"),
    ("Livraison par Chronopost pour Noël, avec Colissimo en secours.", "fr"),
    ("Paguei com Visa por Pix e chegou pelos Correios.", "pt"),
    ("Déménagement à Sion au 1er janvier, puis à Annecy.", "fr"),  # "à" takes places too: left alone
])
def test_no_person_after_a_preposition_of_things(text: str, lang: str) -> None:
    assert _names(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "found", "listed"), [
    ("Merci à Ruedi, Noémie et Blerim pour le montage.", "fr", "Noémie", ["Ruedi", "Blerim"]),
    ("Nos atendieron entre Garazi y Itziar toda la tarde.", "es", "Garazi", ["Itziar"]),
    ("Quem montou foi o Caio e Thaisa, muito simpáticos.", "pt", "Caio", ["Thaisa"]),
])
def test_names_listed_with_a_found_name(text: str, lang: str, found: str, listed: list[str]) -> None:
    start = text.index(found)
    spans = _grow_names(text, [Span("PERSON", start, start + len(found), 0.8)], lang)
    assert [text[s.start:s.end] for s in spans] == sorted([found, *listed], key=text.index)
