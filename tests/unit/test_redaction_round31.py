"""Round 31: the brands of social threads kept while their people are hidden. Texts written for this round."""
from __future__ import annotations

import pytest

from plugin.adapters.redaction.threads import thread_names
from plugin.core.model import Span
from tests.redaction_spans import covered, spans, untouched

_ES_PAGE = ("Chat de Messenger, página de Casa Lucena Hogar (Sevilla).\n\n"
            "Casa Lucena · Asistente virtual: ¡Hola! ¿En qué podemos ayudarte?\n"
            "Maribel Quintana: hola, la silla llegó con una pata suelta\n"
            "Casa Lucena · Paloma (agente): Lo siento, Maribel. ¿Me das el número de pedido?\n"
            "Maribel Quintana: es el CL-55120\n"
            "Casa Lucena · Paloma (agente): Gracias, te mando la pieza el lunes.")
_PT_PAGE = ("Conversa do Messenger da página Casa Ferraz Decor.\n"
            "Casa Ferraz · Assistente: Olá! Como podemos ajudar?\n"
            "Casa Ferraz · Joana (atendente): Bom dia, Rui. Já vi a encomenda.\n"
            "Rui Magalhães: obrigado, fico à espera")
_DE_PAGE = ("Haus Wendt · Chatbot: Hallo! Wie können wir helfen?\n"
            "Haus Wendt · Birte (Beratung): Hallo Frau Lorenzen, die Lampe geht morgen raus.\n"
            "Gesine Lorenzen: danke schön")


def _kept_everywhere(text: str, value: str) -> bool:
    found = spans(text)
    starts = [i for i in range(len(text)) if text.startswith(value, i)]
    return len(starts) >= 2 and not any(s.start < i + len(value) and i < s.end for i in starts for s in found)


@pytest.mark.parametrize(("text", "value"), [(_ES_PAGE, "Casa Lucena"), (_PT_PAGE, "Casa Ferraz"),
                                             (_DE_PAGE, "Haus Wendt")])
def test_a_page_named_before_its_agents_is_the_brand_everywhere(text: str, value: str) -> None:
    assert _kept_everywhere(text, value)


@pytest.mark.parametrize(("text", "value"), [(_ES_PAGE, "Paloma"), (_ES_PAGE, "Maribel Quintana"),
                                             (_PT_PAGE, "Joana")])
def test_the_agents_and_the_customer_are_still_hidden(text: str, value: str) -> None:
    assert covered(text, value)


def test_a_person_label_with_its_time_is_no_page() -> None:
    text = "Tamsin Kerrow · 2 h: the parcel never came\nTamsin Kerrow · 1 h: still nothing, any news?"
    assert covered(text, "Tamsin Kerrow")


def test_a_handle_spelt_out_as_its_phrase_is_not_a_first_name() -> None:
    text = "@zouzou_rigole_31 : oui c'est moi, la « zouzou rigole » du forum, et mon colis n'est jamais arrivé"
    assert untouched(text, "zouzou rigole")


def test_a_handle_head_alone_is_still_the_person() -> None:
    text = "@tjorven_liest mein Paket ist weg 😤\n@BuchPost_DE bitte melden, tjorven wartet seit Montag"
    assert covered(text, "tjorven", 1)


@pytest.mark.parametrize(("text", "value"), [
    ("Subject: Zorvex Trambal payment I never made\n  30 Nov  Zorvex Trambal to K. Dobbs  -400.00", "Zorvex Trambal"),
    ("Betreff: Quelvor Dastrin, nicht von mir\n  30.11.  Quelvor Dastrin an B. Hinz  -120,00", "Quelvor Dastrin"),
])
def test_a_found_value_without_a_listed_name_is_not_echoed(text: str, value: str) -> None:
    last = text.rindex(value)
    out = thread_names(text, [Span("PERSON", last, last + len(value), 0.5)], "en")
    assert [(s.start, s.end) for s in out] == [(last, last + len(value))]


def test_a_found_full_name_is_still_echoed() -> None:
    text = "Hola, soy Encarna Villalobos. El pedido sigue sin llegar, Encarna Villalobos otra vez"
    first = text.index("Encarna Villalobos")
    second = text.rindex("Encarna Villalobos")
    out = thread_names(text, [Span("PERSON", first, first + 18, 0.5)], "es")
    assert all(any(s.start <= i < s.end for s in out) for i in range(second, second + 18) if text[i].isalpha())


@pytest.mark.parametrize(("text", "value", "nth"), [
    # a chat app's header line: the speaker, a dash, the day or time
    ("Pipsa 🌙 — Today at 10:02\nmy parcel is lost\nPipsa 🌙 — Today at 10:05\nanyone??", "Pipsa", 1),
    ("**Ximena Robledo** — 2 dic. 2026\nel envío nunca llegó", "Ximena Robledo", 0),
    # a name beside the care team without brackets, an initial and a surname in brackets, a moderator's name
    ("Capturas copiadas por Leo del equipo de redes:\n\nusuario1: hola", "Leo", 0),
    ("Vom Social-Team (D. Vogt) weitergeleitet:\n\nHallo zusammen", "D. Vogt", 0),
    ("Signalé à l'équipe par la modératrice Zaza :\n\nbonjour", "Zaza", 0),
    ("Comentários enviados pelo moderador Tavinho ao suporte.", "Tavinho", 0),
])
def test_speakers_and_care_team_in_other_layouts(text: str, value: str, nth: int) -> None:
    assert covered(text, value, nth)


@pytest.mark.parametrize(("text", "value"), [
    ("Brisk Support ✓ — Today at 09:25\nwe are looking into it", "Brisk Support"),
    ("Update — 12/03/2026\nThe parcel left the depot.", "Update"),
    ("Note from the support team: resend tomorrow", "Note"),
])
def test_brand_and_plain_header_lines_stay(text: str, value: str) -> None:
    assert untouched(text, value)


@pytest.mark.parametrize(("text", "value"), [
    ("jo, und des Packerl is bei der Vroni glandet statt bei mir", "Vroni"),
    ("Liebe Grüße auch von der Resi und vom Sepp", "Resi"),
])
def test_spoken_german_names_a_person_with_the_article(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(("text", "value"), [
    ("Der Karton stand im Flur, dann hat sie ihn in den Keller gestellt.", "Keller"),
    ("Das System hat mir den Termin in den Kalender gelegt.", "Kalender"),
])
def test_german_nouns_after_the_article_stay(text: str, value: str) -> None:
    assert untouched(text, value)


@pytest.mark.parametrize(("text", "value"), [
    ("Merci de votre patience.\nCordialement, J. Kerhervé-Lannuzel", "J. Kerhervé-Lannuzel"),
    ("La recogida es gratuita el martes. Un saludo, T. Echániz", "Echániz"),
])
def test_an_initial_and_a_surname_after_a_closing(text: str, value: str) -> None:
    assert covered(text, value)


def test_a_closing_before_a_company_stays() -> None:
    assert untouched("Thanks, R. Smith Ltd team", "Ltd team")
