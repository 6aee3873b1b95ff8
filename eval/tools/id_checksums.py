"""Checksums of the identity numbers planted in the redaction blind sets (sets 4 and 5 keep a thin `check_ids.py`
with their file and table): the checksum must be right wherever the format has one. Prints one line per checked
category and returns 1 on a bad value (the value itself is not printed: it is planted personal data, even if
invented).

    .venv/bin/python -m eval.redaction_blindN.check_ids
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path

_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def _digits(value: str) -> str:
    return re.sub(r"[\s.\-/]", "", value)


def luhn(value: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(value)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban(value: str) -> bool:
    s = value.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def dni_nie(value: str) -> bool:
    s = value.upper()
    if s[0] in "XYZ":
        s = str("XYZ".index(s[0])) + s[1:]
    return len(s) == 9 and s[:8].isdigit() and _DNI[int(s[:8]) % 23] == s[8]


def pt_nif(value: str) -> bool:
    total = sum(int(c) * (9 - i) for i, c in enumerate(value[:8]))
    check = 11 - total % 11
    return int(value[8]) == (0 if check >= 10 else check)


def nir(value: str) -> bool:
    return int(value[:13]) % 97 == 97 - int(value[13:]) % 97 or 97 - int(value[:13]) % 97 == int(value[13:])


def fr_spi(value: str) -> bool:
    return int(value[:10]) % 511 == int(value[10:])


def de_steuer_id(value: str) -> bool:
    product = 10
    for ch in value[:10]:
        total = (int(ch) + product) % 10 or 10
        product = (2 * total) % 11
    check = 11 - product
    return int(value[10]) == (0 if check == 10 else check)


def ean13(value: str) -> bool:
    return sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(value)) % 10 == 0


def cpf(value: str) -> bool:
    d = [int(c) for c in value]
    c1 = sum(x * (10 - i) for i, x in enumerate(d[:9])) * 10 % 11 % 10
    c2 = sum(x * (11 - i) for i, x in enumerate(d[:10])) * 10 % 11 % 10
    return d[9:] == [c1, c2]


def curp(value: str) -> bool:
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(c) * (18 - i) for i, c in enumerate(value[:17]))
    return int(value[17]) == (10 - total % 10) % 10


def rfc(value: str) -> bool:
    alphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
    total = sum(alphabet.index(c) * (13 - i) for i, c in enumerate(value[:12]))
    check = 11 - total % 11
    return value[12] == ("0" if check == 11 else "A" if check == 10 else str(check))


def mrz_digit(field: str) -> str:
    weights, total = (7, 3, 1), 0
    for i, c in enumerate(field):
        v = 0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55
        total += v * weights[i % 3]
    return str(total % 10)


def mrz_line2(value: str) -> bool:
    if len(value) != 44:
        return False
    fields = [(0, 9), (13, 19), (21, 27), (28, 42)]
    if any(mrz_digit(value[a:b]) != value[b] for a, b in fields):
        return False
    composite = value[0:10] + value[13:20] + value[21:43]
    return mrz_digit(composite) == value[43]


def pps(value: str) -> bool:
    total = sum(int(c) * w for c, w in zip(value[:7], range(8, 1, -1), strict=True))
    if len(value) == 9:
        total += (ord(value[8]) - 64) * 9
    r = total % 23
    return value[7] == ("W" if r == 0 else chr(64 + r))


def uk_utr(value: str) -> bool:
    total = sum(int(c) * w for c, w in zip(value[1:], (6, 7, 8, 9, 10, 5, 4, 3, 2), strict=True))
    return value[0] == "21987654321"[total % 11]


def de_sv(value: str) -> bool:
    s = value.replace(" ", "")
    digits = s[:8] + f"{ord(s[8]) - 64:02d}" + s[9:11]
    total = 0
    for c, w in zip(digits, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1), strict=True):
        p = int(c) * w
        total += p // 10 + p % 10
    return int(s[11]) == total % 10


def at_sv(value: str) -> bool:
    s = value.replace(" ", "")
    total = sum(int(c) * w for c, w in zip(s[:3] + s[4:], (3, 7, 9, 5, 8, 4, 2, 1, 6), strict=True))
    return int(s[3]) == total % 11


def de_ausweis(value: str) -> bool:
    return mrz_digit(value[:9]) == value[9]


def pt_niss(value: str) -> bool:
    total = sum(int(c) * w for c, w in zip(value[:10], (29, 23, 19, 17, 13, 11, 7, 5, 3, 2), strict=True))
    return int(value[10]) == 9 - total % 10


def br_rg_sp(value: str) -> bool:
    total = sum(int(c) * w for c, w in zip(value[:8], range(2, 10), strict=True))
    check = 11 - total % 11
    return value[8] == ("X" if check == 10 else "0" if check == 11 else str(check))


def be_rrn(value: str) -> bool:
    return 97 - int(value[:9]) % 97 == int(value[9:])


def pt_cc(value: str) -> bool:
    """Cartão de Cidadão: 8 digits, a check digit (mod 11), two letters and a final check digit (Luhn over base 36)."""
    s = value.replace(" ", "")
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch, 36)
        if i % 2:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    weighted = sum(int(c) * (9 - i) for i, c in enumerate(s[:8]))
    return total % 10 == 0 and int(s[8]) == (11 - weighted % 11) % 11 % 10


def _de_national(value: str) -> bool:
    return de_sv(value) if re.fullmatch(r"\d{8}[A-Z]\d{3}", value) else de_ausweis(value)


def _pt_national(value: str) -> bool:
    return pt_niss(value) if value.isdigit() else pt_cc(value)


def _br_national(value: str) -> bool:
    return cpf(value) if len(value) == 11 else br_rg_sp(value)


def _ca_sin(value: str) -> bool:
    return luhn(value)


def sg_nric(value: str) -> bool:
    total = sum(int(c) * w for c, w in zip(value[1:8], (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += 4 if value[0] in "TG" else 0
    return value[8] == ("JZIHGFEDCBA" if value[0] in "ST" else "XWUTRQPNMLK")[total % 11]


def cl_rut(value: str) -> bool:
    body, check = value[:-1], value[-1].upper()
    total = sum(int(c) * w for c, w in zip(reversed(body), (2, 3, 4, 5, 6, 7) * 3, strict=False))
    r = 11 - total % 11
    return check == ("0" if r == 11 else "K" if r == 10 else str(r))


# odd-position values of the Italian codice fiscale check character (Decreto ministeriale 23 dicembre 1976, annex)
_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                    2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23), strict=True))


def codice_fiscale(value: str) -> bool:
    """16 characters; the last is a letter computed from the first 15 (odd positions by table, even by value)."""
    s = value.upper()
    total = sum(_CF_ODD[c] if i % 2 == 0 else int(c) if c.isdigit() else ord(c) - 65 for i, c in enumerate(s[:15]))
    return len(s) == 16 and s[15] == chr(65 + total % 26)


# (category, country) -> checker on the value without spaces, dots, dashes and slashes; None: the format has no checksum
Checks = Mapping[tuple[str, str], Callable[[str], bool] | None]
# the table of blind set 4; later sets add their countries to a copy
CHECKS: Checks = {
    ("national_id", "US"): None, ("national_id", "UK"): None, ("national_id", "CA"): _ca_sin,
    ("national_id", "IE"): pps, ("national_id", "ES"): dni_nie, ("national_id", "MX"): curp,
    ("national_id", "FR"): nir, ("national_id", "BE"): be_rrn, ("national_id", "CH"): ean13,
    ("national_id", "DE"): _de_national, ("national_id", "AT"): at_sv, ("national_id", "PT"): _pt_national,
    ("national_id", "BR"): _br_national,
    ("tax_id", "UK"): uk_utr, ("tax_id", "ES"): dni_nie, ("tax_id", "MX"): rfc, ("tax_id", "FR"): fr_spi,
    ("tax_id", "DE"): de_steuer_id, ("tax_id", "PT"): pt_nif,
    ("driving_licence", "ES"): dni_nie,
}
_STRIP = {"card", "iban", "national_id", "tax_id", "driving_licence"}


def main(data: Path, checks: Checks = CHECKS) -> int:
    """Check every planted card, IBAN, passport MRZ and identity number of `data` (a blind.jsonl)."""
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line]
    checked: Counter[str] = Counter()
    unchecked: Counter[str] = Counter()
    failed: Counter[tuple[str, str]] = Counter()
    for row in rows:
        for item in row["pii"]:
            cat = item["cat"]
            value = _digits(item["value"]).replace(" ", "") if cat in _STRIP else item["value"]
            check: Callable[[str], bool] | None
            if cat == "card":
                check = luhn
            elif cat == "iban":
                check = iban
            elif cat == "passport":
                check = mrz_line2 if len(value) == 44 and not value.startswith("P<") else None
            elif cat in {"national_id", "tax_id", "driving_licence"}:
                check = checks.get((cat, row["country"]))
            else:
                continue
            if check is None:
                unchecked[cat] += 1
            elif check(value):
                checked[cat] += 1
            else:
                failed[(cat, row["id"])] += 1
    for cat in sorted(set(checked) | set(unchecked) | {c for c, _ in failed}):
        print(f"{cat}: {checked[cat]} checksum right, {unchecked[cat]} in a format without a checksum")
    for (cat, rid), n in sorted(failed.items()):
        print(f"BAD {cat} in {rid} ({n})")
    return 1 if failed else 0

