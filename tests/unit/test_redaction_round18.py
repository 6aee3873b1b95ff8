"""Redaction round 18 of issue 11 (branch s11-red18): usernames and forum handles, names in chat and hashtags, birth
dates and phone numbers said in words, addresses in machine records, and the cue alternations grouped by first letter.

Every text here was written for these tests (InMemoryRedactor: the same rules as the Presidio path, without spaCy);
none is copied from an eval/ set. They describe the round's rules; they are no evaluation.
"""
import re

import pytest

from plugin.adapters.redaction import cues
from tests.redaction_spans import covered, spans, untouched

HIDDEN = [
    # --- usernames: a possessive, the cue, a linking verb, a plain token ending its clause -----------------------
    ("my login is pinecone, can you unlock it?", "pinecone"),
    ("My username on the forum is quarkfan and I can't post", "quarkfan"),
    ("My login's gemstone.", "gemstone"),
    ("Mi usuario del portal es carlosfm y no me deja entrar", "carlosfm"),
    ("mon identifiant est zazou depuis 2019", "zazou"),
    ("mein Benutzername ist schnecke, bitte entsperren", "schnecke"),
    ("O meu utilizador é ritasousa e a senha já mudei", "ritasousa"),
    ("mein Login im Shop heißt tom punkt weber", "tom punkt weber"),
    ("My account username is kestrelx and the reset link fails", "kestrelx"),
    # --- forum handles, JSON fields, "X, Benutzer y.", login-shaped after "I am" / "als … angemeldet" -----------
    ("u/lazy_otter · 3h\nsame here, no refund yet", "lazy_otter"),
    ("Agent: What is your username?\nCustomer: pebblebeach\nAgent: thanks", "pebblebeach"),
    ("see the thread by u/marmotte-42 on the forum", "marmotte-42"),
    ('{"user": "tkowalski", "event": "login_failed"}', "tkowalski"),
    ("Ich bin Hanne Vogt, Benutzer hvogt.", "hvogt"),
    ("Soy Inés Prado, usuario inesprado.", "inesprado"),
    ("In der App bin ich bergfex_77, bitte prüfen", "bergfex_77"),
    ("on the marketplace I'm wool_and_whisk, same as on Instagram", "wool_and_whisk"),
    ("Ich habe mich als j.brandl angemeldet, aber nichts passiert", "j.brandl"),
    ("id;vorname;nutzer_app\n17;Lene;lene_k\n18;Paul;pmoser", "lene_k"),
    ("id;vorname;nutzer_app\n17;Lene;lene_k\n18;Paul;pmoser", "pmoser"),
    ("| n° | nom | pseudo |\n| 1 | Aurore Lys | aurore_l |\n| 2 | Karim Said | ksaid |", "ksaid"),
    # --- addresses in machine records ----------------------------------------------------------------------------
    ("BEGIN:VCARD\nFN:Hannah Vogt\nADR;TYPE=home:;;Kirchgasse 3;78462 Konstanz;;Deutschland\nEND:VCARD",
     "Kirchgasse 3;78462 Konstanz;;Deutschland"),
    ("ADR:;;Calle del Pez 9, 3.º A;Madrid;;28004;España", "Calle del Pez 9, 3.º A;Madrid;;28004;España"),
    ("UNH+1+ORDERS:D:96A:UN'\nNAD+DP+++Meier:Jonas+Seestrasse 4+Thalwil++8800+CH'", "Seestrasse 4"),
    ("UNH+1+ORDERS:D:96A:UN'\nNAD+DP+++Meier:Jonas+Seestrasse 4+Thalwil++8800+CH'", "Thalwil"),
    ("UNH+1+ORDERS:D:96A:UN'\nNAD+DP+++Meier:Jonas+Seestrasse 4+Thalwil++8800+CH'", "8800"),
    ("UNH+1+ORDERS:D:96A:UN'\nNAD+DP+++Meier:Jonas+Seestrasse 4+Thalwil++8800+CH'", "Jonas"),
    ("NAD+DP+++LE ROUX:ANNE+2 RUE DE L'ABBAYE+QUIMPER++29000+FR'", "QUIMPER"),
    ("Street: 41 N MAPLE DR   City/State/ZIP: BOISE ID 83702", "41 N MAPLE DR"),
    ("Street: 41 N MAPLE DR   City/State/ZIP: BOISE ID 83702", "BOISE ID 83702"),
    ("Straße: Amselweg 9 | Ort: Kassel", "Kassel"),
    ("kunde,strasse,plz,ort\nJan Wolff,Amselweg 9,34117,Kassel", "Amselweg 9"),
    # --- birth dates and phone numbers said in words --------------------------------------------------------------
    ("date of birth the ninth of may nineteen seventy six, thanks", "the ninth of may nineteen seventy six"),
    ("nací el veintiuno de marzo de mil novecientos noventa", "veintiuno de marzo de mil novecientos noventa"),
    ("nacida el 4 de abril de mil novecientos setenta y siete", "4 de abril de mil novecientos setenta y siete"),
    ("je suis née le trois mars mille neuf cent soixante-neuf", "trois mars mille neuf cent soixante-neuf"),
    ("nasci a dois de junho de mil novecentos e cinquenta e oito", "dois de junho de mil novecentos e cinquenta e oito"),
    ("data de nascimento vinte e cinco de dezembro de mil novecentos e setenta",
     "vinte e cinco de dezembro de mil novecentos e setenta"),
    ("Geburtsdatum: dritter Mai neunzehnhundertsiebenundachtzig", "dritter Mai neunzehnhundertsiebenundachtzig"),
    ("rappelez-moi au zéro septante-neuf, quatre cent douze, huitante-huit, vingt", "septante-neuf"),
    ("o meu telemóvel é nove seis seis, cento e vinte e três, quatrocentos e cinquenta", "quatrocentos e cinquenta"),
    ("mi celular es seis seis dos, trescientos cuarenta, doce, ochenta", "trescientos cuarenta"),
    ('kyc nom="Roux" naissance=1990-04-02 ok', "1990-04-02"),
    ("profile:\n  geb: 1985-02-11\n  ort: Linz", "1985-02-11"),
    ("nom,prenom,ne_le,email\nroux,anne,03/04/1972,a.roux@example.fr", "03/04/1972"),
    # --- names in chat and hashtags -------------------------------------------------------------------------------
    ("Paula Brenner: hallo, das Paket fehlt\nShop: Danke, wir prüfen\nPaula Brenner: ok danke", "Paula Brenner"),
    ("[02.12.26, 09:40] Mimi 🌸: hallo, ist mein Paket unterwegs?", "Mimi"),
    ("thx jonas, that worked", "jonas"),
    ("ASR: bitte rufen sie meine tochter an die veronika unter null eins sieben", "veronika"),
    ("ASR: der bote hieß glaub ich dominik und der war sehr unfreundlich", "dominik"),
    ("merci beaucoup, bises, margaux", "margaux"),
    ("#TeamJoana sempre!", "Joana"),
    ("vamos #ForçaLuana", "Luana"),
    ("so sad about this #JusticeForAmelia", "Amelia"),
    ("#JusticeForOluwaseun the driver kept the parcel", "Oluwaseun"),
    ("To: =?UTF-8?Q?Ren=C3=A9_Fa=C3=9Fbender?= <rene.f@example.de>\nSubject: Ihre Bestellung", "Ren=C3=A9_Fa=C3=9Fbender"),
    ("From: =?ISO-8859-1?Q?Andr=E9_L=E9vesque?= <al@example.ca>", "Andr=E9_L=E9vesque"),
]

KEPT = [
    ("my username is blocked since yesterday", "blocked"),
    ("my login is not working", "working"),
    ("mi usuario es incorrecto según la app", "incorrecto"),
    ("Please see the user manual.", "manual"),
    ("hello, user settings are broken", "settings"),
    ("Oi, fiz um álbum de fotos e não chegou", "fiz"),
    ("Hallo, bitte führen Sie die Bestellung aus", "bitte"),
    ("#BlackFriday deals on #TeamWork tools", "TeamWork"),
    ("Order ORD-44120 shipped on 12 March 2026", "12 March 2026"),
    ("The invoice says mil novecientos euros", "mil novecientos"),
    ("Betreff: Rechnung\nBetreff: Mahnung", "Betreff"),
    ("ZIP: 6250-120", "6250-120"),
    ("#RIPTwitter, the old app was better", "RIPTwitter"),
    ("die karte ist weg und der rest auch", "karte"),
    ("Agent: What is your username?\nCustomer: sorry\nCustomer: it's on the card", "sorry"),
    ("Subject: =?UTF-8?Q?Ihre_Bestellung_Nr=2E_4412?=", "Ihre_Bestellung"),
]


@pytest.mark.parametrize(("text", "value"), HIDDEN)
def test_hidden(text, value):
    assert covered(text, value), [(s.type, text[s.start:s.end]) for s in spans(text)]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_kept(text, value):
    assert untouched(text, value), [(s.type, text[s.start:s.end]) for s in spans(text)]


@pytest.mark.parametrize("kind", ["dob", "username", "user_noun", "closing", "chat_cue", "address_field", "months",
                                  "product_nouns", "secret", "kinship"])
def test_grouped_alternation_matches_the_plain_one(kind):
    """The alternation grouped by first letter finds the same matches as the plain one, with and without (?i)."""
    plain = "|".join(cues.words(kind))
    grouped = cues.alternation(kind)
    sample = " ".join(w.replace("\\", "").replace("?", "") for w in cues.words(kind)) + \
        " Date Of Birth USERNAME Login Liebe Grüße janvier MAI Kitchen"
    for flags in ("(?i)", ""):
        a = [m.span() for m in re.finditer(rf"{flags}\b(?:{plain})\b", sample)]
        b = [m.span() for m in re.finditer(rf"{flags}\b(?:{grouped})\b", sample)]
        assert a == b


def test_grouping_leaves_unsafe_kinds_plain():
    assert cues._by_first_letter(["(?-i:DL)", "licence"]) is None  # a group first: kept plain
    assert cues._by_first_letter(["e?mail", "email"]) is None  # a quantifier on the first letter
    assert cues._by_first_letter(["ab|cd", "ax"]) is None  # an alternation of its own
    assert cues._by_first_letter(["abc", "abd", "b"]) == "a(?:bc|bd)|b"
    assert cues._top_level_bar("a(?:b|c)") is False
