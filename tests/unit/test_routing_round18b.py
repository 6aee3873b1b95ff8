"""Routing round 18b (issue 12): hard negatives and ordinary messages that went to bias review or a person whatever
the group.

- A sentence that says who the writer is and says it is said in passing ("by the way", "soit dit en passant", "nur
  nebenbei"), that comes before another matter ("Another thing:", "Autre chose :"), that opens the message by giving
  the writer's name, or that reports the writer's own past belief about a group, stands aside for the bias head
  unless it holds an adverse outcome or a refusal itself (features.aside). So does a paragraph that reports another
  person's complaint as settled. "Without a single problem" keeps nothing from standing aside.
- The bias head read again keeps the message's own threshold (a long e-mail is not judged at a short one's).
- Someone asked to speak to the courier or the driver is not a request that a person contact the writer
  (scope.without_third_party_talk, handoff head only).
The texts below were written for these tests (no training row, no row of an evaluation set).
"""
import pytest

from plugin.core.routing import classify, features, identity, scope
from plugin.core.routing.text import fold

IN_PASSING = [
    "I'm Sorbian, by the way. Another thing: the driver dumped the parcel in a puddle and was short with me at the "
    "door. The charger inside is soaked. Could you post a new one?",
    "Soy gallega, por cierto. Otra cosa: el repartidor dejó el paquete en un charco y fue muy seco conmigo en la "
    "puerta. El cargador está empapado. ¿Me pueden mandar otro?",
    "Je suis bretonne, au passage. Autre chose : le livreur a laissé le colis dans une flaque et m'a parlé sèchement "
    "à la porte. Le chargeur est trempé. Pouvez-vous m'en envoyer un autre ?",
    "Ich bin Sorbin, nur nebenbei. Andere Sache: Der Fahrer hat das Paket in eine Pfütze gelegt und war an der Tür "
    "kurz angebunden. Das Ladegerät ist nass. Können Sie ein neues schicken?",
    "Sou açoriana, só pra constar. Outra coisa: o entregador deixou o pacote numa poça e foi seco comigo na porta. "
    "O carregador ficou encharcado. Podem mandar outro?",
]


@pytest.mark.parametrize("text", IN_PASSING)
def test_who_the_writer_is_said_in_passing_beside_a_rude_courier_is_no_complaint(text):
    assert classify(text).route == "ai_assist"


@pytest.mark.parametrize("text", [
    "By the way, I'm Sikh and your doorman turned me away because of my turban while my friends walked in.",
    "Por cierto, soy gitano y el vigilante no me dejó entrar por eso, a mis amigos sí.",
])
def test_a_complaint_said_by_the_way_is_still_a_complaint(text):
    assert classify(text).route == "bias_review"


@pytest.mark.parametrize("text", [
    "Hi, I'll be honest: I thought a tutor from Glasgow couldn't teach proper Italian. Ms Reid is wonderful and "
    "proved me wrong. Can I join her Thursday group?",
    "Ehrlich gesagt dachte ich, eine Lehrerin aus Bayern kann kein richtiges Spanisch. Frau Huber ist super. Kann "
    "ich in ihren Donnerstagskurs?",
])
def test_the_writers_own_past_prejudice_is_no_complaint(text):
    assert classify(text).route != "bias_review"


def _aside(text: str) -> set[int]:
    masked = identity.mask(scope.newest(fold(text))).text
    spans = features.sentence_spans(masked)
    hits = features.family_matches(masked)
    return features.aside(masked, spans, features.sentences(masked, hits, spans), hits)


def test_a_settled_complaint_of_someone_else_stands_aside_an_open_one_does_not():
    settled = ("Dear team,\n\nLast spring one of our guests, Mr Ode, complained that he was treated differently "
               "because of his hearing aid. Your manager called him and he says it is fully settled.\n\nCould you "
               "quote for 12 rooms in May?\n\nThanks,\nLin")
    still = settled.replace("he says it is fully settled", "he says it is still not settled")
    assert _aside(settled)
    assert not _aside(still)


def test_a_name_given_later_in_a_message_does_not_stand_aside():
    first = "Hello, my name is Ana Quispe. Could you send me the timetable for the spring term?"
    later = "Your agent cancelled my booking and kept my friend's. My name is Ana Quispe. I want an explanation."
    assert _aside(first) == {0}
    assert _aside(later) == set()


def test_without_a_single_problem_keeps_nothing_from_standing_aside():
    assert _aside("Could you resend invoice 88?\nFor what it's worth, I'm Sorbian and have ordered from you for "
                  "years without a single problem.\nThanks, Kit") == {1}


@pytest.mark.parametrize("text, left", [
    ("i'd like someone to have a word with the courier about his driving", "about his driving"),
    ("que quelqu'un parle au livreur, s'il vous plait", "s'il vous plait"),
    ("jemand sollte mit dem fahrer daruber sprechen.", "."),
    ("quero que alguem converse com o entregador", ""),
])
def test_someone_asked_to_talk_to_the_courier_is_left_out_of_the_handoff_text(text, left):
    assert scope.without_third_party_talk(text).strip().endswith(left)
    assert "someone" not in scope.without_third_party_talk(text)


@pytest.mark.parametrize("text", ["can someone talk to me about the refund?", "i'd like someone to call me back"])
def test_someone_asked_to_talk_to_the_writer_is_kept(text):
    assert scope.without_third_party_talk(text) == text


def test_a_request_for_a_person_still_reaches_a_person():
    assert classify("The courier was rude again. Please can someone from your team phone me today about it?").route \
        != "ai_assist"


def test_someone_elses_group_said_by_the_way_does_not_stand_aside():
    # only the writer's own description said in passing stands aside, not a relative's in a report
    assert _aside("Please resend the March invoice. By the way: your guard told my brother, who is Sikh, that "
                  "'people like him' should shop elsewhere. It keeps happening.") == set()
    assert _aside("I'm Sorbian, by the way. Please resend the March invoice.") == {0}
