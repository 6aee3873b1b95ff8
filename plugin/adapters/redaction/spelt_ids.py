"""(round 38, issue 11) An identity number dictated character by character ("N H 48 27 19 D", "Y 6 2 0 4 7 1 8 E",
"47 39 28 16 M"): single letters and short digit groups apart, read together and checked against the formats of the
numbers that mix letters and digits: a UK National Insurance number, a Spanish DNI or NIE (with its check letter),
an Irish PPS number, a Mexican CURP, a German identity card number (after its word only). The digits alone are often found already (a code
read out, a phone); the letters at either end belong to the same number, so the whole run is hidden as one
NATIONAL_ID. A run of letters and digits of no such format (a postcode, a plate, a flight) is left to its own rules.
"""
from __future__ import annotations

import re

from plugin.core.model import Span
from plugin.core.number_words import UNITS

from .casual_ids import _ie_pps
from .documents import _dni_ok

# a digit said as a word ("J T four eight two seven six one B"): the units of plugin/core/number_words.py
_SAID = {w: str(v) for w, v in UNITS.items() if len(w) > 2}
_ITEM = rf"(?:[A-Z]{{1,2}}|\d{{1,6}}|(?i:{'|'.join(sorted(_SAID, key=len, reverse=True))}))"
# single capital letters (or two) and digit groups of one to six, separated by single spaces; at least four items
_RUN = re.compile(rf"(?<![\w-])({_ITEM}(?:[ ]{_ITEM}){{3,20}})(?![\w-])")
# (people and forms write prefixes the issuer never gives, "QT", "QH": any two letters, six digits, A-D)
_NINO = re.compile(r"[A-Z]{2}\d{6}[A-D]")
_PPS = re.compile(r"\d{7}[A-W][A-IW]?")
_CURP = re.compile(r"[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d")
_DE_ID = re.compile(r"[CFGHJKLMNPRTVWXYZ](?=[0-9CFGHJKLMNPRTVWXYZ]*\d)[0-9CFGHJKLMNPRTVWXYZ]{8}\d?")


def _spanish(value: str) -> bool:
    """A DNI (8 digits) or NIE (X/Y/Z + 7 digits) with its check letter (the check is documents.py's)."""
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", value)
    return m is not None and len(m.group(1) + m.group(2)) == 8 and _dni_ok(value)


def _pps(value: str) -> bool:
    """An Irish PPS number in its shape with its check letter (the check is casual_ids.py's)."""
    return bool(_PPS.fullmatch(value)) and _ie_pps(value)


# the German card's number has no letters of its own to tell it from an order or a parcel: its word must come first
_DE_CUE = re.compile(r"(?i)ausweis|perso\b|identity card|id card|carte d'identit|documento de identidad")


def _an_id(value: str, german: bool) -> bool:
    return bool(_spanish(value) or _NINO.fullmatch(value) or _pps(value) or _CURP.fullmatch(value)
                or german and _DE_ID.fullmatch(value))


# (speed) a capital letter or two standing alone next to a digit or another lone letter: else no run can hold an id
_GATE = re.compile(r"(?<![\w-])[A-Z]{1,2} (?:\d|[A-Z]{1,2} |[a-z])|\d [A-Z](?![\w-])")


def find_spelt_ids(text: str) -> list[Span]:
    out: list[Span] = []
    if not _GATE.search(text):
        return out
    for m in _RUN.finditer(text):
        items = m.group(1).split(" ")
        chars = [_SAID.get(i.lower(), i) for i in items]
        if not any(c.isalpha() for c in chars) or not any(c.isdigit() for c in chars):
            continue
        # the longest stretch of the run that reads as an identity number (the run may hold a word's letter before it)
        german = bool(_DE_CUE.search(text, max(0, m.start() - 120), m.start()))
        best = None
        for lo in range(len(items)):
            for hi in range(len(items), lo + 1, -1):
                if _an_id("".join(chars[lo:hi]), german):
                    best = (lo, hi)
                    break
            if best:
                break
        if best:
            lo, hi = best
            start = m.start(1) + sum(len(i) + 1 for i in items[:lo])
            end = start + len(" ".join(items[lo:hi]))
            out.append(Span("NATIONAL_ID", start, end, 0.85))
    return out
