"""Which language a comment is written in: en, es, fr, de or pt (py3langid restricted to those five).

py3langid (BSD-3-Clause, https://github.com/adbar/py3langid) ships its model inside the wheel (4.6 MB installed,
numpy is already there for spaCy), needs no download, and classifies a ticket in well under a millisecond.
lingua (170 MB wheel) does not fit the Lambda budget; langdetect is unmaintained since 2021 and not deterministic
without a seed. Texts with fewer than 20 letters are too short to tell: they count as English, the language the
rules with the fewest cue requirements were written for.
"""
from __future__ import annotations

import threading
from typing import Any

LANGUAGES = ("en", "es", "fr", "de", "pt")
DEFAULT = "en"
_MIN_LETTERS = 20
_LOCK = threading.Lock()
_MODEL: Any = None


def _identifier() -> Any:
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                from py3langid.langid import _load_identifier

                _MODEL = _load_identifier(norm_probs=True, langs=list(LANGUAGES))
    return _MODEL


def detect(text: str) -> str:
    """The comment's language, one of LANGUAGES."""
    if sum(c.isalpha() for c in text) < _MIN_LETTERS:
        return DEFAULT
    lang, _ = _identifier().classify(text)
    return lang if lang in LANGUAGES else DEFAULT
