"""A quoted security question is not its answer: the question stays, the answer is hidden (after round 12)."""
from __future__ import annotations

import pytest

from plugin.adapters.redaction import secrets

CASES = [  # (text, the question that stays, the answer that is hidden)
    ("Security question \"What was the name of your first school?\" - answer: Greyfriars", "first school", "Greyfriars"),
    ("Mi pregunta de seguridad es «nombre de tu abuelo materno» y la respuesta es Anselmo.", "abuelo", "Anselmo"),
    ("Pergunta secreta \"nome do seu avô\", resposta: Belmiro", "avô", "Belmiro"),
]


@pytest.mark.parametrize(("text", "question", "answer"), CASES)
def test_the_quoted_question_stays_and_the_answer_is_hidden(text: str, question: str, answer: str) -> None:
    hidden = [text[s.start:s.end] for s in secrets.find_secrets(text)]
    assert any(answer in h for h in hidden), hidden
    assert not any(question in h for h in hidden), hidden


def test_a_quoted_answer_after_an_answer_cue_is_still_hidden() -> None:
    text = 'my security answer is "Blue Lagoon 1998"'
    assert "Blue Lagoon 1998" in [text[s.start:s.end] for s in secrets.find_secrets(text)]
