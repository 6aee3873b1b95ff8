"""(round 23) National and tax ids typed casually: the cue word a sentence or two before, the value where the writer
put it ("Steuer-ID braucht ihr ja nicht, oder? 57193840268", "my PPS number got asked for on the form, it's
6270418A", "numéro fiscal, puisque vous le demandez pour la facture : 3017482296213").

documents.py hides an id right after its cue, or after a short clause that names no other value. Here the value may
stand farther (up to _WINDOW characters after the cue, in the same paragraph, whatever stands between), so each
format is taken only when its check digits hold (where the format has none, the US SSN, only its ranges):
- DE Steuer-ID (11 digits, ISO 7064 MOD 11,10), DE Rentenversicherungsnummer (area, birth date, letter, serial, check
  digit), DE Personalausweis (9 characters and a 7-3-1 check digit), AT Sozialversicherungsnummer (4 digits with a
  weighted check digit, then the birth date);
- FR numéro fiscal (SPI: 13 digits, the last three the first ten modulo 511);
- PT NIF (9 digits, modulo 11); IE PPS (7 digits and a check letter, modulo 23); CA SIN (Luhn);
- US SSN (no check digit: no area 000, 666 or 9xx, no group 00, no serial 0000).
Cue words and formats were written for the round from the formats' public definitions, not from any evaluation set.
"""
from __future__ import annotations

import re

from plugin.core.guards import luhn
from plugin.core.model import Span

_WINDOW = 160

_CUES: dict[str, str] = {
    "de_tax": r"steuer[- ]?id|steuer-?identifikationsnummer|steueridentifikationsnummer|steuer-?nummer|idnr|"
              r"identifikationsnummer|tax id|tax number",
    "de_rv": r"rentenversicherungs-?nummer|rentenvers\.?-?nr|rv-?nummer|rv-?nr|sozialversicherungs-?nummer|"
             r"versicherungsnummer|sv-?nummer|sv-?nr",
    "de_ausweis": r"personalausweis(?:nummer|-?nr)?|ausweis(?:nummer|-?nr)?|id card|identity card",
    "at_sv": r"sozialversicherungs-?nummer|versicherungsnummer|sv-?nummer|sv-?nr|svnr|(?-i:SV)|e-?card",
    "fr_spi": r"num[ée]ro fiscal|n[°º] fiscal|identifiant fiscal|num[ée]ro d'identification fiscale|(?-i:SPI)|"
              r"num[ée]ro de contribuable",
    "pt_nif": r"(?-i:NIF)|nif|contribuinte|n[uú]mero fiscal|n[uú]mero de identifica[cç][aã]o fiscal",
    "ie_pps": r"ppsn?|personal public service",
    "ca_sin": r"(?-i:SIN)|social insurance|(?-i:NAS)|assurance sociale",
    "us_ssn": r"ssn|social security",
}
_CUE = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(_CUES.values()) + r")(?![\w])")
_KIND_CUE = {k: re.compile(rf"(?i)(?:{v})") for k, v in _CUES.items()}  # one cue may name two kinds ("SV-Nr.": DE, AT)

_VALUES: dict[str, re.Pattern[str]] = {
    "de_tax": re.compile(r"(?<![\w.,/-])([1-9]\d(?: ?\d{3}){3})(?![\w/-]|[.,]\d)"),
    "de_rv": re.compile(r"(?<![\w.,/-])(\d{2} ?\d{6} ?[A-Z] ?\d{2} ?\d)(?![\w/-]|[.,]\d)"),
    "de_ausweis": re.compile(r"(?<![\w.,/-])([CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d)(?![\w/-])"),
    "at_sv": re.compile(r"(?<![\w.,/-])(\d{4} ?\d{6})(?![\w/-]|[.,]\d)"),
    "fr_spi": re.compile(r"(?<![\w.,/-])([0-3]\d(?: ?\d){11})(?![\w/-]|[.,]\d)"),
    "pt_nif": re.compile(r"(?<![\w.,/-])([1235689]\d{2} ?\d{3} ?\d{3})(?![\w/-]|[.,]\d)"),
    "ie_pps": re.compile(r"(?<![\w.,/-])(\d{7}[A-W][ABWTXZ]?)(?![\w/-])"),
    "ca_sin": re.compile(r"(?<![\w.,/-])(\d{3}[ -]?\d{3}[ -]?\d{3})(?![\w/-]|[.,]\d)"),
    "us_ssn": re.compile(r"(?<![\w.,/-])(\d{3}-?\d{2}-?\d{4}|\d{3} \d{2} \d{4})(?![\w/-]|[.,]\d)"),
}


def _de_tax(v: str) -> bool:
    d = [int(c) for c in v]
    if len(d) != 11 or d[0] == 0:
        return False
    product = 10
    for digit in d[:10]:
        total = (digit + product) % 10 or 10
        product = (total * 2) % 11
    return (11 - product) % 10 == d[10]


def _de_rv(v: str) -> bool:
    if len(v) != 12 or not (v[:8].isdigit() and v[8].isalpha() and v[9:].isdigit()):
        return False
    dd, mm = int(v[2:4]), int(v[4:6])
    if not (1 <= dd <= 31 and 1 <= mm <= 12):
        return False
    digits = [int(c) for c in v[:8] + f"{ord(v[8]) - 64:02d}" + v[9:11]]
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(sum(divmod(d * w, 10)) for d, w in zip(digits, weights, strict=True))
    return total % 10 == int(v[11])


def _de_ausweis(v: str) -> bool:
    values = [int(c) if c.isdigit() else ord(c) - 55 for c in v[:9]]
    return sum(x * (7, 3, 1)[i % 3] for i, x in enumerate(values)) % 10 == int(v[9])


def _at_sv(v: str) -> bool:
    d = [int(c) for c in v]
    if len(d) != 10 or d[0] == 0 or not (1 <= int(v[4:6]) <= 31 and 1 <= int(v[6:8]) <= 12):
        return False
    check = sum(x * w for x, w in zip(d[:3] + d[4:], (3, 7, 9, 5, 8, 4, 2, 1, 6), strict=True)) % 11
    return check == d[3]


def _fr_spi(v: str) -> bool:
    return len(v) == 13 and int(v[:10]) % 511 == int(v[10:])


def _pt_nif(v: str) -> bool:
    d = [int(c) for c in v]
    if len(d) != 9:
        return False
    check = 11 - sum(x * (9 - i) for i, x in enumerate(d[:8])) % 11
    return (0 if check >= 10 else check) == d[8]


def _ie_pps(v: str) -> bool:
    digits, letters = v[:7], v[7:]
    total = sum(int(c) * (8 - i) for i, c in enumerate(digits))
    if len(letters) == 2 and letters[1] != "W":
        total += (ord(letters[1]) - 64) * 9
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == letters[0]


def _us_ssn(v: str) -> bool:
    return len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000"


_CHECKS = {"de_tax": _de_tax, "de_rv": _de_rv, "de_ausweis": _de_ausweis, "at_sv": _at_sv, "fr_spi": _fr_spi,
           "pt_nif": _pt_nif, "ie_pps": _ie_pps, "ca_sin": lambda v: len(v) == 9 and luhn(v), "us_ssn": _us_ssn}


_LETTERED = frozenset({"de_rv", "de_ausweis", "ie_pps"})


def find_casual_ids(text: str) -> list[Span]:
    out: list[Span] = []
    for cue in _CUE.finditer(text):
        limit = min(len(text), cue.end() + _WINDOW)
        stop = text.find("\n\n", cue.end(), limit)
        for kind, pattern in _KIND_CUE.items():
            if not pattern.fullmatch(cue.group()):
                continue
            # the paragraph's end closes the window, but for a format with letters inside (its shape is its own cue:
            # "Rentenversicherungsnummer ungültig“⏎⏎Eingegeben habe ich 65120776K605")
            end = limit if stop < 0 or kind in _LETTERED else stop
            for m in _VALUES[kind].finditer(text, cue.end(), end):
                value = re.sub(r"[ -]", "", m.group(1))
                if _CHECKS[kind](value):
                    out.append(Span("US_SSN" if kind == "us_ssn" else "NATIONAL_ID", m.start(1), m.end(1), 0.8))
                    break  # the first value of the cue's kind
    return out
