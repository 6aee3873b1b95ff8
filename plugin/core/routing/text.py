"""Text folding and segmentation shared by every lexicon.

Matching runs on *folded* text: case-folded, accents stripped (``é`` -> ``e``, ``ß`` -> ``ss``), curly quotes
and dashes made plain, whitespace collapsed. Lexicon authors may therefore write ``discriminación`` or
``discriminacion``: both match both spellings, because patterns go through :func:`fold_pattern`.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Mapping

_PUNCT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                        "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
                        "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-", "\u00a0": " "})
_PUNCT_CHARS = {chr(code): char for code, char in _PUNCT.items()}
_SPACES = re.compile(r"[^\S\n]+")
_ODD_SPACE = re.compile(r"[^\S \n]")  # a space other than " " and a line break (fold then collapses spaces)
# Invisible format characters (zero-width space/joiners, word joiner, byte-order mark, soft hyphen) are dropped, so
# "I\u200bg\u200bn\u200bo\u200br\u200be" reads "ignore" rather than five one-letter words.
_INVISIBLE = dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", "")
_NEWLINES = re.compile(r"\s*\n\s*")
# Sentence ends. Lines count as sentences too: tickets are often written without full stops.
_SENTENCE_END = re.compile(r"[.!?;\n]+|\s-\s")
# Round 11: "mais" is French "but" and Portuguese "more"/"any more". It ends no clause where Portuguese reads it:
# after a negation and up to one pronoun and one verb ("não quero mais IA", "não me mandem mais"), after "nunca",
# "nada", "sem", "muito" …, or before "nenhum", "uma vez", "tarde" … (fixed-width look-behinds, one per word length).
_PT_BEFORE = ("nao", "nunca", "nada", "sem", "nem", "ainda", "muito", "bem", "pouco", "e")
_PT_MAIS = ("mais" + "".join(rf"(?<!\b{w} mais)" for w in _PT_BEFORE)  # look-behinds after the word: tried at "mais" only
            + "".join(rf"(?<!\b{neg} {pron}\w{{{n}}} mais)" for neg in ("nao", "nunca", "nem") for pron in ("", "me ", "se ")
                      for n in range(2, 15))
            + r"(?! (?:nenhum|nenhuma|nada|ninguem|uma vez|vezes|tarde|cedo|do que)\b)")
# Clause ends: also commas, colons, brackets and markup, and the word "but" in each language (negation does not
# cross them).
CLAUSE_END = re.compile(r"[.!?;:,\n()\[\]\"<>=]+|\b(?:but|however|pero|sino|aber|sondern|doch|mas|porem|" + _PT_MAIS + r")\b")


def strip_accents(text: str) -> str:
    if text.isascii():  # nothing to decompose: most tickets, and the per-character walk below is the slow part
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    for mark in [ch for ch in set(decomposed) if unicodedata.combining(ch)]:  # each distinct character looked at once
        decomposed = decomposed.replace(mark, "")
    return decomposed


def fold(text: str) -> str:
    """The form every pattern is matched against. Case-folds (``ß`` -> ``ss``); keeps line breaks, which end
    sentences, and collapses other whitespace; reads a scanned letter's zeros and ones inside words as letters
    (:func:`ocr_letters`)."""
    folded = _replace(strip_accents(_replace(text, _INVISIBLE)).casefold(), _PUNCT_CHARS)
    if "  " in folded or _ODD_SPACE.search(folded):  # else every run of spaces is one " " already: nothing to do
        folded = _SPACES.sub(" ", folded)
    if "\n" in folded:
        folded = _NEWLINES.sub("\n", folded)
    return ocr_letters(folded.strip())


# Round 8: a scanned letter read by OCR writes "o" as "0" and "l" as "1" ("P1ease ask s0me0ne t0 te1eph0ne me"). A
# word of letters with single zeros or ones between or beside them (never two digits side by side, never another
# digit: "10am", "b2b", "4471-0" and every number stay as they are) is read with the letters it stands for.
# (the hint: a letter before or after a 0 or 1, written to start with the digit, so the engine skips to each 0 and 1)
_OCR_HINT = re.compile(r"[01](?:(?<=[^\W\d_][01])|(?=[^\W\d_]))")
_OCR_WORD = re.compile(r"(?<![\w])(?=\w*[01])(?:[^\W\d_]|[01](?![\d]))+(?![\w])")
_OCR_DIGITS = str.maketrans("01", "ol")


def ocr_letters(text: str) -> str:
    """``text`` with the OCR zeros and ones of its words read as "o" and "l" (see above); other text unchanged."""
    if _OCR_HINT.search(text) is None:  # almost every message: one scan
        return text
    return _OCR_WORD.sub(lambda m: m.group().translate(_OCR_DIGITS) if not m.group().isdigit() else m.group(), text)


def _replace(text: str, table: Mapping[str, str]) -> str:
    """``text.translate`` for a table of single characters whose results are no keys of it: a few scans of
    ``str.replace`` are many times faster than ``translate``'s character-by-character walk of a non-ASCII text."""
    for char, value in table.items():
        if char in text:
            text = text.replace(char, value)
    return text


_Trie = dict[str, "_Trie"]


def word_trie(words: Iterable[str]) -> str:
    """A regex matching exactly the strings ``words``, written as a trie of their characters ("b(?:oyfriend|r(?:other|
    uder))") so that the engine compares a word's letters once instead of trying every alternative in turn. Put it
    between ``(?<!\\w)`` and ``(?!\\w)`` and the only string it can match at a word start is the whole word, whatever the
    order of the alternatives: the same matches as the plain alternation of ``words``, several times faster."""
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        alts = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" not in node:
            return body
        return body + "?" if len(alts) == 1 and len(body) == 1 else f"(?:{'|'.join(alts)})?"
    return emit(root)


def fold_pattern(pattern: str) -> str:
    """Accent-strip a lexicon pattern without touching regex escapes (``\\S`` must stay upper case)."""
    return strip_accents(pattern).replace("ß", "ss").translate(_PUNCT)


def _spans(text: str, ends: re.Pattern[str]) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in ends.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, 0)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    return _spans(text, _SENTENCE_END)


def clause_spans(text: str) -> list[tuple[int, int]]:
    return _spans(text, CLAUSE_END)


def index_of(spans: list[tuple[int, int]], pos: int) -> int:
    """Index of the span containing ``pos`` (or the nearest one before it). Spans are sorted."""
    return max(bisect_right(spans, (pos, float("inf"))) - 1, 0)
