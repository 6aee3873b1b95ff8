"""Routing round 24 (issue 12): messages sent to bias review or to a person for every group although they complain
of no unequal treatment.

- routing.classify: a bias decision whose characteristic stands only in lines set aside (a P.S., a line below the
  signature, a line opened "for what it's worth") and whose sentences read name no outcome does not stand.
- link.py: a sameness word ("the same frame", "a mesma armação") is no person compared.
- features.aside: a line opened by a remark that it is said in passing ("by the way", "übrigens", "soit dit en
  passant", "por cierto", "só pra constar") stands aside like a P.S.; "without" alone keeps no line from it.
- scope.handoff_text: "someone to have a word with the courier firm" is a complaint passed on, not a request for a
  person; "someone to talk with me" still is.

Every text below was written for these tests (no training row, no row of an evaluation set); five languages.
"""
import pytest

from plugin.core.routing import classify, features, identity, scope
from plugin.core.routing.text import fold

GROUPS = {
    "en": ["a Tamil Hindu", "seventy-one", "a trans woman", "hard of hearing"],
    "es": ["gitana", "musulmán", "sordo", "de Marruecos"],
    "fr": ["musulmane", "malentendant", "d'origine algérienne", "enceinte"],
    "de": ["Türkin", "gehörlos", "schwul", "Jüdin"],
    "pt": ["cigana", "evangélica", "surdo", "nordestina"],
}

REORDER = {
    "en": "Hi, I bought glasses at your high-street branch in January and would like a second pair with the same frame"
          " and the same prescription. Can I collect them in store? How long does it take?\n\nP.S. the form asked"
          " for a few words about me: I'm {d}, and I'd prefer letters in large print.",
    "es": "Hola, compré unas gafas en vuestra tienda del centro en enero y quería encargar otras con la misma montura y"
          " la misma graduación. ¿Puedo recogerlas en la tienda? ¿Cuánto tardan?\n\nP.D.: el formulario pedía unas"
          " palabras sobre mí: soy {d}, y prefiero cartas en letra grande.",
    "pt": "Bom dia, fiz a compra de umas lentes na loja de vocês do centro em janeiro e gostaria de encomendar um"
          " segundo par com a mesma armação e o mesmo grau. Posso retirar na loja? Quanto tempo leva?\n\nP.S.: no"
          " cadastro pediam umas palavras sobre mim: sou {d}, e prefiro cartas em letra grande.",
}

COURIER = {
    "en": "Your delivery driver was appallingly rude yesterday: he kicked the gate and shouted at my neighbour when she"
          " asked him to slow down.\nI'd like someone to have a word with the courier firm about how their drivers"
          " treat people on our road.\nFor what it's worth, I'm {d} and I've shopped with you for years without any"
          " trouble.",
    "pt": "O entregador foi muito grosseiro ontem: jogou a caixa por cima do muro e gritou com a minha vizinha quando"
          " ela pediu cuidado.\nQuero que alguém converse com a transportadora sobre como tratam as pessoas da"
          " rua.\nSó pra constar, sou {d} e compro com vocês há anos sem problema nenhum.",
    "es": "El repartidor fue grosero ayer: tiró la caja por encima de la valla y le gritó a mi vecina cuando le pidió"
          " cuidado.\nMe gustaría que alguien hable con la empresa de reparto sobre cómo tratan a la gente de la"
          " calle.\nPor cierto, soy {d} y os compro desde hace años sin ningún problema.",
    "fr": "Le livreur a été très impoli hier : il a jeté le colis par-dessus la haie et a crié sur mon voisin qui lui"
          " demandait de faire attention.\nJ'aimerais que quelqu'un parle au transporteur de la façon dont ses"
          " chauffeurs traitent les gens de la rue.\nSoit dit en passant, je suis {d} et je commande chez vous depuis"
          " des années sans aucun souci.",
    "de": "Ihr Fahrer war gestern sehr unhöflich: er hat das Paket über den Zaun geworfen und meinen Nachbarn"
          " angeschrien, als der um Vorsicht bat.\nJemand sollte mit dem Paketdienst darüber reden, wie die Fahrer mit"
          " den Leuten hier umgehen.\nÜbrigens: ich bin {d} und kaufe seit Jahren ohne jedes Problem bei Ihnen.",
}

COMPLAINTS = {
    "en": "Hi, I'm {d}. Since I mentioned it at the counter your staff stopped serving me and served everyone else"
          " first. P.S. I still want my refund.",
    "es": "Soy {d}. En la tienda me pidieron fianza para alquilar la bici y a la pareja de después no.",
    "fr": "Je suis {d}. À l'accueil on m'a refusé la chambre, puis on l'a donnée au client suivant.",
    "de": "Ich bin {d}. Im Laden wollte man von mir eine Kaution, das Paar nach mir musste nichts zahlen.",
    "pt": "Sou {d}. Na loja me pediram um depósito e para o casal depois de mim não pediram nada.",
}

ASK_PERSON = {
    "en": "I'd like someone to talk with me about this, please call me.",
    "es": "Quiero que alguien hable conmigo, llámenme por favor.",
    "fr": "Je veux que quelqu'un me rappelle et parle avec moi.",
    "de": "Ich möchte, dass jemand mit mir spricht, bitte rufen Sie mich an.",
    "pt": "Quero que alguém fale comigo, me liguem por favor.",
}


@pytest.mark.parametrize("lang", sorted(REORDER))
def test_ordinary_reorder_with_a_self_description_aside_is_not_reviewed(lang: str) -> None:
    routes = {classify(REORDER[lang].format(d=d)).route for d in GROUPS[lang]}
    assert routes == {"ai_assist"}


@pytest.mark.parametrize("lang", sorted(COURIER))
def test_rude_courier_passed_on_with_an_aside_goes_to_no_one_for_every_group(lang: str) -> None:
    routes = {classify(COURIER[lang].format(d=d)).route for d in GROUPS[lang]}
    assert routes == {"ai_assist"}


@pytest.mark.parametrize("lang", sorted(COMPLAINTS))
def test_implicit_complaints_still_reach_review(lang: str) -> None:
    for d in GROUPS[lang]:
        assert classify(COMPLAINTS[lang].format(d=d)).route == "bias_review", d


@pytest.mark.parametrize("lang", sorted(ASK_PERSON))
def test_asking_someone_to_talk_with_me_is_still_a_handoff(lang: str) -> None:
    assert classify(ASK_PERSON[lang]).route == "human"


def test_a_line_said_in_passing_stands_aside_unless_it_reports_an_outcome() -> None:
    for text, expected in (("i ordered a lamp.\nubrigens: ich bin xid und kaufe ohne probleme.", {1}),
                           ("i ordered a lamp.\nby the way, i'm xid and your guard refused me entry.", set())):
        masked = identity.mask(fold(text)).text
        spans = features.sentence_spans(masked)
        hits = features.family_matches(masked)
        assert features.aside(masked, spans, features.sentences(masked, hits, spans), hits) == expected, text


def test_a_refusal_said_by_the_way_still_reaches_review() -> None:
    text = "I ordered a lamp last week.\nBy the way, I'm {d} and your guard refused me entry while others walked in."
    assert {classify(text.format(d=d)).route for d in GROUPS["en"]} == {"bias_review"}


def test_handoff_text_blanks_only_a_word_with_a_third_party() -> None:
    third = fold("I'd like someone to have a word with the courier firm about it.")
    assert "courier" in scope.handoff_text(third) and "someone" not in scope.handoff_text(third)
    me = fold("I'd like someone to talk with me about it.")
    assert scope.handoff_text(me) == me


def test_slow_is_a_group_only_in_a_self_description() -> None:
    for text in ("She asked the driver to slow down.", "The slow internet again, third day running."):
        assert identity.TOKEN not in identity.mask(fold(text)).text, text
    assert identity.TOKEN in identity.mask(fold("I'm slow at reading long forms.")).text
