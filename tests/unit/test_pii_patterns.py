"""Rule recognizers, keep list, known values and span resolution (plugin/adapters/redaction) — no spaCy, no Presidio."""
import pytest

from plugin.adapters.inmemory_redactor import InMemoryRedactor
from plugin.adapters.redaction import keep
from plugin.adapters.redaction.known import find_known
from plugin.adapters.redaction.spans import resolve_overlaps
from plugin.core.model import KnownValue, Span


def find_all(text: str) -> list[Span]:
    return InMemoryRedactor().find(text)


def found(text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start:s.end]) for s in find_all(text)]


@pytest.mark.parametrize("text, expected", [
    ("mail me at jane.doe+x@example.co.uk", ("EMAIL_ADDRESS", "jane.doe+x@example.co.uk")),
    ("john dot smith at gmail dot com", ("EMAIL_ADDRESS", "john dot smith at gmail dot com")),
    ("write to john[at]example[.]com", ("EMAIL_ADDRESS", "john[at]example[.]com")),
    ("or maria (at) acme (dot) org please", ("EMAIL_ADDRESS", "maria (at) acme (dot) org")),
    ("call +44 20 7946 0958 today", ("PHONE_NUMBER", "+44 20 7946 0958")),
    ("call 0049 30 901820", ("PHONE_NUMBER", "0049 30 901820")),
    ("call +91 98765 43210", ("PHONE_NUMBER", "+91 98765 43210")),
    ("call +55 (11) 91234-5678", ("PHONE_NUMBER", "+55 (11) 91234-5678")),
    ("call (212) 555-0198 ext. 42", ("PHONE_NUMBER", "(212) 555-0198 ext. 42")),
    ("call 212.555.0198", ("PHONE_NUMBER", "212.555.0198")),
    ("my mobile is 07911123456", ("PHONE_NUMBER", "07911123456")),
    ("card 2223 0031 2200 3222", ("CREDIT_CARD", "2223 0031 2200 3222")),
    ("card 4111-1111-1111-1111", ("CREDIT_CARD", "4111-1111-1111-1111")),
    ("amex 378282246310005", ("CREDIT_CARD", "378282246310005")),
    ("IBAN DE89 3704 0044 0532 0130 00 thanks", ("IBAN_CODE", "DE89 3704 0044 0532 0130 00")),
    ("iban gb82west12345698765432", ("IBAN_CODE", "gb82west12345698765432")),
    ("SSN 123-45-6789", ("US_SSN", "123-45-6789")),
    ("social security number 123456789", ("US_SSN", "123456789")),
    ("from 192.168.10.45 and", ("IP_ADDRESS", "192.168.10.45")),
    ("from 2001:db8::ff00:42:8329 and", ("IP_ADDRESS", "2001:db8::ff00:42:8329")),
    ("I live at 742 Evergreen Terrace, Springfield, OR 97403.",
     ("STREET_ADDRESS", "742 Evergreen Terrace, Springfield, OR 97403")),
    ("Hauptstraße 5", ("STREET_ADDRESS", "Hauptstraße 5")),
    ("she is from South Trevor, AR 63988 originally", ("STREET_ADDRESS", "South Trevor, AR 63988")),
    ("Via Roma 131", ("STREET_ADDRESS", "Via Roma 131")),
    ("flat is Apt 4B", ("STREET_ADDRESS", "Apt 4B")),
    ("London SW1A 2AA", ("STREET_ADDRESS", "SW1A 2AA")),
    ("Thanks,\nPriya", ("PERSON", "Priya")),
    ("regards, john", ("PERSON", "john")),
    ("Hi, this is maria gonzalez, my", ("PERSON", "maria gonzalez")),
    ("My name is Rubija", ("PERSON", "Rubija")),
    # names without spaCy: questions, lists, chat lines, possessives, name shapes, the line above an address
    ("What's your last name? Boyle", ("PERSON", "Boyle")),
    ("Agent: What's the name on the account? User: Esat Jeknic", ("PERSON", "Esat Jeknic")),
    ("Usamov and Bowers were precision engineers", ("PERSON", "Usamov")),
    ("Usamov and Bowers were precision engineers", ("PERSON", "Bowers")),
    ("they had 3: silvana, adam and caleb.", ("PERSON", "silvana")),
    ("Steve: You saved my life!", ("PERSON", "Steve")),
    ("As promised, here's Hilarion's address", ("PERSON", "Hilarion")),
    ("Zeliha Sultygov\n\nMental health is", ("PERSON", "Zeliha Sultygov")),
    ("Directed By:    Sari J. Paavolainen", ("PERSON", "Sari J. Paavolainen")),
    ("than early Yefremova?", ("PERSON", "Yefremova")),
    ("Djevad Šušulić, the IT manager, said", ("PERSON", "Djevad Šušulić")),
    ("Tomomi Nishiyama lives at the corner", ("PERSON", "Tomomi Nishiyama")),
    ("Date: 2020-01-01\\nName: Kosara Reišl\\nPhone: none", ("PERSON", "Kosara Reišl")),  # escaped twice
    ("Billing address: Sara Schwarz\n 28245 Puruntie 5\n Oulu\n Finland 90100", ("PERSON", "Sara Schwarz")),
    ("Cheers, tina", ("PERSON", "tina")),
    # address blocks, EU/LatAm forms confirmed by a postcode, Hungarian street types, corners, named streets
    ("Gregory\n\n233 Erzsébet tér 19.\n Suite 282\n Domoszló\n Hungary 34796\n(37) 788-063",
     ("STREET_ADDRESS", "233 Erzsébet tér 19.\n Suite 282\n Domoszló\n Hungary 34796")),
    ("> 009 Slovenčeva 51\n> Suite 632\n> Črni Vrh\n> Slovenia 15755",
     ("STREET_ADDRESS", "009 Slovenčeva 51\n> Suite 632\n> Črni Vrh\n> Slovenia 15755")),
    ("Slovenčeva 51, 10115 Berlin", ("STREET_ADDRESS", "Slovenčeva 51, 10115 Berlin")),
    ("The restaurant is at 5521 119 Countess Close", ("STREET_ADDRESS", "5521 119 Countess Close")),
    ("send a new one to the corner of Kuusiku 7 and Alexander Flat? I am",
     ("STREET_ADDRESS", "the corner of Kuusiku 7 and Alexander Flat")),
    ("early shows on Berg Hills Street were", ("STREET_ADDRESS", "Berg Hills Street")),
])
def test_finds(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Order #12345 is late", "see ORD-2024-0042", "order 998877 please", "ticket 88213 was closed",
    "SKU-AB-1234 is out of stock", "tracking 1Z999AA10123456784", "invoice INV-2024-000871",
    "it cost $49.99 or €120,00", "on 2024-03-01 at 10:30", "cancel purchase 113542617735902",
    "fedex tracking 7489 1234 5678", "ticket 2024-000871 again", "Date: 2018-05-03 10:58:54.472864",
    "I bought 3 new road bikes", "Can I upgrade to Windows 11?", "thanks for your help", "Thanks,\nThe Acme Team",
    "unit price is 5", "My email address is blank", "version 1.2.3 crashed", "ZIP: 6250-120",
    "I have 2 Windows 10 laptops", "Meet at 4 Seasons 5, pls", "buy it in 2 Pack 12", "at 2 Galaxy 9, ticket 55",
    "Version 4 Build 12\nTicket 55555", "I will be travelling to France next week", "Jordan, Paris and Milan",
    "I work with Microsoft and Amazon and Google", "There's this nice new German place downtown",
    "see you on Monday, March 3", "Bot: Where would you like it sent?",
])
def test_leaves_identifiers_and_prose_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text, kind, value", [
    ("Hi Apple Support, my Dell XPS 13 broke", "PERSON", "Apple"),
    ("Cheers, tina", "PERSON", "Cheers"),
    ("Ship to 742 Evergreen Terrace\nOrder 12345\nThanks", "STREET_ADDRESS", "742 Evergreen Terrace\nOrder 12345"),
])
def test_does_not_find(text, kind, value):
    assert (kind, value) not in found(text)


@pytest.mark.parametrize("text, identifier", [
    ("Ship to 742 Evergreen Terrace\nOrder 12345\nThanks", "12345"),
    ("Please ship to 5 Rue de Rivoli\n75001 Paris\nFrance\nOrder ORD-2024-0042", "ORD-2024-0042"),
    ("Slovenčeva 51\n Ljubljana\n Invoice 10115", "10115"),
    ("my address is 5 Elm Road, order 55512 is late", "55512"),
])
def test_address_blocks_stop_before_identifiers(text, identifier):
    start = text.index(identifier)
    assert not [s for s in find_all(text) if s.start < start + len(identifier) and start < s.end]


def test_address_cut_before_an_identifier_keeps_the_street():
    assert found("my address is 5 Elm Road, order 55512 is late") == [("STREET_ADDRESS", "5 Elm Road")]
    assert found("Ship to 742 Evergreen Terrace\nOrder 12345") == [("STREET_ADDRESS", "742 Evergreen Terrace")]


def test_adjacent_person_spans_are_merged():
    from plugin.adapters.redaction.name_context import refine_names

    text = "ask Maria Gonzalez, or Ana\nLopez"
    spans = [Span("PERSON", 4, 9, 0.85), Span("PERSON", 10, 18, 0.6), Span("PERSON", 23, 26, 0.7),
             Span("PERSON", 27, 32, 0.7)]
    values = sorted(text[s.start:s.end] for s in refine_names(text, spans))
    assert values == ["Ana", "Lopez", "Maria Gonzalez"]  # a line break keeps them apart


def test_literal_backslash_n_keeps_offsets():
    text = "Name: Kosara Reišl\\nPhone: none"
    spans = InMemoryRedactor().find(text)
    assert [(s.type, text[s.start:s.end]) for s in spans] == [("PERSON", "Kosara Reišl")]


def test_card_with_bad_luhn_is_not_a_card():
    assert ("CREDIT_CARD", "4111 1111 1111 1112") not in found("card 4111 1111 1111 1112")


def test_iban_with_bad_checksum_is_not_an_iban():
    assert not [t for t, _ in found("IBAN DE88 3704 0044 0532 0130 00") if t == "IBAN_CODE"]


def test_allow_list_is_anchored():
    assert keep.is_identifier("ORD-2024-0042")
    assert not keep.is_identifier("card 4111-1111-1111-1111")


def test_known_values_match_case_tokens_and_digits():
    text = "ANA LOPEZ wrote; call 212.555.0198 or mail Ana.Lopez@Example.org. Lopez again."
    known = [KnownValue("PERSON", "Ana Lopez"), KnownValue("PHONE_NUMBER", "+1 (212) 555-0198"),
             KnownValue("EMAIL_ADDRESS", "ana.lopez@example.org")]
    values = {(s.type, text[s.start:s.end]) for s in find_known(text, known)}
    assert {("PERSON", "ANA LOPEZ"), ("PERSON", "Lopez"), ("PHONE_NUMBER", "212.555.0198"),
            ("EMAIL_ADDRESS", "Ana.Lopez@Example.org")} <= values


def test_known_value_beats_allow_list():
    text = "my order 5550198 arrived"
    assert InMemoryRedactor().find(text) == []
    spans = InMemoryRedactor().find(text, [KnownValue("PHONE_NUMBER", "555 0198")])
    assert [text[s.start:s.end] for s in spans] == ["5550198"]


def test_resolve_overlaps_prefers_longer_then_score_and_sorts():
    spans = [Span("PHONE_NUMBER", 10, 20, 0.7), Span("CREDIT_CARD", 10, 20, 1.0), Span("PERSON", 0, 5, 0.5),
             Span("STREET_ADDRESS", 3, 30, 0.6), Span("PERSON", 40, 45, 0.8), Span("PERSON", 43, 50, 0.6)]
    assert resolve_overlaps(spans) == [Span("STREET_ADDRESS", 3, 30, 0.6), Span("PERSON", 40, 50, 0.8)]


def test_inmemory_redactor_returns_sorted_non_overlapping_spans():
    text = "Thanks,\nPriya Natarajan\n+44 20 7946 0958 / priya@example.com / 4111 1111 1111 1111"
    spans = InMemoryRedactor().find(text)
    assert [s.type for s in spans] == ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD"]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert InMemoryRedactor().find("") == []
