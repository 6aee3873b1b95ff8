"""Redaction round 12: names read from layout (lists of people, table cells under a rule line, notification senders,
labels after a sentence or a list number, carriers' receivers), self-corrected names in speech, and the labels of
phone-system logs and notification headers left alone.

Every sentence and name here was written for these tests; none comes from an eval set (eval/redaction_*).
"""
import pytest

from plugin.adapters.inmemory_redactor import InMemoryRedactor
from plugin.adapters.redaction import keep, tables


def found(text: str) -> list[str]:
    return [text[s.start:s.end] for s in InMemoryRedactor().find(text)]


@pytest.mark.parametrize(("text", "names"), [
    # a list of people under its heading: each item's first words
    ("Wir beschweren uns gemeinsam.\n\nUnterschriften:\n1. Ottilie Brandauer, Haus 3\n2. Kemal Yüceer („Kemo“), 2. OG\n",
     ["Ottilie Brandauer", "Kemal Yüceer", "Kemo"]),
    ("Reclamamos todos.\n\nFirman:\n- Leonor Baquedano Ruiz, bloque 4\n- Teófilo Arancibia, bajo B\n",
     ["Leonor Baquedano Ruiz", "Teófilo Arancibia"]),
    # a label after a sentence's end and after a list number; an inverted name after "Name, Vorname"
    ("12.03.  14:10  Zugestellt. Unterschrift: K. WALDNER\n", ["K. WALDNER"]),
    ("03/12 11:40  Entregado. Recibe: T. ESCRIBANO. Gracias\n", ["T. ESCRIBANO"]),
    ("03/12 11:40  Entregado. Recibe: M. ARRIETA. Gracias\n", ["M. ARRIETA"]),
    ("Antworten:\n1. Name, Vorname: Hollerbach, Gisela\n2. Geburtsort: Linz\n", ["Hollerbach, Gisela"]),
    ("Respostas:\n1) Nome completo: Ana Clara da Fonseca Brito\n2) Cidade: Braga\n", ["Ana Clara da Fonseca Brito"]),
    # a table drawn with rule lines: the cells of the customer column
    ("Three rows:\n\n+-------+--------------+--------+\n| order | customer     | total  |\n"
     "+-------+--------------+--------+\n| 10331 | Ferdia Quaile | 12.00 |\n| 10342 | Bronagh Tully | 18.50 |\n",
     ["Ferdia Quaile", "Bronagh Tully"]),
    # a notification's sender between the app and the time
    ("Regarde ça :\n\nMessenger · Cousine Amandine · 21:47\ncoucou, tu as vu ?\n", ["Amandine"]),
    # a first name said twice in speech, the second time with the surname
    ('asr: "hallo hier ist reinhold äh reinhold bauer wegen der waschmaschine"', ["reinhold bauer"]),
    ('asr: "hola soy mercedes mercedes lópez de la vega llamo por el pedido"', ["lópez de la vega"]),
    # a role or kinship noun, an article, a listed first name in lower-case speech
    ('asr : "la livreuse maëlle a dit que le colis était devant la porte"', ["maëlle"]),
    ('asr: "pode ligar pro meu cunhado o rodrigo no número de casa"', ["rodrigo"]),
    # the writer signs an aside on the last line after leaving a template's name placeholder in
    ("Je reste à votre disposition.\nCordialement,\n[Votre nom]\n(pardon, j'ai oublié de l'effacer — clémence)",
     ["clémence"]),
])
def test_names_read_from_layout_and_speech(text: str, names: list[str]) -> None:
    spans = found(text)
    for name in names:
        assert any(name in s for s in spans), (name, spans)


@pytest.mark.parametrize(("text", "kept"), [
    # a phone-system log's labels open several timed lines: no speaker
    ("09:01:10 Ansage: Bitte geben Sie Ihre Kundennummer ein\n09:01:20 Ereignis: Eingabe erkannt\n"
     "09:01:30 Ansage: Vielen Dank\n", ["Ansage", "Ereignis"]),
    ("10:02:11 anuncio: marque su número\n10:02:15 evento: llamada colgada\n10:02:20 anuncio: adiós\n",
     ["anuncio", "evento"]),
    # a notification header: the shop that sent it, alone before the time
    ("Voilà ce que je reçois :\n\nMaison Verlaine · 22:03\nNouvelle connexion à votre compte\n", ["Maison Verlaine"]),
    ("Regardez ce que ma tante m'a envoyé hier soir :\n\nMessenger · Tatie Roselyne · 21:47\ncoucou ma puce, tu vas bien ?\n", ["Tatie"]),
    # a template's placeholders are no names; a form's labels after a list number neither
    ("Bonjour, [Précisez votre demande] merci.\n\nCordialement,\n[Signature]\n", ["Signature", "Précisez"]),
    ("Dados:\n4) Morada: Rua das Flores 12, 4050-262 Porto\n5) Carta de condução: P-773100 2\n",
     ["Morada", "Carta"]),
    # a role noun before an ordinary word in lower case is no name
    ("el repartidor luego dijo que no había nadie en casa, pero yo estaba.", ["luego"]),
    ("O vizinho Abílio viu o estafeta sair com a caixa às três da tarde.", ["sair"]),
    # a repeated word is no self-corrected name
    ("non non non, je ne veux pas de ce canapé, vraiment pas.", ["non"]),
])
def test_labels_and_headers_are_no_names(text: str, kept: list[str]) -> None:
    spans = found(text)
    for word in kept:
        assert not any(word in s for s in spans), (word, spans)


def test_app_header_is_protected_but_a_sender_line_is_not() -> None:
    text = "Loja Pitanga · 09:12\nWhatsApp · Tio Evaristo · 09:15\n"
    ranges = keep.protected_ranges(text)
    start = text.index("Loja Pitanga")
    assert any(lo <= start and start + len("Loja Pitanga") <= hi for lo, hi in ranges)
    assert not any(lo <= text.index("Evaristo") < hi for lo, hi in ranges)


def test_rule_lines_do_not_end_a_table() -> None:
    text = "id | name\n---+-----\n1 | Ana\n2 | Bo\n"
    (first, second) = tables.columns(text)
    assert [text[s:e] for s, e in second.cells] == ["Ana", "Bo"]


def test_a_nickname_loses_its_article() -> None:
    text = 'Firman:\n- Wilson Ferney Quiceno ("el Pollo"), bloque 3\n'
    spans = found(text)
    assert "Pollo" in spans and not any(s.startswith("el ") for s in spans), spans


def test_an_aside_without_a_placeholder_is_no_signature() -> None:
    text = "Merci de me rappeler.\nCordialement\n(je suis joignable le matin — toujours)"
    assert not any("toujours" in s for s in found(text))
