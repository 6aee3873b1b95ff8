"""Guards round 14b (issue 13): a "we" keeping a routine (every morning, at lunch, chaque samedi, todos os dias) is
the team's own days told, and flags whatever the lived-experience model scores it; the company's routine (orders,
parcels, reviews, complaints), a promise and advice to the customer do not. Sentences composed for this test, apart
from the training rows and every evaluation set."""
from __future__ import annotations

import pytest

from plugin.core import human_claims
from plugin.core.human_claims import team_routine


@pytest.mark.parametrize("piece", [
    "Three of us cycle to the lake together most evenings.",
    "We play table football in the basement at lunchtime.",
    "Wir spielen in der Mittagspause zu dritt Tischtennis im Keller.",
    "Weil wir jeden Abend gemeinsam im Park laufen und danach müde werden.",
    "Chaque vendredi, on joue aux cartes à la cantine.",
    "Cada domingo salimos a correr juntos por el río.",
    "Todos os dias almoçamos juntos no jardim ao lado.",
])
def test_a_we_keeping_a_routine_is_the_teams_own_days(piece):
    assert team_routine(piece)


@pytest.mark.parametrize("piece", [
    "We dispatch orders every morning at nine.",
    "Wir prüfen jeden Tag die Retouren.",
    "Nous expédions les colis chaque matin.",
    "Enviamos los pedidos cada mañana.",
    "We meet every Friday to review open complaints.",
    "We will call you every day until it is fixed.",
    "You can water it every morning.",
    "Am Wochenende haben wir geschlossen.",
    "Cerramos los domingos.",
    "We hope every day brings better news.",
])
def test_the_companys_routine_a_promise_and_advice_are_not(piece):
    assert not team_routine(piece)


def test_a_team_routine_is_one_of_the_rules_that_flag(monkeypatch):
    reply = ("Guten Tag Frau Keller,\n\nIhr Ersatzteil ist heute an Sie verschickt worden und kommt voraussichtlich am "
             "Donnerstag an.\n\nDass Sie sich ärgern, verstehe ich gut, weil wir im Kundendienst jeden Abend gemeinsam "
             "im Stadtpark laufen und ohne Stirnlampe auch nicht weit kämen.\n\nMit freundlichen Grüßen\nLaufwerk Service")
    assert human_claims.evidence(reply).rules
    monkeypatch.setattr(human_claims, "team_routine", lambda piece: False)
    assert not human_claims.evidence(reply).rules
