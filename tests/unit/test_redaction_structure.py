"""Names and secrets read from a ticket's structure (redaction round 5), five languages, InMemoryRedactor.

Every sentence, name and value here was written for these tests; none comes from an eval set (eval/redaction_*),
and none copies a row of the development sets that showed the kinds of misses (blind2, blind4).
Each row says one mechanism: a field label or key, a chat speaker, a role or kinship noun, a contacting verb,
initials, a secret's shape or its question. The second table holds text that must stay as it is.
"""
import pytest

from plugin.adapters.inmemory_redactor import InMemoryRedactor
from plugin.adapters.redaction.name_structure import find_structural_names


def covered(text: str, value: str) -> bool:
    """Every letter and digit of `value` (its first occurrence) lies inside a reported span."""
    start = text.index(value)
    spans = InMemoryRedactor().find(text)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(value)) if text[i].isalnum())


def touched(text: str, value: str) -> bool:
    start = text.index(value)
    return any(s.start < start + len(value) and start < s.end for s in InMemoryRedactor().find(text))


HIDDEN = [
    # 1. field labels, also in capitals, lower case, and broken over an OCR line
    ("LEASE FORM (scan)\nAccount holder(s): ORLA\nNIC GIOLLA-BHRÍDE\nSort code: 90-12-44", "ORLA"),
    ("LEASE FORM (scan)\nAccount holder(s): ORLA\nNIC GIOLLA-BHRÍDE\nSort code: 90-12-44", "NIC GIOLLA-BHRÍDE"),
    ("Formulario web\nNombre y apellidos: ROCÍO DE LAS HERAS MONTALBÁN\nTeléfono: 600 111 222", "ROCÍO DE LAS HERAS MONTALBÁN"),
    ("Champ « Bénéficiaire » : GWENDAL LE GOFF\nChamp « Montant » : 40 €", "GWENDAL LE GOFF"),
    ("BON DE LIVRAISON\nDestinataire: M. ou Mme\nKERMARREC-DUVAL\nLieu-dit Kervoas", "KERMARREC-DUVAL"),
    ("LASTSCHRIFT (Scan)\nKontoinhaber: Dr. Jost-Henning\nBrachvogel\nIBAN: siehe unten", "Brachvogel"),
    ("Ref: ZX-01\nSigned: t r mcgillicuddy   Date: 03/04/2026", "t r mcgillicuddy"),
    ("Referencia: QQ-7\nFirma: lm echevarría-otaola", "lm echevarría-otaola"),
    ("Ref: QQ-8\nSigned: f st clair-boyd   Date: 01/01/2026", "f st clair-boyd"),  # "st" is Saint, no street
    ("Ref.: QQ-9\nAssinatura: m. odete figueiral", "m. odete figueiral"),  # a lower-case "m." is an initial
    ("FICHE (fax)\nNOM PRENOM: DA COSTA\nAnne-Flore\nNIR: voir pièce", "Anne-Flore"),
    ("Obrigado pela ajuda.\n> Abraço, Quim", "Quim"),
    ("Vorname Nachname: hans-ulrich von der tann\nGeburtsort: Kassel", "hans-ulrich von der tann"),
    ("Favorecido: EDNALVA\nCONCEIÇÃO PIRES\nChave Pix: aleatória", "CONCEIÇÃO PIRES"),
    ("Nom : 周 丽娟 / ZHOU Lijuan\nTéléphone : voir plus bas", "周 丽娟"),
    # JSON / CSV / query keys
    ('{"nom":"Ferrand","prenom":"Anne-Sixtine","ville":"Nantes"}', "Anne-Sixtine"),
    ('{"nom":"Ferrand","prenom":"Anne-Sixtine","ville":"Nantes"}', "Ferrand"),
    ("nome=Josué Ribamar Tavares&cidade=Recife", "Josué Ribamar Tavares"),
    ("vorname;nachname\nvorname=Gisbert\nnachname=Ohlendorf-Kranz", "Ohlendorf-Kranz"),
    # 2. chat transcripts: repeated speakers, app tags, a name in brackets after a role, the answer to a name question
    ("Signal export:\nPipo: hast du das Paket?\nich: nein\nPipo: frag nach", "Pipo"),
    ("[Telegram] Xoán: chegou o sofá?\n[Telegram] eu: não", "Xoán"),
    ("[09:40] Agent (Tamsin): hello, how can I help?\n[09:41] Customer: parcel missing", "Tamsin"),
    ("[15:02] Conseillère (Maëlys) : bonjour\n[15:03] Client : colis abîmé", "Maëlys"),
    ("[12:00] Agente: ¿me dice su nombre completo?\n[12:01] Cliente: ARACELI BUENDÍA OTXOA\n[12:02] Cliente: gracias",
     "ARACELI BUENDÍA OTXOA"),
    # 3. role nouns with a bracketed name, kinship nouns, contacting and naming verbs
    ("el fontanero vino tarde y el instalador (Fermín) dejó la caja abierta", "Fermín"),
    ("Le livreur (Anatole) a laissé le colis devant la porte.", "Anatole"),
    ("my granddaughter imogen, she set it up for me", "imogen"),
    ("mi cuñada maribel me dio la contraseña", "maribel"),
    ("mi sobrina Jimena hizo el pedido por mí", "Jimena"),
    ("c'est ma voisine Solange qui a réceptionné", "Solange"),
    ("meine Schwägerin Hiltrud hat bestellt", "Hiltrud"),
    ("o meu cunhado Wanderley recebeu a encomenda", "Wanderley"),
    ("if it breaks again ring Declan before noon", "Declan"),
    ("pregunten a Itziar, ella tiene la factura", "Itziar"),
    ("el repartidor nuevo se llama Eusebio y no sabía nada", "Eusebio"),
    ("le client Baptiste Lozac'h appelle encore pour la facture", "Baptiste Lozac'h"),
    ("[08:15] Kunde: alles klar. Jörg hier", "Jörg"),
    ("why does the courier see my phone number?? — sunil", "sunil"),
    # initials + surname at a line end, e-mail display names, mail headers, intro cues in lower case
    ("Le carton était vide. P.-Y. Quéméneur", "P.-Y. Quéméneur"),
    ("Am 02.02.2026 um 08:00 schrieb Ottilie Brandhorst <o.b@example.de>:", "Ottilie Brandhorst"),
    ("Von: Hubertus Kleinschmidt\nBetreff: Lieferung", "Hubertus Kleinschmidt"),
    ("hallo ich bin gudrun weißenfels, meine Nummer ist unten", "gudrun weißenfels"),
    ("olá meu nome é joana dos prazeres\ntenho um problema", "joana dos prazeres"),
    # 4. secrets: vendor key prefixes, one-time codes, keys, "as the password", answers on the next chat line
    ("the integration uses sk_live_Zq81LmN0pRt5sVw2Xy7B and it leaked", "sk_live_Zq81LmN0pRt5sVw2Xy7B"),
    ("gh token ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8 in the repo", "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"),
    ("SMS : « Votre code de vérification est 730 512. Ne le partagez pas. »", "730 512"),
    ("„Ihre mTAN lautet 66 10 93“", "66 10 93"),
    ("Tu código de confirmación es 408317", "408317"),
    ('{"login":"x","mot_de_passe":"Marée&Vent-04"}', "Marée&Vent-04"),
    ("email=a@example.org&senha=jabuti77&ok=1", "jabuti77"),
    ("my son picked toffee1987 as the password last week", "toffee1987"),
    ('Fahrer: "Wie ist der Code fürs Tor?"\nIch: „3390K"', "3390K"),
    ("[20:01] Nuno: qual é a senha da rede?\n[20:02] Rita: é Gaivota#2025 não digas", "Gaivota#2025"),
    ("a senha do wi-fi do escritório mudou, agora é Farol@2041\nobrigado", "Farol@2041"),
    ("flat 4, buzzer 318, leave it with the porter", "318"),
]

KEPT = [
    # department names after a mail header
    ("Von: Kerstin Abt\nAn: Kundenservice\nBetreff: Rechnung", "Kundenservice"),
    # a contacting verb before a company, a kinship noun before a verb, survey letters, e-mail headers repeated
    ("please ask Amazon why the parcel went back", "Amazon"),
    ("meine Tochter kommt morgen vorbei", "kommt"),
    ("Q: How did we do? 7\nQ: Why?\nA: quick delivery", "Q"),
    ("De: Lucía Ferrer\nAsunto: pedido\nDe: Servicio\nAsunto: RE: pedido", "Asunto"),
    ("Kunde: Ich habe ein Problem\nKunde: bitte helfen Sie", "bitte"),
    # one-time wording that is no secret: a postcode, a discount code, a question about a code
    ("mon code postal est 69003, merci", "69003"),
    ("Your security code is the 3 digits on the back", "digits"),
    # a password cue before a link: host and path stay, the URL rule hides the query value
    ("link para repor a palavra-passe: https://conta.example.pt/repor?codigo=9f8e7d6c5b", "conta.example.pt/repor"),
    ("soy laura tengo un problema con el pedido", "tengo"),
    ("Mein Mann Jorrit hat am 3.1. angerufen.", "Mann"),  # kinship words stay outside the name (round 4 took it)
    ("Ma tante Odile a payé avec sa carte.", "tante"),
    ("Un saludo, Remedios (tesorera)\n\nOs reenvío la factura", "tesorera"),  # a role in brackets, no nickname
    ("the customer Service Desk never answered", "Service Desk"),
    ("Everything arrived, thanks. — Support", "Support"),
]


@pytest.mark.parametrize("text, value", HIDDEN)
def test_hidden(text, value):
    assert covered(text, value)


@pytest.mark.parametrize("text, value", KEPT)
def test_kept(text, value):
    assert not touched(text, value)


# What the structural readings themselves must not call a name (other rules may still speak: the name tagger reads
# capitalised German nouns on its own).
NOT_READ = [
    "Thema: Frage\nFirma: Bäckerei Sonnleitner\nNachricht: Lieferzeit?",  # German "Firma" is a company
    "der Bote hat den Elden Ring Nightreign beim Nachbarn abgegeben",  # "Ring" is no verb here
    "mein Mann, Nachname Brenner, hat angerufen",  # a comma ends the kinship reading
    "Q: Was it fast? 9\nQ: Anything else?\nA: no",  # one-letter survey labels are no speakers
    "> De: Equipe de Atendimento\n> Enviado: ontem",  # a department after a mail header
    "Cliente: el señor de ayer fue muy amable",  # an article after a role label is no name
    "Kunde: ...und der Mitarbeiter sagte nichts",
    "una hora después mi compañero blanco pide lo mismo",  # a lower-case word after a kinship noun, then a verb
]


@pytest.mark.parametrize("text", NOT_READ)
def test_structure_leaves(text):
    assert find_structural_names(text) == []
