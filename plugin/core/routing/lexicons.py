"""The per-language routing lexicons, merged per family and compiled once, on first use.

All five lexicons are applied to every message: tickets mix languages ("Black Friday" in a Spanish ticket, an
English signature under a German complaint). Since issue 12 a lexicon hit is a *feature* of the learnt decision
(features.py), never a route by itself. The identity words the lexicons used to hold (CHARACTERISTICS, PROXIES)
are gone: identity.py masks every identity expression from a vocabulary built from licensed data.
"""
from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from . import lexicon_de, lexicon_en, lexicon_es, lexicon_fr, lexicon_pt
from .text import fold, fold_pattern

LEXICONS: tuple[ModuleType, ...] = (lexicon_en, lexicon_es, lexicon_fr, lexicon_de, lexicon_pt)
LIST_FIELDS = ("NOT_BIAS", "ADVERSE", "EXCLUSION", "REPORTED", "AI_TERMS", "NEGATION", "NOT_WANTED", "HANDOFF", "APPEAL",
               "AI_WRONG", "BOT_QUESTION", "OPT_OUT", "OPT_IN", "DIFFERENTIAL", "CONTACT", "NOT_HANDOFF")
DICT_FIELDS = ("STRONG",)  # canonical key -> patterns; the key no longer matters to routing


def compile_patterns(patterns: list[str]) -> re.Pattern[str]:
    """One whole-word alternation. An empty list never matches. Plain ``re``: each family now runs once per
    message (features.py), so compile time, not match time, is what counts (benchmarks/routing/README.md)."""
    if not patterns:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(?:" + "|".join(fold_pattern(p) for p in patterns) + r")(?!\w)")


def raw_lists() -> dict[str, list[str]]:
    """Every family's patterns, all languages together, in lexicon order."""
    out = {name: [p for lex in LEXICONS for p in getattr(lex, name)] for name in LIST_FIELDS}
    out["STRONG"] = [p for lex in LEXICONS for ps in lex.STRONG.values() for p in ps]
    return out


@cache
def compiled_lists() -> dict[str, re.Pattern[str]]:
    return {name: compile_patterns(patterns) for name, patterns in raw_lists().items()}


@cache
def _strong_by_key() -> dict[str, re.Pattern[str]]:
    merged: dict[str, list[str]] = {}
    for lex in LEXICONS:
        for key, patterns in lex.STRONG.items():
            merged.setdefault(key, []).extend(patterns)
    return {key: compile_patterns(patterns) for key, patterns in merged.items() if key}


def strong_characteristics(words: list[str]) -> list[str]:
    """The characteristic a strong word names ("racist" -> race), for the agent; never used to route."""
    return [key for key, rx in _strong_by_key().items() if any(rx.fullmatch(w) for w in words)]


@cache
def stopwords() -> dict[str, frozenset[str]]:
    """language -> folded stop words (for language detection)."""
    return {lex.LANG: frozenset(fold(w) for w in lex.STOPWORDS) for lex in LEXICONS}
