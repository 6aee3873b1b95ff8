"""Lightweight language guess from stop words (standard library only). Used by the pipeline to answer in
the customer's language; routing itself applies every lexicon, so a wrong guess never hides a complaint."""
from __future__ import annotations

import re

from .lexicons import stopwords
from .text import fold

_WORD = re.compile(r"[a-z]+")
DEFAULT = "en"


def detect_language(text: str) -> str:
    """Best of en/es/fr/de/pt by stop-word hits; ``"en"`` when nothing matches or on a tie with English."""
    words = _WORD.findall(fold(text).replace("'", " "))
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in stopwords().items()}
    best = max(scores, key=lambda lang: (scores[lang], lang == DEFAULT))
    return best if scores[best] > 0 else DEFAULT
