"""Redaction round 13 (issue 11): where an address found by its label starts and ends; a quoted security question
before its answer is no secret (sentences written for this test)."""
from __future__ import annotations

import pytest

from plugin.adapters.inmemory_redactor import InMemoryRedactor
from plugin.adapters.redaction import keep
from plugin.adapters.redaction.address_blocks import find_labelled_addresses
from plugin.adapters.redaction.addresses import find_addresses
from plugin.adapters.redaction.secrets import find_secrets


def _labelled(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_labelled_addresses(text)]


@pytest.mark.parametrize(("text", "address"), [
    # the postcode and its town close the address; the clause after them is prose
    ("Mi domicilio: Calle Almendro 7, 2º B, 41003 Sevilla, y el cartero dice que no existe.",
     "Calle Almendro 7, 2º B, 41003 Sevilla"),
    ("Meine Anschrift: Lindenweg 12, 3. OG, 04109 Leipzig, hausmeister hat nix gesehen",
     "Lindenweg 12, 3. OG, 04109 Leipzig"),
    ("Morada: Rua das Flores 88, 1.º dto, 4050-262 Porto. A vizinha recebeu a caixa.",
     "Rua das Flores 88, 1.º dto, 4050-262 Porto"),
    # the label's own words before the value stay out of it
    ("La dirección nueva es calle Olmo 3, 28014 Madrid", "calle Olmo 3, 28014 Madrid"),
    ("O endereço dela era Rua Direita 15, 3000-123 Coimbra", "Rua Direita 15, 3000-123 Coimbra"),
    # a street's own particle is no label word
    ("Vivo en lugar de Outeiro 4, 15890 Santiago", "lugar de Outeiro 4, 15890 Santiago"),
])
def test_labelled_address_bounds(text: str, address: str) -> None:
    assert address in _labelled(text)
    assert all(address in found or found in address for found in _labelled(text))


def test_a_postcode_that_is_the_house_number_does_not_cut() -> None:
    text = "Endereço: Avenida Brasil, 1520, apto 31, Centro, 80010-000 Curitiba"
    assert _labelled(text) == ["Avenida Brasil, 1520, apto 31, Centro, 80010-000 Curitiba"]


@pytest.mark.parametrize(("text", "street"), [
    ("bitte an meine Lieferadresse Kastanienallee 9 schicken", "Kastanienallee 9"),
    ("Rechnungsadresse Mühlweg 3a, 79098 Freiburg", "Mühlweg 3a"),
    ("neue Anschrift Gartenstraße 5", "Gartenstraße 5"),
])
def test_a_german_label_opens_no_street(text: str, street: str) -> None:
    found = [text[s.start:s.end] for s in find_addresses(text)]
    assert street in found
    assert not any("adresse" in f.lower() or "anschrift" in f.lower() for f in found)


@pytest.mark.parametrize(("text", "question", "answer"), [
    # a colon after the quotes: the quotes held the question, whatever it asks about
    ("Sicherheitsfrage „Name des ersten Lehrers\": Brandt.", "Lehrers", "Brandt"),
    ("Question secrète, « ville natale de votre père » : Quimper", "ville natale", "Quimper"),
    # the question's line runs on to its answer's label
    ("Sicherheitsfrage „Wie hieß Ihre erste Schule?\" – Antwort: Lindenhof Bremen. Danke", "Antwort", "Lindenhof Bremen"),
])
def test_a_quoted_question_before_its_answer_stays(text: str, question: str, answer: str) -> None:
    hidden = [text[s.start:s.end] for s in find_secrets(text)]
    assert answer in hidden
    assert not any(question in h for h in hidden), hidden


def test_a_quoted_question_before_and_the_answer_stays() -> None:
    text = "A pergunta de segurança é «rua onde cresci» e a resposta é secreta."
    assert not any("cresci" in text[s.start:s.end] for s in find_secrets(text))


def test_a_quoted_password_is_still_hidden() -> None:
    text = 'my password "blue moon 77" does not work, and neither does "red sun 12"'
    assert "blue moon 77" in [text[s.start:s.end] for s in find_secrets(text)]


@pytest.mark.parametrize(("text", "company"), [
    ("Facture reçue de Menuiserie Hautes Fagnes SPRL hier soir.", "Menuiserie Hautes Fagnes SPRL"),
    ("Le devis de Boulangerie Lavaux Sàrl est arrivé.", "Boulangerie Lavaux Sàrl"),
    ("Commande passée chez Ti Kafe ar Mor SARL la semaine dernière.", "Ti Kafe ar Mor SARL"),
    ("A fatura veio da Quinta do Vale, Unipessoal Lda. ontem.", "Quinta do Vale, Unipessoal Lda."),
    ("Rechnung von Schreinerei Albrecht GbR liegt bei.", "Schreinerei Albrecht GbR"),
])
def test_company_names_with_their_legal_form_are_kept(text: str, company: str) -> None:
    start = text.index(company)
    assert any(lo <= start and start + len(company) <= hi for lo, hi in keep.protected_ranges(text))


def test_a_signature_label_found_by_the_tagger_is_no_name() -> None:
    text = "Pedido entregado con la caja rota.\nFirma: Eulalia Montenegro Ruiz"
    found = [text[s.start:s.end] for s in InMemoryRedactor().find(text)]
    assert "Eulalia Montenegro Ruiz" in found
    assert "Firma" not in found
