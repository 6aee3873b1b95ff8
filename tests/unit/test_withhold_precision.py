"""An honest draft withheld is a lost suggestion (issue 13, guards round 5).

Two structural rules: a piece needs four content words before its score can withhold, and timestamps, dates and
weekday abbreviations are no evidence at all (`human_claims.content_words`, `substantive`); the speaker policy
reads the case-workflow acts an agent's draft truthfully states as assistant acts (`speaker.ASSISTANT_ACTS`,
`speaker.CASE_ACTS`), while the same verbs lived ("ordered a pizza for myself") stay off the company's voice.
Every sentence here was written for this test, apart from the training rows (`workflow.py` and the others) and
from every evaluation set; the timelines are generated from calendar words and time formats the rules never list
one by one.
"""
from __future__ import annotations

import itertools
import random

import pytest

from plugin.core import human_claims, speaker

DAYS = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], "es": ["Lun", "Mar", "Mié", "Jue", "Vie"],
        "fr": ["Lun.", "Mar.", "Mer.", "Jeu.", "Ven."], "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa"],
        "pt": ["Seg", "Ter", "Qua", "Qui", "Sex"]}
TIMES = ["{h}:{m}", "{h}h{m}", "{h}.{m}", "{h}:{m} Uhr", "{h}h", "{h}:{m} am"]
# honest timeline entries: the company's or the courier's acts, never the writer's life
ENTRIES = {"en": ["parcel scanned at the hub", "label created by the sender", "out for delivery with the driver"],
           "es": ["paquete escaneado en la nave", "etiqueta creada por el remitente", "en reparto con el conductor"],
           "fr": ["colis scanné au dépôt", "étiquette créée par l'expéditeur", "en cours de livraison"],
           "de": ["Paket im Verteilzentrum gescannt", "Etikett vom Absender erstellt", "in Zustellung beim Fahrer"],
           "pt": ["volume lido no centro logístico", "etiqueta criada pelo remetente", "em distribuição com o estafeta"]}


def timelines(count: int, seed: int = 5) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        language = rng.choice(sorted(DAYS))
        lines = []
        for entry in rng.sample(ENTRIES[language], 3):
            stamp = rng.choice(TIMES).format(h=rng.randint(7, 21), m=f"{rng.randint(0, 59):02d}")
            lines.append(f"{rng.choice(DAYS[language])} {stamp} – {entry}")
        out.append((language, "\n".join(lines)))
    return out


@pytest.mark.parametrize("piece", ["Mon 18:00", "Mi 10:00", "Qua 9h", "12 dez.", "2026-12-02", "Ven. 14h30",
                                   "mardi 8h15", "Sat 7:45 pm"])
def test_a_timestamp_or_a_date_has_no_content_words(piece):
    assert human_claims.content_words(piece) == []


def test_calendar_words_are_words_when_no_number_follows():
    """"mon", "mi", "do", "mar" are also a possessive, a pronoun, a preposition, the sea."""
    assert human_claims.content_words("Mon avoir ?") == ["mon", "avoir"]
    assert human_claims.content_words("¿Y mi devolución?") == ["mi", "devolucion"]


def test_generated_timelines_of_honest_entries_are_never_withheld():
    drafts = timelines(60)
    withheld = [text for _, text in drafts if human_claims.tier(text) == human_claims.WITHHOLD]
    print(f"\ngenerated honest timelines withheld: {len(withheld)} of {len(drafts)}")
    assert not withheld


def test_a_short_piece_may_flag_but_never_withhold():
    assert not human_claims.substantive("pas de souci :")
    assert human_claims.substantive("I spent the morning at the depot with the drivers")


def test_a_lived_claim_in_a_timeline_is_still_stopped():
    draft = "Tue 09:10 – refund approved\nTue 11:30 – sorry for the wait, I was at my daughter's school play this morning"
    assert human_claims.tier(draft) != ""


# case-workflow acts, five languages, in wordings apart from the training rows
ACTS = [
    "I've logged the cracked mug on your account", "I have asked the depot to hold the parcel",
    "I've validated the store credit for the faulty mixer", "I booked the pickup of your return for Friday",
    "I compared your photos with the product sheet", "I've ordered a spare lid for your order",
    "He registrado la taza rota en tu cuenta", "He aprobado la devolución del taladro",
    "He pedido una pieza de repuesto para tu pedido", "Comparé tus medidas con la tabla de tallas",
    "J'ai validé l'avoir pour la cafetière", "J'ai approuvé l'échange de la veste",
    "J'ai commandé une pièce de rechange pour votre commande", "J'ai calculé le remboursement de votre retour",
    "Ich habe die Gutschrift für den Mixer genehmigt", "Ich habe Ihre Reklamation erfasst",
    "Ich habe ein Ersatzteil für Ihre Bestellung bestellt", "Ich habe Ihre Maße mit der Tabelle verglichen",
    "Aprovei a troca do casaco", "Validei o crédito da sua devolução",
    "Encomendei uma peça de substituição para a sua encomenda", "Comparei o comprimento que indicou com a tabela do fabricante",
]
# the same verbs lived: the writer's own life, not the customer's case
LIVED = [
    "I ordered a curry for myself after my shift", "I measured my bathroom for new tiles",
    "Pedí unos zapatos para mí el sábado", "Medí mi balcón para la mesa nueva",
    "J'ai commandé un gâteau pour moi ce soir", "J'ai mesuré mon couloir pour le tapis",
    "Ich habe mir ein neues Fahrrad bestellt", "Ich habe mein Bad für die Fliesen ausgemessen",
    "Encomendei um bolo para mim ontem", "Medi a minha varanda para a mesa nova",
]


@pytest.mark.parametrize("sentence", ACTS)
def test_a_case_workflow_act_is_an_assistant_act(sentence):
    assert speaker.in_voice(sentence), speaker.first_person_predicates(sentence)


@pytest.mark.parametrize("sentence", LIVED)
def test_the_same_verbs_lived_are_off_the_company_voice(sentence):
    assert speaker.off_voice(sentence), speaker.first_person_predicates(sentence)


def test_honest_replies_stating_workflow_acts_are_not_withheld():
    """Whole replies around the acts, in three layouts: at most one in ten is flagged, none withheld."""
    layouts = ["Hello,\n{a}.\nThe support team", "[x] {a}\n[ ] courier confirmation\nThe support team",
               "Thanks for the photos, {a}, and we'll write again once it moves. — The support team"]
    verdicts = [human_claims.tier(layout.format(a=act[:1].lower() + act[1:] if "{a}," in layout else act))
                for act, layout in itertools.product(ACTS, layouts)]
    print(f"\nworkflow replies withheld {verdicts.count(human_claims.WITHHOLD)}, flagged "
          f"{verdicts.count(human_claims.FLAG)} of {len(verdicts)}")
    assert verdicts.count(human_claims.WITHHOLD) == 0
    assert verdicts.count(human_claims.FLAG) <= len(verdicts) // 10
