"""Routing round 38 (issue 12): requests for a person that were missed, and the scope of a refusal (who refuses, what
is refused, is it current).

Texts written for this round by the helper session (CC0-1.0) in five languages; none is taken from an evaluation or
training set.
"""
from __future__ import annotations

import pytest

from plugin.core.routing import classify, frames

HANDOFFS = [
    # a call back asked for as availability and the writer's number
    "I'm free after 5 most days, my number is on file.",
    "I'm available tomorrow between 9 and 12, my mobile is 07700 900123.",
    "Estoy libre a partir de las 17h, mi número es el 600 000 111.",
    "Je suis disponible demain matin, mon numéro est le 06 00 00 00 11.",
    "Ich bin ab 16 Uhr erreichbar, meine Nummer ist 0151 0000 222.",
    "Estou livre depois das 18h, o meu número é 912 000 111.",
    # a person named or pointed at, asked for
    "I'd like to deal with Martin Ferreira again, he set up our account last year.",
    "I would much prefer to speak to Hilary herself, she knows the history of the loan.",
    "Prefiero hablarlo con alguien en vez de seguir por correo.",
    "Pouvez-vous m'attribuer un interlocuteur attitré pour ce sinistre ?",
    "Gostava que fosse o Sr. Costa a ligar-me, ele conhece o processo.",
    "Könnten Sie Frau Brandt bitten, mich zurückzurufen? Sie kennt den Vorgang.",
    "I would like Denise, who I spoke to on the 10th, to pick this up.",
    "Quisiera que la señora que me atendió el lunes se encargue de esto.",
    "Je souhaiterais reparler à Mathilde, qui avait suivi mon sinistre.",
    "Pido que mi queja se eleve a un superior cuanto antes.",
    "Bitte leiten Sie meine Reklamation an die Teamleitung weiter.",
    "Prefiro que alguém da loja trate disto pessoalmente.",
    "Can I just speak to the shop manager about the refund",
]

NOT_HANDOFFS = [
    "I'm free after 5 for the delivery, the driver can use the number on file.",
    "My number is on file, please update the address only.",
    "I'm available for the engineer visit on Thursday, my number is 07700 900124.",
    "Thanks, the lady I spoke to on Tuesday sorted it all out.",
    "Está tudo resolvido, não é preciso mais ninguém contactar-me. Enviem só a fatura.",
    "Somebody personally signed for the parcel, so it did arrive.",
    "Hören Sie bitte auf, mich wegen Zeitschriften anzurufen.",
    "Please thank the lady who helped me on Monday, all sorted.",
]


@pytest.mark.parametrize("text", HANDOFFS)
def test_request_for_a_person_is_handed_off(text: str) -> None:
    assert classify(text).route == "human", text


@pytest.mark.parametrize("text", NOT_HANDOFFS)
def test_no_request_for_a_person(text: str) -> None:
    assert classify(text).route == "ai_assist", text


NOT_REFUSALS = [
    # someone else's refusal, the writer's own stance set apart
    "My brother-in-law won't have anything to do with your chatbot. For me it's fine, I use it daily. Is the gym open on Sunday?",
    "Mi cuñada no quiere que ninguna IA lea sus correos; a mí me da igual. ¿Cuándo llega mi pedido 4471?",
    "Ma voisine refuse tout assistant automatique, c'est son choix. Pour ma part, ça ne me gêne pas. Où en est ma commande ?",
    "Mein Nachbar will keine KI bei seinen Anfragen, mich stört das nicht. Wann kommt meine Lieferung?",
    "A minha vizinha não quer robôs a responder-lhe, mas eu não me importo. Quando chega a minha encomenda?",
    # a refusal withdrawn
    "Ignore my message from Friday saying no bots. The answer I got this morning was spot on.",
    "En julio os pedí que nada de respuestas automáticas, pero he cambiado de idea: adelante. ¿Mi factura?",
    # another automatic thing refused
    "I don't want the automatic renewal on my parking permit, please let it lapse in May.",
    "Não quero o pagamento automático da mensalidade, prefiro pagar por transferência.",
]

REFUSALS = [
    "No bots please, I want a person to read this.",
    "Humans only on my account from now on.",
    "I write for my grandmother, who holds the account: she does not want a computer answering her. Please note it on her file.",
    "Under Article 21 GDPR I object to the automated processing of my messages.",
    "Mi madre no quiere bots, y yo tampoco: que nos atienda una persona.",
    "Ich widerspreche der automatisierten Bearbeitung meiner Anfragen nach Art. 22 DSGVO.",
]


@pytest.mark.parametrize("text", NOT_REFUSALS)
def test_no_refusal_of_the_writer(text: str) -> None:
    assert not classify(text).opt_out, text


@pytest.mark.parametrize("text", REFUSALS)
def test_refusal_of_the_writer(text: str) -> None:
    assert classify(text).opt_out, text


def test_scope_helpers() -> None:
    assert frames.others_refusal("my xsibling does not want a bot. for me it's fine.")
    assert not frames.others_refusal("my xsibling does not want a bot. please note it on xpron file. for me it's fine.")
    assert frames.other_thing("no automatic renewal please") == "no xpayment please"
    assert frames.available_call("i'm free after 5, my number is on file.")
    assert not frames.available_call("i'm free after 5 for the delivery, my number is on file.")


NAMED = [
    "Could you put me in touch with Ms Okafor in accounts? She handled our invoices last year.",
    "Is Raj still working there? I'd like him to handle my claim.",
    "¿Me pueden poner en contacto con Marisa, de la oficina de Burgos?",
    "Est-ce que Mme Roussel travaille encore chez vous ? J'aimerais qu'elle reprenne mon dossier.",
    "Können Sie mir die Durchwahl von Herrn Vogt geben? Er kennt unseren Fall.",
    "A D. Fátima ainda trabalha aí? Gostava que fosse ela a tratar disto.",
    "Am I writing to a real person or into the void?",
    "Est-ce que je parle à un humain ?",
]


@pytest.mark.parametrize("text", NAMED)
def test_named_person_or_a_reader_asked_for(text: str) -> None:
    assert classify(text).route == "human", text


def test_own_people_and_pasted_chats_ask_for_no_one() -> None:
    assert classify("My son still works there; I'd like him to pick up my parcel.").route == "ai_assist"
    chat = ("All sorted now, thanks. Pasting the chat for your records.\n\nMe: I want to speak to a human\n"
            "Bot: Transferring you.\nAgent (Tom): Hi, I've processed your refund.\nMe: great thanks")
    assert classify(chat).route == "ai_assist"
