"""Round 40 (issue 12): structural frames that raise a bias review when the outcome and what became known stand in one
temporal frame, when an access barrier is told without a group word, and when the customer next in the queue was
treated otherwise. New sentences, written for these tests (no evaluation or training row)."""
from __future__ import annotations

import pytest

from plugin.core.routing import classify, frames
from plugin.core.routing.text import fold


@pytest.mark.parametrize("text", [
    "after i told them that my son has autism, the summer camp place was cancelled the very next day",
    "le comente a la encargada que estoy embarazada de cuatro meses. al dia siguiente me cancelaron el contrato",
    "ich habe der leiterin erzahlt, dass ich eine chronische krankheit habe. eine woche spater wurde mein kurs storniert",
    "indiquei que sou diabetico no formulario. dois dias depois a reserva do ginasio foi desmarcada",
])
def test_disclosure_then_withdrawal_frame(text):
    assert frames.disclosed_then_withdrawn(text, [(0, len(text))])


@pytest.mark.parametrize("text", [
    "i told them that i moved house. the parcel arrived at the new address on time",
    "we mentioned that the invoice was wrong and they sent a corrected one",
])
def test_disclosure_without_withdrawal_is_no_frame(text):
    assert not frames.disclosed_then_withdrawn(text, [(0, len(text))])


@pytest.mark.parametrize("text", [
    "Since the kiosk replaced the ticket window my grandmother can't buy her pass on her own any more. Before, the "
    "clerk read the prices out to her.",
    "La recepcion nos dijo que mi tio volviera acompanado otro dia porque el mostrador nuevo esta arriba.",
])
def test_access_lost_reaches_review(text):
    assert frames.access_lost(fold(text))
    assert classify(text).route == "bias_review"


@pytest.mark.parametrize("text", [
    "I can't assemble this wardrobe on my own, the manual is missing page 4. Can you send it?",
    "Before the update the app was faster. Now it takes ten seconds to open.",
])
def test_no_access_frame_on_ordinary_trouble(text):
    assert not frames.access_lost(fold(text))


def test_next_in_queue_frame_and_reason():
    text = "Der Mann an der Kasse wollte meinen Ausweis sehen und hat laut gefragt, ob ich zahlen kann. Der Kunde vor mir nicht."
    assert frames.next_in_queue(fold(text))
    c = classify(text)
    assert c.route == "bias_review"


def test_queue_words_alone_raise_nothing_without_bias_evidence():
    c = classify("The customer before me paid by card and the machine worked fine. Mine printed a receipt too. Thanks!")
    assert c.route != "bias_review"


def test_ordinary_cancellation_stays_put():
    assert classify("I told you that my address changed last week and my order got cancelled. Please re-send it to the "
                    "new address.").route != "bias_review"
