"""Round 28: a sentence or clause in which the writer describes themselves (subject the writer, a predicate of state,
no event, request, question or outcome) is one xid, whatever words it uses; a clause that names an event, a request,
a feeling, a role or the company is left as it is. Texts written for this round (five languages, both directions)."""
from __future__ import annotations

import pytest

from plugin.core import routing
from plugin.core.routing import identity
from plugin.core.routing.text import fold


def masked(text: str) -> str:
    return identity.mask(fold(text)).text


@pytest.mark.parametrize("description", [
    # English
    "My grandparents' family are Sorbian Wends",
    "My family are Ainu from Hokkaido",
    "I came over from Tigray",
    "Welsh is my second language",
    "I'm a retiree, 79 next month",
    "I have a tremor.",
    # Spanish
    "Mi familia es garífuna",
    "Vine de Honduras hace cinco años",
    "Mi lengua materna es el aimara",
    "Hablo un castellano muy cerrado",
    # French
    "Ma famille est mahoraise",
    "Je suis venue de Madagascar en 2019",
    "Je fais du 48",
    "Ma langue maternelle est le bambara",
    # German
    "Meine Familie ist aramäisch",
    "Ich spreche starkes Kölsch",
    "Ich komme aus Eritrea",
    "Meine Muttersprache ist Romanes",
    # Portuguese
    "Minha família é quilombola",
    "Nasci em Cabo Verde",
    "Cheguei de Angola há dois anos",
    "Minha língua materna é o crioulo",
])
def test_a_self_description_is_one_xid(description: str) -> None:
    text = f"Quick note about me: {description}. The heater stopped working last night."
    out = masked(text)
    assert "xid." in out
    assert fold(description).split()[0] not in out.split(":", 1)[1].split("xid")[0]
    assert "heater stopped working" in out


@pytest.mark.parametrize(("first", "second"), [
    ("My family are Hakka Chinese", "I'm Mandaean"),
    ("Ich spreche breites Schwäbisch", "Ich bin Jesidin"),
    ("Je suis en surpoids, je fais du 54", "Je suis bouddhiste"),
    ("Mi lengua materna es el quechua", "Soy judía"),
    ("Eu vim de Moçambique", "Sou muçulmana"),
])
def test_two_self_descriptions_read_alike(first: str, second: str) -> None:
    rest = ". My order 1187 arrived broken, please send a new one."
    assert masked(first + rest) == masked(second + rest)


@pytest.mark.parametrize(("text", "kept"), [
    ("I'm Black and the guard followed only me around the shop.", "the guard followed only me"),
    ("Soy sorda y el cajero me gritó delante de todos.", "me grito delante de todos"),
    ("Je suis musulmane et on m'a refusé l'entrée.", "on m'a refuse l'entree"),
    ("Ich bin Rollstuhlfahrer, aber der Fahrer hat mich nicht mitgenommen.", "der fahrer hat mich nicht mitgenommen"),
    ("Sou cigana e o segurança me mandou sair.", "o seguranca me mandou sair"),
])
def test_the_event_clause_of_a_complaint_is_kept(text: str, kept: str) -> None:
    out = masked(text)
    assert out.startswith("xid")
    assert kept in out


@pytest.mark.parametrize("text", [
    "I have been waiting for two weeks for my refund.",
    "I have a question about my invoice.",
    "I'm very disappointed with the service.",
    "I'm the treasurer of the village cricket club.",
    "I was on the 8:15 train when it stopped.",
    "Tengo que pagar otra vez la factura.",
    "Soy la coordinadora de la asociación de vecinos.",
    "Estoy en el trabajo y no puedo esperar.",
    "Je ne parle pas à un robot.",
    "J'ai reçu le colis cassé.",
    "Je fais opposition à ce prélèvement.",
    "Ich würde gern mit Frau Klein sprechen.",
    "Ich komme nicht in mein Konto.",
    "Ich habe das Paket nicht bekommen.",
    "Tenho o comprovante de pagamento.",
    "Moro em Braga há seis anos.",
    "Uso sempre a aplicação de vocês.",
])
def test_ordinary_first_person_sentences_are_left_as_they_are(text: str) -> None:
    assert "xid" not in masked(text)


def test_a_question_about_oneself_is_no_self_description() -> None:
    assert "xid" not in masked("Am I from the right region for this offer? I come from a small town.")[:30]


@pytest.mark.parametrize("text", [
    "", "I", "I'm", "soy", "my family", ":", "I'm a, , and", "je fais du", "ich komme aus", "English is my",
])
def test_short_and_broken_texts_never_raise(text: str) -> None:
    identity.mask(fold(text))
    routing.classify(text)
