"""Redaction round 27 of issue 11 (branch s14-red27): names in e-mail threads (quoted signatures, academic and
professional titles, a relative named after a colon) hidden, and shop and brand names in chats kept (a trade word, a
bracketed employer, German trade compounds, a shop's account that speaks as "we").

Every text here was written for these tests (InMemoryRedactor: the same rules as the Presidio path, without spaCy);
none is copied from an eval/ set.
"""
import pytest

from plugin.adapters.redaction import keep
from plugin.adapters.redaction.finish import take_initials
from plugin.adapters.redaction.spans import prepare
from plugin.core.model import Span
from tests.redaction_spans import covered, untouched


def kept(text: str, value: str) -> bool:
    """The keep list protects the value (a model's finding over it would be dropped)."""
    start = text.index(value)
    return any(lo <= start and start + len(value) <= hi for lo, hi in keep.protected_ranges(text))


# --- e-mail quoting: a quoted line is read like the same line unquoted ---

def test_quote_marks_become_spaces_of_the_same_length():
    text = "Hola\n> Saludos,\n>> > Lic. Irene Solís\nfin > no"
    prepared = prepare(text)
    assert len(prepared) == len(text)
    assert prepared.splitlines()[2] == " " * 5 + "Lic. Irene Solís"
    assert prepared.endswith("fin > no")  # only a line's opening quote marks


def test_quoted_signature_with_title_is_a_name():
    text = ("Buenos días, reenvío la respuesta de la aseguradora.\n\n"
            ">> Le pedimos una copia de la póliza y del recibo de pago.\n"
            ">> Lic. Irene Solís Barragán\n>> Gerente de Siniestros\n")
    assert covered(text, "Irene Solís Barragán")


# --- academic and professional titles with their dot ---

@pytest.mark.parametrize("text,name", [
    ("Sehr geehrte Damen und Herren, bitte prüfen Sie die Rechnung.\n\nMit freundlichen Grüßen\n"
     "Mag. Ottilie Brunnbauer-Lenz\nLeiterin Buchhaltung", "Ottilie Brunnbauer-Lenz"),
    ("Exmo. Senhor Eng. Quaresma Toscano,\n\nAcusamos a receção da sua reclamação.", "Quaresma Toscano"),
    ("La revisión la firmó el Arq. Ledesma Villaseñor la semana pasada.", "Ledesma Villaseñor"),
    ("Gestern rief Dipl.-Ing. Severin Aichholzer wegen der Heizung an.", "Severin Aichholzer"),
])
def test_academic_title_cues_a_name(text, name):
    assert covered(text, name)


def test_title_name_stops_at_lower_case_words():
    text = "Am Telefon hat uns Frau Mag. Wimmleitner aus der Kundenbetreuung alles erklärt."
    assert covered(text, "Wimmleitner")
    assert untouched(text, "aus der Kundenbetreuung")


# --- a person noun, a colon, a name ---

def test_relative_named_after_a_colon():
    text = "Hier die Angaben meines Schwiegervaters: Leopold Irnberger, geboren am 04.05.1939, wohnhaft in Linz."
    assert covered(text, "Leopold Irnberger")


def test_label_answer_after_a_colon_is_no_name():
    text = "Frage zum Artikel, Antwort des Verkäufers: Ja, beide Akkus sind dabei, und das Ladegerät auch."
    assert untouched(text, "Ja")


# --- shop and brand names kept ---

def test_shop_after_la_tienda_may_open_with_a_function_word():
    text = "Le escribí a la tienda Casa Olmedilla, y la tienda no contesta desde el lunes."
    assert kept(text, "Casa Olmedilla")


def test_trade_word_and_ordinary_words_are_a_shop():
    text = "J'ai commandé chez Atelier Pomme de Reinette, la commande n'est jamais arrivée."
    assert kept(text, "Atelier Pomme de Reinette")


def test_bracketed_employer_with_a_trade_word_is_kept():
    text = ("[10:02] Conseiller Yanis (Horlogerie des Tilleuls) : Bonjour, que puis-je faire ?\n"
            "[10:03] Moi : ma montre n'est pas prête")
    assert kept(text, "Horlogerie des Tilleuls")


@pytest.mark.parametrize("shop", ["Landmöbel Gruber", "Trachtenmoden Aigner", "Dorfbäckerei Lechner"])
def test_german_trade_compound_names_a_shop(shop):
    text = f"Chat-Verlauf mit {shop}\nAgent Lukas: Servus, wie kann ich helfen?"
    assert kept(text, shop)


def test_new_trade_words_name_shops():
    assert kept("Compré una lámpara en Lumbre Hogar y llegó rota.", "Lumbre Hogar")
    assert kept("Je suis passée à la Maroquinerie Vasseur hier.", "Maroquinerie Vasseur")


def test_shop_account_speaking_as_we_is_kept():
    text = ("Os pego el chat de Instagram:\n"
            "@lau.prados: hola, el pedido PX-4410 no ha llegado\n"
            "Nube Verde: Hola! Sentimos mucho el retraso, ¿nos dices tu nombre?\n"
            "@lau.prados: Laura Prados Ibarra\n"
            "Nube Verde: Gracias Laura, te mandamos otro hoy.")
    assert kept(text, "Nube Verde")
    assert covered(text, "Laura Prados Ibarra")


def test_person_speaking_as_i_is_no_shop():
    text = ("Chat con el vendedor:\n"
            "Yo: hola, ¿sigue disponible?\n"
            "Rosa Blanco: sí, yo te lo mando mañana, soy de Sevilla\n"
            "Yo: perfecto")
    assert "Rosa Blanco" not in keep._we_speakers(text)  # ("Rosa Blanco" is kept as two colours: not this rule's)
    same = text.replace("Rosa Blanco", "Nube Verde")
    assert keep._we_speakers(same) == []
    assert keep._we_speakers(same.replace("yo te lo mando", "te lo mandamos").replace(", soy de Sevilla", "")) == \
        ["Nube Verde"]


# --- a name's initials next to it ---

def _person(text: str, value: str) -> Span:
    start = text.index(value)
    return Span("PERSON", start, start + len(value), 0.8)


@pytest.mark.parametrize("text,name,whole,lang", [
    ("Viele Grüße, J. Wendelstein-Ruf", "Wendelstein-Ruf", "J. Wendelstein-Ruf", "de"),
    ("Saludos, Leandro V. R.", "Leandro", "Leandro V. R.", "es"),
    ("Assinatura: T. Bragança", "Bragança", "T. Bragança", "pt"),
])
def test_initials_join_the_name(text, name, whole, lang):
    out = take_initials(text, [_person(text, name)], lang)
    assert [text[s.start:s.end] for s in out] == [whole]


@pytest.mark.parametrize("text,name,lang", [
    ("A cliente D. Quitéria pediu a fatura.", "Quitéria", "pt"),  # Dona: a title
    ("Bonjour, M. Lebrasseur a appelé.", "Lebrasseur", "fr"),  # Monsieur: a title
])
def test_title_initials_stay_outside(text, name, lang):
    out = take_initials(text, [_person(text, name)], lang)
    assert [text[s.start:s.end] for s in out] == [name]


# --- French "chez" before a name no list knows ---

def test_chez_an_unlisted_name_is_a_shop():
    text = "J'ai pris l'abonnement box chez Fibrelune le mois dernier, et rien ne marche."
    assert kept(text, "Fibrelune")


@pytest.mark.parametrize("text,name", [
    ("Le colis a été livré chez Kévin, mon voisin, sans me prévenir.", "Kévin"),
    ("Le colis est resté chez Dupont au rez-de-chaussée.", "Dupont"),
])
def test_chez_a_listed_name_is_a_person(text, name):
    assert not kept(text, name)
