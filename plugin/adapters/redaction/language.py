"""Which language a comment is written in: en, es, fr, de or pt (py3langid restricted to those five).

py3langid (BSD-3-Clause, https://github.com/adbar/py3langid) needs no download (numpy is already there for spaCy)
and classifies a ticket in well under a millisecond. It loads its model restricted to the five languages from
data/langid_model.npz.xz (0.8 MB, ~0.1 s to load), built from the wheel's 142-language model (4.6 MB, ~0.3 s) by
data/build_langid_model.py; the results are the same, and the Lambda package leaves the wheel's model out.
lingua (170 MB wheel) does not fit the Lambda budget; langdetect is unmaintained since 2021 and not deterministic
without a seed. Texts with fewer than 20 letters are too short to tell: they count as English, the language the
rules with the fewest cue requirements were written for.
"""
from __future__ import annotations

import functools
import re
import threading
from pathlib import Path
from typing import Any

from plugin.coldstart import built_without_gc

LANGUAGES = ("en", "es", "fr", "de", "pt")
DEFAULT = "en"
_MIN_LETTERS = 20
MODEL_FILE = Path(__file__).parent / "data" / "langid_model.npz.xz"
_LOCK = threading.Lock()
_MODEL: Any = None


def _identifier() -> Any:
    global _MODEL
    if _MODEL is None:
        with _LOCK, built_without_gc():  # numpy's import and the model: part of a cold start (plugin/coldstart.py)
            if _MODEL is None:
                from py3langid.langid import LanguageIdentifier

                model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                model.set_languages(list(LANGUAGES))
                _MODEL = model
    return _MODEL


def detect(text: str) -> str:
    """The comment's language, one of LANGUAGES."""
    if sum(c.isalpha() for c in text) < _MIN_LETTERS:
        return _by_function_words(text)
    lang, probability = _identifier().classify(text)
    if lang not in LANGUAGES or lang == DEFAULT:
        return DEFAULT
    # Names, addresses and codes carry no language; a few of them make langid guess. Other than English only
    # with confidence and with function words of that language ("die", "le", "el", "não") that English lacks,
    # or with one of them and no English function word at all ("Bitte Handy 0151 …").
    words = _WORD.findall(text.lower())
    own = sum(1 for w in words if w in _function_words(lang))
    if probability >= _MIN_PROBABILITY and own >= _MIN_FUNCTION_WORDS:
        return lang
    if probability >= _MIN_PROBABILITY and own == 1 and not any(w in _english_words() for w in words):
        return lang
    return DEFAULT


def _by_function_words(text: str) -> str:
    """A chat line too short for langid ("Mein Handy: 0151…", "Mon portable : 06…"): the one language whose
    function words it uses, when it uses no English one; otherwise English. A capitalised word inside a sentence
    is not counted: it may be a name ("Hi Elle")."""
    hits = {lang: 0 for lang in LANGUAGES if lang != DEFAULT}
    for m in _WORD.finditer(text):
        word = m.group(0)
        if word[0].isupper() and not _SENTENCE_START.search(text[:m.start()]):
            continue
        word = word.lower()
        if word in _english_words():
            return DEFAULT
        for lang in hits:
            hits[lang] += word in _function_words(lang)
    best = max(hits.values())
    winners = [lang for lang, n in hits.items() if n == best]
    return winners[0] if best and len(winners) == 1 else DEFAULT


_SENTENCE_START = re.compile(r"(?:^|[.!?:;¡¿\n])[\s\"'(«„“]*$")


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_MIN_PROBABILITY = 0.9
_MIN_FUNCTION_WORDS = 2


@functools.cache
def _stopwords() -> dict[str, frozenset[str]]:
    """data/stopwords.txt (from spaCy), by language."""
    sections: dict[str, set[str]] = {}
    current = ""
    for line in (Path(__file__).parent / "data" / "stopwords.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            current = line.strip("[]")
        elif line and not line.startswith("#"):
            sections.setdefault(current, set()).update(line.split())
    return {lang: frozenset(words) for lang, words in sections.items()}


@functools.cache
def _function_words(lang: str) -> frozenset[str]:
    """Function words of `lang` that are not English ones."""
    return _stopwords().get(lang, frozenset()) - _stopwords().get("en", frozenset())


@functools.cache
def _english_words() -> frozenset[str]:
    """English function words that no other of our languages uses ("the", "my", "is"; not "a", "me", "no")."""
    others = frozenset().union(*(_stopwords().get(lang, frozenset()) for lang in LANGUAGES if lang != DEFAULT))
    return (_stopwords().get(DEFAULT, frozenset()) - others) | _ENGLISH_CHAT


# English chat openers that spaCy's lists lack or share ("hi" is in its French list): English evidence in a short line.
_ENGLISH_CHAT = frozenset({"hi", "hey", "hello", "thanks", "thx", "pls", "please", "dear", "ok", "okay"})
