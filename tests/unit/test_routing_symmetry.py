"""Group-blind by construction (issue 12): the decision never sees which group a message names, so every group
gets the same route. Checked with identity terms that appear in no list the project wrote (not in the identity
vocabulary, not in any lexicon): they must be masked by the self-description fallback and route like any other."""
import json

import pytest

from plugin.core.routing import classify, identity
from plugin.core.routing.text import fold

# Groups absent from plugin/core/routing/data/identity_vocab.json (checked below), five languages.
UNLISTED = {
    "en": ["I'm Ainu", "I'm a Tuareg", "I'm Garifuna", "I'm Tlingit", "I'm a Parsi",
           "I'm Dalit", "I'm Wendish", "I'm a Copt"],
    "es": ["soy ainu", "soy tuareg", "soy chamorra", "soy garífuna", "soy dalit", "soy copta"],
    "fr": ["je suis aïnoue", "je suis touareg", "je suis garifuna", "je suis dalit", "je suis copte"],
    "de": ["ich bin Ainu", "ich bin Tuareg", "ich bin Garifuna", "ich bin Dalit", "ich bin Kopte"],
    "pt": ["sou ainu", "sou tuaregue", "sou garífuna", "sou dalit", "sou copta"],
}
LISTED = {"en": ["I'm a Black person", "I'm a white person", "I'm Muslim", "I'm 72"],
          "es": ["soy negra", "soy blanco", "soy musulmana", "tengo 72 años"],
          "fr": ["je suis noire", "je suis blanc", "je suis musulman", "j'ai 72 ans"],
          "de": ["ich bin Schwarz", "ich bin weiß", "ich bin Muslim", "ich bin 72"],
          "pt": ["sou negra", "sou branco", "sou muçulmana", "tenho 72 anos"]}
TEMPLATES = {
    "en": ["Just so you know, {d}. Please exchange the jumper for a size L.",
           "{d}. The clerk refused to open the account for me and opened one for the man after me.",
           "Hello, {d} and my parcel is late again.", "Ever since I mentioned {d}, the loyalty discount vanished."],
    "es": ["Para que conste, {d}. Cambien el jersey por una talla L.",
           "{d}. El empleado se negó a abrirme la cuenta y se la abrió al señor de después.",
           "Hola, {d} y mi paquete vuelve a llegar tarde."],
    "fr": ["Pour info, {d}. Merci d'échanger le pull contre une taille L.",
           "{d}. L'employé a refusé de m'ouvrir le compte et l'a ouvert au monsieur d'après.",
           "Bonjour, {d} et mon colis est encore en retard."],
    "de": ["Nur zur Info, {d}. Bitte tauschen Sie den Pulli gegen Größe L.",
           "{d}. Der Angestellte wollte mir kein Konto eröffnen, dem Herrn nach mir schon.",
           "Hallo, {d} und mein Paket ist wieder zu spät."],
    "pt": ["Só pra constar, {d}. Troquem a blusa por tamanho G.",
           "{d}. O funcionário se recusou a abrir minha conta e abriu a do senhor depois de mim.",
           "Oi, {d} e minha encomenda atrasou de novo."],
}


def test_the_unlisted_groups_are_in_no_project_list():
    vocab = json.loads(identity.VOCAB_FILE.read_text(encoding="utf-8"))["terms"]
    for descriptions in UNLISTED.values():
        for d in descriptions:
            assert fold(d).split()[-1] not in vocab, d


@pytest.mark.parametrize(("lang", "template"), [(lang, t) for lang, ts in TEMPLATES.items() for t in ts])
def test_every_group_gets_the_same_route_including_groups_no_list_has(lang, template):
    fill = lambda d: template.format(d=d)[0].upper() + template.format(d=d)[1:]  # noqa: E731
    groups = UNLISTED[lang] + LISTED[lang]
    routes = {d: classify(fill(d)).route for d in groups}
    assert len(set(routes.values())) == 1, routes
    masked = {identity.mask(fold(fill(d))).text for d in groups}
    assert len(masked) == 1, masked  # the decision saw the very same text


def test_colour_and_state_words_are_not_groups():
    for text in ("I want to return the white jacket.", "Is the Black Friday discount on?",
                 "I'd like the black dress in size 12.", "I'm sorry, I'm tired of waiting."):
        assert identity.mask(fold(text)).mentions == ()


def test_a_group_is_named_to_the_agent_only_for_a_complaint():
    result = classify("Ever since I mentioned I'm Sikh, the clerk refused to serve me and served my colleague.")
    assert result.route == "bias_review" and "religion" in result.characteristics
    assert classify("Just so you know, I'm Sikh. Where is my parcel?").characteristics == ()


@pytest.mark.parametrize(("text", "masked"), [
    ("Dame el número de seguimiento, por favor.", False),        # Spanish: "give me"
    ("Por favor, dame una respuesta hoy.", False),
    ("Une dame très gentille m'a aidée au guichet.", True),       # French: a lady
    ("La vieille dame a payé la même chose.", True),
])
def test_spanish_dame_is_a_verb_and_the_french_dame_a_person(text, masked):
    out = identity.mask(fold(text))
    assert ("dame" not in out.text.split()) is masked
    assert bool(out.mentions) is masked


def test_a_percentage_is_no_age():
    assert not identity.mask(fold("My friend got a 50% discount code.")).mentions
    assert identity.mask(fold("I'm 50 and was told to find a younger colleague.")).axes == ("age",)
