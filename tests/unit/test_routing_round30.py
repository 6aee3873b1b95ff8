"""Routing round 30 (issue 12): a bias review of a short message that names who the writer is needs a link between
the characteristic and the outcome, not just both present; an outcome the writer says was everyone's, or not about
them, is none. Texts written for this test, five languages, both directions."""
from __future__ import annotations

import pytest

from plugin.core.routing import classify

SPREAD = [
    # the outcome was everyone's, or said not to be about the characteristic
    "I am a Jewish woman and your delivery driver shouted at me, like he did with everyone on our street. "
    "Please have a word with him.",
    "I'm deaf. Your engineer ignored me and left without fixing the boiler; he did the same to all my neighbours.",
    "I am Muslim. Your driver was rude and hung up on me, but he is rude to everyone, it's not because I'm Muslim.",
    "Soy musulmana y el repartidor me gritó, pero no fue por ser musulmana, grita con todos.",
    "Soy sorda y el técnico se fue sin arreglar nada. No es por ser sorda, hizo lo mismo con todos.",
    "Je suis en fauteuil et le chauffeur ne s'est pas arrêté, pas parce que je suis en fauteuil : il n'a pris "
    "personne.",
    "Ich bin im Rollstuhl, und der Fahrer hat mich angeschrien, wie alle anderen auch, nicht weil ich im Rollstuhl "
    "sitze.",
    "Sou muçulmana e o entregador gritou comigo, mas não foi por eu ser muçulmana, ele grita com todos.",
]

LINKED = [
    # a refusal of what concerns the characteristic, a comparison, a causal word, a remark, a barrier
    "I'm blind and your driver refused my guide dog, then drove off. The next passenger was let in at once.",
    "They refused to serve me because I'm Muslim.",
    "Soy gitana y el vigilante me siguió por la tienda. A mi amiga no le dijo nada.",
    "Je suis noire et le vigile m'a fouillée. Les autres clientes sont passées sans problème.",
    "Il m'a dit « les gens comme vous, on ne les sert pas » et m'a demandé de sortir. Je suis arabe.",
    "Ich bin gehörlos, und Sie bieten nur eine telefonische Verifizierung an, es gibt keine andere Möglichkeit.",
    "Sou negra e o segurança me seguiu pela loja. Minha amiga branca entrou e ninguém olhou.",
    # an outcome right after the writer said who they are (timing)
    "Mon contrat a été rompu deux jours après que j'ai annoncé ma grossesse à ma cheffe. Jusque-là, tout allait bien.",
]


@pytest.mark.parametrize("text", SPREAD)
def test_short_outcome_spread_to_everyone_is_no_bias_review(text: str) -> None:
    assert classify(text).route != "bias_review"


@pytest.mark.parametrize("text", LINKED)
def test_short_linked_complaint_still_reaches_bias_review(text: str) -> None:
    assert classify(text).route == "bias_review"


def test_unfairness_words_link_even_when_spread() -> None:
    # the writer names the unfairness itself: the review stays, whatever else is said
    assert classify("I'm Black and your cashier was racist to me, he is like that with everyone like me.").route \
        == "bias_review"
