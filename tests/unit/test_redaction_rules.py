"""The redaction package's rules in five languages (InMemoryRedactor: no spaCy, no Presidio).

Tables of text -> expected (type, value), in the style of presidio's own tests. Written for these tests; none of
these sentences is in eval/redaction_blind or eval/redaction_e2e.
"""
import pytest

from plugin.adapters.inmemory_redactor import InMemoryRedactor
from plugin.adapters.redaction import language


def found(text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start:s.end]) for s in InMemoryRedactor().find(text)]


def covered(text: str, value: str) -> bool:
    start = text.index(value)
    spans = InMemoryRedactor().find(text)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(value)) if text[i].isalnum())


FOUND = [
    # dates of birth, only after a birth cue
    ("DOB 1979-11-02, thanks", "DATE_OF_BIRTH", "1979-11-02"),
    ("I was born on 4 March 1962 in Leeds", "DATE_OF_BIRTH", "4 March 1962"),
    ("Geburtsdatum 07.06.1955", "DATE_OF_BIRTH", "07.06.1955"),
    ("nacida el 30 de enero de 1990", "DATE_OF_BIRTH", "30 de enero de 1990"),
    ("née le 12/01/1970 à Nantes", "DATE_OF_BIRTH", "12/01/1970"),
    ("data de nascimento: 19/03/1983", "DATE_OF_BIRTH", "19/03/1983"),
    # documents and national ids
    ("my passport number is 533380006", "PASSPORT", "533380006"),
    ("Reisepass C01X00T47", "PASSPORT", "C01X00T47"),
    # ICAO 9303 specimen MRZ (TD3): both lines
    ("scan:\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n", "PASSPORT",
     "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
    ("scan:\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n", "PASSPORT",
     "L898902C36UTO7408122F1204159ZE184226B<<<<<10"),
    ("driver's license: F255-921-50-094-0", "DRIVER_LICENSE", "F255-921-50-094-0"),
    ("Führerschein J010000SD51", "DRIVER_LICENSE", "J010000SD51"),
    ("DNI 12345678Z", "NATIONAL_ID", "12345678Z"),
    ("mi NIE es X1234567L", "NATIONAL_ID", "X1234567L"),
    ("CURP HEGG560427MVZRRL04", "NATIONAL_ID", "HEGG560427MVZRRL04"),
    ("codice fiscale MRTMTT91D08F205J", "NATIONAL_ID", "MRTMTT91D08F205J"),
    ("NI no. AB123456C", "NATIONAL_ID", "AB123456C"),
    ("CPF 123.456.789-09", "NATIONAL_ID", "123.456.789-09"),
    ("AHV 756.3047.5009.62", "NATIONAL_ID", "756.3047.5009.62"),
    ("my ssn is 078051120", "US_SSN", "078051120"),
    # bank and card details
    # (round 14) a bank code and the account right after it are one value
    ("sort code 60-16-13, account number 31926819", "BANK_ACCOUNT", "60-16-13, account number 31926819"),
    ("sort code 60-16-13; account number 31926819", "BANK_ACCOUNT", "31926819"),
    ("card 4111 1111 1111 1111 expiry 07/29 cvv 123", "CARD_SECURITY", "07/29"),
    ("card 4111 1111 1111 1111 expiry 07/29 cvv 123", "CARD_SECURITY", "123"),
    ("Karte gültig bis 11/30, Prüfnummer 456", "CARD_SECURITY", "456"),
    # credentials
    ("the password is hunter2 if you need it", "SECRET", "hunter2"),
    ("mi contraseña: Gato!2023", "SECRET", "Gato!2023"),
    ("mon mot de passe est soleil99", "SECRET", "soleil99"),
    ("Kennwort lautet Tanne7", "SECRET", "Tanne7"),
    ("a minha senha é azul123", "SECRET", "azul123"),
    ("use password Tr0mb0ne to log in", "SECRET", "Tr0mb0ne"),
    ("Security question (first school): St Mary's", "SECRET", "St Mary's"),
    ("2026-01-02 ERROR login failed user=bob_the_builder", "USERNAME", "bob_the_builder"),
    ("https://shop.example.com/reset?token=ab12cd34ef56", "URL_SECRET", "ab12cd34ef56"),
    # phones in words
    ("ring me on oh seven seven double oh nine eight one two three", "PHONE_NUMBER",
     "oh seven seven double oh nine eight one two three"),
    ("mein Handy: null eins sieben zwei drei vier fünf sechs", "PHONE_NUMBER",
     "null eins sieben zwei drei vier fünf sechs"),
    # names in five languages and noisy forms
    ("Me llamo Rocío Gutiérrez y tengo un problema", "PERSON", "Rocío Gutiérrez"),
    ("Je m'appelle Étienne Marchand", "PERSON", "Étienne Marchand"),
    ("Mein Name ist Henrike Vogel", "PERSON", "Henrike Vogel"),
    ("Meu nome é Gustavo Pereira", "PERSON", "Gustavo Pereira"),
    ("Atentamente,\nRocío", "PERSON", "Rocío"),
    ("Viele Grüße\nHenrike", "PERSON", "Henrike"),
    ("Nachname: Vogel", "PERSON", "Vogel"),
    ("ping @marta_g_77 please", "SOCIAL_HANDLE", "marta_g_77"),
    ("so annoyed #MarcoBianchi", "PERSON", "MarcoBianchi"),
    ("signed 李娜", "PERSON", "李娜"),
    ("Thanks, Robert (Bobby)", "PERSON", "Bobby"),
]


@pytest.mark.parametrize("text, kind, value", FOUND)
def test_finds(text, kind, value):
    assert (kind, value) in found(text)


ADDRESSES = [
    ("https://shop.example.com/u/jane@example.org/settings", "jane@example.org"),
    ("Flat 2, 8 Abbey Road, London NW8 9AY", "Flat 2, 8 Abbey Road, London NW8 9AY"),
    ("Lieferadresse: Goethestraße 3, 2. OG, 80336 München", "Goethestraße 3, 2. OG, 80336 München"),
    ("mi domicilio es Calle Mayor 10, 1º A, 28013 Madrid.", "Calle Mayor 10, 1º A, 28013 Madrid"),
    ("adresse : 7 place Bellecour, 69002 Lyon", "7 place Bellecour, 69002 Lyon"),
    ("Endereço: Rua das Flores 55, 4050-262 Porto", "Rua das Flores 55, 4050-262 Porto"),
    ("I live at 99 Queen St W, Toronto ON M5H 2N2", "99 Queen St W, Toronto ON M5H 2N2"),
]


@pytest.mark.parametrize("text, address", ADDRESSES)  # addresses to postcode and town, URL path segments
def test_whole_values_are_hidden(text, address):
    assert covered(text, address)


KEPT = [
    ("order 204-5530921-7781034 never came", "204-5530921-7781034"),
    ("Kundennummer AB-7712-03 bitte prüfen", "AB-7712-03"),
    ("the Hemnes dresser from Nordvik AS arrived", "Nordvik AS"),
    ("mi pedido PED-8812 de Muebles Sur S.L.", "Muebles Sur S.L."),
    ("la lavadora Balay 3TS976 no centrifuga", "Balay 3TS976"),
    ("it cost CHF 45.50", "CHF 45.50"),
    ("livré le 12 mars", "12 mars"),
    ("tracking 1Z12345E0291980793", "1Z12345E0291980793"),
    ("account 301-22-9981 is mine", "301-22-9981"),
    ("Danke @KaffeeKontor für den Service", "KaffeeKontor"),
]


@pytest.mark.parametrize("text, identifier", KEPT)
def test_identifiers_are_kept(text, identifier):
    start = text.index(identifier)
    assert not [s for s in InMemoryRedactor().find(text) if s.start < start + len(identifier) and start < s.end]


ORDINARY = [
    "Sehr geehrte Damen und Herren, die Lieferung kam leider beschädigt an. Bitte um Rückmeldung.",
    "Bonjour Madame, Monsieur, je suis très déçue du service client et j'attends une réponse.",
    "Hola, buenas tardes. Soy cliente desde hace años y nunca me había pasado algo así.",
    "Olá, bom dia. Sou cliente há muito tempo e gostaria de cancelar a assinatura.",
    "Guten Tag, ich bin sehr unzufrieden. Der Kundenservice antwortet nicht.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_in_other_languages_is_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text, lang", [
    ("Sehr geehrte Damen und Herren, die Lieferung kam leider beschädigt an.", "de"),
    ("Bonjour, je n'ai toujours pas reçu ma commande passée il y a deux semaines.", "fr"),
    ("Hola, el paquete no ha llegado y nadie me responde en el chat.", "es"),
    ("Olá, a encomenda ainda não chegou e ninguém responde no chat.", "pt"),
    ("Hi, the parcel still has not arrived and nobody answers in the chat.", "en"),
    ("ok", "en"),
])
def test_language_detection(text, lang):
    assert language.detect(text) == lang
