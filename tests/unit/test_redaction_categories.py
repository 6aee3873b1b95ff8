"""Non-name categories of issue 11 in five languages: whole addresses, passwords and PINs, handles and logins,
bank accounts, card expiry/CVC, birth dates, and what agents need kept (InMemoryRedactor: no spaCy, no Presidio).

Written for these tests; none of these sentences is in eval/redaction_fresh, eval/redaction_blind or
eval/redaction_e2e.
"""
import pytest

from plugin.core.keep_terms import KEEP, field_terms, keep_values, title_terms
from plugin.core.model import Comment, KnownValue, Thread, Ticket
from tests.redaction_spans import covered, spans, untouched

HIDDEN = [
    # whole addresses: unit before the street, postcode and town after it, lines above and below
    ("Send it to Flat 9, 14 Orchard Road, Bristol BS6 7TX please", "Flat 9, 14 Orchard Road, Bristol BS6 7TX"),
    ("envoyez au 5 ter rue Pasteur, bât. B, 31000 Toulouse merci", "5 ter rue Pasteur, bât. B, 31000 Toulouse"),
    ("on passe au Appartement 4, 2e étage, 17 rue Nationale, 37000 Tours pour la pose", "Appartement 4, 2e étage"),
    ("on passe au Appartement 4, 2e étage, 17 rue Nationale, 37000 Tours pour la pose", "37000 Tours"),
    ("Morada:\nRua do Ouro 45, 1º Dto.\n1100-060 Lisboa\nObrigado", "1100-060 Lisboa"),
    ("Lieferung an:\nc/o Weber\nBergstraße 3\n69120 Heidelberg\nDanke", "c/o Weber"),
    ("Shipping:\n9 Pine Hollow Rd\nBuilding 2\nAustin, Texas 78701\n", "Austin, Texas 78701"),
    ("Colonia: Del Valle Centro\nAlcaldía: Benito Juárez", "Del Valle Centro"),
    ("Bairro: Savassi\nCidade/UF: Belo Horizonte/MG", "Belo Horizonte/MG"),
    # passwords, PINs, security answers, door codes
    ("new pw: Tr0mb0ne! ok?", "Tr0mb0ne!"),
    ("el código de acceso es 8841", "8841"),
    ("Zugangscode: Q7-ab-22", "Q7-ab-22"),
    ("le digicode est le 12A45", "12A45"),
    ("mein Kennwort war Gartenzwerg5", "Gartenzwerg5"),
    ("the answer to the security question is Marmalade", "Marmalade"),
    ("a resposta à pergunta secreta é Tobias", "Tobias"),
    # a security question's subject, then the answer (no "security question" cue)
    ("to verify: my mother's maiden name is Okonkwo", "Okonkwo"),
    ("el apellido de soltera de mi madre es Arrieta", "Arrieta"),
    ("der Name meines ersten Haustiers war Krümel", "Krümel"),
    ("o nome do meu primeiro carro é Fusca Azul", "Fusca Azul"),
    ("she set the password to Kiwi$4417 on the phone", "Kiwi$4417"),
    # usernames after a colon or an equals sign, and a login in prose
    ('{"user": "t.nakamura", "ok": false}', "t.nakamura"),
    ("mein Benutzerkonto lisa_k77 ist gesperrt", "lisa_k77"),
    # bank details: the code and the account beside it
    ("sort code 30-90-89, account no 55127740", "55127740"),
    ("ABA 011000015 and account 8830021456", "8830021456"),
    ("BSB 033-088 acc 4412 9981", "4412 9981"),
    ("agência 0412-7 e conta 10332-5, Itaú", "10332-5"),
    ("Kontonummer 0648489890 BLZ 50010517", "0648489890"),
    ("CCC 0049 1500 05 1234567892 para la devolución", "0049 1500 05 1234567892"),
    # birth dates asked in chat and answered on the next line
    ("Bot: Your date of birth?\nMe: 30/06/1981", "30/06/1981"),
    ("nasci em 2 de junho de 1979 no Recife", "2 de junho de 1979"),
]


@pytest.mark.parametrize("text,value", HIDDEN)
def test_hides_the_whole_value(text, value):
    assert covered(text, value)


KEPT = [
    ("Order 026-1182733-4419021 has the Malm chest in it", "026-1182733-4419021"),
    ("my Hyundai Tucson roof rack is bent", "Hyundai Tucson"),
    ("Hello, Brimnes wardrobe door is loose", "Brimnes"),
    ("I ordered it in Forest Green, got Pale Yellow", "Forest Green"),
    ("I ordered it in Forest Green, got Pale Yellow", "Pale Yellow"),
    ("Farbe Eiche Hell statt Nussbaum", "Eiche Hell"),
    ("ZIP: 6250-120", "6250-120"),
    ("delivered on 03/05/2024 to the neighbour", "03/05/2024"),
    ("Rua do Ouro 45, 1100-060 Lisboa, encomenda ENC-2291", "ENC-2291"),
    # a security question's subject with no answer after it, and "password to" with no password
    ("my best friend is coming to pick up the parcel", "coming"),
    ("la mascota es muy tranquila, el transportista no debe temer", "muy"),
    ("the password to my account stopped working", "stopped"),
]


@pytest.mark.parametrize("text,value", KEPT)
def test_keeps_what_agents_need(text, value):
    assert untouched(text, value)


@pytest.mark.parametrize("text,value", [
    ("Kunde: Farbe Grau\nKunde: Herr Grün hat angerufen", "Grün"),   # one colour word alone may be a surname
    ("usuario: hola, soy nueva\nusuario=pmartin", "pmartin"),
])
def test_colour_and_chat_rules_do_not_free_names_or_logins(text, value):
    assert covered(text, value)


def test_a_chat_speaker_label_is_no_login():
    text = "usuario: hola, tengo un problema\nusuario: gracias"
    assert not any(s.type == "USERNAME" for s in spans(text))


def test_a_postcode_line_below_ends_at_the_next_field():
    text = "Address: 3 Kings Road, Reading RG1 3AR\nProduct: Hemnes daybed\nRef: 55102"
    found = [text[s.start:s.end] for s in spans(text) if s.type == "STREET_ADDRESS"]
    assert found == ["3 Kings Road, Reading RG1 3AR"]


# --- the tenant's own words: knowledge-base titles and ticket fields (core/keep_terms.py) ---------------------

def test_tenant_terms_free_a_product_taken_for_a_name():
    text = "Hello, Malm arrived scratched."
    assert not untouched(text, "Malm")  # without the tenant's words: the rules read a greeting and a name
    keep = keep_values(title_terms(["Caring for your MALM dresser"]), [text])
    assert keep == [KnownValue(KEEP, "malm")]
    assert untouched(text, "Malm", keep)


def test_tenant_terms_never_free_a_name_with_other_words_or_the_requesters_own():
    keep = keep_values(title_terms(["Malm dresser: assembly"]), ["Regards, Malm Jensen"])
    assert covered("Regards, Malm Jensen", "Malm Jensen", known=keep)
    known = [KnownValue("PERSON", "Malm Jensen"), *keep]
    assert covered("Hello, Malm arrived.", "Malm", known=known)


def test_title_terms_take_product_shaped_words_only():
    assert title_terms(["How to return the KALLAX shelf", "Model X200 firmware"]) == {"how", "kallax", "model", "x200"}
    assert "shelf" not in title_terms(["How to return the KALLAX shelf"])


def test_field_terms_read_text_custom_fields():
    ticket = Ticket(id=1, subject="s", requester_id=2, custom_fields=((10, "malm_dresser"), (11, 5), (12, None)))
    thread = Thread(ticket=ticket, comments=(Comment(id=1, author_id=2, body="b", public=True),), users=())
    assert field_terms(thread) == {"malm", "dresser"}


class _RecordingRedactor:
    def __init__(self):
        self.calls = []

    def find(self, text, known=()):
        self.calls.append((text, list(known)))
        return []


class _NoKnowledge:
    def search(self, query, limit=3):
        return []


def test_the_worker_passes_title_and_field_words_to_the_redactor_but_not_into_placeholders():
    from plugin.core.drafting import DraftingService
    from plugin.core.model import User
    from plugin.core.tenant import TenantConfig

    redactor = _RecordingRedactor()
    service = DraftingService(redactor, drafter=None, kb=_NoKnowledge(),  # type: ignore[arg-type]
                              keep_terms_for=lambda tenant, language: title_terms(["The HEMNES daybed guide"]))
    ticket = Ticket(id=1, subject="Broken slats", requester_id=7, custom_fields=((5, "brimnes_bed"),))
    comment = Comment(id=1, author_id=7, body="Hello, Hemnes and Brimnes both broke. Ana", public=True)
    thread = Thread(ticket=ticket, comments=(comment,), users=(User(7, "Ana Souza", role="end-user"),))
    _, mapping, _ = service.prepare(thread, [comment], TenantConfig(tenant="acme"))
    known = redactor.calls[-1][1]
    assert {k.value for k in known if k.type == KEEP} == {"hemnes", "brimnes"}  # only words of this ticket
    assert KnownValue("PERSON", "Ana Souza") in known
    assert "hemnes" not in {v.lower() for v in mapping.values()}
