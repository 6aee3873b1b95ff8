"""Redactor contract: PresidioRedactor (one shared engine per session) and, for the regex rows, InMemoryRedactor.

Tables of text -> expected (type, value) spans, in the style of presidio's own tests. `pytest -m slow`
selects them; `-m "not slow"` skips the spaCy load.
"""
import os
import socket

import pytest

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from plugin.adapters.inmemory_redactor import InMemoryRedactor  # noqa: E402
from plugin.core.model import KnownValue  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def presidio_redactor():
    from plugin.adapters.presidio_redactor import PresidioRedactor

    redactor = PresidioRedactor()
    redactor.warm_up()
    return redactor


def spans_of(redactor, text, known=()):
    return [(s.type, text[s.start:s.end]) for s in redactor.find(text, known)]


FOUND = [
    # names in signatures, lower-case, non-Western
    ("Thanks,\nPriya", "PERSON", "Priya"),
    ("Best regards,\nJohn Smith\nAcme Corp", "PERSON", "John Smith"),
    ("Cheers, maria", "PERSON", "maria"),
    ("regards, john", "PERSON", "john"),
    ("Kind regards,\nOluwaseun Adeyemi", "PERSON", "Oluwaseun Adeyemi"),
    ("Thank you!\n- Wei Zhang", "PERSON", "Wei Zhang"),
    ("hi, this is maria gonzalez and my parcel is late", "PERSON", "maria gonzalez"),
    ("My name is Rubija and I need help", "PERSON", "Rubija"),
    ("I spoke with Klaus Müller yesterday", "PERSON", "Klaus Müller"),
    ("My colleague Priya Natarajan opened it", "PERSON", "Priya Natarajan"),
    ("Dear Mr. Okafor, thanks", "PERSON", "Mr. Okafor"),
    ("Nguyen Van An called us", "PERSON", "Nguyen Van An"),
    ("Please ask Aiko Tanaka to call back", "PERSON", "Aiko Tanaka"),
    ("lena andersson will pick it up", "PERSON", "lena andersson"),
    # e-mails, plain and obfuscated
    ("mail jane.doe@example.com", "EMAIL_ADDRESS", "jane.doe@example.com"),
    ("john dot smith at gmail dot com", "EMAIL_ADDRESS", "john dot smith at gmail dot com"),
    ("john[at]example[.]com", "EMAIL_ADDRESS", "john[at]example[.]com"),
    ("write to maria (at) acme (dot) org", "EMAIL_ADDRESS", "maria (at) acme (dot) org"),
    # phones
    ("call +44 20 7946 0958", "PHONE_NUMBER", "+44 20 7946 0958"),
    ("call +44 7911 123456", "PHONE_NUMBER", "+44 7911 123456"),
    ("call +49 30 901820", "PHONE_NUMBER", "+49 30 901820"),
    ("call +49 (0)30 901820", "PHONE_NUMBER", "+49 (0)30 901820"),
    ("call +91 98765 43210", "PHONE_NUMBER", "+91 98765 43210"),
    ("call +55 11 91234-5678", "PHONE_NUMBER", "+55 11 91234-5678"),
    ("call 0044 20 7946 0958", "PHONE_NUMBER", "0044 20 7946 0958"),
    ("call (212) 555-0198", "PHONE_NUMBER", "(212) 555-0198"),
    ("call 212.555.0198", "PHONE_NUMBER", "212.555.0198"),
    ("call +33.1.42.68.53.00", "PHONE_NUMBER", "+33.1.42.68.53.00"),
    # cards, IBANs, SSNs, IPs
    ("card 4111 1111 1111 1111", "CREDIT_CARD", "4111 1111 1111 1111"),
    ("card 4111-1111-1111-1111", "CREDIT_CARD", "4111-1111-1111-1111"),
    ("card 2223003122003222", "CREDIT_CARD", "2223003122003222"),
    ("card 2223 0031 2200 3222", "CREDIT_CARD", "2223 0031 2200 3222"),
    ("amex 3782 822463 10005", "CREDIT_CARD", "3782 822463 10005"),
    ("IBAN DE89 3704 0044 0532 0130 00", "IBAN_CODE", "DE89 3704 0044 0532 0130 00"),
    ("IBAN GB82WEST12345698765432", "IBAN_CODE", "GB82WEST12345698765432"),
    ("IBAN FR14 2004 1010 0505 0001 3M02 606", "IBAN_CODE", "FR14 2004 1010 0505 0001 3M02 606"),
    ("SSN 123-45-6789", "US_SSN", "123-45-6789"),
    ("SSN 123 45 6789", "US_SSN", "123 45 6789"),
    ("blocked from 203.0.113.7", "IP_ADDRESS", "203.0.113.7"),
    # street addresses
    ("ship to 742 Evergreen Terrace, Springfield, OR 97403.", "STREET_ADDRESS",
     "742 Evergreen Terrace, Springfield, OR 97403"),
    ("10 Downing Street, London SW1A 2AA", "STREET_ADDRESS", "10 Downing Street, London SW1A 2AA"),
    ("I moved to 1600 N. Main St., Apt 4B", "STREET_ADDRESS", "1600 N. Main St., Apt 4B"),
    ("Hauptstraße 5, 10115 Berlin", "STREET_ADDRESS", "Hauptstraße 5, 10115 Berlin"),
    ("12 rue de la Paix, 75002 Paris", "STREET_ADDRESS", "12 rue de la Paix, 75002 Paris"),
    ("Via Roma 131", "STREET_ADDRESS", "Via Roma 131"),
    ("Calle Mayor 5", "STREET_ADDRESS", "Calle Mayor 5"),
    ("ul. Cicha 86", "STREET_ADDRESS", "ul. Cicha 86"),
    ("P.O. Box 4471", "STREET_ADDRESS", "P.O. Box 4471"),
    # names without a cue spaCy-small misses: questions, lists, chat speakers, surname shapes, lower-case
    ("What's your last name? Boyle", "PERSON", "Boyle"),
    ("Usamov and Bowers were precision engineers", "PERSON", "Usamov"),
    ("Agent: How can I help?\nMaria: My parcel is late", "PERSON", "Maria"),
    ("I'm so jealous of Vassiliev", "PERSON", "Vassiliev"),
    ("please follow up with monika žilková next week", "PERSON", "monika žilková"),
    # address blocks and EU/LatAm street forms
    ("Gregory\n\n233 Erzsébet tér 19.\n Suite 282\n Domoszló\n Hungary 34796", "STREET_ADDRESS",
     "233 Erzsébet tér 19.\n Suite 282\n Domoszló\n Hungary 34796"),
    ("Augsburger Strasse 36, 86150 Augsburg", "STREET_ADDRESS", "Augsburger Strasse 36, 86150 Augsburg"),
    ("Slovenčeva 51, 10115 Berlin", "STREET_ADDRESS", "Slovenčeva 51, 10115 Berlin"),
    ("The restaurant is at 7848 Puolakantie 38", "STREET_ADDRESS", "7848 Puolakantie 38"),
]

SURVIVE = [
    ("Order #12345 never arrived", "#12345"),
    ("my order ORD-2024-0042 is late", "ORD-2024-0042"),
    ("cancel order 998877 please", "998877"),
    ("ticket 88213 is still open", "88213"),
    ("ticket INC0012345 from Dell", "INC0012345"),
    ("SKU-AB-1234 is out of stock", "SKU-AB-1234"),
    ("tracking 1Z999AA10123456784", "1Z999AA10123456784"),
    ("FedEx tracking 7489 1234 5678", "7489 1234 5678"),
    ("DHL waybill JD014600003828195832", "JD014600003828195832"),
    ("it cost $49.99", "$49.99"),
    ("refund €120,00", "€120,00"),
    ("delivered 2024-03-01", "2024-03-01"),
    ("delivered 03/01/2024", "03/01/2024"),
    ("invoice INV-2024-000871", "INV-2024-000871"),
    ("invoice 2024-000871", "2024-000871"),
    ("order #A-4471932 placed last Tuesday", "#A-4471932"),
    ("cancel purchase 113542617735902", "113542617735902"),
    ("RMA 5567-2231-0098 was issued", "5567-2231-0098"),
    ("Ship to 742 Evergreen Terrace\nOrder 12345\nThanks", "12345"),
    ("I have 2 Windows 10 laptops", "Windows 10"),
    ("I will be travelling to France next week", "France"),
    ("There's this nice new German place downtown", "German"),
    ("Hi Apple Support, my Dell XPS 13 broke", "Apple"),
    ("see you on Monday, March 3", "Monday"),
]


@pytest.mark.parametrize("text, kind, value", FOUND)
def test_finds(presidio_redactor, text, kind, value):
    assert (kind, value) in spans_of(presidio_redactor, text)


@pytest.mark.parametrize("text, identifier", SURVIVE)
def test_identifiers_survive(presidio_redactor, text, identifier):
    start = text.index(identifier)
    hits = [s for s in presidio_redactor.find(text) if s.start < start + len(identifier) and start < s.end]
    assert hits == []


@pytest.mark.parametrize("redactor_name", ["presidio", "inmemory"])
def test_contract_shape_and_known_values(presidio_redactor, redactor_name):
    redactor = presidio_redactor if redactor_name == "presidio" else InMemoryRedactor()
    text = ("Hi, I'm Zyx Qwv. Order #12345. Reach me on 555 010 9999 or zyx@example.org.\n\nThanks,\nzyx\n"
            "PS my number is also 5550109999")
    known = [KnownValue("PERSON", "Zyx Qwv"), KnownValue("PHONE_NUMBER", "+1 555-010-9999")]
    spans = redactor.find(text, known)
    assert spans == sorted(spans, key=lambda s: s.start)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    values = [(s.type, text[s.start:s.end]) for s in spans]
    assert ("PERSON", "Zyx Qwv") in values and ("PERSON", "zyx") in values
    assert ("PHONE_NUMBER", "555 010 9999") in values and ("PHONE_NUMBER", "5550109999") in values
    assert ("EMAIL_ADDRESS", "zyx@example.org") in values
    assert not any("12345" in v for _, v in values)
    assert redactor.find("") == []


def test_locations_are_opt_in():
    from plugin.adapters.presidio_redactor import PresidioRedactor

    text = "Please ship it to Toronto, Canada."
    assert [s.type for s in PresidioRedactor().find(text)] == []
    assert "LOCATION" in [s.type for s in PresidioRedactor(locations=True).find(text)]


def test_building_the_engine_makes_no_network_attempt(monkeypatch):
    import plugin.adapters.redaction.engine as module

    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    built = module._build_analyzer()  # a fresh engine: spaCy load, recognizers, warm-up with an e-mail
    results = built.analyze("Mail jane.doe@example.com or call +44 20 7946 0958", language="en")
    assert "EMAIL_ADDRESS" in {r.entity_type for r in results}  # tldextract ran, offline
    assert attempts == []


def test_engine_is_built_once_per_process(presidio_redactor):
    import plugin.adapters.redaction.engine as module

    first = module.analyzer()
    presidio_redactor.find("John Smith")
    assert module.analyzer() is first


IDENTITY_WORDS_SAMPLE = ["Muslim", "Jewish", "Christian", "Sikh", "Hindu", "Black", "White", "Asian", "Latino",
                         "Arab", "American", "Mexican", "Nigerian", "Catholic"]


@pytest.mark.parametrize("identity", IDENTITY_WORDS_SAMPLE)
def test_identity_words_are_never_names_so_every_group_reads_alike(presidio_redactor, identity):
    text = f"Hi, I'm {identity} and my refund has not arrived."
    assert [s for s in presidio_redactor.find(text) if s.type == "PERSON"] == []


def test_the_im_cue_is_not_part_of_the_name(presidio_redactor):
    text = "Hi, I'm Maria Gonzalez and my refund has not arrived."
    spans = [s for s in presidio_redactor.find(text) if s.type == "PERSON"]
    assert [text[s.start:s.end] for s in spans] == ["Maria Gonzalez"]


def test_each_comment_is_analysed_in_its_own_language(presidio_redactor, monkeypatch):
    """The English NER model never sees another language: the analyzer is asked in the comment's language."""
    import plugin.adapters.redaction.engine as module

    engine = module.analyzer()
    asked = []
    real = engine.analyze

    def spy(text, language, **kwargs):
        asked.append(language)
        return real(text, language=language, **kwargs)

    monkeypatch.setattr(engine, "analyze", spy)
    presidio_redactor.find("Sehr geehrte Damen und Herren, leider kam die Lieferung beschädigt an.")
    presidio_redactor.find("Bonjour, je n'ai toujours pas reçu ma commande, pouvez-vous vérifier ?")
    presidio_redactor.find("Hi, my parcel has still not arrived, could you check please?")
    assert asked == ["de", "fr", "en"]


@pytest.mark.parametrize("text", [
    "Sehr geehrte Damen und Herren, die Lieferung kam leider beschädigt an. Mit freundlichen Grüßen",
    "Madame, Monsieur, je vous écris au sujet de ma commande qui n'est jamais arrivée. Merci d'avance.",
    "Buenas tardes, les escribo porque el paquete llegó abierto y faltan piezas. Un saludo.",
    "Boa tarde, a encomenda chegou aberta e faltam peças. Obrigada pela ajuda.",
])
def test_ordinary_words_of_other_languages_are_not_names(presidio_redactor, text):
    assert spans_of(presidio_redactor, text) == []


def test_french_names_come_from_the_french_model_and_rules(presidio_redactor):
    text = "Bonjour, Mme Lemaire m'a conseillé de vous écrire. Bien cordialement, Yannick Morvan"
    values = [v for t, v in spans_of(presidio_redactor, text) if t == "PERSON"]
    assert "Lemaire" in " ".join(values) and "Yannick Morvan" in values
