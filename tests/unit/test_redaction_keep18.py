"""Redaction round 18, keep side (issue 11): identifiers agents need that survive redaction, and ordinary words that are
no names. Every sentence here was written for this file (none is taken from an evaluation or development set)."""
from __future__ import annotations

import pytest

from plugin.adapters.redaction import keep
from tests.redaction_spans import inside_one_span, keep_protected, untouched


@pytest.mark.parametrize("text,value", [
    ("Shipped with Correos, registo LZ 310 447 825 ES, still nothing.", "LZ 310 447 825 ES"),
    ("Le colis CP 907 114 263 FR est bloqué à Roissy.", "CP 907 114 263 FR"),
    ("Sendung RX902334517DE ist seit Montag unterwegs.", "RX902334517DE"),
    ("Cliente: 6610 2284 9031 de Estafeta, llegó vacía", "6610 2284 9031"),
    ("Label says 4417 9902 1836 via FedEx and nothing since", "4417 9902 1836"),
    ("  GUIA: 5520 1934 7781\n  PEDIDO: QX-77120", "5520 1934 7781"),
    ("n° de suivi 8821 0453 2297, merci de vérifier", "8821 0453 2297"),
    ("Sendungsnummer 3309 1820 4471 5562 bitte prüfen", "3309 1820 4471 5562"),
])
def test_tracking_numbers_are_kept(text: str, value: str) -> None:
    assert keep_protected(text, value), keep.protected_ranges(text)


def test_spaced_digits_before_a_person_are_no_tracking_number() -> None:
    text = "Tú: 7731 0498 2215 de Marisol"
    assert not keep_protected(text, "7731 0498 2215")


@pytest.mark.parametrize("text,value", [
    ("TILL 3  OP: kgarcia  14.10.2026 17:42\n4006381333931 Thermoskanne", "14.10.2026 17:42"),
    ("Llamada registrada 03-09-2026 08:15:09 desde la tienda", "03-09-2026 08:15:09"),
])
def test_a_date_with_its_time_is_kept(text: str, value: str) -> None:
    assert keep_protected(text, value)


@pytest.mark.parametrize("text,value", [
    ("Pay here: https://pay.example.es/confirmar?pedido=TQ-55120&token=zz81Kq0pWm3", "TQ-55120"),
    ("Link: https://shop.example.de/checkout?warenkorb=KB-904412&sig=771ab2c9e0f3", "KB-904412"),
    ("Voir https://suivi.example.fr/bagage?dossier=NCEAF30192&cle=Pq81xZ", "NCEAF30192"),
    ("https://book.example.com/r?acct=3DFRN-55102&t=3Dq81Lm", "FRN-55102"),
])
def test_order_references_in_a_link_are_kept(text: str, value: str) -> None:
    assert untouched(text, value)


@pytest.mark.parametrize("text,value", [
    ("Pay here: https://pay.example.es/confirmar?pedido=TQ-55120&token=zz81Kq0pWm3", "zz81Kq0pWm3"),
    ("https://pay.example.be/facture?ref=F-88&client=RT-44120-B&sig=0a9be4c0", "RT-44120-B"),
    ("https://conta.example.com.br/caso?id=PRT-2026-11&cpf=52998224725", "52998224725"),
])
def test_secrets_in_the_same_links_stay_hidden(text: str, value: str) -> None:
    assert inside_one_span(text, value)


@pytest.mark.parametrize("text,value", [
    ("Objet : Commode Valentine abîmée – commande CMD-55102", "Commode Valentine"),
    ("Assunto: Cadeira Lurdes partida", "Cadeira Lurdes"),
    ("QX-2026-1;02/11/2026;Lámpara Tramuntana;LMP-TR-01;59,00 €", "Lámpara Tramuntana"),
    ("Bei Ihnen hatte ich das Abo Sternwarte Plus gebucht.", "Abo Sternwarte Plus"),
])
def test_a_product_noun_opening_a_field_and_its_name_are_kept(text: str, value: str) -> None:
    assert keep_protected(text, value)


def test_a_street_number_before_a_lower_case_noun_is_no_product() -> None:
    assert not keep_protected("She lives at 88 Rideau Terrace now.", "Rideau Terrace")


@pytest.mark.parametrize("text,value", [
    ("Fue a parar a Boulangerie des Tilleuls, no a mi casa.", "Boulangerie des Tilleuls"),
    ("Copie : Maison Vauquelin (vente en ligne)", "Maison Vauquelin"),
    ("Kommentare unter dem Beitrag von Bäckerei Lindqvist, kopiert", "Bäckerei Lindqvist"),
    ("la reclamación a Caja Rural de Teruel", "Caja Rural de Teruel"),
    ("the invoice from Kestrel Ridge Outdoor Co. was wrong", "Kestrel Ridge Outdoor Co."),
])
def test_companies_by_their_trade_are_kept(text: str, value: str) -> None:
    assert keep_protected(text, value)


def test_an_irish_county_is_no_company() -> None:
    text = "Send it to 4 Quay Street, Westport, Co. Mayo F28 X2K9."
    assert not any(text[lo:hi].endswith("Co.") for lo, hi in keep.protected_ranges(text))


@pytest.mark.parametrize("text,value", [
    ("[Instagram-DM an @kerzenzieherei.ulm]\n@moni_b: hallo\n@kerzenzieherei.ulm: Hallo Moni!", "@kerzenzieherei.ulm:"),
    ("DM de Instagram a @velas.candela (copiado por la agente)", "@velas.candela"),
    ("Ines (Kundendienst): Guten Tag!\nDu: hallo\nInes (Kundendienst): Danke", "Kundendienst"),
    ("09:12 Joana (Lojas Marés): Bom dia!", "Lojas Marés"),
])
def test_the_shop_of_a_chat_is_kept(text: str, value: str) -> None:
    value = value.rstrip(":")
    assert keep_protected(text, value)


@pytest.mark.parametrize("text", ["Tiago (Maria): olá, sou eu", "Lena (Schmidt): hallo", "Ana (Sra. Lopes): hola"])
def test_a_person_in_a_speaker_s_brackets_is_not_kept(text: str) -> None:
    inner = text[text.index("(") + 1:text.index(")")]
    assert not keep_protected(text, inner)


def test_a_name_finding_that_ends_inside_a_reference_is_dropped() -> None:
    text = "@rocio.mx: es el QW-5521, pagué $980 con mi tarjeta"
    assert untouched(text, "QW-5521")


@pytest.mark.parametrize("text,value", [
    ("llegó una olla Rosa Pastel en vez de la roja", "Rosa Pastel"),
    ("the box says Racing Green but it is navy", "Racing Green"),
    ("couleur Rouge Piment, taille M", "Rouge Piment"),
])
def test_colour_names_are_kept(text: str, value: str) -> None:
    assert keep_protected(text, value)


@pytest.mark.parametrize("text,value", [
    ("Je suis cliente chez Bourdieu depuis 2020 et Bourdieu refuse tout.", "Bourdieu refuse"),
    ("Comprei na Sampaio e a Sampaio cobrou duas vezes.", "Sampaio cobrou"),
    ("I shopped at Whitcombe last week; Whitcombe support never answered.", "Whitcombe support"),
    ("Ich habe bei Lorenz bestellt, Lorenz hat storniert.", "Lorenz hat"),
    ("El servicio al cliente de Arrieta no contesta.", "Arrieta"),
])
def test_a_shop_named_by_what_the_customer_did_there_is_kept(text: str, value: str) -> None:
    assert keep_protected(text, value.split()[0])


@pytest.mark.parametrize("text,value", [
    ("I bought it from Sarah on a marketplace and Sarah never shipped.", "Sarah"),
    ("Le colis a été livré chez Mme Dupont, ma voisine.", "Dupont"),
    ("Ich habe bei Frau Weber bestellt.", "Weber"),
    ("Je suis client chez Ana López depuis 2020.", "Ana López"),
])
def test_a_person_after_a_purchase_word_is_not_kept(text: str, value: str) -> None:
    assert not keep_protected(text, value)


def test_a_company_with_a_comma_before_its_legal_form_is_kept_whole() -> None:
    text = "A Carvalho & Filhos, Lda. não responde."
    assert keep_protected(text, "Carvalho & Filhos, Lda.")


def test_a_signer_before_a_comma_and_a_company_is_not_kept() -> None:
    text = "– Rita Gil, Gil & Irmãos Lda.\nobrigada"
    assert not keep_protected(text, "Rita Gil")


@pytest.mark.parametrize("text,value", [
    ("my Tamarack camp stove arrived dented", "Tamarack"),
    ("the Moorcroft boxed set came with a torn sleeve", "Moorcroft"),
    ("40 x Ingram ergonomic chair at $189.00", "Ingram"),
    ("j'ai commandé Silent Lantern édition collector", "Silent Lantern"),
    ("the Kestrel 45L pack has a broken zip", "Kestrel 45L"),
    ("un fauteuil releveur Solange livré cassé", "Solange"),
    ("mein Krups Evidence tropft", "Krups Evidence"),
    ("a Holden Colorado tow bar", "Holden Colorado"),
])
def test_more_products_are_kept(text: str, value: str) -> None:
    assert keep_protected(text, value)


def test_a_brand_ends_at_a_sentence_end() -> None:
    text = "A minha mãe quer a máquina Nespresso Vertuo. Leonor ligou ontem."
    assert not keep_protected(text, "Leonor")


def test_a_french_flat_number_is_no_app() -> None:
    text = "mon adresse c'est 12 rue de Lanaudière app 3, Montréal"
    assert not keep_protected(text, "Lanaudière")


@pytest.mark.parametrize("text,value", [
    ("Grüß Gott,\nich warte seit drei Wochen auf die Gutschrift.", "Grüß Gott"),
    ("Gruss Gott miteinand, die Lieferung fehlt.", "Gruss Gott"),
    ("Gott sei Dank ist der Schrank heil.", "Gott sei Dank"),
    ("09:14  Ausente. Nota del mensajero: volverá mañana", "Nota"),
    ("[Nota interna escrita pela Rita]", "Nota"),
    ("Data da compra: 03/10/2026   Nota: FT-2231", "Nota"),
])
def test_greetings_and_note_labels_are_ordinary_words(text: str, value: str) -> None:
    assert keep_protected(text, value)


def test_a_name_after_the_greeting_stays_hidden() -> None:
    assert inside_one_span("Grüß Gott Frau Hofstätter, danke für die Info.", "Hofstätter")


@pytest.mark.parametrize("text,value", [
    ("Mon numéro client : 5520 318 447, merci.", "5520 318 447"),
    ("Meine Kundennummer lautet 337 410 92.", "337 410 92"),
    ("Customer number 5521 3309 17, please check.", "5521 3309 17"),
    ("Vertragskonto 3001 4471 20 für die Gutschrift", "3001 4471 20"),
])
def test_a_customer_number_in_groups_after_its_cue_is_kept(text: str, value: str) -> None:
    assert keep_protected(text, value)


@pytest.mark.parametrize("text,value", [
    ("customer number 4111 1111 1111 1111", "4111 1111 1111 1111"),   # a card's length: never kept
    ("account number 4471 2209 18 at the bank", "4471 2209 18"),       # a bank account
    ("Kundennummer 448190, Telefon 0176 5550 8812", "0176 5550 8812"),  # the phone has its own cue
])
def test_numbers_in_groups_that_are_no_customer_number_stay_hidden(text: str, value: str) -> None:
    assert not keep_protected(text, value)
    assert inside_one_span(text, value)


@pytest.mark.parametrize("text,value", [
    ("Caller: right, the order number is five two two one, three oh nine.", "five two two one, three oh nine"),
    ("Cliente: el número de pedido es siete siete uno dos cero cuatro.", "siete siete uno dos cero cuatro"),
    ("Kunde: die Sendungsnummer ist drei drei null neun eins acht.", "drei drei null neun eins acht"),
    ("Client : le numéro de commande c'est huit huit deux un sept zéro.", "huit huit deux un sept zéro"),
    ("Cliente: a referência é R T dash quatro quatro sete.", "R T dash quatro quatro sete"),
])
def test_an_identifier_read_aloud_after_its_cue_is_kept(text: str, value: str) -> None:
    assert keep_protected(text, value)


@pytest.mark.parametrize("text,value", [
    ("Caller: my account number is one two three four five six seven eight.", "one two three four five six seven eight"),
    ("CLIENTE: nove um dois, quatro quatro sete, zero três oito", "nove um dois, quatro quatro sete, zero três oito"),
    ("[09:03] client : 5131 8300 7213 8937 expire 09/27", "5131 8300 7213 8937"),
    ("Caller: my phone is oh seven seven oh oh nine double oh one two three.", "oh seven seven oh oh nine double oh one two three"),
])
def test_numbers_read_aloud_that_are_no_reference_are_not_kept(text: str, value: str) -> None:
    assert not keep_protected(text, value)
