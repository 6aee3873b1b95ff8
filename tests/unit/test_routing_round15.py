"""Routing round 15 (issue 12): long e-mails have a higher bias threshold than short messages (decision.bias_threshold,
learnt out of fold by training/routing/train.py), and the weights carry it. The texts here were written for this test;
none is a training row (tests/unit/test_routing_data.py checks that)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from plugin.core.routing import classify, decision


def test_the_weights_carry_a_long_message_threshold_no_lower_than_the_bias_threshold() -> None:
    m = decision.model()
    assert m.long_words > 0
    assert m.bias_long >= m.thresholds[0]


def test_the_long_threshold_applies_from_long_words_on() -> None:
    m = replace(decision.model(), long_words=60, bias_long=0.9)
    assert decision.bias_threshold(59, m) == m.thresholds[0]
    assert decision.bias_threshold(60, m) == 0.9
    assert decision.bias_threshold(400, replace(m, long_words=0)) == m.thresholds[0]


def test_a_long_threshold_below_the_bias_threshold_is_never_used() -> None:
    m = replace(decision.model(), long_words=60, bias_long=0.01)
    assert decision.bias_threshold(100, m) == m.thresholds[0]


LONG_ORDINARY = {
    "en": "Hi,\n\nI'm Greek and moved to Leicester in the summer for my PhD, so forgive the formal tone. The "
          "electricity account at 5 Orchard Close is now in my name from 1 September, reading 30418 on that day. "
          "The first bill still shows the previous tenant's direct debit date, the 3rd, and I'd like it on the 20th "
          "when my stipend arrives.\n\nMy landlady, who is in her eighties, asked me to say that the outside meter "
          "cupboard lock is broken; could an engineer replace it next time someone is in the street?\n\nThanks a "
          "lot,\nEleni Papadaki",
    "es": "Hola:\n\nSoy paraguaya y vivo en Bilbao desde hace poco, así que perdonad si algo suena raro. Desde el 1 "
          "de septiembre la cuenta de la luz del piso de la calle Ercilla está a mi nombre; la lectura de ese día "
          "fue 30418. La primera factura sigue con la fecha de cargo del inquilino anterior, el día 3, y la "
          "necesito el 20, cuando cobro la beca.\n\nLa dueña del piso, que tiene más de ochenta años, me pide que "
          "os diga que la cerradura del armario del contador está rota. ¿Puede cambiarla un técnico cuando pase "
          "por la zona?\n\nMuchas gracias,\nRocío Benítez",
}


@pytest.mark.parametrize("lang", sorted(LONG_ORDINARY))
def test_a_long_email_that_names_the_writers_origin_beside_plain_requests_is_not_bias_review(lang: str) -> None:
    assert classify(LONG_ORDINARY[lang]).route != "bias_review"


LONG_COMPLAINT = ("Hello,\n\nTwo things. Please send the October statement again, the PDF will not open.\n\nAnd "
                  "I need this on record: at your Queen Street counter on Monday the clerk saw my turban, said "
                  "'we don't open accounts for your sort here' and refused my application, while my colleague, "
                  "with the same payslips, opened one there an hour later. I want the refusal reviewed.\n\n"
                  "Regards,\nHarpreet Singh")


def test_a_complaint_paragraph_inside_a_long_email_reaches_bias_review() -> None:
    assert classify(LONG_COMPLAINT).route == "bias_review"
