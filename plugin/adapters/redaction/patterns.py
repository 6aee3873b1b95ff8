"""Contact and payment values: e-mails (plain and obfuscated), phones (digits and words), cards, IBANs, US SSNs, IPs.

Pure regex with checksums (Luhn, IBAN mod 97); rules.py runs these with the other rule modules.
"""
from __future__ import annotations

import ipaddress
import re

from plugin.core.guards import luhn
from plugin.core.model import Span

from . import keep
from .cues import factored

_TLDS = (r"com|org|net|edu|gov|mil|int|io|co|uk|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|pt|br|in|au|ca|us|"
         r"info|biz|me|ai|app|dev|eu|ie|jp|cn|ru|mx|ar|za|nz|sg|hk|tv|xyz|online|email|cz|gr|hu|ro|tr|il")
EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_AT = r"(?:[ \t]*[\[({<][ \t]*at[ \t]*[\])}>][ \t]*|[ \t]+at[ \t]+|[ \t]*@[ \t]*)"
_DOT = r"(?:[ \t]*[\[({<][ \t]*(?:dot|\.)[ \t]*[\])}>][ \t]*|[ \t]+dot[ \t]+|\.)"
_LABEL = r"[A-Za-z0-9][A-Za-z0-9_-]*"
OBFUSCATED_EMAIL = re.compile(
    rf"(?<![\w.])({_LABEL}(?:{_DOT}{_LABEL})*)({_AT})({_LABEL}(?:{_DOT}{_LABEL})*{_DOT}(?:{_TLDS}))\b", re.I)

# A literal "\\n" (text escaped twice on its way to us) counts as a boundary too.
PHONE = re.compile(r"(?:(?<=\\[n,])|(?<![\w+#/$€£¥.,-]))(?:\+|00|\()?\d[\d \u00a0().-]{4,24}\d"
                   r"(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,6})?(?!\w|-\d|\.\d)", re.I)
# Cue words before a phone number, in the five languages (a bare run of 9+ digits is a phone only after one):
# English; es teléfono, tfno, móvil, celular, fijo, llamar; fr téléphone, tél, portable, appeler, joindre;
# de Telefon(nummer), Handy(nummer), Mobil(nummer), Rufnummer, Festnetz, erreichbar; pt telefone, telemóvel,
# celular, ligar. "número", "Nummer", "numéro" alone are not cues: they precede order and customer numbers too.
_PHONE_CONTEXT = re.compile(r"(?i)\b(?:phone|tel|telephone|mobile|cell|call|text|whatsapp|sms|fax|"
                            r"reach|ring|dial|number|no\.?|messages|registered|"
                            r"tel[eé]fono|tfno|tlf|m[oó]vil|celular|cel|fijo|ll[aá]m[a-zá]*|"
                            r"t[eé]l[eé]phone|t[eé]l|portable|appele[rz]|rappele[rz]|joindre|joignable|"
                            r"telefon(?:nummer)?|handy(?:nummer)?|mobil(?:nummer|telefon|funknummer)?|rufnummer|"
                            r"festnetz(?:nummer)?|erreichbar|telefone|telem[oó]vel|ligar|ligue(?:m)?)\b[^\n\d]{0,20}$")
_PHONE_AFTER = re.compile(r"(?i)^[ \t:(-]{0,3}(?:office|mobile|cell|fax|home|work|landline|phone|tel|"
                          r"m[oó]vil|celular|fijo|portable|fixe|handy|mobil|festnetz|telem[oó]vel|fixo|erreichbar|anrufen)\b")
_NOT_PHONE = re.compile(r"(?i)\b(?:zip|postcode|post code|postal code|plz|cap|cep)\b[^\n\d]{0,8}$")
_EXTENSION = re.compile(r"(?i)[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,6}$")
_NANP = re.compile(r"1?[2-9]\d\d[2-9]\d{6}")  # a bare 10-digit North American number
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
CARD = re.compile(r"(?<![\w.,-])\d(?:[ -]?\d){11,18}(?![\w-]|[.,]\d)")
_CARD_GROUPS = ([4, 6, 5], [4, 6, 4])  # Amex, Diners; others are groups of four
_CARD_PREFIX = re.compile(r"4|5[1-5]|2[2-7]|3[0-9]|6|1800|2131|50|5[6-9]")
IBAN = re.compile(r"(?<![\w-])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{1,4}){3,8}(?![\w-])", re.I)
SSN = re.compile(r"(?<![\w-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\w-])")
SSN_BARE = re.compile(r"(?i)\b(?:ssn|social security(?: number| no\.?)?|sin)\b\D{0,15}((?!000|666|9)\d{9})\b")
IPV4 = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)")
IPV6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")


# IBAN length per country (SWIFT IBAN registry, https://www.swift.com/standards/data-standards/iban): a value of
# another length, or of a country without IBANs ("AR3094…", an Argentine tracking number), is no IBAN even when
# its mod-97 check happens to hold (one value in 97 does).
IBAN_LENGTHS = dict(pair.split(":") for pair in (
    "AD:24 AE:23 AL:28 AT:20 AZ:28 BA:20 BE:16 BG:22 BH:22 BR:29 BY:28 CH:21 CR:22 CY:28 CZ:24 DE:22 DK:18 DO:28 "
    "EE:20 EG:29 ES:24 FI:18 FO:18 FR:27 GB:22 GE:22 GI:23 GL:18 GR:27 GT:28 HR:21 HU:28 IE:22 IL:23 IQ:23 IS:26 "
    "IT:27 JO:30 KW:30 KZ:20 LB:28 LC:32 LI:21 LT:20 LU:20 LV:21 MC:27 MD:24 ME:22 MK:19 MR:27 MT:31 MU:30 NL:18 "
    "NO:15 PK:24 PL:28 PS:29 PT:25 QA:29 RO:24 RS:22 SA:24 SC:31 SE:24 SI:19 SK:24 SM:27 ST:25 SV:28 TL:23 TN:24 "
    "TR:26 UA:29 VA:22 VG:24 XK:20").split())


def iban_ok(value: str) -> bool:
    v = value.replace(" ", "").upper()
    if str(len(v)) != IBAN_LENGTHS.get(v[:2]) or not v[2:4].isdigit():
        return False
    rearranged = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def find_emails(text: str) -> list[Span]:
    out = [Span("EMAIL_ADDRESS", m.start(), m.end(), 1.0) for m in EMAIL.finditer(text)]
    for m in OBFUSCATED_EMAIL.finditer(text):
        at, rest = m.group(2), m.group(3)
        plain_dots = not re.search(r"[\[({<]|\bdot\b", rest, re.I)
        if "@" in at and plain_dots:
            continue  # an ordinary address, found above
        if at.strip().lower() == "at" and plain_dots:
            continue  # "look at example.com" is prose, not an address
        out.append(Span("EMAIL_ADDRESS", m.start(), m.end(), 0.9))
    return out


def _ip_shaped(body: str) -> bool:
    """An IPv4 address: four dotted groups of at most 255, none opening with a zero. (round 35) A dotted phone of four
    groups of nine digits or more ("079.555.31.62", "612.48.30.97") with a group over 255 or a leading zero is a
    phone, not an address nor a version."""
    if not IPV4.fullmatch(body):
        return False
    groups = body.split(".")
    return sum(map(len, groups)) < 9 or all(int(g) <= 255 and (g == "0" or not g.startswith("0")) for g in groups)


def _phone_ok(text: str, start: int, raw: str) -> bool:
    body = _EXTENSION.sub("", raw)
    digits = re.sub(r"\D", "", body)
    if not 6 <= len(digits) <= 15 or body.count("(") != body.count(")"):
        return False
    if re.search(r"[ .\u00a0-]{2,}|\(\s*\)", body) or keep.is_date(body) or _ip_shaped(body):
        return False
    has_prefix = body.startswith(("+", "00"))
    has_sep = bool(re.search(r"[ .\u00a0()-]", body))
    before = text[max(0, start - 40):start]
    if _NOT_PHONE.search(before):
        return False
    if re.search(r"(?<![\w-])[A-Z]{2,4}[ \t]$", before) and not re.search(r"(?i)(?:tel|tél|fax|mob|tlf|ph|cel|fon)[ \t]$", before):
        return False  # a carrier's capitals before the digits: "CLX 9917 3320 5" is a parcel number
    if re.fullmatch(r"\d{4,5}-\d{3}", body) and re.match(r"[ \t]+[A-ZÀ-Þ]", text[start + len(raw):]):
        return False  # a Portuguese or Brazilian postcode before its town ("1100-053 Lisboa")
    context = bool(_PHONE_CONTEXT.search(before) or _PHONE_AFTER.match(text[start + len(raw):start + len(raw) + 15]))
    if _THOUSANDS.fullmatch(body) and not context:
        return False  # 1.234.567 is an amount
    if has_prefix:
        return len(digits) >= 8
    if len(digits) == 6:
        return has_sep and context  # "call 61 60 34"
    return has_sep or (context and len(digits) >= 9) or bool(_NANP.fullmatch(digits))


# (round 33) a German or Austrian area code before a slash ("Festnetz 030/12345678", "Tel. 0711 / 234 56 78"): after a
# phone's cue, or with nine digits or more
_SLASH_PHONE = re.compile(r"(?<![\w/.,-])0\d{2,5}[ \t]?/[ \t]?\d[\d \t-]{3,12}\d(?![\w/]|[.,]\d)")


_OR_BARE = re.compile(r"(?i)[ \t,]*\)?[ \t,]*(?:or|ou|o|oder|und|and|et|y|e)[ \t]+(?:(?:on|at|au|al|ao|no|unter|sur|le|el|o)[ \t]+)?"
                      r"(\+?\d{9,13})(?![\w.,/-]\w|\w)")


# (round 38) dashes and dots a word processor or a phone keyboard puts between a number's groups ("(720) 555–0139",
# "(11) 98412‑3307", "608·555·0192"): read as the hyphen and the dot, one character for one, so offsets stay
_DASHES = str.maketrans({"–": "-", "‑": "-", "‒": "-", "‐": "-", "·": "."})


def find_phones(text: str) -> list[Span]:
    out = []
    original = text
    if any(c in text for c in "–‑‒‐·"):
        text = text.translate(_DASHES)
    for m in PHONE.finditer(text):
        raw, at = m.group(0).rstrip(").- "), m.start()
        if raw.startswith("(") and ")" not in raw and "." not in raw:
            raw, at = raw[1:], at + 1  # (round 39) a number in brackets: "(07700 900 627)"; not a dotted parcel number
        if original is not text and original[at:at + len(raw)] != raw and sum(c.isdigit() for c in raw) < 9:
            continue  # a range with an en dash ("2019–2020", "pp. 112–118"): a phone so written has nine digits or more
        if _phone_ok(text, at, raw):
            out.append(Span("PHONE_NUMBER", at, at + len(raw), 0.7))
    # (round 35) a second number joined to a phone by "or" ("06 12 34 56 78 ou au 0712345678", "o al 600123456"): a
    # bare run of nine to thirteen digits is a phone too
    for phone in list(out):
        alt = _OR_BARE.match(text, phone.end)
        if alt and not keep.is_identifier(alt.group(1)):
            out.append(Span("PHONE_NUMBER", alt.start(1), alt.end(1), 0.7))
    for m in _SLASH_PHONE.finditer(text) if "/" in text else ():
        digits = sum(c.isdigit() for c in m.group())
        if 7 <= digits <= 13 and (digits >= 9 or _PHONE_CONTEXT.search(text[max(0, m.start() - 40):m.start()])):
            out.append(Span("PHONE_NUMBER", m.start(), m.end(), 0.7))
    # (round 38) a country code with the trunk zero in brackets and an area code before a slash ("+43 (0) 664 / 381 27
    # 90", "+49 (0)30 / 2345 678"): the prefix joins the number after it
    for phone in list(out) if "(0)" in text else ():
        head = _TRUNK_PREFIX.search(text, max(0, phone.start - 24), phone.start)
        if head:
            out.append(Span("PHONE_NUMBER", head.start(), phone.end, 0.7))
    out.extend(_loose_phones(original))
    return out


# (round 39) a phone whose groups are parted by slashes, middle dots, Unicode dashes or spaced separators, mixed or not
# ("06/48/19/72/35", "654 · 28 · 19 · 37", "0221 – 55 48 / 19 73", "+43 (0)316 / 55 82 - 47", "(+351) 915.552.047"):
# the separators are read as one before the digit count. Nine to thirteen digits, and a phone's cue before it, or a
# phone's opening (0, +, a bracketed code) or a middle dot; never a date (12/05/2026), a time or an amount.
_LOOSE_SEP = r"(?:[ \t\u00a0]*[-/.·–‑‒‐—][ \t\u00a0]*|[ \t\u00a0])"
_LOOSE_PHONE = re.compile(rf"(?<![\w+#/$€£¥.,:-])(?:\(\+?\d{{1,4}}\)[ \t]*|\+\d{{1,3}}[ \t]*(?:\(0\)[ \t]*)?)?\d{{1,5}}"
                          rf"(?:{_LOOSE_SEP}\d{{1,5}}){{1,12}}(?![\w/:]|[.,]\d|[ \t]*[%€$£])")
_LOOSE_CONTEXT = re.compile(_PHONE_CONTEXT.pattern.replace("{0,20}$", "{0,40}$"), _PHONE_CONTEXT.flags)
_ODD_SEP = re.compile(r"[/·–‑‒‐—]|[ \t\u00a0][-.]|[-.][ \t\u00a0]")
_FULL_DATE = re.compile(r"(?<!\d)(?:[0-3]?\d[ \t]*([./-])[ \t]*[01]?\d[ \t]*\1[ \t]*(?:19|20)\d\d"
                        r"|(?:19|20)\d\d[ \t]*([./-])[ \t]*[01]?\d[ \t]*\2[ \t]*[0-3]?\d)(?!\d)")


def _loose_phones(text: str) -> list[Span]:
    if not any(c in text for c in "/·–‑‒‐—") and "(+" not in text and not re.search(r"\d[ \t][-.][ \t]\d", text):
        return []
    out = []
    for m in _LOOSE_PHONE.finditer(text):
        raw = m.group().rstrip(" \t")
        digits = sum(c.isdigit() for c in raw)
        if not 9 <= digits <= 13 or not (_ODD_SEP.search(raw) or raw.startswith("(+")) or _FULL_DATE.search(raw):
            continue
        if re.search(r"\d{5}", raw) and not raw.startswith(("+", "(")) and "·" not in raw:
            continue  # a reference or an amount with a long group ("2024/00123 45")
        before = text[max(0, m.start() - 40):m.start()]
        if _NOT_PHONE.search(before):
            continue
        cue = _LOOSE_CONTEXT.search(text[max(0, m.start() - 60):m.start()]) or _PHONE_AFTER.match(text[m.end():m.end() + 15])
        if cue or raw.startswith(("0", "+", "(")) or "·" in raw:
            out.append(Span("PHONE_NUMBER", m.start(), m.start() + len(raw), 0.7))
    return out


_TRUNK_PREFIX = re.compile(r"\+\d{1,3}[ \t]*\(0\)[ \t]*\d{1,5}[ \t]*/[ \t]*$")


def find_cards(text: str) -> list[Span]:
    out = []
    for m in CARD.finditer(text):
        raw = m.group(0)
        digits = re.sub(r"\D", "", raw)
        seps = set(re.findall(r"[ -]", raw))
        if len(seps) > 1 or not luhn(digits) or len(set(digits)) == 1:
            continue
        if digits[0] == "0" or (not seps and not _CARD_PREFIX.match(digits)):
            continue
        groups = [len(g) for g in re.split(r"[ -]", raw)]
        if seps and groups[0] != 4 or seps and groups not in _CARD_GROUPS and set(groups[1:-1]) != {4}:
            continue  # 001-955-684-9529 is a phone that happens to pass Luhn
        out.append(Span("CREDIT_CARD", m.start(), m.end(), 1.0))
    return out


def find_ibans(text: str) -> list[Span]:
    out = []
    for m in IBAN.finditer(text):
        parts = m.group(0).split(" ")
        for n in range(len(parts), 0, -1):  # a greedy match may have swallowed a trailing word
            candidate = " ".join(parts[:n])
            if iban_ok(candidate):
                out.append(Span("IBAN_CODE", m.start(), m.start() + len(candidate), 1.0))
                break
    return out


def find_ssns(text: str) -> list[Span]:
    out = [Span("US_SSN", m.start(), m.end(), 0.85) for m in SSN.finditer(text)]
    out += [Span("US_SSN", m.start(1), m.end(1), 0.8) for m in SSN_BARE.finditer(text)]
    return out


def find_ips(text: str) -> list[Span]:
    out = []
    for m in list(IPV4.finditer(text)) + list(IPV6.finditer(text)):
        if m.group(0).count(":") == 1:
            continue
        try:
            ipaddress.ip_address(m.group(0))
        except ValueError:
            continue
        out.append(Span("IP_ADDRESS", m.start(), m.end(), 0.9))
    return out


# Phone numbers spelt out in words ("six one three five five five…", "zéro six, douze, trente-quatre…"): six or
# more number words in a row, in any of the five languages (French tens joined by hyphens count as one word).
# Numerals as people say a phone number in pairs: units, teens and tens of the five languages, German compounds
# ("achtundvierzig"), and the connectors inside a number ("trente et un", "cincuenta y cinco", "vinte e dois").
_NUMBER_WORDS = factored("zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|ten|eleven|twelve|"
                 "(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|"
                 "cero|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
                 "dieci\\w+|veinte|veinti\\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|"
                 "zéro|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
                 "vingt|trente|quarante|cinquante|soixante|quatre-vingts?|septante|huitante|octante|nonante|cents?|"
                 "null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|"
                 "(?:drei|vier|fünf|sech|sieb|acht|neun)zehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|"
                 "neunzig|(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(?:zwanzig|dreißig|vierzig|fünfzig|"
                 "sechzig|siebzig|achtzig|neunzig)|hundert|"
                 "um|dois|duas|três|quatro|meia|sete|oito|nove|dez|onze|doze|treze|catorze|quinze|dezesseis|"
                 "dezasseis|dezessete|dezassete|dezoito|dezenove|dezanove|vinte|trinta|quarenta|cinquenta|sessenta|"
                 "setenta|oitenta|noventa|cem|cento|duzentos|trezentos|quatrocentos|quinhentos|seiscentos|setecentos|"
                 "oitocentos|novecentos|ciento|doscientos|trescientos|cuatrocientos|quinientos|seiscientos|"
                 "setecientos|ochocientos|novecientos")  # (round 18) Swiss French tens, Romance hundreds
NUMBER_WORD = rf"(?:{_NUMBER_WORDS})(?:-(?:et-)?(?:{_NUMBER_WORDS}))*"
PHONE_WORDS = re.compile(rf"(?i)(?<![\w-]){NUMBER_WORD}(?:[ \t,.-]+(?:(?:y|et|e|and)[ \t]+)?{NUMBER_WORD}){{5,}}"
                         r"(?![\w-])")


def find_phone_words(text: str) -> list[Span]:
    return [Span("PHONE_NUMBER", m.start(), m.end(), 0.7) for m in PHONE_WORDS.finditer(text)]
