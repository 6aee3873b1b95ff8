"""Redaction round 23 of issue 11 (branch s11-red23): usernames and names where social and chat text writes them,
ordinary words capitalised for emphasis, identifiers agents need (a company's tax number, a shop's account, a
sender's company), national and tax ids typed casually next to their cue words in five languages.

Every text here was written for these tests (InMemoryRedactor: the same rules as the Presidio path, without spaCy);
none is copied from an eval/ set. The id values are made up and carry valid check digits where the format has them.
"""
import pytest

from plugin.adapters.redaction.casual_ids import find_casual_ids
from tests.redaction_spans import covered, spans, untouched

HIDDEN = [
    # --- chat exports: when, the account, its rank in brackets -------------------------------------------------------
    ("[Today 21:04] WobblyKestrel 🦅 [Member]: anyone else lost their skins?\n[Today 21:05] pixel_mara [Mod]: ticket pls",
     "WobblyKestrel"),
    ("[Hoy 10:12] ElCapitanPirata [Novato]: me han robado la cuenta\n[Hoy 10:13] luna.gamer [Moderadora]: escribe",
     "ElCapitanPirata"),
    ("[Heute 18:02] Moorfrosch [Stammgast]: wer hat den Code?\n[Heute 18:03] kai.spielt [Mitglied]: ich nicht",
     "Moorfrosch"),
    ("[Hoje 09:41] PeixeVoador [Veterano]: alguém recebeu?\n[Hoje 09:42] rita_joga [Membro]: não", "PeixeVoador"),
    # a CamelCase account is the same account at its @-mention
    ("[Today 19:04] ShiftyOwl 🍀 [Player]: hi\n[Today 19:05] Kev [Support]: @ShiftyOwl check your DMs", "ShiftyOwl"),
    # a time then the account then a colon, two senders
    ("21:10 jonny.b.88: who is coming tonight\n21:11 mel_rosewood: me!!", "jonny.b.88"),
    ("08:02 vroni.alm: servus\n08:03 hias_77: griaß di", "hias_77"),
    # Reddit's prefix, a hyphen inside a handle
    ("u/cranky.otter.22 · 4h\nsame issue here", "cranky.otter.22"),
    ("@sam-brook-1990 · 3 days ago\nmine died too", "sam-brook-1990"),
    # a header's author before a rank in brackets
    ("Antwort von Kiesel.Klaus (Community-Experte)\nprobier mal einen Reset", "Kiesel.Klaus"),
    ("Respuesta de Maite (Equipo Zafiro) ✔ Solución aceptada\nprueba a reiniciar", "Maite"),
    # a review's byline after its quoted title
    ("★★☆☆☆ «Nunca llegó», de carlitos_sur, 2 nov. 2026\nPedí hace un mes", "carlitos_sur"),
    ("★☆☆☆☆ “Broke in a week” by kev_in_leeds – 12 Oct 2026\nrubbish", "kev_in_leeds"),
    # a login given with its password
    ("for the supplier portal: h.martel.north / Pass&Word99", "h.martel.north"),
    ("Para entrar al portal uso mari.lopez.77 con Clave#123 por si lo necesitan", "mari.lopez.77"),
    ("pra conferir no portal: renata.serra, senha Cafezinho@2026", "renata.serra"),
    # the answer to a question about the account
    ("Agente: ¿Me confirma su usuario?\nCliente: Es lupe_cosmetica77. Gracias", "lupe_cosmetica77"),
    ("Agent : Votre identifiant ?\nClient : c'est marco.dup44", "marco.dup44"),
    # a plain lower-case account after its word, ending its clause
    ("Account login is dwightandmo, my name is on the order.", "dwightandmo"),
    ("Usuario de la tienda jtbarragan.", "jtbarragan"),
    ("Eu sou a Bia, usuária biarochalins, e-mail na ficha.", "biarochalins"),
    # names in comments and chats
    ("      ▲ 3 · u/ModoLeman · il y a 7 h\n      noémie, enlève ça stp, c'est public", "noémie"),
    ("Verena Huber: Achtung bei dem Shop\n  ↳ Anja Moser: oje, echt?\n  ↳ Verena Huber: ja leider", "Anja Moser"),
    # hashtags of cheer or of a person's day
    ("so sorry, hope they sort it #KopfhochGreta", "Greta"),
    ("qué mala suerte, de verdad #ÁnimoRocío", "Rocío"),
    ("the cake was for my sister #HelenaTurns30 lol", "Helena"),
    # --- national and tax ids typed casually near their cue -----------------------------------------------------------
    ("Seine Steuer-ID braucht ihr ja nicht, oder? 65929970489", "65929970489"),
    ("Steuer-ID für die Rechnung: 65929970489", "65929970489"),
    ("Rentenvers.-Nr.: 53 170388 K 276", "53 170388 K 276"),
    ("Ausweisnr. (für Abholung): T22000129", None),  # a made-up number without its check digit: see NOT_IDS
    ("numéro fiscal, puisque vous le demandez pour la facture : 1234567890066", "1234567890066"),
    ("O meu NIF, esse sim para a fatura: 123456789.", "123456789"),
    ("the warranty form asked for my PPS number for some reason, it's 1234567TW", "1234567TW"),
    ("they wanted my SIN to open the account (046 454 286) which seems odd", "046 454 286"),
    ("Anna Berger, Hernalser Gürtel 7/3, 1170 Wien, SV-Nr. 1237 010180, geb. 01.01.1980", "1237 010180"),
    ("fürs finanzamt brauch ich die rechnung, meine steuer id 65929970489", "65929970489"),
    ("Fehlermeldung: „Rentenversicherungsnummer ungültig“\n\nEingegeben habe ich 53170388K276, stimmt aber.",
     "53170388K276"),
    # a login made of the surname of a person the text names
    ("Ich bin Carola Westphal, cw.westphal, bitte Konto prüfen.", "cw.westphal"),
    # an address ends where an id begins, and begins after one that opens it
    ("Paulette Girard, 14 rue des Lilas, 69003 Lyon, n° de sécu 2 87 05 69 123 418 28, portable 06 39 98 14 72.",
     "2 87 05 69 123 418 28"),
    ("Jean Favre, chemin des Roses 9, 1004 Lausanne, AVS 756.1234.5678.97, tél. 079 555 31 42.", "756.1234.5678.97"),
    ("Sou a Marta Lopes, CPF 529.982.247-25, Rua Pouso Alegre 1230, apto 302", "529.982.247-25"),
]


@pytest.mark.parametrize("text,value", [(t, v) for t, v in HIDDEN if v])
def test_hidden(text, value):
    assert covered(text, value), (value, [(s.type, text[s.start:s.end]) for s in spans(text)])


KEPT = [
    # a chat sender's rank, a staff account spoken to, words around it
    ("[Aujourd'hui 20:41] Frizou_QC [Joueur]: @Soutien j'ai acheté le coffre\n[Aujourd'hui 20:42] Zaza [Membre]: moi aussi",
     "Joueur"),
    ("[Aujourd'hui 20:41] Frizou_QC [Joueur]: @Soutien j'ai acheté le coffre\n[Aujourd'hui 20:42] Zaza [Membre]: moi aussi",
     "Soutien"),
    # not a login: an adjective after the login word; a link is no login/password pair
    ("my login failed.", "failed"),
    ("Ce n'était pas vous ? boutique.exemple.be/securite?id=9&jeton=b7e90c2f41aa", "boutique.exemple.be"),
    # a company's registration or tax number, said of the company
    ("Please invoice Okafor Plumbing Pty Ltd. The company ABN is 53 004 085 616 and my mobile is 0412 555 019.",
     "53 004 085 616"),
    ("El CIF de la empresa es B-12345678, pero mi NIF es 12345678Z.", "B-12345678"),
    ("SIRET de la boulangerie : 732 829 320 00074", "732 829 320 00074"),
    ("SIRET de la boulangerie : 732 829 320 00074", "SIRET"),
    # a sender's company in brackets before the time; a shop's account the customer bought from
    ("Lucía Romero (Cerámicas del Sur)  9:41\nhola equipo, ¿alguna novedad?", "Cerámicas del Sur"),
    ("I ordered a quilt from @thimble_and_thread on 3 Nov and nothing came. @thimble_and_thread please answer",
     "thimble_and_thread"),
    # a function's mailbox
    ("De : Messagerie vocale <messagerie@exemple.fr>\nObjet : Nouveau message", "messagerie@exemple.fr"),
    ("Para: identidad@exemplo.com\nAsunto: comprobación", "identidad@exemplo.com"),
    # ordinary words capitalised for emphasis, platforms a post is copied from
    ("Bonjour, mon Identifiant ne marche plus et mon Mot de Passe non plus. Est-ce une Arnaque ?", "Mot de Passe"),
    ("Bonjour, je passerai Samedi avec mon Compagnon chercher la Commode.", "Samedi"),
    ("Fil Mastodon où l'on mentionne la boutique ; le client le cite dans son courriel.", "Mastodon"),
    # a phone's label closes an address
    ("Lieferung an Jonas Brandt, Elbchaussee 12, 22763 Hamburg, Festnetz 040 555 12 34, danke", "Festnetz"),
    # a chat bot's name
    ("Du: mein Paket fehlt\nBot Nelli: Das tut mir leid! Wie lautet die Bestellnummer?", "Nelli"),
    # a product's colour after its word; a voice assistant's name
    ("Article : veste Cervin taille L, couleur Bleu Nuit, 189 CHF", "Bleu Nuit"),
    ("Sent with the Juno voice assistant (dictated, not checked)\n\"hey juno send a message\"", "Juno"),
]


@pytest.mark.parametrize("text,value", KEPT)
def test_kept(text, value):
    assert untouched(text, value), (value, [(s.type, text[s.start:s.end]) for s in spans(text)])


def test_my_id_is_no_company_number():
    text = "El CIF de la empresa es B-12345678, pero mi NIF es 12345678Z."
    assert covered(text, "12345678Z")


NOT_IDS = [
    # the right shape without its check digit stays (an order's number near a cue word is no id)
    "Steuer-ID habe ich nicht, aber die Bestellung 12345678901 ist falsch.",
    "my PPS? no idea. Order 1234567TA was late",
    "Ausweisnr. weiß ich nicht, Paket T22000129 kam nie an",
    "numéro fiscal ? je ne sais pas. Commande 1234567890123 du 3 mars",
]


@pytest.mark.parametrize("text", NOT_IDS)
def test_no_casual_id_without_check_digit(text):
    assert find_casual_ids(text) == []


def test_checksums_of_each_format():
    cases = {
        "Steuer-ID 65929970489": "65929970489", "RV-Nummer 53170388K276": "53170388K276",
        "Ausweis L01X00T47 5": None, "SV-Nr. 1237 010180": "1237 010180", "numéro fiscal 1234567890066": "1234567890066",
        "NIF 123456789": "123456789", "PPS 1234567TW": "1234567TW", "SIN 046 454 286": "046 454 286",
        "SSN 078-05-1120": "078-05-1120",
    }
    for text, value in cases.items():
        got = [text[s.start:s.end] for s in find_casual_ids(text)]
        assert got == ([value] if value else []), (text, got)


def test_a_human_assistant_stays_a_name():
    text = "Cliente: a minha encomenda não chegou\nAssistente Nuno: boa tarde, qual é o número?"
    assert covered(text, "Nuno")
