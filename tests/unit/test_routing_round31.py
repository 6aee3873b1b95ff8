"""Round 31 (issue 12): an outcome said of everyone, with nothing that sets the writer apart and no link between who
they are and the outcome, is no bias review; nor is a question about a policy or access, or a study's, that names no
adverse outcome. Own texts (no training or evaluation row), five languages, both directions."""
from __future__ import annotations

import pytest

from plugin.core.routing import classify

SHARED = [
    "I'm a wheelchair user. This morning the guard on the 8:15 was rude to the whole carriage, not just me, and the "
    "heating was broken too. Can someone look at it?",
    "Soy sordo. Esta mañana el conductor del autobús nos habló fatal a todos, no solo a mí, y además llegó tarde. "
    "¿Pueden revisarlo?",
    "Je suis musulmane. Hier le vendeur du rayon bricolage a été désagréable avec toute la file, y compris avec moi, "
    "et la caisse était en panne. Vous pouvez lui en parler ?",
    "Ich bin 81. Gestern hat der Fahrer die ganze Schlange angeschnauzt, nicht nur mich, und der Bus kam zu spät. "
    "Können Sie das klären?",
    "Sou cega. Ontem a funcionária da bilheteira foi antipática com a fila toda, não só comigo, e o multibanco não "
    "funcionava. Podem falar com ela?",
]

SINGLED = [  # everyone named, but the writer set apart: still a complaint
    "I'm a wheelchair user. The guard let everyone else on the 8:15 but refused to put the ramp down for me.",
    "Soy gitana. El guardia dejó entrar a todos menos a mí, y a mí me pidió el DNI.",
    "Je suis voilée. Le vigile m'a refusé l'entrée : il a laissé entrer tout le monde sauf moi.",
    "Ich bin Rollstuhlfahrer. Der Fahrer hat alle anderen mitgenommen, nur mich nicht, weil die Rampe 'zu lange dauert'.",
    "Sou cigano. O segurança não me deixou entrar, mas deixou entrar toda a gente à minha frente.",
    "At the pool the attendant let everyone use the family changing room, but to me he said to go elsewhere and "
    "that people like me make the others uncomfortable.",
    "Au guichet, l'employée a tamponné les dossiers de tout le monde, mais à moi elle a dit de revenir avec un "
    "interprète, parce que les gens comme moi « ne comprennent rien ».",
]


@pytest.mark.parametrize("text", SHARED)
def test_an_outcome_said_of_everyone_is_no_bias_review(text: str) -> None:
    assert classify(text).route != "bias_review"


@pytest.mark.parametrize("text", SINGLED)
def test_everyone_but_the_writer_is_still_a_bias_review(text: str) -> None:
    assert classify(text).route == "bias_review"


@pytest.mark.parametrize("text", [
    "I'm deaf. The cashier shouted at me in front of everyone and refused to write anything down.",
    "Soy trans. La cajera dijo 'eso no es una mujer' delante de todos y no me quiso atender.",
    "Je suis noir. Le vigile m'a fouillé devant tout le monde, et personne d'autre.",
    "Ich trage Kopftuch. Die Verkäuferin sagte vor allen 'hier nicht' und hat mich nicht bedient.",
    "Sou gay. O empregado disse alto, para toda a gente ouvir, que 'aqui não servimos desses', e recusou-se a atender.",
])
def test_a_remark_made_in_front_of_everyone_is_still_a_bias_review(text: str) -> None:
    assert classify(text).route == "bias_review"


@pytest.mark.parametrize("text", [
    "I'm blind and your website is a disaster for everyone: the checkout button does nothing on any browser.",
    "Tengo 75 años y la subida de precios es para todos los clientes, lo sé, pero ¿hay alguna tarifa más barata?",
])
def test_shared_outcomes_never_raise_and_are_not_sent_to_bias_review_on_their_own(text: str) -> None:
    assert classify(text).route in {"ai_assist", "human"}


POLICY = [
    "Hi, I'm a Sikh student doing a school project on fairness. Do you have a written equality policy for your staff?",
    "Hola, soy ciega. ¿Sus habitaciones accesibles tienen los números en braille? Quiero reservar para mayo.",
    "Bonjour, je suis musulman. Avez-vous une salle de prière dans le centre de congrès ? Merci d'avance.",
    "Hallo, ich bin Rollstuhlfahrerin. Ist Ihr Kino barrierefrei, und gibt es eine Behindertentoilette?",
    "Olá, sou surda e estou a fazer um trabalho para a faculdade sobre discriminação. Têm uma política de igualdade?",
]

POLICY_COMPLAINTS = [  # a policy asked about, but something adverse happened to the writer: still a complaint
    "I'm blind. Do you even have an accessibility policy? Your driver refused to let my guide dog on the bus.",
    "Soy gitana. ¿Tienen una política de igualdad? El guardia de seguridad me negó la entrada y a mi amiga no.",
    "Je suis voilée. Avez-vous une politique d'égalité ? On m'a refusé l'entrée à la piscine à cause du voile.",
    "Ich bin schwarz. Haben Sie überhaupt eine Antidiskriminierungsrichtlinie? Ihr Türsteher hat mich abgewiesen, "
    "meine weißen Freunde nicht.",
    "Sou cadeirante. Vocês têm política de acessibilidade? O motorista recusou-se a baixar a rampa para mim.",
]


@pytest.mark.parametrize("text", POLICY)
def test_a_short_question_about_a_policy_or_access_is_no_bias_review(text: str) -> None:
    assert classify(text).route != "bias_review"


@pytest.mark.parametrize("text", POLICY_COMPLAINTS)
def test_a_policy_question_beside_an_adverse_outcome_is_still_a_bias_review(text: str) -> None:
    assert classify(text).route == "bias_review"


def _adverse(text: str) -> bool:
    from plugin.core.routing import features, identity, outcome, scope
    from plugin.core.routing.text import fold

    masked = identity.mask(scope.newest(fold(text))).text
    hits = features.family_matches(masked)
    spans = features.sentence_spans(masked)
    return outcome.adverse(masked, spans, features.sentences(masked, hits, spans), hits)


@pytest.mark.parametrize("text", [
    "Since my daughter started wearing a headscarf the coach no longer selects her for away matches.",
    "Desde que dije que estoy embarazada ya no me convocan a las reuniones del proyecto.",
    "Après l'entretien, ma candidature n'a pas été retenue et le poste a été attribué à un homme moins diplômé.",
    "Seit ich meinen Partner erwähnt habe, werde ich nicht mehr eingeteilt für die Wochenenddienste.",
    "Depois de contar que tenho três filhos, já não me chamam para os turnos extra e tive que pagar uma creche à parte.",
    "At the interview the manager asked whether I was planning a baby soon, and they never called back.",
    "La encargada me preguntó si tenía hijos pequeños y al día siguiente el puesto ya estaba cubierto.",
    "Le recruteur m'a demandé si j'avais des enfants, puis on m'a dit que le poste était déjà pourvu.",
    "Der Vermieter fragte mich, ob wir Kinder planen, und dann war die Wohnung schon vergeben.",
    "O gerente perguntou-me se eu era casada e depois disse que a vaga já estava preenchida.",
])
def test_structural_adverse_outcomes_are_read_in_five_languages(text: str) -> None:
    assert _adverse(text)


@pytest.mark.parametrize("text", [
    "Could you tell me when the next yoga class starts and whether mats are provided?",
    "¿Me pueden enviar la factura de octubre? La necesito para la declaración.",
    "Je voudrais changer l'adresse de livraison de ma commande, merci.",
    "Können Sie mir sagen, ob die Sauna am Sonntag geöffnet ist?",
    "Queria saber se a loja abre no feriado e até que horas.",
])
def test_ordinary_requests_name_no_adverse_outcome(text: str) -> None:
    assert not _adverse(text)
