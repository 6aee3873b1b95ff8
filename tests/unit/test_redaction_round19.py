"""Redaction round 19 of issue 11 (branch s11-red19): personal data in spoken text (call transcripts, voicemail,
dictation) in en, es, fr, de, pt -- e-mails read with at/dot words, answers on a call's next line to a security-code,
expiry, birth-date or postcode question, passwords and logins said in words, and call speakers' role labels.

Every text here was written for these tests (InMemoryRedactor: the same rules as the Presidio path, without spaCy);
none is copied from an eval/ set. They describe the round's rules; they are no evaluation.
"""
import pytest

from tests.redaction_spans import covered, untouched

HIDDEN = [
    # --- e-mail addresses read aloud ------------------------------------------------------------------------------
    ("sure, write to me at m harlow at example dot org thanks", "m harlow at example dot org"),
    ("you can reach me at tess underscore vale at example dot co dot uk", "tess underscore vale at example dot co dot uk"),
    ("mándamelo a lucia punto ferrer arroba example punto mx por favor", "lucia punto ferrer arroba example punto mx"),
    ("mon adresse c'est remi point garnier arobase example point be merci", "remi point garnier arobase example point be"),
    ("bitte an k punkt vogt at example punkt at schicken", "k punkt vogt at example punkt at"),
    ("o email é tiago ponto reis arroba example ponto com ponto br obrigado", "tiago ponto reis arroba example ponto com ponto br"),
    # --- answers on the next line of a call ---------------------------------------------------------------------
    ("[10:01:02] Agent (Priya): and the code on the back of the card\n[10:01:05] Caller: nine two seven\n", "nine two seven"),
    ("Agent: expiry date please\nCaller: eleven thirty\n", "eleven thirty"),
    ("Operador: ¿me da el código de seguridad?\nCliente: ocho cero cinco\n", "ocho cero cinco"),
    ("Conseiller : le cryptogramme\nCliente : deux quatre-vingt-un\n", "deux quatre-vingt-un"),
    ("Beraterin: und die Prüfziffer\nKundin: drei null neun\n", "drei null neun"),
    ("Atendente: validade do cartão\nCliente: zero nove barra vinte e oito\n", "zero nove barra vinte e oito"),
    ("AGENT: okay and your date of birth\nCALLER: the second of June nineteen sixty one\n",
     "the second of June nineteen sixty one"),
    ("SYSTEM: Bitte nennen Sie Ihr Geburtsdatum.\nANRUF (Sprache): „vierter zweiter neunzehnhundertzweiundsechzig“\n",
     "vierter zweiter neunzehnhundertzweiundsechzig"),
    ("Agent: and the postcode on the account\nCustomer: B T nine, four K W\n", "B T nine, four K W"),
    ("the courier could not find it, my Eircode is A nine two, R two X four", "A nine two, R two X four"),
    ("Agent: and the delivery address\nCaller: forty two Elm Row, Bristol, B S one, five T R\n",
     "forty two Elm Row, Bristol, B S one, five T R"),
    ("Operadora: ¿la dirección de entrega?\nCliente: calle Luna nueve cuarto derecha Sevilla\n",
     "calle Luna nueve cuarto derecha Sevilla"),
    ("Berater: und die Lieferadresse\nKunde: Lindenweg dreizehn, achtzigtausend Irgendwo\n",
     "Lindenweg dreizehn, achtzigtausend Irgendwo"),
    # --- birth dates in an agent's call notes -------------------------------------------------------------------
    ("cx vfd, DOB 4 Mar 72, wants refund", "4 Mar 72"),
    ("vérif DDN 21 nov 1969, ok", "21 nov 1969"),
    ("conf. nasc. 11/04/83, ok", "11/04/83"),
    # --- passwords and logins said in words ---------------------------------------------------------------------
    ("my username is pete underscore moss nineteen and I can't get in", "pete underscore moss nineteen"),
    ("and the password is copper lantern five five, sorry", "copper lantern five five"),
    ("la contraseña es nube verde treinta y dos por si acaso", "nube verde treinta y dos"),
    ("et le mot de passe c'est cerise noire quarante-huit si besoin", "cerise noire quarante-huit"),
    ("das Passwort ist Tannenwald acht acht Eule, ups", "Tannenwald acht acht Eule"),
    ("o login do meu pai é jose rocha sessenta e um", "jose rocha sessenta e um"),
]


@pytest.mark.parametrize(("text", "value"), HIDDEN)
def test_spoken_value_is_hidden(text, value):
    assert covered(text, value)


KEPT = [
    # an "at" and a "dot" that make no address: no top-level domain after the last dot word
    ("we met at the station dot on nine", "station"),
    ("escríbeme a juan punto mi dirección ha cambiado", "dirección"),
    # a question about a code, answered with words, not numbers
    ("Agent: and the three digits on the back?\nCaller: hang on let me find the card\n", "hang on let me find the card"),
    # a password cue about the number of digits, and a chat label that is a cue word
    ("para verificar, marque su clave de cuatro cifras", "cuatro cifras"),
    ("[10:42] usuario: hola tengo un problema con la bici", "tengo un problema"),
    # a password said in words alone is left to the other rules: no number word, no spoken sign here
    ("the password reset link never arrived", "link never arrived"),
    # a typed address on the answer line is left to the address rules; an address field is no question
    ("Agent: the address?\nCustomer: 14 Elm Row, see you tomorrow then\n", "see you tomorrow then"),
    # call speakers' role labels are no names
    ("[00:00:05] APPELANTE : oui bonjour\n[00:00:09] CONSEILLÈRE : je vous écoute\n", "APPELANTE"),
    ("[00:00:05] ANRUFERIN: ja hallo\n[00:00:09] AGENT: bitte\n", "ANRUFERIN"),
    ("[11:00:01] Asesor (Nico): buenas tardes\n[11:00:04] Clienta: hola\n", "Clienta"),
    ("LIGAÇÃO (voz): «quero falar com alguém»\n", "LIGAÇÃO"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_ordinary_words_are_kept(text, value):
    assert untouched(text, value)
