"""Redaction round 37a (issue 11): an address span grown over the parts next to it (unit, district, state code,
postcode and town, the street's type word, the street line above a district line). Every sentence here was written
for this file (none is taken from an evaluation or development set)."""
from __future__ import annotations

import pytest

from plugin.adapters.redaction.address_completion import complete_addresses
from plugin.core.model import Span
from tests.redaction_spans import inside_one_span, untouched


def _grown(text: str, piece: str) -> str:
    start = text.index(piece)
    out = complete_addresses(text, [Span("STREET_ADDRESS", start, start + len(piece), 0.7)])
    return next(text[s.start:s.end] for s in out if s.type == "STREET_ADDRESS")


@pytest.mark.parametrize("text,piece,value", [
    # es: unit, district, postcode, state code with its dot
    ("Mándenlo a Priv. Girasoles 48, int. 3, Col. Lomas Altas, 62210 Cuernavaca, Mor. por favor",
     "62210 Cuernavaca", "Priv. Girasoles 48, int. 3, Col. Lomas Altas, 62210 Cuernavaca, Mor."),
    # pt: unit, district, town, state after a dash, CEP
    ("Entrega na Rua das Palmeiras 310, apto 45, Jardim Europa, Sorocaba - SP, 18045-120. Obrigada",
     "Rua das Palmeiras 310", "Rua das Palmeiras 310, apto 45, Jardim Europa, Sorocaba - SP, 18045-120"),
    # fr: the street's abbreviated type word before the name the recognizer found
    ("Écrivez-moi au ch. des Cerisiers 14, 1162 Saint-Prex s'il vous plaît",
     "Cerisiers 14, 1162 Saint-Prex", "ch. des Cerisiers 14, 1162 Saint-Prex"),
    # de: a floor between street and postcode
    ("Bitte an Kastanienweg 3, 2. OG rechts, 79102 Freiburg schicken",
     "79102 Freiburg", "Kastanienweg 3, 2. OG rechts, 79102 Freiburg"),
    # en: a unit after the street, then town, state and ZIP
    ("Ship it to 415 Marigold Ave, Unit 12, Boise, ID 83702 thanks",
     "415 Marigold Ave", "415 Marigold Ave, Unit 12, Boise, ID 83702"),
])
def test_address_grows_over_adjacent_parts(text: str, piece: str, value: str) -> None:
    assert _grown(text, piece) == value


def test_street_line_above_a_district_line() -> None:
    text = "PARA: RENATA GIL\nAV. JUÁREZ 77 INT. 2\nCOL. OBRERA, 06800 CIUDAD DE MÉXICO, CDMX\nTEL: 55 5555 0101"
    assert _grown(text, "06800 CIUDAD DE MÉXICO") == "AV. JUÁREZ 77 INT. 2\nCOL. OBRERA, 06800 CIUDAD DE MÉXICO, CDMX"


@pytest.mark.parametrize("text,piece,stop", [
    # an identifier's label after the town is no state code
    ("Wohnhaft Lindenhof 8, 6020 Innsbruck, SV-Nr. 4412 120390, danke", "Lindenhof 8, 6020 Innsbruck", "SV"),
    ("Vivo en calle Olmo 5, 28010 Madrid, DNI 11223344B, gracias", "calle Olmo 5, 28010 Madrid", "DNI"),
    # a floor after the town is the visit's detail, words in capitals after it are prose
    ("C'est route des Prés 2, 1030 Bussigny, 3e étage sans lift", "route des Prés 2, 1030 Bussigny", "étage"),
    ("ICH WOHNE AM MARKT 4, 55116 MAINZ SMS BITTE AN MICH", "AM MARKT 4, 55116 MAINZ", "SMS"),
    # prose after the town
    ("Send it to 12 Oak Lane, Leeds LS6 1AA. Thanks a lot", "12 Oak Lane, Leeds LS6 1AA", "Thanks"),
])
def test_address_stops_before_what_is_not_an_address(text: str, piece: str, stop: str) -> None:
    assert stop not in _grown(text, piece)


def test_postcode_read_as_a_phone_joins_the_address() -> None:
    text = "Moro na Rua Sete 90, Centro, Goiás - GO, 76600-000. Valeu"
    start = text.index("Rua")
    pc = text.index("76600-000")
    out = complete_addresses(text, [Span("STREET_ADDRESS", start, start + len("Rua Sete 90"), 0.7),
                                    Span("PHONE_NUMBER", pc, pc + 9, 0.6)])
    assert [(s.type, text[s.start:s.end]) for s in out] == [
        ("STREET_ADDRESS", "Rua Sete 90, Centro, Goiás - GO, 76600-000")]


def test_other_findings_are_never_swallowed() -> None:
    text = "Av. Sol 4, 80000 Culiacán, Sin., tel 667 555 0100"
    start = text.index("Av.")
    tel = text.index("667")
    out = complete_addresses(text, [Span("STREET_ADDRESS", start, start + len("Av. Sol 4, 80000 Culiacán"), 0.7),
                                    Span("PHONE_NUMBER", tel, tel + 12, 0.8)])
    assert ("PHONE_NUMBER", "667 555 0100") in [(s.type, text[s.start:s.end]) for s in out]


@pytest.mark.parametrize("text,value", [
    ("Mi dirección: Av. Hidalgo 230, int. 5, Col. Centro, 91000 Xalapa, Ver. Gracias.",
     "Av. Hidalgo 230, int. 5, Col. Centro, 91000 Xalapa, Ver."),
    ("Neue Anschrift: Postfach 31 62 08, 70173 Stuttgart.", "Postfach 31 62 08, 70173 Stuttgart"),
    ("Please post it to 8 Wattle Pde, Hornsby NSW 2077.", "8 Wattle Pde, Hornsby NSW 2077"),
])
def test_end_to_end(text: str, value: str) -> None:
    assert inside_one_span(text, value)


def test_ordinary_prose_stays() -> None:
    text = "We met at the Central Station, Platform 4, near the café."
    assert untouched(text, "near the café")


# --- names typed in lower case ---------------------------------------------------------------------------------------

def _names(text: str, spans: list[Span]) -> list[str]:
    from plugin.adapters.redaction.name_completion import complete_lower_names

    return [text[s.start:s.end] for s in complete_lower_names(text, spans) if s.type == "PERSON"]


def _person(text: str, value: str) -> Span:
    start = text.index(value)
    return Span("PERSON", start, start + len(value), 0.7)


@pytest.mark.parametrize("text,found,value", [
    ("hello, this is daniela ferreira about my order", "daniela", "daniela ferreira"),  # en, listed surname
    ("soy tomás okonkwo nacido el 3 de mayo", "tomás", "tomás okonkwo"),  # es, unlisted before an identity detail
    ("ich bin lukas ndiaye geb. 1990", "lukas", "lukas ndiaye"),  # de
    ("signé: m. van der", "m. van der", "m. van der"),  # nothing after the particle: unchanged
])
def test_lower_case_surname_after_a_first_name(text: str, found: str, value: str) -> None:
    assert value in _names(text, [_person(text, found)])


@pytest.mark.parametrize("text,value", [
    ("our neighbour mrs abernathy-kole took the parcel", "abernathy-kole"),  # en
    ("la sra. quiroga firmó el albarán", "quiroga"),  # es
    ("c'est mme lefort qui a signé", "lefort"),  # fr
    ("notes de l'agent (t. marchetti)", "t. marchetti"),  # fr, initial and surname in brackets
    ("Rückruf erledigt — k. vogelsang", "k. vogelsang"),  # de, a note signed with an initial
    ("pedido em nome de (mariana quintela no cadastro)", "mariana quintela"),  # pt, first and last name in brackets
])
def test_lower_case_names_by_their_cue(text: str, value: str) -> None:
    assert value in _names(text, [])


@pytest.mark.parametrize("text", [
    "we went to the dr appointment with mum",  # "dr" before an English word
    "mrs the one at the desk",  # a function word after the title
    "la sra. casa es grande",  # an ordinary word after the title
    "as agreed (see notes below)",
])
def test_lower_case_words_that_are_no_names(text: str) -> None:
    assert _names(text, []) == []


@pytest.mark.parametrize("text,piece,value", [
    # en: a street with a direction and an ordinal before its unit
    ("We moved to 2710 SW 3rd Ave, Apt 9, Tulsa, OK 74105 last week", "Apt 9, Tulsa, OK 74105",
     "2710 SW 3rd Ave, Apt 9, Tulsa, OK 74105"),
    # fr (Québec): the house number before a comma
    ("Livrez au 4410, 2e Avenue, Laval (Québec) H7R 3B2 svp", "2e Avenue, Laval (Québec) H7R 3B2",
     "4410, 2e Avenue, Laval (Québec) H7R 3B2"),
    # pt: the number after the street's comma, the state after a dash
    ("mora na Rua 14, 230, Setor Sul, Anápolis - GO, 75080-410, zap", "75080-410",
     "Rua 14, 230, Setor Sul, Anápolis - GO, 75080-410"),
    # es: a street's name and number before the district
    ("Lic. Ana Soto\nRío Lerma 88, Col. Cuauhtémoc, 06500 Ciudad de México, CDMX", "Col. Cuauhtémoc, 06500",
     "Río Lerma 88, Col. Cuauhtémoc, 06500 Ciudad de México, CDMX"),
])
def test_street_before_its_parts(text: str, piece: str, value: str) -> None:
    assert _grown(text, piece) == value


def test_town_state_and_cep_open_an_address() -> None:
    text = "Entrega: Travessa das Gaivotas 51, casa 2, Campeche, Florianópolis - SC, 88063-300. valeu"
    cep = text.index("88063-300")
    out = complete_addresses(text, [Span("PHONE_NUMBER", cep, cep + 9, 0.6)])
    assert [(s.type, text[s.start:s.end]) for s in out] == [
        ("STREET_ADDRESS", "Travessa das Gaivotas 51, casa 2, Campeche, Florianópolis - SC, 88063-300")]


def test_a_phone_of_other_shape_stays_a_phone() -> None:
    text = "Rua Nova 3, 4000-100 Porto, tel 91234-5678"
    start = text.index("Rua")
    tel = text.index("91234-5678")
    out = complete_addresses(text, [Span("STREET_ADDRESS", start, start + len("Rua Nova 3, 4000-100 Porto"), 0.7),
                                    Span("PHONE_NUMBER", tel, tel + 10, 0.8)])
    assert ("PHONE_NUMBER", "91234-5678") in [(s.type, text[s.start:s.end]) for s in out]


@pytest.mark.parametrize("text,piece,value", [
    # fr: a place's name before the street it stands on
    ("1) La Bergerie Haute, 8 chemin des Saules, 24100 Bergerac\n2) merci", "8 chemin des Saules, 24100 Bergerac",
     "La Bergerie Haute, 8 chemin des Saules, 24100 Bergerac"),
    ("l'adresse La Maison Rouge, 12 route de Lussac, 86000 Poitiers à personne", "86000 Poitiers",
     "La Maison Rouge, 12 route de Lussac, 86000 Poitiers"),
])
def test_place_name_before_the_street(text: str, piece: str, value: str) -> None:
    assert _grown(text, piece) == value


@pytest.mark.parametrize("text,value", [
    # pt: a development's name, its units and the postcode open an address no recognizer found
    ("Dados:\nUrbanização Vale Verde, lote 3, 2.º D, 2790-120 Carnaxide\nFim",
     "Urbanização Vale Verde, lote 3, 2.º D, 2790-120 Carnaxide"),
    # es: a Mexican state's abbreviation and the postcode after the town
    ("la entrega era en Calle 20 de Noviembre 8, San Pedro Cholula, Pue., 72760\nok",
     "Calle 20 de Noviembre 8, San Pedro Cholula, Pue., 72760"),
])
def test_seeded_addresses(text: str, value: str) -> None:
    out = complete_addresses(text, [])
    assert value in [text[s.start:s.end] for s in out if s.type == "STREET_ADDRESS"]


def test_a_title_word_and_a_company_stay() -> None:
    text = "Le colis La Poste est arrivé, 3 jours de retard."
    assert complete_addresses(text, []) == []
