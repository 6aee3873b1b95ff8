"""Redaction round 17 (issue 11): birth dates said aloud as the answer to a spoken or typed question, Roman-numeral
months, abbreviated birth labels. Every sentence here was written for this file (none is taken from an evaluation or
development set); the variants are generated question x speaker x spoken date x language."""
from __future__ import annotations

import itertools

import pytest

from plugin.adapters.redaction.documents import find_documents

QUESTIONS = {
    "en": ["Agent: and your date of birth?", "REP: can I take a DOB to verify?", "me: d.o.b. please."],
    "es": ["Asesor: ¿me da su fecha de nacimiento?", "AGENTE: ¿fecha de nacimiento, por favor?"],
    "fr": ["Conseiller : votre date de naissance ?", "AGENT : et la date de naissance, svp."],
    "de": ["Mitarbeiter: Ihr Geburtsdatum bitte?", "AGENT: und das Geburtsdatum?"],
    "pt": ["Atendente: qual a sua data de nascimento?", "ATENDENTE: e a data de nascimento?"],
}
SPEAKERS = ["Cliente: ", "CALLER: ", "[09:41] Kunde: ", ""]
SPOKEN = {
    "en": ["june the twelfth nineteen seventy-one", "the second of april eighty-nine", "october third 1966"],
    "es": ["el nueve de noviembre del ochenta y tres", "veinte de abril de 1979"],
    "fr": ["le onze mai soixante-quatorze", "le premier décembre quatre-vingt-cinq"],
    "de": ["am siebten Mai neunzehnhundertzweiundsiebzig", "achtzehnter Juli achtundsechzig"],
    "pt": ["doze de outubro de setenta e sete", "no dia quatro de julho de noventa"],
}


def _dobs(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_documents(text) if s.type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("lang,question,speaker,value", [
    (lang, q, sp, v) for lang in QUESTIONS for q, sp, v in itertools.product(QUESTIONS[lang], SPEAKERS, SPOKEN[lang])])
def test_spoken_birth_date_answering_the_question_is_hidden(lang: str, question: str, speaker: str, value: str) -> None:
    text = f"{question}\n{speaker}{value}\nAgent: thanks."
    start = text.index(value)
    found = [s for s in find_documents(text) if s.type == "DATE_OF_BIRTH"]
    assert any(s.start <= start + (3 if value.startswith(("le ", "el ", "am ")) else 0) and s.end >= start + len(value)
               for s in found), (text, _dobs(text))


@pytest.mark.parametrize("text", [
    "Agent: anything else?\nCaller: june the twelfth nineteen seventy-one was our wedding",
    "Did the birthday present arrive?\nMe: the fourth of July weekend, yes",
    "Agent: when was it delivered?\nKunde: am siebten Mai neunzehnhundertzweiundsiebzig",
])
def test_spoken_date_without_a_birth_question_is_kept(text: str) -> None:
    assert _dobs(text) == []


@pytest.mark.parametrize("label,value", itertools.product(
    ["Fecha de nacimiento:", "Data di nascita", "DOB", "fecha nac."], ["3-VII-1946", "14.XI.1980", "2/IX/75"]))
def test_roman_numeral_month_after_a_birth_cue(label: str, value: str) -> None:
    assert value in _dobs(f"{label} {value}\nNIE: pendiente")


def test_roman_numeral_without_cue_is_not_a_birth_date() -> None:
    assert _dobs("Pedido 3-VII-1946 enviado") == []


@pytest.mark.parametrize("label,value", itertools.product(
    ["a minha data nasc. é", "data de nasc:", "fecha de nac.", "date de naiss."], ["7/1/1999", "12.10.1984"]))
def test_abbreviated_birth_labels(label: str, value: str) -> None:
    assert value in _dobs(f"ok {label} {value} pq o site pede")


def test_article_opening_the_answer_joins_the_date_but_not_after_a_verb() -> None:
    text = "Conseiller : votre date de naissance ?\nMoi : le 9 mai 1975"
    assert "le 9 mai 1975" in _dobs(text)
    text = "Conseiller : votre date de naissance ?\nMoi : Anne, née le 9 mai 1975"
    assert all(not d.startswith("le") for d in _dobs(text))


# --- passphrases of several words in prose (secrets._round17_passphrases) ---
from plugin.adapters.redaction.secrets import find_secrets  # noqa: E402

PHRASES = ["copper kettle on the hob", "seven lanterns over Porto", "Mittwoch ist Waschtag"]
PHRASE_FRAMES = [
    "The bank wanted a security phrase and I typed in as {v}, then it crashed.",
    "for the new password I chose {v}, and it never worked",
    "Le conseiller voulait une phrase secrète ; j'ai mis {v} et rien ne marche.",
    "Me pidieron una frase de seguridad y puse {v}. Luego falló.",
    "Das Passwort hab ich ihr laut vorgelesen, {v}, leider.",
    "Pediram a senha e eu disse-lha (era {v}), já mudei.",
    "the passphrase we agreed on last spring is, as you know, '{v}'",
    "Das Kennwort hat sich mein Sohn ausgedacht, „{v}“, bitte löschen.",
    "She read the password out loud, {v}, over the phone.",
]


def _secrets(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_secrets(text)]


@pytest.mark.parametrize("frame,value", itertools.product(PHRASE_FRAMES, PHRASES))
def test_passphrase_in_prose_is_hidden(frame: str, value: str) -> None:
    text = frame.format(v=value)
    start = text.index(value)
    assert any(s.start <= start and s.end >= start + len(value) for s in find_secrets(text)), (text, _secrets(text))


@pytest.mark.parametrize("text", [
    "My password doesn't work, I typed it in twice and it says wrong password.",
    "Mot de passe oublié, j'ai mis mon adresse mail et rien reçu.",
    "Password: I set it to something new yesterday but it still fails",
    'Pidió la contraseña del banco "para comprobar ingresos". No se la dimos.',
    'Ele pediu a senha do aplicativo para "estornar mais rápido". Não passei.',
    "The password reset email says 'link expired' every time",
])
def test_account_talk_around_a_password_cue_is_kept(text: str) -> None:
    from plugin.adapters.redaction.secrets import _round17_passphrases
    assert [text[s.start:s.end] for s in _round17_passphrases(text)] == []


# --- names in call and chat transcripts (name_spoken.py) ---
from plugin.adapters.redaction.name_spoken import find_spoken_names  # noqa: E402

SPELT = [
    ("that's", "K-O-W-A-L-S-K-I"), ("spelt", "M A C hyphen A R T H U R"), ("ça s'écrit", "D, U, P, O, N, T, tiret, L, E, G, A, L"),
    ("buchstabiert", "S wie Siegfried, C, H, U, L, Z"), ("se escribe", "B de Barcelona, E, R, R, O, C, A, L"),
    ("se escreve", "F, E, R, R, E, I, R, A"), ("surname", "O as in Oscar, K, A, F, O, R")]


def _names(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_spoken_names(text)]


@pytest.mark.parametrize("cue,value,position", [(c, v, p) for c, v in SPELT for p in ("line", "mid")])
def test_spelt_name_is_hidden(cue: str, value: str, position: str) -> None:
    text = f"Caller: {cue} {value}\nAgent: thanks" if position == "line" else f"ok so the name, {cue} {value}, got it?"
    assert value in _names(text), _names(text)


@pytest.mark.parametrize("text", [
    "Choose options A, B, C or D in the menu", "Sizes S, M, L in stock", "Press 1, 2, 3, 4 then #",
    "Tracking here: 1Z9999", "Support here, how can I help?", "Agent Login: failed twice",
])
def test_letters_and_labels_that_are_no_names_are_kept(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize("text,name", [
    ("AGENTE: buenas tardes, le atiende Rocío, ¿en qué puedo ayudarle?", "Rocío"),
    ("Hola, te atiende Marcos. ¿Número de pedido?", "Marcos"),
    ("„Grüß Gott, da ist die Resi, wegen der Lieferung", "Resi"),
    ("Bonjour, Sandrine à l'appareil, je vous appelle pour", "Sandrine"),
    ("hi, Gazza here, about my order", "Gazza"),
    ("Buenas, Lucía al habla.", "Lucía"),
    ("KUNDE: grüezi, Beat Imhof am Apparat, wegen der Police", "Beat Imhof"),
    ("Agent Sophie: Bonjour, que puis-je faire ?", "Sophie"),
    ("Conseillère Amélie : merci, je regarde", "Amélie"),
])
def test_name_introduced_as_a_call_opens(text: str, name: str) -> None:
    assert name in _names(text), _names(text)


# --- usernames in pasted tables and in self-corrections (secrets._round17_usernames) ---
from plugin.adapters.redaction.secrets import find_usernames  # noqa: E402

HEADERS = ["usuario", "pseudo", "Benutzername", "username", "usuário", "login"]
SEPARATORS = [";", "\t", ","]


def _users(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_usernames(text)]


@pytest.mark.parametrize("header,sep", itertools.product(HEADERS, SEPARATORS))
def test_username_column_of_a_pasted_table(header: str, sep: str) -> None:
    rows = [["Nombre", header, "Stadt"], ["Lore Ipsen", "lorips", "Kiel"], ["Ruy Bastos", "ruyb_pt", "Braga"]]
    text = "Lista:\n" + "\n".join(sep.join(r) for r in rows) + "\n\nGracias"
    users = _users(text)
    assert "lorips" in users and "ruyb_pt" in users, users
    assert "Kiel" not in users and "Lore Ipsen" not in users


@pytest.mark.parametrize("first,word,second", itertools.product(
    ["mi usuario es rgil_77", "my username is tom.h88", "mon identifiant est clo.dz4"],
    ["ou", "or", "no espera", "nein warte", "sorry I mean"], ["rgil_1977", "tomh.1988", "chloe_dz"]))
def test_a_corrected_username_is_hidden_too(first: str, word: str, second: str) -> None:
    text = f"{first}, {word} {second}, thanks"
    assert second in _users(text), _users(text)


@pytest.mark.parametrize("text", [
    "my username is tom.h88 or order CB-12345 if easier",
    "mi usuario es rgil_77 y no abre.gracias",
    "my username is tom.h88 and the link https://shop.example.com/reset fails",
])
def test_after_a_username_ordinary_text_is_kept(text: str) -> None:
    assert set(_users(text)) == {text.split(" ")[3].rstrip(",")}, _users(text)


@pytest.mark.parametrize("lead,pair,names", [
    ("Buchung XR-1 für", "greta und jonas lindqvist", ["greta", "jonas lindqvist"]),
    ("réservation au nom de", "chloé moreau et hugo moreau", ["chloé moreau", "hugo moreau"]),
    ("la reserva de", "Marta y Pau Ferrer", ["Marta", "Pau Ferrer"]),
    ("booked for", "Oliver Grant and Zoe", ["Oliver Grant", "Zoe"]),
    ("reserva em nome de", "joão silva e beatriz silva", ["joão silva", "beatriz silva"]),
])
def test_two_people_named_together(lead: str, pair: str, names: list[str]) -> None:
    found = _names(f"{lead} {pair}, obrigado")
    assert all(n in found for n in names), found


@pytest.mark.parametrize("text", ["salt and pepper", "Rock and Roll Smith", "bread and butter and jam",
                                  "Black and Decker drill", "research and development team"])
def test_pairs_of_ordinary_words_are_kept(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize("text,value", [
    ("ich bin am vierzehnten März 87 geboren", "vierzehnten März 87"),
    ("the second of June seventy-four is my birthday, so", "second of June seventy-four"),
    ("dreizehnter Mai neunzehnhundertsechzig, Geburtsdatum", "dreizehnter Mai neunzehnhundertsechzig"),
    ("el doce de enero del noventa es mi fecha de nacimiento", "doce de enero del noventa"),
    ("born march 14th, '87", "'87"),
])
def test_birth_date_before_its_cue_or_with_a_trailing_year(text: str, value: str) -> None:
    start = text.index(value)
    assert any(s.start <= start and s.end >= start + len(value) for s in find_documents(text)
               if s.type == "DATE_OF_BIRTH"), _dobs(text)


def test_a_birthday_party_date_is_no_birth_date() -> None:
    assert _dobs("the fourth of July is my birthday party") == []


@pytest.mark.parametrize("label,value", itertools.product(
    ["Display name:", "Anzeigename:", "Nom affiché :", "Nome de exibição:", "Nombre visible:"], ["Tobi K.", "Marisa V"]))
def test_display_name_field(label: str, value: str) -> None:
    from plugin.adapters.redaction import rules
    text = f"  Login:   x.y77\n  {label}   {value}\n  Plan: Pro"
    start = text.index(value)
    found = [s for s in rules.find_raw(text, "en") if s.type == "PERSON"]
    assert any(s.start <= start and s.end >= start + len(value.rstrip(".")) for s in found), \
        [text[s.start:s.end] for s in found]
