"""(round 34, issue 11) Vehicle licence plates, by country format.

A plate is hidden when a plate word stands shortly before it (cues.toml plate_cue: "registration", "matrícula",
"plaque", "Kennzeichen", "targa", "placa"…; a vehicle word such as "car", "Fahrzeug", "voiture" counts when it stands
right before), or, for the few formats no order number or postcode takes, on its own:
- UK since 2001 "YK19 WRT" (two letters, two digits, a space, three letters),
- France SIV "AB-123-CD" (with its dashes),
- Spain since 2000 "4821 KHT" (four digits, a space or dash, three consonants),
- Brazil Mercosul "RKT4E21" (three letters, digit, letter, two digits).
With a cue: Ireland "12-D-3456", Germany "HH-JB 4721", "B AB 123E", Austria "W-48213K", Switzerland "GE 481 207",
Portugal "AA-00-AA", Italy "AB 123 CD", Brazil "ABC-1234", Mexico "ABC-123-A", the Netherlands "12-ABC-3", and a
US-style loose "7ABC123" right after the cue. Never inside a value the keep list protects (an order number named by
its cue, keep.protected_ranges), never a token that runs on into a longer one ("AB-123-CD-9").

When the plate is spelt out right after it ("4821 KHT. Ka de kilo, hache, te", "YK19 WRT, Yankee Kilo one nine,
Whiskey Romeo Tango"), the spelling is hidden too: a run of letters, letters' names, spelling-alphabet words and digit
words whose letters and digits are the plate's own.

Formats: the countries' public registration rules (UK DVLA, France SIV, Spain DGT, Brazil Mercosul, Germany FZV,
Austria KDV, Switzerland VZV cantons, Portugal IMT, Italy, Ireland, Mexico NOM-001-SCT-2, Netherlands RDW
sidecodes); written for this repository.
"""
from __future__ import annotations

import functools
import re

from plugin.core.model import Span

from . import keep
from .cues import alternation

_L = "A-Z"
_CH_CANTONS = "AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH"
_ES_LETTERS = "BCDFGHJKLMNPRSTVWXYZ"
_EDGE_L = r"(?<![\w@/#.-])"
_EDGE_R = r"(?![\w@/-]|\.\w|-\w)"

# formats that stand alone (no cue needed)
_DISTINCT = re.compile(
    _EDGE_L + "(?:"
    r"[A-Z]{2}\d{2} [A-Z]{3}"  # UK current
    r"|[A-Z]{2}-\d{3}-[A-Z]{2}"  # FR SIV
    rf"|\d{{4}}[ -][{_ES_LETTERS}]{{3}}"  # ES
    r"|[A-Z]{3}\d[A-Z]\d{2}"  # BR Mercosul
    ")" + _EDGE_R)
# formats that need a plate word before them
_CUED = re.compile(
    _EDGE_L + "(?:"
    r"[A-Z]{2}\d{2} ?[A-Z]{3}"  # UK current, joined
    r"|\d{2,3}-[A-Z]{1,2}-\d{1,6}"  # IE
    r"|[A-Z]{2}[ -]\d{3}[ -][A-Z]{2}"  # FR SIV / IT
    r"|[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} ?\d{1,4}[EH]?"  # DE
    r"|[A-Z]{1,2}[- ]\d{1,6} ?[A-Z]{1,3}"  # AT (W-48213K, W 12345 X)
    rf"|(?:{_CH_CANTONS})[ -]?\d{{1,3}}(?: ?\d{{3}})?"  # CH
    rf"|\d{{4}}[ -]?[{_ES_LETTERS}]{{3}}"  # ES
    r"|[A-Z]{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}"  # PT
    r"|[A-Z]{3}\d[A-Z]\d{2}|[A-Z]{3}-?\d{4}"  # BR
    r"|[A-Z]{3}-?\d{2,3}-?[A-Z0-9]{1,2}"  # MX
    r"|[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,2}"  # NL sidecodes
    r"|(?:\d{3}[ -]?[A-Z]{3}|[A-Z]{3}[ -]?\d{3})(?=[ \t]*(?:[.,;!?)\n]|$))"  # AU, NZ, ending its clause (round 38)
    ")" + _EDGE_R)
# US and other loose formats: only right after the plate word ("plate is 8KTR440", "tag: 7XYZ 221")
_LOOSE = re.compile(_EDGE_L + r"(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4}" + _EDGE_R)


@functools.cache
def _cue() -> re.Pattern[str]:
    # the cue, then up to a few words ("registration of the van is", "matrícula del vehículo?", "zum Übertragen:"), at
    # most one line break (a call's answer on the next turn: "Agente: ¿Y la matrícula?⏎Cliente: 4821 KHT")
    return re.compile(rf"(?i)(?<![\w-])(?:{alternation('plate_cue')})(?![\w-])[^\n]{{0,40}}(?:\n[^\n:]{{0,25}}:)?[ \t:#]*$")


@functools.cache
def _vehicle() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w-])(?:{alternation('vehicle')})(?![\w-])[ \t]*(?:[:(]|is|es|est|ist|é|-)?[ \t]*$")


@functools.cache
def _reference_cue() -> re.Pattern[str]:
    # an identifier's word on the same line shortly before: "mod. RN-400-PB", "réservation GV-552-LT", "SKU", "order"
    return re.compile(rf"(?i)(?<![\w-])(?:{keep.CUES}|{alternation('keep_cues')}|mod|modelo|modèle|modell|art|artikel|"
                      rf"r[ée]f|item|pedido|commande|bestellung|encomenda|reserva|r[ée]servation|buchung)"
                      r"s?(?![\w-])[^\n]{0,30}$")


@functools.cache
def _vehicle_clause() -> re.Pattern[str]:
    # (round 38) the vehicle named, a clause, then a linking verb or a comma right before the plate ("the van in the bay
    # wasn't mine, it was 191-D-4821", "fährt einen grauen Passat, L-AB 123", "my ute is 614 XLW")
    return re.compile(rf"(?i)(?<![\w-])(?:{alternation('vehicle')}|ute|suv|pick-?up|camioneta|caminhonete|fährt|drives)(?![\w-])"
                      r"[^\n.!?]{0,60}?(?:(?<![\w'])(?:is|was|es|est|ist|war|é|era|fue|foi|c'est|c'était)|,)[ \t]*$")


def _cued(text: str, start: int, near: bool = False) -> bool:
    before = text[max(0, start - 90):start]
    if near:
        return bool(re.search(rf"(?i)(?<![\w-])(?:{alternation('plate_cue')})(?![\w-])[ \t]*(?:number|no\.?|n[º°]|is|es|est|"
                              r"ist|é|è|:|#)?[ \t:#]*$", before))
    return bool(_cue().search(before) or _vehicle().search(before) or _vehicle_clause().search(before))


# --- the plate spelt out after it ---
_NATO = ("alfa alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike november oscar papa "
         "quebec romeo sierra tango uniform victor whiskey whisky x-ray xray yankee zulu").split()
_DIGITS = {
    "0": "zero oh nought cero zéro null zwo",
    "1": "one uno un une um uma eins",
    "2": "two dos deux dois duas zwei zwo",
    "3": "three tres trois três drei",
    "4": "four cuatro quatre quatro vier",
    "5": "five cinco cinq fünf",
    "6": "six seis sechs",
    "7": "seven siete sept sete sieben",
    "8": "eight ocho huit oito acht",
    "9": "nine nueve neuf nove neun",
}
# letters' names in es, pt, fr, de (the letter itself, written alone, counts too)
_LETTER_NAMES = {
    "B": "be bé bê", "C": "ce cé cê", "D": "de dé dê", "F": "efe effe ef", "G": "ge gé gê", "H": "hache ache agá ha",
    "J": "jota ji jot", "K": "ka ká", "L": "ele elle el", "M": "eme emme em", "N": "ene enne en", "P": "pe pé pê",
    "Q": "cu ku quê", "R": "erre ere er", "S": "ese esse es", "T": "te té tê", "V": "uve vé vê vau", "W": "dáblio we",
    "X": "equis ixe xis ix", "Y": "ye ípsilon ypsilon", "Z": "zeta zède zê zett", "E": "é", "O": "ó",
}
_SPELL_CHAR: dict[str, str] = {w: w[0].upper() for w in _NATO}
_SPELL_CHAR.update({w: d for d, ws in _DIGITS.items() for w in ws.split()})
_SPELL_CHAR.update({w: c for c, ws in _LETTER_NAMES.items() for w in ws.split()})
_TOKEN = re.compile(r"([^\W\d_][\w-]*|\d)(?:[ \t]+(?:de|as in|like|for|comme|como|wie|für|von)[ \t]+[^\W\d_][\w-]*)?")
_GAP = re.compile(r"[ \t]*[,;.]?[ \t]*")


def _spelt_after(text: str, end: int, plate: str) -> int:
    """The end of the plate's spelling right after `end`, or `end` when none (its tokens give three or more of the
    plate's characters in a row, in order)."""
    chars = re.sub(r"[^A-Z0-9]", "", plate.upper())
    best = end
    for first in range(len(chars) - 2):  # the spelling may give only the letters ("4821 KHT. Ka de kilo, hache, te")
        best = max(best, _spelt_from(text, end, chars[first:]))
    return best


def _spelt_from(text: str, end: int, chars: str) -> int:
    pos, got, last = end, 0, end
    while got < len(chars):
        gap = _GAP.match(text, pos)
        assert gap is not None
        m = _TOKEN.match(text, gap.end())
        if not m:
            break
        word = m.group(1)
        char = _SPELL_CHAR.get(word.lower()) or (word.upper() if len(word) == 1 else None)
        if char != chars[got]:
            break
        got += 1
        pos = last = m.end()
    return last if got >= 3 else end


# a company's or a tax registration ("company registration no. SC123456", "Handelsregister", "RCS"): no vehicle
_FIRM_REGISTRATION = re.compile(r"(?i)(?<![\w-])(?:company|companies|business|firm|vat|tax|charity|handels\w*|firmen\w*|"
                                r"empresa|entreprise|soci[ée]t[ée]|sociedade|sociedad|commerce|rcs|kvk|trade|domain|"
                                r"event|course|conference|school|class|exam)(?![\w-])[^\n]{0,30}$")


def _reference_between(text: str, start: int) -> bool:
    ref = _reference_cue().search(text, max(0, start - 40), start)
    if ref is None:
        return False
    cues = list(_any_cue().finditer(text, max(0, start - 90), start))
    return not cues or ref.start() > cues[-1].start()


@functools.cache
def _drive_cue() -> re.Pattern[str]:
    return re.compile(r"(?i)(?<![\w-])(?:ute|suv|pick-?up|camioneta|caminhonete|fährt|drives)(?![\w-])")


@functools.cache
def _any_cue() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w-])(?:{alternation('plate_cue')}|{alternation('vehicle')})(?![\w-])")


def find_plates(text: str) -> list[Span]:
    if not re.search(r"\d", text):
        return []
    # (speed) the cued formats are looked for only in the 130 characters after a plate or vehicle word
    windows: list[tuple[int, int]] = []
    for cue in sorted([*_any_cue().finditer(text), *_drive_cue().finditer(text)], key=lambda c: c.start()):
        if windows and cue.start() <= windows[-1][1]:
            windows[-1] = (windows[-1][0], cue.end() + 130)
        else:
            windows.append((cue.start(), cue.end() + 130))
    candidates = [(m, need) for lo, hi in windows for pattern, need in ((_CUED, 1), (_LOOSE, 2))
                  for m in pattern.finditer(text, lo, min(hi, len(text)))]
    candidates += [(m, 0) for m in _DISTINCT.finditer(text)]
    protected: list[tuple[int, int]] | None = None
    out: list[Span] = []
    taken: list[tuple[int, int]] = []
    for m, need in candidates:
        start, end = m.span()
        if any(a < end and start < b for a, b in taken):
            continue
        if need and not _cued(text, start, near=need == 2):
            continue
        if need and _reference_between(text, start):
            continue  # "registration done, order ABC-1234": a reference's word between the plate word and the value
        if _FIRM_REGISTRATION.search(text, max(0, start - 45), start):
            continue
        if not need:
            protected = keep.protected_ranges(text) if protected is None else protected
            if any(a <= start and end <= b for a, b in protected) or \
                    _reference_cue().search(text, max(0, start - 40), start) and not _cued(text, start):
                continue  # "order AB-123-CD", "mod. RN-400-PB": the keep list names it, a reference's word precedes it
        end2 = _spelt_after(text, end, m.group())
        taken.append((start, end))
        out.append(Span("LICENCE_PLATE", start, end, 0.8))
        if end2 > end:
            sp = _GAP.match(text, end)
            assert sp is not None
            out.append(Span("LICENCE_PLATE", sp.end(), end2, 0.75))
    return out
