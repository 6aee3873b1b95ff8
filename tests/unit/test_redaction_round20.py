"""Redaction round 20 of issue 11 (branch s11-red20): a card's security code or expiry said near its cue anywhere in
a sentence, and an address said in prose with number words, in en, es, fr, de, pt.

Every text here was written for these tests (InMemoryRedactor: the same rules as the Presidio path, without spaCy);
none is copied from an eval/ set. They describe the round's rules; they are no evaluation.
"""
import pytest

from tests.redaction_spans import covered, spans, untouched

HIDDEN = [
    # --- card security codes and expiries in a sentence ----------------------------------------------------------
    ("ok so the security code is six zero three and that's it", "six zero three"),
    ("and the three digits on the back of my card are two eight five", "two eight five"),
    ("it expires oh four thirty I think", "oh four thirty"),
    ("el código de seguridad es nueve uno cuatro, creo", "nueve uno cuatro"),
    ("la tarjeta vence en julio del veintinueve", "julio del veintinueve"),
    ("alors le cryptogramme c'est huit huit un", "huit huit un"),
    ("elle expire en octobre vingt-huit", "octobre vingt-huit"),
    ("die Kartenprüfnummer ist vier null sieben", "vier null sieben"),
    ("sie ist gültig bis zwölf neunundzwanzig", "zwölf neunundzwanzig"),
    ("o código de segurança é três um oito", "três um oito"),
    ("a validade é maio de vinte e sete", "maio de vinte e sete"),
    # --- addresses said in prose ---------------------------------------------------------------------------------
    ("please send it to forty-one Mill Lane, Bristol, B S eight, one T H", "forty-one Mill Lane, Bristol"),
    ("I live at nine Elm Road, flat two, Leeds and nobody came", "nine Elm Road, flat two, Leeds"),
    ("ahora vivo en la avenida del Puerto número doce, cuarenta y seis cero cero uno Valencia", "avenida del Puerto número doce"),
    ("nous habitons au trente avenue Foch, seize cent Paris", "trente avenue Foch"),
    ("ich wohne in der Lindenstraße acht, acht null eins eins sechs München", "Lindenstraße acht"),
    ("moro na avenida da Liberdade, número vinte, Lisboa", "avenida da Liberdade, número vinte, Lisboa"),
]

KEPT = [
    ("the street was closed for two days and nobody came", "two days"),
    ("vivo en Madrid desde hace dos años", "dos años"),
    ("my card expires soon and it has three digits on the back", "expires soon"),
    ("a fatura vence em dez de dezembro", "dez de dezembro"),
    ("the code is on the back of the card, I called two weeks ago", "two weeks ago"),
    ("j'habite au premier étage depuis deux ans", "deux ans"),
]


@pytest.mark.parametrize(("text", "value"), HIDDEN)
def test_said_value_is_redacted(text, value):
    assert covered(text, value), [(s.type, text[s.start:s.end]) for s in spans(text)]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_ordinary_words_are_kept(text, value):
    assert untouched(text, value), [(s.type, text[s.start:s.end]) for s in spans(text)]


def test_address_stops_before_the_pronoun():
    text = "I live at twelve Oak Street, Leeds and I waited a week"
    assert untouched(text, "waited a week")


@pytest.mark.parametrize(("text", "value"), [
    ("paid with the visa, cvv 462 and please hurry", "462"),
    ("carte bleue, crypto 307, merci", "307"),
    ("Kreditkarte, gültig bis 11/29, danke", "11/29"),
    ("pago com o cartão, val 03/31 e cvv 915", "03/31"),
    ("mándelo a avenida Juárez cuarenta interior dos colonia Roma, Monterrey", "interior dos colonia Roma"),
])
def test_digits_and_district_words(text, value):
    assert covered(text, value), [(s.type, text[s.start:s.end]) for s in spans(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("the back is 100 pages long", "100"),
    ("crypto prices fell 20 percent", "20"),
])
def test_digits_need_the_clause_end(text, value):
    assert untouched(text, value), [(s.type, text[s.start:s.end]) for s in spans(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("we live at number seven Church Road, Bath", "number seven Church Road, Bath"),
    ("the card expires at the end of June thirty", "June thirty"),
    ("and the security number is three three eight", "three three eight"),
])
def test_house_number_word_and_longer_fillers(text, value):
    assert covered(text, value), [(s.type, text[s.start:s.end]) for s in spans(text)]
