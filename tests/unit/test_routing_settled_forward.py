"""Quoted-speaker round (issue 12): a forwarded complaint the writer says is settled is not the writer's complaint.

Messages written for this test (not taken from any evaluation set). The bias head is read on the writer's own
words without the forwarded block; a forwarded complaint the writer pursues now, or a new complaint made next to a
settled one, still goes to bias review.
"""
from __future__ import annotations

import pytest

from plugin.core.routing import classify, scope
from plugin.core.routing.text import fold

SETTLED = [
    # en
    "Hello,\n\nI'm forwarding the e-mail below only because it has my aunt's customer number. The matter was settled "
    "years ago and I'm not reopening it. I just need her final gas bill so I can close the account.\n\nRegards,\nPaul\n\n"
    "---------- Forwarded message ----------\n> Your fitter refused to enter because I wear a headscarf. That is "
    "religious discrimination and I want an apology. - S. Karim",
    # es
    "Hola:\n\nOs reenvío el correo de abajo solo porque trae el número de cliente de mi tío. Aquello se resolvió en su "
    "momento y no lo reabro. Solo necesito la última factura para dar de baja el contrato.\n\nUn saludo,\nLucía\n\n"
    "---------- Mensaje reenviado ----------\n> No me atendieron por ser gitano. Es discriminación y quiero una "
    "explicación. - R. Heredia",
    # fr
    "Bonjour,\n\nJe vous transfère le message ci-dessous uniquement pour le numéro de client de ma tante. L'affaire a "
    "été réglée à l'époque et je ne la rouvre pas. Il me faut seulement sa dernière facture pour résilier.\n\n"
    "Cordialement,\nJulien\n\n---------- Message transféré ----------\n> Votre agent m'a refusé le guichet à cause de "
    "mon fauteuil roulant. C'est de la discrimination. - M. Perrin",
    # de
    "Guten Tag,\n\nich leite die Mail unten nur weiter, weil die Kundennummer meiner Tante darin steht. Die Sache wurde "
    "damals erledigt, ich rolle sie nicht wieder auf. Ich brauche nur die letzte Rechnung, um zu kündigen.\n\nDanke\n"
    "Jonas\n\n---------- Weitergeleitete Nachricht ----------\n> Man hat mich wegen meines Kopftuchs nicht bedient. "
    "Das ist Diskriminierung. - A. Yilmaz",
    # pt
    "Olá,\n\nEncaminho o e-mail abaixo só porque tem o número de cliente da minha tia. O caso foi resolvido na época e "
    "não estou reabrindo. Preciso apenas da última fatura para cancelar o contrato.\n\nObrigado,\nTiago\n\n"
    "---------- Mensagem encaminhada ----------\n> Não me atenderam por eu ser cigana. Isso é discriminação. - M. Lopes",
]

PURSUED = [
    # a forwarded complaint the writer pursues now (no "settled")
    "Hello,\n\nForwarding my mother's e-mail below. Nobody has answered her in three weeks and I want this "
    "investigated.\n\n---------- Forwarded message ----------\n> Your fitter refused to enter because I wear a "
    "headscarf. That is religious discrimination. - S. Karim",
    # settled once, and it happened again to the writer: their own complaint, in a sentence of its own
    "Hello,\n\nThe old complaint below was settled last year, but today your branch again refused to serve me because "
    "I am Muslim and wear a headscarf. This is religious discrimination, again.\n\n---------- Forwarded message "
    "----------\n> Your fitter refused to enter because I wear a headscarf. - S. Karim",
    # es: resuelto una vez, y ha vuelto a pasar
    "Hola:\n\nLa queja de abajo se resolvió en su momento, pero hoy otra vez su cajero se negó a atenderme por ser "
    "gitano. Es discriminación y exijo una explicación.\n\n---------- Mensaje reenviado ----------\n> No me atendieron "
    "por ser gitano. - R. Heredia",
]


@pytest.mark.parametrize("text", SETTLED)
def test_settled_forwarded_complaint_is_not_bias_review(text: str) -> None:
    assert scope.settled_forward(fold(text))  # the rule applies …
    assert classify(text).route != "bias_review"  # … and the closed complaint of someone else is not reviewed


@pytest.mark.parametrize("text", PURSUED)
def test_complaint_made_now_stays_bias_review(text: str) -> None:
    assert classify(text).route == "bias_review"


def test_settled_without_forward_is_untouched() -> None:
    text = "The matter was settled and I'm not reopening it. I only need my last invoice."
    assert scope.settled_forward(fold(text)) == []


def test_forwarded_block_is_dropped_from_the_views() -> None:
    views = scope.settled_forward(fold(SETTLED[0]))
    assert views and all("headscarf" not in v for v in views)
    assert any("settled" not in v and "final gas bill" in v for v in views)
