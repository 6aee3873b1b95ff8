"""The router's scores do not depend on Python's string hash seed: a float sum taken in a set's iteration order would
differ in its last bits between processes (PYTHONHASHSEED), and a score that sits on a threshold could then route
differently from one run to the next."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Written for this test: long, several topics, many lexicon families in one span (a complaint, a request for a
# person, an AI mention, an age and a disability word, a price word), so that family pairs are summed.
TEXTS = [
    "I'm writing about my father, who is 82 and uses a wheelchair. At your branch the manager told him the accessible "
    "counter was 'not for people like him' and served the younger couple behind him first. He was charged a higher "
    "fee than his neighbour for the same account. Please do not use a chatbot or any AI for this; I want a real "
    "person to call me back about the refund and the complaint.",
    "Hola, soy sorda y la semana pasada en la tienda el empleado se negó a escribirme la información y atendió antes "
    "a otra clienta; además me cobraron de más. No quiero que una inteligencia artificial lea mis mensajes, prefiero "
    "hablar con una persona responsable del servicio cuanto antes, por favor.",
    "Bonjour, ma femme porte le voile et l'agent a refusé son dossier en disant qu'il fallait 'une tenue normale', "
    "alors que le dossier de mon collègue a été accepté le jour même. Je voudrais parler à un responsable et je "
    "refuse tout traitement automatisé de nos données.",
    "The driver refused to let my guide dog on the bus and laughed, but the man after me got on with his dog.",
    "Your agent said older customers like me should not bother with the app and closed my ticket without an answer.",
    "Since I told the shop I was pregnant they stopped giving me shifts, while the other girls still get them.",
    "Der Vermieter hat meinem türkischen Freund die Wohnung verweigert, meiner deutschen Kollegin aber sofort zugesagt.",
    "O atendente riu do meu sotaque e disse para eu voltar com alguém que fale português direito.",
    "My order 4471 arrived broken, can I get a refund or a replacement please? Thanks a lot.",
    "Bonjour, je voudrais annuler mon abonnement et savoir si je peux récupérer le dernier mois payé.",
]

_SCRIPT = (  # the steps of routing.classify, keeping each head's exact probability
    "import json, sys\n"
    "from plugin.core.routing import decision, features, identity, scope\n"
    "from plugin.core.routing.text import fold\n"
    "out = []\n"
    "for t in json.loads(sys.stdin.read()):\n"
    "    masked = identity.mask(scope.newest(fold(t)))\n"
    "    hits = features.family_matches(masked.text)\n"
    "    s = decision.score(features.sentences(masked.text, hits, features.sentence_spans(masked.text)))\n"
    "    out.append({h: repr(v.probability) for h, v in s.items()})\n"
    "print(json.dumps(out))\n"
)


def _scores(seed: str) -> list[dict[str, str]]:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    done = subprocess.run([sys.executable, "-c", _SCRIPT], input=json.dumps(TEXTS), capture_output=True, text=True,
                          cwd=ROOT, env=env, check=True, timeout=120)
    return json.loads(done.stdout)


def test_scores_are_identical_whatever_the_hash_seed() -> None:
    first = _scores("0")
    for seed in ("1", "2", "3", "4", "5"):
        assert _scores(seed) == first, f"scores differ between PYTHONHASHSEED=0 and {seed}"
