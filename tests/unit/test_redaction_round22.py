"""Redaction round 22 (issue 11): identifiers agents need kept — companies by their shape, products by their shape — and
ordinary words of non-English tickets not taken for names. Every sentence here was written for this file (none is
taken from an evaluation or development set)."""
from __future__ import annotations

import pytest

from plugin.adapters.redaction import keep
from plugin.adapters.redaction.finish import drop_sentence_words
from plugin.adapters.redaction.name_lists import ordinary_words
from plugin.core.model import Span
from tests.redaction_spans import inside_one_span, keep_protected


@pytest.mark.parametrize("text,value", [
    ("Ich habe das Auto bei Talleres Ortega abgeholt, die Rechnung stimmt nicht.", "Talleres Ortega"),
    ("La Schreinerei Brandl nos mandó la factura dos veces.", "Schreinerei Brandl"),
    ("A Oficina Mecânica Teixeira ainda não devolveu o carro.", "Oficina Mecânica Teixeira"),
    ("We stayed with Birchwood Lodges in March and were charged twice.", "Birchwood Lodges"),
    ("Von: Seeblick Ferienwohnungen <info@example.org>", "Seeblick Ferienwohnungen"),
    ("De: Hoteles Playa Dorada <reservas@example.org>", "Hoteles Playa Dorada"),
    ("Nous avons dormi à l'Hôtel du Vieux Port et la note est fausse.", "Hôtel du Vieux Port"),
    ("Termin in der Praxis am Rosenhügel wurde zweimal berechnet.", "Praxis am Rosenhügel"),
    ("I bought the kettle from Thornfield & Marsh last week.", "Thornfield & Marsh"),
    ("Dear Brackley & Voss Kitchens, the hinge broke again.", "Brackley & Voss Kitchens"),
    ("Le cabinet Morel Audit & Conseil ne répond plus.", "Audit & Conseil"),
])
def test_companies_by_shape_are_kept(text: str, value: str) -> None:
    assert keep_protected(text, value), [text[a:b] for a, b in keep.protected_ranges(text)]


@pytest.mark.parametrize("text,value", [
    ("Ana & João casam-se em maio e a encomenda do bolo não chegou.", "Ana & João"),
    ("Meine Kollegin hat die Nummer unter „Jutta Steuerbüro“ gespeichert.", "Jutta Steuerbüro"),
])
def test_people_next_to_company_shapes_are_not_kept(text: str, value: str) -> None:
    assert not keep_protected(text, value)


def test_the_writers_name_stays_hidden_beside_the_shop_named_after_it() -> None:
    text = "Hallo, hier ist Sabine Gruber von der Bäckerei Gruber, die Lieferung vom Dienstag fehlt."
    assert keep_protected(text, "Bäckerei Gruber")
    assert inside_one_span(text, "Sabine Gruber")


def test_a_firm_before_a_greeting_ends_before_it() -> None:
    text = "Fromagerie Alpage & Co Bonjour Capucine, nous vous écrivons en privé."
    assert keep_protected(text, "Alpage & Co")
    assert not keep_protected(text, "Capucine")


def test_a_lodging_that_opens_an_address_is_left_to_the_address() -> None:
    text = "Lieferadresse: Gasthof Linde, Kirchgasse 4, 6020 Innsbruck."
    assert not keep_protected(text, "Gasthof Linde")


@pytest.mark.parametrize("text,value", [
    ("A minha mãe quer devolver o aquecedor Serra da Estrela porque faz barulho.", "aquecedor Serra da Estrela"),
    ("Im Paket fehlte das Spiel Die Zwerge von Moria, bitte nachsenden.", "Spiel Die Zwerge von Moria"),
    ("Comprei uma prancha Ericeira Pro 6'8 e veio com a quilha partida.", "prancha Ericeira Pro 6'8"),
    ("I returned the Glacier Trek snow boots two weeks ago.", "Glacier Trek"),
    ("Hi, the Paperleaf Budget app crashes when I export.", "Paperleaf Budget"),
    ("Le siège d'auto Pégase est arrivé sans sa housse.", "Pégase"),
])
def test_products_by_shape_are_kept(text: str, value: str) -> None:
    assert keep_protected(text, value), [text[a:b] for a, b in keep.protected_ranges(text)]


def test_a_flat_after_a_street_is_no_app() -> None:
    text = "mon adresse c'est 88 rue Beaubien app 4, Montréal"
    assert not keep_protected(text, "Beaubien")


def test_ordinary_words_are_learnt_and_exclude_names() -> None:
    assert "veuillez" in ordinary_words("fr") and "perfecto" in ordinary_words("es")
    assert "tarif" in ordinary_words("de_nouns")
    for name in ("pierre", "rosa", "luz"):
        assert name not in ordinary_words("fr") | ordinary_words("es") | ordinary_words("pt")


@pytest.mark.parametrize("text,word,lang", [
    ("Ich habe geschrieben. Bitte um Rückruf.", "Bitte", "de"),
    ("Vous avez débité deux fois. Veuillez rembourser.", "Veuillez", "fr"),
    ("Carmen: Perfecto, lo recogemos el jueves.", "Perfecto", "es"),
    ("Der neue Tarif ist teurer als vereinbart.", "Tarif", "de"),
    ("Käufer: Die Lampe ist kaputt.", "Käufer", "de"),
])
def test_a_models_ordinary_word_is_dropped(text: str, word: str, lang: str) -> None:
    start = text.index(word)
    assert drop_sentence_words(text, [Span("PERSON", start, start + len(word), 0.5)], lang) == []


@pytest.mark.parametrize("text,word,lang", [
    ("Ich habe geschrieben. Bitte um Rückruf.", "Bitte", "de"),  # a cue's finding (score >= 0.7) stays
])
def test_a_cues_finding_stays(text: str, word: str, lang: str) -> None:
    start = text.index(word)
    spans = [Span("PERSON", start, start + len(word), 0.8)]
    assert drop_sentence_words(text, spans, lang) == spans


@pytest.mark.parametrize("text,word,lang", [
    ("La clienta (Lucía) vino ayer.", "Lucía", "es"),
    ("Signature : M.-Th. Van den Bossche", "Van den Bossche", "fr"),
    ("Frau Koch hat angerufen.", "Koch", "de"),
])
def test_names_stay(text: str, word: str, lang: str) -> None:
    start = text.index(word)
    spans = [Span("PERSON", start, start + len(word), 0.5)]
    assert drop_sentence_words(text, spans, lang) == spans


def test_an_ordinary_opening_word_is_cut_from_a_name() -> None:
    text = "Vendedor: Vale. Soy Ignacio Ferrer y te devuelvo el dinero."
    start = text.index("Soy")
    out = drop_sentence_words(text, [Span("PERSON", start, start + len("Soy Ignacio Ferrer"), 0.5)], "es")
    assert [text[s.start:s.end] for s in out] == ["Ignacio Ferrer"]


@pytest.mark.parametrize("text,word,lang,dropped", [
    ("Estuvimos tres noches en Cáceres y el hotel cobró dos veces.", "Cáceres", "es", True),
    ("Das Paket ging nach Innsbruck statt nach Wien.", "Innsbruck", "de", True),
    ("J'ai parlé à Nancy au téléphone hier.", "Nancy", "fr", False),  # "à" + a listed first name: a person
    ("Moro em Coimbra desde 2019.", "Coimbra", "pt", True),
])
def test_a_town_after_a_preposition_of_place(text: str, word: str, lang: str, dropped: bool) -> None:
    start = text.index(word)
    assert (drop_sentence_words(text, [Span("PERSON", start, start + len(word), 0.5)], lang) == []) is dropped


@pytest.mark.parametrize("text,value,kept", [
    ("Seit Montag kein Netz #KeinEmpfang #Stuttgart", "KeinEmpfang", True),
    ("otra vez sin luz #SinLuz #Monterrey", "Monterrey", True),
    ("quem me ajuda #ForçaMarta", "ForçaMarta", False),  # a name inside: left to the name rules
])
def test_hashtags_of_ordinary_words_are_kept(text: str, value: str, kept: bool) -> None:
    assert keep_protected(text, value) is kept


def test_an_ids_cue_and_a_phones_label_are_outside_the_findings() -> None:
    from plugin.adapters.redaction.finish import trim_labels
    text = "Resido en Calle Olmo 4, 28010 Madrid, Tel. 600 000 000, con DNI 00000000T."
    address = text.index("Calle Olmo")
    tel_end = text.index("Tel.") + len("Tel")
    dni = text.index("DNI")
    out = trim_labels(text, [Span("STREET_ADDRESS", address, tel_end, 0.7),
                             Span("NATIONAL_ID", dni, dni + len("DNI 00000000T"), 1.0)])
    assert [text[s.start:s.end] for s in out] == ["Calle Olmo 4, 28010 Madrid", "00000000T"]


def test_the_ordinary_word_list_equals_a_rebuild() -> None:
    from training.redaction_ner.ordinary_words import learn
    for lang, words in learn().items():
        assert frozenset(words) == ordinary_words(lang), lang


@pytest.mark.parametrize("text,word,dropped", [
    ("Achète chez TricotZen, la laine est arrivée mouillée.", "TricotZen", True),
    ("Bestellt bei Velo2Go, das Rad fehlt.", "Velo2Go", True),
    ("Please ask McKenzie about the refund.", "McKenzie", False),
    ("DeShawn called about the invoice.", "DeShawn", False),
    ("#JoaquimBarbalho sem internet", "JoaquimBarbalho", False),  # a hashtag: its own rules
])
def test_brand_shaped_words_are_no_names(text: str, word: str, dropped: bool) -> None:
    from plugin.adapters.redaction.finish import drop_brand_shapes
    start = text.index(word)
    assert (drop_brand_shapes(text, [Span("PERSON", start, start + len(word), 0.7)]) == []) is dropped


def test_a_trade_name_with_de_la() -> None:
    text = "Reservamos en Hotel Mirador de la Sierra y cobraron dos noches de más."
    assert keep_protected(text, "Hotel Mirador de la Sierra")


@pytest.mark.parametrize("text,word,lang,dropped", [
    ("Paciente: Joana Reis\nNascimento: 03/05/1950\nCPF: 000.000.000-00", "Nascimento", "pt", True),
    ('Campo "Dirección de entrega": calle Mayor 3', "Campo", "es", True),
    ("Ana: tudo bem, até amanhã", "Ana", "pt", False),  # a speaker before words, not a value
])
def test_a_label_before_its_value(text: str, word: str, lang: str, dropped: bool) -> None:
    start = text.index(word)
    assert (drop_sentence_words(text, [Span("PERSON", start, start + len(word), 0.5)], lang) == []) is dropped


def test_a_phone_after_an_address_label_stays_hidden_whole() -> None:
    from plugin.adapters.redaction.finish import trim_labels
    text = "Wohne Lindenweg 4, 1010 Wien, Handy 0664 111 22 33\nGruß"
    start = text.index("Lindenweg")
    cut = text.index("0664") + 4  # the address took the number's first group
    out = trim_labels(text, [Span("STREET_ADDRESS", start, cut, 0.7)])
    assert [(s.type, text[s.start:s.end]) for s in out] == [("STREET_ADDRESS", "Lindenweg 4, 1010 Wien"),
                                                             ("PHONE_NUMBER", "0664 111 22 33")]


def test_a_form_name_ends_before_the_next_label() -> None:
    from plugin.adapters.redaction.finish import trim_labels
    text = "Vorname: Jannik   Nachname: Brettschneider"
    start = text.index("Jannik")
    out = trim_labels(text, [Span("PERSON", start, text.index("Nachname") + len("Nachname"), 0.8)])
    assert [text[s.start:s.end] for s in out] == ["Jannik"]
