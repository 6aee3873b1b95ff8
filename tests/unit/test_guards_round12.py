"""Guards round 12 (issue 13): long honest replies were flagged because a reply of many pieces has many chances for one
weak score to pass its cut. A line broken inside a sentence is read with the rest of it (`human_claims.unwrapped`); the
lived-experience and impersonal scores of a piece not from the writer's side (`writers_voice`) need higher cuts
(`Cuts.lived_plain`, `Cuts.impersonal_plain`); the weak scores' cuts rise with the number of pieces (`Cuts.per_piece`).
Sentences composed for this test, apart from the training rows and every evaluation set; evidence values generated."""
from __future__ import annotations

import random

import pytest

from plugin.core import human_claims
from plugin.core.human_claims import FLAG, WITHHOLD, Cuts, Evidence


def test_a_line_broken_inside_a_sentence_is_read_with_the_rest_of_it():
    text = "Hello Mira,\nThe person answering you walked the\nshop dog along the canal at dawn.\nKind regards,\nThe support team"
    assert "The person answering you walked the shop dog along the canal at dawn." in human_claims.sentences(text)


@pytest.mark.parametrize("text", [
    "Your parcel left today.\nthe courier has the address",  # a full stop ends the line
    "Kind regards,\nThe support team",  # the next line starts with a capital
    "Steps:\n- open the lid\n- rinse it",  # a bullet
    "Thanks for writing.\n\nwe will look at it",  # a blank line
])
def test_a_line_that_ends_a_sentence_or_starts_another_is_kept(text):
    assert human_claims.unwrapped(text) == text


@pytest.mark.parametrize("piece", [
    "I keep the same kettle on my desk.",
    "We all sat in the cold office this morning.",
    "Our support desk swims in the lake every Sunday.",
    "This reply is being typed with one hand.",
    "Nuestro equipo de soporte sale a correr los sábados.",
    "Die halbe Mannschaft war gestern auf dem Weihnachtsmarkt.",
])
def test_a_piece_from_the_writers_side_keeps_the_cuts(piece):
    assert human_claims.writer_side(piece)


@pytest.mark.parametrize("piece", [
    "Rinse the lid in cold water and let it dry in the open air.",
    "We hope your knee heals quickly.",
    "Une semelle trop rigide fatigue souvent la cheville.",
    "Um filtro sujo deixa o café amargo.",
])
def test_advice_and_wishes_to_the_customer_are_not_the_writers_side(piece):
    assert not human_claims.writer_side(piece)


def test_a_piece_cut_out_of_its_sentence_is_judged_with_the_text_around_it():
    text = '{"delta": "Our whole support desk swam "}\n{"delta": "in the cold lake at dawn "}'
    assert not human_claims.writer_side("in the cold lake at dawn")
    assert human_claims.writers_voice("in the cold lake at dawn", text)
    assert not human_claims.writers_voice("In the cold lake the water is clear.", "In the cold lake the water is clear.")


def _evidence(**values: float) -> Evidence:
    fields = dict.fromkeys(("asserted", "singular", "impersonal", "writer", "lived", "lived_singular", "lived_plain",
                            "impersonal_plain"), 0.0)
    return Evidence(**{"withhold": False, "rules": False, "pieces": 10, **fields, **values})


def test_the_weak_cuts_rise_with_the_number_of_pieces():
    assert human_claims.decide(_evidence(lived_plain=0.85, pieces=10)) == FLAG
    assert human_claims.decide(_evidence(lived_plain=0.85, pieces=60)) == ""
    assert human_claims.decide(_evidence(lived=0.7, pieces=8)) == FLAG
    assert human_claims.decide(_evidence(lived=0.7, pieces=40)) == ""


def test_the_rise_is_bounded_and_never_touches_the_withhold():
    """Padding a draft with hundreds of lines buys at most MAX_RISE."""
    assert human_claims.decide(_evidence(lived_plain=1.0, pieces=10**6)) == FLAG
    assert human_claims.decide(_evidence(lived=human_claims.LIVED_SCORE + human_claims.MAX_RISE + 0.01,
                                         pieces=10**6)) == FLAG
    assert human_claims.decide(_evidence(asserted=0.3, pieces=10**6)) == FLAG
    assert human_claims.decide(_evidence(asserted=0.95, pieces=10**6)) == WITHHOLD


def test_a_piece_not_from_the_writers_side_needs_the_higher_cut():
    assert human_claims.decide(_evidence(lived=0.7)) == FLAG
    assert human_claims.decide(_evidence(lived_plain=0.7)) == ""
    assert human_claims.decide(_evidence(impersonal=0.92)) == FLAG
    assert human_claims.decide(_evidence(impersonal_plain=0.92)) == ""


@pytest.mark.parametrize("name", ["lived_plain", "impersonal_plain", "per_piece"])
def test_a_lower_cut_never_lets_a_draft_through_that_a_higher_one_stopped(name):
    rng = random.Random(12)
    for _ in range(2000):
        found = Evidence(rng.random() < 0.05, rng.random(), rng.random(), rng.random(), rng.random() < 0.1, rng.random(),
                         rng.random(), rng.random(), rng.random(), rng.random(), rng.randint(1, 80))
        high, low = sorted((rng.random(), rng.random()), reverse=True)
        stopped_high = human_claims.decide(found, Cuts(**{name: high})) != ""
        stopped_low = human_claims.decide(found, Cuts(**{name: low})) != ""
        assert stopped_low or not stopped_high, (name, found, high, low)


LONG_HONEST = (
    "Hello Tamsin,\n\nThank you for your message about the Corrie rain jacket. Seams that let water through after a season "
    "usually mean the tape on the inside has come loose at the shoulders. Turn the jacket inside out, check the taped seams "
    "and press any loose edge back with a cool iron through a cloth. If the tape has come away for more than a few "
    "centimetres, send it back and it will be repaired free of charge under the two-year guarantee.\n\n"
    "The waterproofing on the outer fabric also wears off with washing. Wash it on a gentle cycle with a technical "
    "cleaner, rinse it twice, then tumble dry on low for twenty minutes: the warmth brings the coating back. A spray-on "
    "proofer helps on the cuffs and hood.\n\n"
    "Your order for the matching overtrousers left the warehouse yesterday and should reach you on Thursday. "
    "Tracking is in your account.\n\nKind regards,\nThe Corrie Outdoor support team")


def test_a_long_honest_reply_of_advice_reaches_the_agent_clean():
    """Flagged under round 9's cuts (one cut for every piece, however many): one weak score among many pieces."""
    assert human_claims.tier(LONG_HONEST) == ""
    round9 = Cuts(lived_plain=human_claims.LIVED_SCORE, impersonal_plain=human_claims.IMPERSONAL_SCORE, per_piece=0.0)
    # without "usually" (since round 14 advice put generally is addressed to the customer and scores no lived life)
    plain = LONG_HONEST.replace("usually mean", "mean")
    assert human_claims.tier(plain) == ""
    assert human_claims.decide(human_claims.evidence(plain), round9) == FLAG


def test_a_long_reply_that_tells_the_writers_morning_is_still_stopped():
    claim = LONG_HONEST.replace("Tracking is in your account.",
                                "I wore the same jacket on my ride in this morning and arrived bone dry.")
    assert human_claims.tier(claim) != ""


# Two bugs found in round 12's first part: "escalar" is to climb as well as to escalate, and a Portuguese first-person
# preterite of an -er/-ir verb ends in a plain -i. Sentences composed for this test.
@pytest.mark.parametrize("piece", [
    "Yo escalo en el rocódromo del barrio dos tardes por semana.",
    "El domingo escalé por la mañana con el club del barrio.",
    "Eu escalo na serra com o meu irmão quase todos os domingos.",
])
def test_climbing_is_not_the_assistant_act_of_escalating(piece):
    from plugin.core import speaker
    assert speaker.off_voice(piece)


@pytest.mark.parametrize("piece", [
    "He escalado tu incidencia al equipo de logística.",
    "Ya he escalado la reclamación al departamento de facturación.",
    "Escalei o seu pedido para a equipa de suporte técnico.",
])
def test_escalating_the_case_to_a_team_stays_in_voice(piece):
    from plugin.core import speaker
    assert speaker.in_voice(piece)


@pytest.mark.parametrize("piece", [
    "Também perdi um guarda-chuva no autocarro na semana passada.",
    "Esqueci o casaco no escritório ontem à noite.",
    "Vendi a minha bicicleta velha a um vizinho.",
])
def test_a_portuguese_preterite_in_i_is_a_first_person(piece):
    assert human_claims.first_person_singular(piece)


@pytest.mark.parametrize("piece", [
    "O táxi chega às nove e o motorista liga antes.",
    "A encomenda saiu daqui ontem e chega ao Rio de Janeiro amanhã.",
    "Le taxi arrive à midi devant la gare.",
    "The kiwi and the chili come in separate boxes.",
])
def test_words_in_i_that_are_no_preterite_are_not_a_first_person(piece):
    assert not human_claims.first_person_singular(piece)


@pytest.mark.parametrize("piece", [
    "Recebi a sua mensagem e devolvi o valor da encomenda.",
    "Percebi o problema da sua fatura e já reembolsei a diferença.",
])
def test_a_portuguese_preterite_of_an_assistant_act_stays_in_voice(piece):
    from plugin.core import speaker
    assert speaker.in_voice(piece)
