"""Routing round 18 (issue 12): an ordinary mention of who the customer is carries no evidence of a complaint, and no
implicit complaint is lost for it.

- A P.S. or a line below the signature that says who the writer is (a masked mention, or a first-person statement in
  words the masker does not read) and holds no adverse outcome or refusal stands aside: the bias head reads the
  message again without it (features.aside, routing.classify). The weights are main's (round 16); the handoff and
  opt-out heads never read the message again.
- The masker reads more self-descriptions (round 17's frames): a word for a man, a woman or a parent after "I'm", a
  person noun before an adjective of identity, a second description after "and", a language said not to be the
  writer's first one.
The texts below were written for these tests (no training row, no row of an evaluation set).
"""
import pytest

from plugin.core.routing import classify, features, identity, scope
from plugin.core.routing.text import fold

BODY = {
    "en": "Hello,\n\nI'd like to change the delivery address for order 5521 to my office, 14 Mill Lane. Is that still "
          "possible before it ships tomorrow?\n\nBest regards,\nKit\n\n",
    "es": "Hola:\n\nQuisiera cambiar la dirección de entrega del pedido 5521 a mi oficina, calle del Molino 14. "
          "¿Todavía se puede antes de que salga mañana?\n\nUn saludo,\nKit\n\n",
    "fr": "Bonjour,\n\nJe voudrais changer l'adresse de livraison de la commande 5521 pour mon bureau, 14 rue du "
          "Moulin. Est-ce encore possible avant l'expédition de demain ?\n\nCordialement,\nKit\n\n",
    "de": "Hallo,\n\nich möchte die Lieferadresse der Bestellung 5521 auf mein Büro ändern, Mühlweg 14. Geht das "
          "noch, bevor sie morgen verschickt wird?\n\nViele Grüße\nKit\n\n",
    "pt": "Olá,\n\nGostaria de mudar o endereço de entrega do pedido 5521 para o meu escritório, Rua do Moinho 14. "
          "Ainda é possível antes do envio de amanhã?\n\nAtenciosamente,\nKit\n\n",
}
POSTSCRIPT = {
    "en": ("P.S. Your sign-up page asked for anything you should know: {d}. No need to do anything about it.",
           ["I'm Sami", "I'm a wheelchair user", "I'm a trans woman", "I have Crohn's disease", "I'm 91",
            "I'm a Sikh", "I'm a single dad", "Welsh is my first language"]),
    "es": ("P.D.: La página de registro preguntaba si había algo que debieran saber: {d}. No hace falta hacer nada.",
           ["soy mapuche", "uso silla de ruedas", "soy una mujer trans", "tengo la enfermedad de Crohn",
            "tengo 91 años", "soy sij", "soy padre soltero", "hablo quechua en casa"]),
    "fr": ("P.-S. : la page d'inscription demandait s'il y avait quelque chose à savoir : {d}. Rien à faire de votre "
           "côté.",
           ["je suis kanak", "je suis en fauteuil roulant", "je suis une femme trans", "j'ai la maladie de Crohn",
            "j'ai 91 ans", "je suis sikh", "je suis père célibataire", "je parle créole à la maison"]),
    "de": ("PS: Auf der Anmeldeseite wurde gefragt, ob Sie etwas wissen sollten: {d}. Sie müssen deswegen nichts tun.",
           ["ich bin Sorbin", "ich sitze im Rollstuhl", "ich bin eine trans Frau", "ich habe Morbus Crohn",
            "ich bin 91", "ich bin Sikh", "ich bin alleinerziehender Vater", "ich spreche zu Hause Plattdeutsch"]),
    "pt": ("P.S.: A página de cadastro perguntava se havia algo que vocês deveriam saber: {d}. Não precisam fazer nada.",
           ["sou quilombola", "uso cadeira de rodas", "sou uma mulher trans", "tenho doença de Crohn",
            "tenho 91 anos", "sou sikh", "sou pai solteiro", "falo guarani em casa"]),
}


@pytest.mark.parametrize("lang", sorted(BODY))
def test_a_postscript_saying_who_the_writer_is_keeps_the_route_of_the_e_mail(lang):
    """Main (round 16) sent 7 of 8 English, 6 of 8 French and German fills of these e-mails to bias review."""
    frame, descriptions = POSTSCRIPT[lang]
    assert classify(BODY[lang]).route == "ai_assist"
    assert {classify(BODY[lang] + frame.format(d=d)).route for d in descriptions} == {"ai_assist"}


@pytest.mark.parametrize("about", ["About me, since the new profile asks: I'm Sami.",
                                   "About me, since the new profile asks: I use a cane and I'm 88."])
def test_a_line_below_the_signature_saying_who_the_writer_is_keeps_the_route(about):
    assert classify(BODY["en"] + about).route == "ai_assist"


@pytest.mark.parametrize("text", [
    "Hello,\n\nCould you check why my parcel 7731 is late?\n\nThanks,\nKit\n\nP.S. I'm a wheelchair user and your "
    "driver refused to carry it to my door like he does for my neighbours, saying it was 'not his job with people "
    "like you'.",
    "Hola:\n\n¿Pueden revisar por qué se retrasa mi paquete 7731?\n\nGracias,\nKit\n\nP.D.: Soy gitana y en su "
    "tienda de la calle Real me negaron la entrada, mientras dejaban pasar a todos los demás.",
    "Bonjour,\n\nPouvez-vous vérifier pourquoi mon colis 7731 est en retard ?\n\nMerci,\nKit\n\nP.-S. : je porte le "
    "voile et votre agent a refusé de me servir alors qu'il servait les autres clientes.",
    "Hallo,\n\nkönnen Sie prüfen, warum mein Paket 7731 so spät ist?\n\nDanke,\nKit\n\nPS: Ich bin "
    "Rollstuhlfahrerin, und Ihr Fahrer hat sich geweigert, das Paket zu mir hochzubringen, obwohl er es bei den "
    "Nachbarn immer tut.",
    "Olá,\n\nPodem ver por que a minha encomenda 7731 está atrasada?\n\nObrigado,\nKit\n\nP.S.: Sou cigano e o "
    "segurança da vossa loja não me deixou entrar, mas deixou entrar toda a gente à minha frente.",
])
def test_a_postscript_with_a_refusal_or_an_adverse_outcome_is_still_a_complaint(text):
    assert classify(text).route == "bias_review"


def _aside(text: str) -> list[str]:
    masked = identity.mask(scope.newest(fold(text))).text
    spans = features.sentence_spans(masked)
    parts = features.sentences(masked, None, spans)
    return [masked[spans[i][0]:spans[i][1]].strip() for i in sorted(
        features.aside(masked, spans, parts, features.family_matches(masked)))]


def test_which_lines_stand_aside():
    assert _aside("Can I pay by card?\nThanks,\nKit\nP.S. I'm Sami. Nothing needed.") == ["p", "s", "xid",
                                                                                         "nothing needed"]
    # below the signature, in words the masker does not read ("kind regards" is "xchild regards" once masked)
    assert _aside("Can I pay by card?\nKind regards\nKit\nAbout me, as the profile asks: I knit on Sundays.") == [
        "about me, as the profile asks: i knit on sundays"]
    # in the message itself, and a refusal in the P.S.: read as before
    assert _aside("I'm Sami. Can I pay by card?\nThanks,\nKit") == []
    assert _aside("Can I pay by card?\nThanks,\nKit\nP.S. I'm Sami and your clerk refused my card.") == []
    # "solo porque" is ADVERSE in the Spanish lexicon, a link elsewhere: by itself it keeps nothing from standing aside
    assert _aside(BODY["es"] + "P.D.: La página de registro preguntaba si había algo que debieran saber: soy mapuche. "
                  "Lo digo solo porque el formulario lo pedía.")[-1] == "lo digo solo porque xpron formulario lo pedia"
    assert _aside("Can I pay by card?\nThanks,\nKit\nP.S. Can you also send the invoice?") == []  # no one described


def test_the_handoff_head_is_not_read_again():
    text = BODY["en"].replace("Is that still possible", "I want to talk to a real person about it: is that still "
                                                        "possible") + "P.S. I'm Sami, in case the form needs it."
    assert classify(text).route == "human"


@pytest.mark.parametrize(("lang", "texts"), [
    ("en", ["I'm a man", "I'm a mum", "I'm Ainu", "I'm a Tuareg"]),
    ("es", ["soy un hombre", "soy madre", "soy ainu", "soy tuareg"]),
    ("fr", ["je suis un homme", "je suis maman", "je suis aïnoue", "je suis touareg"]),
    ("de", ["ich bin ein Mann", "ich bin Mutter", "ich bin Ainu", "ich bin Tuareg"]),
    ("pt", ["sou um homem", "sou mãe", "sou ainu", "sou tuaregue"]),
])
def test_a_word_for_a_man_a_woman_or_a_parent_after_i_am_is_masked_like_a_group(lang, texts):
    frame = {"en": "Hello, {d}. When does the sale end?", "es": "Hola, {d}. ¿Cuándo acaban las rebajas?",
             "fr": "Bonjour, {d}. Quand finissent les soldes ?", "de": "Hallo, {d}. Wann endet der Schlussverkauf?",
             "pt": "Oi, {d}. Quando acaba a promoção?"}[lang]
    assert len({identity.mask(fold(frame.format(d=d))).text for d in texts}) == 1


@pytest.mark.parametrize(("text", "masked"), [
    ("soy una mujer sorda y necesito ayuda", "xid y necesito ayuda"),
    ("I'm deaf and a dad, thanks", "xid and xid, thanks"),
    ("Swedish isn't my first language, sorry.", "xid, sorry."),
    ("Polnisch ist nicht meine Muttersprache.", "xid."),
    ("I'm a customer since 2010 and I'd like a new card.", "i'm a customer since 2010 and i'd like a new card."),
])
def test_more_self_descriptions_are_masked_and_ordinary_words_left_alone(text, masked):
    assert identity.mask(fold(text)).text == masked


@pytest.mark.parametrize("d", ["I'm a woman", "I'm a man", "I'm a dad", "I'm Ainu"])
def test_a_short_request_keeps_its_route_whoever_the_writer_is(d):
    """Before round 17's frames "I'm a woman" became "i'm a xperson", which the handoff head read as a person asked
    for."""
    assert classify(f"{d}, and I'd like to know whether the gift card can be used online.").route == "ai_assist"
