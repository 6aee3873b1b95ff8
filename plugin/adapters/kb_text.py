"""Text analysis for knowledge-base search: accent folding, stopwords (en/es/fr/de/pt), light stemming.

Standard library only. The stemmer is deliberately light: it strips common inflection suffixes so that
"refunds", "refunded" and "refunding" meet, and Spanish/French/German/Portuguese plurals and infinitives
meet their nouns often enough for keyword-style retrieval. It is not a linguistic stemmer.
"""
from __future__ import annotations

import re
import unicodedata

_STOPWORDS_TEXT = {
    "en": """a about above after again against all also am an and any are as at be because been before being
        below between both but by can could did do does doing down during each few for from further had has
        have having he her here hers herself him himself his how i if in into is it its itself just me more
        most my myself no nor not now of off on once only or other our ours out over own same she should so
        some such than that the their theirs them then there these they this those through to too under until
        up very was we were what when where which while who whom why will with would you your yours yourself
        hi hello hey dear thanks thank please regards best kind cheers ok okay get got im ive dont cant
        like know let much many may might must really still already even ever want wanted need one since yet
        writing wondering would could""",
    "es": """a al algo algunas algunos ante antes como con contra cual cuando de del desde donde dos el ella
        ellas ellos en entre era eres es esa ese eso esta estaba estado estan estar este esto estoy fue ha
        habia han hasta hay la las le les lo los me mi mis mucho muy mas nada ni no nos nosotros o os otra
        otro para pero poco por porque que quien se ser si sin sobre son su sus tambien te tengo tiene todo
        tu tus un una uno unos y ya yo hola gracias saludos favor usted ustedes""",
    "fr": """a ai au aux avec avez avons ce ces cette dans de des du elle en est et etre eu il ils je la le
        les leur lui ma mais me meme mes moi mon ne nos notre nous on ont ou par pas pour qu que qui sa se
        ses son sont sur ta te tes toi ton tu un une vos votre vous y bonjour merci cordialement madame
        monsieur svp plait suis etait""",
    "de": """aber alle als also am an auch auf aus bei bin bis bitte da damit dann das dass dem den der des
        die dies diese doch du durch ein eine einem einen einer es fur hallo hat hatte ich ihr im in ist ja
        kann mein meine mich mir mit nach nicht noch nur oder sehr sein sich sie sind so um und uns von vor
        war was wie wir zu zum zur danke gruße grusse freundlichen""",
    "pt": """a ao aos as com como da das de do dos e ela ele eles em entre era esta estou eu foi ha isso
        isto ja lhe mais mas me meu minha muito na nao nas no nos o os ou para pela pelo por que se sem ser
        seu sua tem um uma voce obrigado obrigada ola favor""",
}


def fold(text: str) -> str:
    """Casefolded text without accents: "Kündigung" -> "kundigung", "reçu" -> "recu"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


STOPWORDS_BY_LANGUAGE = {lang: frozenset(fold(words).split()) for lang, words in _STOPWORDS_TEXT.items()}
STOPWORDS = frozenset().union(*STOPWORDS_BY_LANGUAGE.values())

# Longest first; each applies only when a stem of >= 3 characters remains. Values replace the suffix.
_SUFFIXES = (
    ("aciones", ""), ("iciones", ""), ("ations", ""), ("ements", ""), ("ation", ""), ("acion", ""),
    ("ement", ""), ("mente", ""), ("ments", ""), ("ciones", ""), ("cion", ""), ("coes", ""), ("cao", ""),
    ("ment", ""), ("ings", ""), ("ing", ""), ("ungen", ""), ("ung", ""), ("ies", "y"), ("ied", "y"),
    ("ed", ""), ("es", ""), ("en", ""), ("ez", ""), ("ar", ""), ("er", ""), ("ir", ""), ("s", ""),
)
_WORD = re.compile(r"[a-z0-9]+")
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*_\d+>|\{\{[^{}]*\}\}")


def stem(word: str) -> str:
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + replacement
            break
    if len(word) > 3 and word[-1] in "eoa":
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]  # shipp -> ship, cancell -> cancel
    return word


def tokenize(text: str) -> list[str]:
    """Search terms of `text`: placeholders and template slots dropped, folded, stopwords out, stemmed."""
    words = _WORD.findall(fold(_PLACEHOLDER.sub(" ", text)))
    return [stem(w) for w in words if len(w) > 1 and w not in STOPWORDS and not w.isdigit()]


def guess_language(text: str, default: str = "en") -> str:
    """The language whose stopwords occur most in `text` (en/es/fr/de/pt), or `default` when none do."""
    words = _WORD.findall(fold(text))
    counts = {lang: sum(w in stops for w in words) for lang, stops in STOPWORDS_BY_LANGUAGE.items()}
    best = max(counts, key=lambda lang: (counts[lang], lang == default))
    return best if counts[best] else default
