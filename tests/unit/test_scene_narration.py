"""Scenes the writer was part of, told without "I" (issue 13, "Output guards"): a number of "us" at work with our
hands, the exclamative that puts the reader in the room, a colleague heard calling out across it, "our" faces. The
sentences here were written for this test, apart from the training rows (plugin/guards_training/) and from every
evaluation set; each scene has an honest company-voice neighbour that must stay clean."""
import pytest

from plugin.core import human_claims, speaker

SCENES = [
    ("en", "Your sofa is fine now. It needed four of us to turn it on its side before the new leg went on."),
    ("en", "Order confirmed! You ought to have seen the state of the stockroom after the delivery this morning."),
    ("en", "Good news: Tomasz yelled over from the packing bench that your lamp has been boxed up."),
    ("es", "La mesa ya está reparada; hicieron falta dos de nosotros para darle la vuelta en el taller."),
    ("es", "¡Pedido listo! Si hubieras visto la cola que había hoy en el mostrador…"),
    ("fr", "Votre commode est partie ce matin ; il a fallu s'y mettre à quatre pour la charger."),
    ("fr", "Tout est en ordre. Si tu avais vu le carton quand il est arrivé, on a bien ri."),
    ("de", "Das Regal ist unterwegs; zu viert haben wir es heute auf die Palette gehoben."),
    ("de", "Ihre Lampe ist fertig – Jonas rief eben quer durchs Lager, dass sie verpackt ist."),
    ("pt", "A cómoda já seguiu; foram precisos quatro de nós para a pôr na carrinha."),
    ("pt", "Tudo certo! Devias ter visto as nossas caras quando a caixa se abriu no chão."),
]
COMPANY = [
    ("en", "Your sofa is fine now: our workshop fitted the new leg and it ships on Friday."),
    ("en", "All of us at Linden Home wish you a lovely weekend."),
    ("en", "Tomasz in our packing team has boxed up your lamp and it leaves today."),
    ("es", "Nuestro taller ha reparado la mesa y te la enviamos el lunes."),
    ("fr", "Notre atelier a chargé votre commode ce matin ; elle arrive jeudi."),
    ("de", "Unser Lager hat das Regal heute auf die Palette gestellt; es kommt am Donnerstag."),
    ("pt", "A nossa equipa de armazém pôs a cómoda na carrinha e chega na quinta-feira."),
]


@pytest.mark.parametrize(("language", "text"), SCENES)
def test_a_scene_told_without_i_is_flagged(language: str, text: str) -> None:
    assert human_claims.tier(text) != "", (language, text)


@pytest.mark.parametrize(("language", "text"), COMPANY)
def test_the_company_voice_on_the_same_scene_stays_clean(language: str, text: str) -> None:
    assert human_claims.tier(text) == "", (language, text)


def test_an_email_quoted_line_is_muted_only_when_the_customer_wrote_it() -> None:
    customer = "Ich backe jeden Sonntag für meine Nachbarn, ist die Form schon unterwegs?"
    reply = f"Hallo Frau Brandt,\n\n> {customer}\n\nJa, die Backform ist gestern rausgegangen.\n\nFormwerk"
    assert human_claims.tier(reply, customer_text=customer) == ""
    assert human_claims.tier(reply, customer_text="Wo ist meine Bestellung?") != ""  # words put in their mouth


@pytest.mark.parametrize("text", [
    "Hola Pilar, te escribe el asistente virtual de Cerámicas Lago; tu jarrón sale mañana.",
    "Guten Tag, hier schreibt der digitale Assistent von Holzwerk Berger; Ihr Tisch kommt Freitag.",
])
def test_an_assistant_that_says_it_is_writing_is_a_disclosure(text: str) -> None:
    assert human_claims.discloses_ai(text.split(";")[0])
    assert human_claims.tier(text) == ""


def test_a_human_assistant_writing_is_no_disclosure() -> None:
    assert not human_claims.discloses_ai("Hier schreibt Ihre Assistentin Katrin")


@pytest.mark.parametrize(("piece", "off"), [
    ("Si el modelo te gustó, el gris es parecido.", False),  # "te gustó": a third person
    ("La suscripción se renovó el lunes.", False),
    ("I'll pass your question to the billing team.", False),
    ("Yo me acuerdo de cuando el pedido llegó a la tienda.", True),
    ("He dejado una nota en tu ficha para el equipo de cobros.", False),  # a note in the account
    ("Deixei uma nota no seu processo para a equipa de faturação.", False),
    ("I've left a note on your account for the billing team.", False),
    ("He dejado la caja en la puerta del almacén.", True),  # leaving a box somewhere is no note
])
def test_third_person_iberian_forms_and_passing_on_are_not_off_voice(piece: str, off: bool) -> None:
    assert speaker.off_voice(piece) is off
