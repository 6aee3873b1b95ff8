"""Routing round 19 (issue 12): the opt-out head is retrained with written14 (refusals of AI in other words, five
languages, and their near-misses) at a fixed threshold of 0.14; the bias and handoff heads are main's, copied into the
weights file by training/routing/train.py (``--bias-from``, ``--human-from``), so their decisions are unchanged.
Texts written for these tests (no training or evaluation row)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from plugin.core.routing import classify, decision
from training.routing.train import head_from


def _weights(vocab: str, bias_w: float, threshold: float, long_words: int = 60) -> dict:
    head = {"intercept": -1.0, "threshold": 0.5, "weights": {"w:a": 1.0}}
    return {"vocabulary_hash": vocab, "max_span": 3, "length_norm": 30, "long_words": long_words,
            "cross_validation": {"bias": {"threshold": threshold}, "bias_long": {"threshold": 0.9},
                                 "human": {"threshold": 0.35}},
            "heads": {"bias": {"intercept": -3.0, "threshold": threshold, "threshold_long": 0.9,
                               "weights": {"w:c": bias_w}},
                      "human": dict(head), "opt_out": dict(head)}}


def test_head_from_copies_the_bias_head_with_its_long_threshold_and_reports(tmp_path: Path) -> None:
    source = tmp_path / "main.json"
    source.write_text(json.dumps(_weights("h1", 2.0, 0.28)), encoding="utf-8")
    trained = _weights("h1", 7.0, 0.31)
    trained["heads"]["bias"]["threshold_long"] = 0.8
    trained["cross_validation"]["bias_long"] = {"threshold": 0.8}
    out = head_from(trained, source, "bias")
    assert out["heads"]["bias"] == {"intercept": -3.0, "threshold": 0.28, "threshold_long": 0.9, "weights": {"w:c": 2.0}}
    assert out["cross_validation"]["bias"] == {"threshold": 0.28}
    assert out["cross_validation"]["bias_long"] == {"threshold": 0.9}
    assert out["heads"]["human"] == trained["heads"]["human"] and out["heads"]["opt_out"] == trained["heads"]["opt_out"]
    assert out["bias_from"] == {"sha256": hashlib.sha256(source.read_bytes()).hexdigest(), "vocabulary_hash": "h1"}
    assert trained["heads"]["bias"]["weights"] == {"w:c": 7.0}  # the trained dict itself is left as it was


def test_head_from_refuses_a_bias_head_read_with_another_long_message_rule(tmp_path: Path) -> None:
    source = tmp_path / "other.json"
    source.write_text(json.dumps(_weights("h1", 2.0, 0.28, long_words=80)), encoding="utf-8")
    with pytest.raises(SystemExit):
        head_from(_weights("h1", 7.0, 0.31), source, "bias")


def test_the_shipped_bias_and_handoff_heads_are_mains_and_the_opt_out_head_is_retrained() -> None:
    data = json.loads(decision.WEIGHTS.read_text(encoding="utf-8"))
    for head in ("bias_from", "human_from"):
        assert data[head]["vocabulary_hash"] == data["vocabulary_hash"]
    bias, human, opt = (data["heads"][h] for h in ("bias", "human", "opt_out"))
    assert (bias["threshold"], bias["threshold_long"], bias["intercept"], len(bias["weights"])) == (0.28, 0.88, -7.4368, 67496)
    assert (human["threshold"], human["threshold_long"], human["intercept"], len(human["weights"])) == (0.35, 0.6, -5.9558, 53084)
    assert opt["threshold"] == 0.14 and "opt_out_from" not in data


@pytest.mark.parametrize("text", [
    "Honestly, whatever bot you've got reading these, I'd rather it didn't. Humans for me, please.",
    "I never agreed to have a machine answer me and I'm not agreeing now.",
    "Data protection objection: no automated profiling or AI-drafted replies on my file.",
    "No me siento cómodo con que un sistema automático revise mi reclamación; déjenlo fuera.",
    "Retiro el permiso que di para que herramientas de IA gestionen mis consultas.",
    "Je n'ai jamais accepté qu'une machine me réponde et je ne l'accepte pas maintenant.",
    "Opposition RGPD : pas de profilage automatisé ni de réponses rédigées par IA dans mon dossier.",
    "Mir ist nicht wohl dabei, wenn ein automatisches System meine Beschwerde prüft, lassen Sie es raus.",
    "Ich ziehe die Erlaubnis zurück, dass KI-Werkzeuge meine Anfragen bearbeiten.",
    "Nunca aceitei ser respondido por uma máquina e não aceito agora.",
    "Oposição com base na LGPD: nada de perfil automatizado nem respostas redigidas por IA no meu cadastro.",
])
def test_refusals_of_ai_in_other_words_are_opt_outs(text: str) -> None:
    assert classify(text).opt_out


@pytest.mark.parametrize("text", [
    "Just wondering, is your help chat an AI? It's very quick.",
    "My sister won't use your chatbot but I'm perfectly happy with it.",
    "Dejen de mandarme recordatorios por SMS de la cita, con uno basta.",
    "Supprimez le renouvellement automatique de mon assurance auto, svp.",
    "Meine Schwester nutzt Ihren Chatbot nicht, ich bin aber sehr zufrieden damit.",
    "Uma dúvida, o chat de ajuda de vocês é uma IA? É muito rápido.",
])
def test_near_misses_of_a_refusal_are_not_opt_outs(text: str) -> None:
    assert not classify(text).opt_out
