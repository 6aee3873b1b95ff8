"""A relative named by a kinship title and a given name, no possessive before it, is the writer's own family
(`human_claims.relative_named`, flag only; guards round 5). Sentences written for this test, apart from the training
rows and every evaluation set."""
from __future__ import annotations

import pytest

from plugin.core import human_claims

WRITERS_FAMILY = [
    "Uncle Desmond swears by this glue for his model boats.",
    "Auntie Pam wore hers to three weddings and it still looks new.",
    "El abuelo Ramiro usa la misma sierra desde hace años.",
    "La tita Loli lo lava siempre a mano, nunca falla.",
    "Mamie Josette garde la sienne dans le buffet depuis vingt ans.",
    "Tatie Odile en a offert une à chaque cousin.",
    "Opa Heinrich repariert damit jedes Fahrrad im Dorf.",
    "Tante Gisela hat genau diesen Topf seit der Hochzeit.",
    "A tia Graça jura que esta panela dura uma vida.",
    "O avô Joaquim ainda usa a mesma lanterna no quintal.",
]
CUSTOMERS_OR_OTHERS = [
    "You said your uncle Desmond builds model boats: this glue suits balsa too.",
    "Su abuela Carmen puede devolverlo en cualquier tienda.",
    "Votre tante Odile recevra le colis jeudi.",
    "Ihre Oma Gisela kann den Gutschein im Laden einlösen.",
    "A sua avó Lurdes pode trocar o tamanho sem custos.",
    "Our grandmother-and-toddler bundle ships in a single box.",
]


@pytest.mark.parametrize("sentence", WRITERS_FAMILY)
def test_a_relative_named_without_a_possessive_is_the_writers_family(sentence):
    assert human_claims.relative_named(sentence)
    assert human_claims.tier(f"Hello,\n{sentence}\nThe support team") != ""


@pytest.mark.parametrize("sentence", CUSTOMERS_OR_OTHERS)
def test_someone_elses_relative_is_not(sentence):
    assert not human_claims.relative_named(sentence)


def test_a_brand_of_the_tenants_own_texts_is_no_relative():
    draft = "Hello,\nMamie Nova desserts are back in stock on Monday.\nThe support team"
    assert human_claims.relative_named(draft.splitlines()[1])
    assert not human_claims.relative_named(draft.splitlines()[1], known_text="Brands we sell: Mamie Nova, Bonne Maman")
