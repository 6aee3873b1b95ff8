"""(round 37) Address span completion: a STREET_ADDRESS span grown over the address parts next to it.

A value is protected only when all of it is redacted, and the recognizers often find one piece of an address: the
street without its unit ("Av. Boa Viagem 3870" | ", apto 1201"), the postcode and town without the state after them
("58270 Morelia" | ", Mich."), the town without the district and street before it ("Col. Jardines, " | "58270 …"), or
the street's number without its type word ("ch. de la " | "Grangette 9"). Here each address span grows, forward and
back, over adjacent comma- or line-separated parts that read as address parts:

- a unit ("int. 4", "apto 1201", "ap. 1204", "Qd. 14", "Lt. 9", "casa 3", "nave 12", "3.º B", "2. OG links", "#214",
  "Zimmer 114", "Haus C", "bajo", "s/n");
- a district with its marker ("Col. Centro", "Fracc. Las Flores", "Setor Oeste", "Bairro Boa Vista");
- a postcode (per-country formats, postcodes.py) with its town, "C.P. 44130";
- a state or province code ("– PE", "Jal.", "N.L.", "OAX.", "VD", "(BZ)", "QLD");
- a town of capitalised words, only between such parts or closing the address at a sentence's or a line's end;
- a street with its type word and number before the span ("Priv. Encinos 12, " before "Col. Jardines, …").

Limits keep prose out: at most six parts each way, each short; a line break only after a comma or before a postcode
line; never over a protected identifier (order number, date, price) nor over another finding that is not a name or a
place; a town that closes an address is no first name and no prose word.
"""
from __future__ import annotations

import re

from plugin.core.model import Span

from . import keep
from .addresses import STREET_SUFFIXES, STREET_TYPES
from .name_lists import fold, is_first
from .postcodes import POSTCODE

_ABSORB = frozenset({"PERSON", "LOCATION", "STREET_ADDRESS", "NRP", "GPE", "LOCATION_PART"})
_CAPW = r"[A-ZÀ-ÞĀ-Ž][\w'’-]*"
_PART = r"(?i:de|del|da|do|dos|das|la|las|los|el|di|du|des|le|les|sur|sous|lès|en|am|an|der|im|in|auf|ob|bei|y|e|na|d'|l')"
# a unit: a designator and its number, a floor, a door
_UNIT = (r"(?:(?i:int|interior|apto|apt|ap|app|appt|depto|dpto|departamento|casa|lote|lt|qd|quadra|conj|bl|bloco|"
         r"bloque|nave|pta|puerta|piso|flat|unit|suite|ste|haus|zimmer|wohnung|top|stiege|tür|bât|bat|appartement|esc|"
         r"escalera|escalier|villa|lot|local|loja|sala|cj|andar|level|floor|room|box)\.?[ \t]*(?:n[º°o]\.?[ \t]*)?#?[ \t]*"
         r"(?:\d{1,5}[A-Za-z]?(?:[-/]\d{1,4})?|[A-Z]\d{0,3})(?![\w-])"
         r"|#[ \t]?\d{1,5}[A-Za-z]?(?![\w-])"
         r"|\d{1,2}[ \t]?\.?[ \t]?[º°ª][ \t]?(?:(?i:izq(?:da|uierda)?|izda|dcha|dto|esq|dir|drcha|andar|piso)\b\.?|[A-Z]\b)?"
         r"|\d{1,2}\.?[ \t]?(?:e|er|ème)?[ \t]?(?i:og|stock|etage|étage|obergeschoss|floor|andar|piso|planta)\b"
         r"(?:[ \t]+(?i:links|rechts|mitte|gauche|droite))?"
         r"|\d{1,2}[ \t]+(?i:izq(?:da|uierda)?|izda|dcha|drcha|dto|esq|esquerdo|direito|dir)\b\.?"
         r"|(?i:bajo|s/n|r/c|sn)(?![\w/])"
         r"|(?i:esquerdo|direito|esq|dto|izq|izda|dcha)\.?)")
# a district with its marker
_DISTRICT = (rf"(?:(?i:col|colonia|fracc|fraccionamiento|barrio|bairro|setor|sector|jardim|vila|quartier|urb|"
             rf"urbanización|urbanizacion|urbanização|residencial|conjunto|unidad|u\.h|ampl|ampliación|zona|za|zi|"
             rf"polígono|poligono|lugar|parque)\.?[ \t]+(?:{_PART}[ \t]+)*{_CAPW}(?:[ \t]+(?:{_PART}[ \t]+)*{_CAPW}){{0,3}}"
             rf"|(?i:setor)[ \t]+[A-Za-zÀ-ÿ]+)")
_NOT_STATE = r"(?!(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta|Hr|Fr|Mme|Mlle|Lic|Ing|Tel|Fax|Att|Ref|No|Nr)\.)"
_STATE = (rf"(?:[A-Z]{{2,4}}\.?(?![\w-])|{_NOT_STATE}[A-Z][a-zé]{{1,4}}\.(?![\w-])|[A-Z]\.[ \t]?[A-Z]\.(?![\w-])"
          rf"|\([A-Z]{{2,3}}\)|(?i:edo\.)[ \t]+(?:de[ \t]+)?(?i:méx|mex)\.?|CDMX)")
# a town: its next words in title case, or in capitals after a particle ("San Pedro Garza García", "OAXACA DE JUÁREZ";
# not "MAINZ SMS BITTE")
_TITLE = r"[A-ZÀ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’-][\w'’-]*"
_TOWN = (rf"(?:{_CAPW}(?:[ \t]+(?:(?:{_PART}[ \t]+)+{_CAPW}|{_TITLE}|[A-Z](?![\w'’-]))){{0,3}}"
         rf"(?:[ \t]*\([A-ZÀ-Þ][^()\n]{{1,25}}\))?)")
_CP = r"(?:(?i:c\.[ \t]?p\.|cp|cep|plz|npa)[ \t]*:?[ \t]*)"
_SEP = re.compile(r"[ \t]*(?:[,;][ \t]*\n?|[ \t]+[–-][ \t]+|[ \t]*/|\n)[ \t]*|[ \t]+")
_PIECE = re.compile(rf"(?P<unit>{_UNIT})|(?P<district>{_DISTRICT})|(?P<post>{_CP}?(?:{POSTCODE.pattern})"
                    rf"(?:[ \t]+{_TOWN})?)|(?P<state>{_STATE})|(?P<town>{_TOWN})")
_PROSE = re.compile(r"(?i)(?:please|thanks|thank|gracias|merci|danke|bitte|obrigad[oa]|hola|hello|hi|dear|estimad[oa]s?|"
                    r"cher|chère|liebe|lieber|sehr|caro|cara|tel|tél|teléfono|telefone|telefon|phone|mobile|handy|"
                    r"celular|móvil|email|e-mail|correo|order|pedido|commande|bestellung|encomenda|ticket|ref|"
                    r"cpf|dni|nif|rfc|curp|iban|ahv|avs|ssn|sin)\b")
# a street with its type word and number (before a span): "Priv. Encinos 12", "Av. Revolución 1425", "Rua 72"
_TYPE = (rf"(?:(?i:{STREET_TYPES}|route|servidão|quadra|caminho|calle|camí|cami|avinguda|passeig|kale|hent)\.?"
         rf"|(?i:av|avda|priv|prol|calz|cda|blvd|blv|carr|ch|rte|r|trav|tv|al|pç|pça|estr|rod|rd|st|qd)\.|C/|c/)")
_NUM = r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?"
_COMPOUND = (r"[A-ZÀ-ÞĀ-Ž][^\W\d_]*(?:-[^\W\d_]+)*?-?(?i:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|steig|"
             r"pfad|markt|laan|straat|gracht|plein|kade|dijk|vej|gade|gatan|vägen)")
_STREET_BEFORE = re.compile(rf"(?<![\w'’./:-])(?:(?:{_NUM}[ \t]+)?{_TYPE}[ \t]+(?:(?:{_PART}[ \t]+)*(?:{_CAPW}|\d{{1,3}})[ \t]+){{0,5}}"
                            rf"{_NUM}(?:[ \t]+(?i:bis|ter|sur|norte|sul|oeste|este))?"
                            rf"|(?:{_CAPW}[ \t]+){{0,2}}{_COMPOUND}[ \t]*{_NUM}"  # "Kastanienweg 3", "Alte Gasse 12"
                            # "12 route de Lussac", "8 chemin des Saules": the number before a typed street
                            rf"|{_NUM},?[ \t]+{_TYPE}[ \t]+(?:{_PART}[ \t]+)*{_CAPW}(?:[ \t]+(?:{_PART}[ \t]+)*{_CAPW}){{0,3}}"
                            rf"|{_NUM}[ \t]+(?:[NSEW]{{1,2}}\.?[ \t]+)?(?:(?:{_CAPW}|\d{{1,3}}(?:st|nd|rd|th))[ \t]+){{1,3}}"
                            rf"(?i:{STREET_SUFFIXES})\.?(?:[ \t]+[NSEW]{{1,2}}\.?)?)$")
# "12 Tobar Rí, " / "3 Orchard Lawns, " before a town and a postcode: a street without a type word (only then)
_NUMBERED_BEFORE = re.compile(rf"(?<![\w'’.,/:-]){_NUM}[ \t]+{_CAPW}(?:[ \t]+(?:{_PART}|{_CAPW})){{0,3}}$")
# "Río Bravo 210, " before "Col. del Carmen, …" or "int. 4, …": a street's name and number before a district or unit
_NAMED_BEFORE = re.compile(rf"(?<![\w'’.,/:-])(?:(?:{_PART}[ \t]+)?{_CAPW}[ \t]+){{1,4}}{_NUM}$")
# a French place name before the street ("La Garenne, 47 route de …", "ZA des Prés, 3 rue …"): an article or "ZA/ZI"
_PLACE_BEFORE = re.compile(rf"(?m)(?:^|(?<=[:)])|(?<=\bau[ \t])|(?<=\bà[ \t])|(?<=\ben[ \t])|(?<=adresse[ \t])|"
                           rf"(?<=demeurant[ \t])|(?<=livraison[ \t]))[ \t]*"
                           rf"((?:La|Le|Les|L'|L’|ZA|ZI|ZAC)[ \t]*{_CAPW}(?:[ \t]+(?:(?:de|du|des|la|le)[ \t]+)?{_CAPW}){{0,3}}),"
                           rf"[ \t]*$")
_STREET_START = re.compile(rf"(?:{_NUM},?[ \t]+)?{_TYPE}[ \t]")
_NUMBER_COMMA_BEFORE = re.compile(r"(?<![\w'’.,/:#-])\d{1,5}[A-Za-z]?,[ \t]*$")
_ORDINAL_TYPE = re.compile(rf"(?:\d{{1,3}}(?:e|er|re|ème)[ \t]+)?{_TYPE}[ \t,]")
_NUMBER_BEFORE = re.compile(r"(?<![\w'’.,/:#-])\d{1,5}[A-Za-z]?[ \t]+$")  # "is 418 " + "Alder Ct"
_TYPE_BEFORE = re.compile(rf"(?<![\w'’.-])(?:{_NUM},?[ \t]+)?{_TYPE}[ \t]+(?:(?:{_PART}[ \t]*)+)?$")
_UNITS_AT_END = re.compile(rf"(?:[ \t]*,?[ \t]*(?:{_UNIT}))+$")
_MAX_PARTS = 6
_VIA = re.compile(r"[ \t]+(?i:in|en|em|à|a|no|na|im)[ \t]+(?=\d)")
_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,5}[A-Za-z]?(?![\w/.,:-]|[.,]\d)")
_TYPE_START = re.compile(rf"{_TYPE}[ \t]")
_STATE_END = re.compile(r"(?:,|[ \t][–-])[ \t]*(?:[A-Z][a-zé]{1,4}|[A-Z]\.[ \t]?[A-Z]|[A-Z]{2,4})$")
_STRONG = ("unit", "district", "post", "state")
# an identifier's label after an address is no state and no town ("…, 1170 Wien, SV-Nr. …", "…, DNI 538…")
_ID_WORD = re.compile(r"(?i)(?:dni|nie|nif|niss|nss|curp|rfc|cpf|rg|avs|ahv|sv|nr|no|ssn|sin|pps|ppsn|iban|bic|tva|"
                      r"cuit|cuil|rut|ine|bsn|tel|fax|steuer|ust|siret|siren|cc|bi|nº|n°)(?![^\W\d_])")
_DIGIT_AFTER = re.compile(r"[ \t.:#-]*(?:n[º°o]\.?|nr\.?)?[ \t.:#-]*[\w.]*\d")


def _clashes(lo: int, hi: int, blockers: list[tuple[int, int]]) -> bool:
    return any(a < hi and lo < b for a, b in blockers)


def _forward(text: str, start: int, end: int, has_number: bool, blockers: list[tuple[int, int]]) -> int:
    """The end of the address parts after `end` (or `end`)."""
    # the span's last part may stop inside a piece ("…, Qd" + ". 14", "68000 OAXACA DE" + " JUÁREZ"): that piece
    last = max(text.rfind(",", start, end), text.rfind("\n", start, end)) + 1 or start
    last += len(text[last:end]) - len(text[last:end].lstrip())
    # the span ends with its postcode part (not a house number that reads as one: "Av. Vallarta 2140"): no unit after it
    kinds = ["post"] if POSTCODE.match(text, last) or last > start and POSTCODE.search(text, last, end) else []
    inner = _PIECE.match(text, last)
    cut = bool(re.search(rf"(?:^|[ \t]){_PART}$", text[last:end]) or re.match(rf"[ \t]+{_PART}[ \t]", text[end:])) \
        or text[end:end + 1] == "." or bool(POSTCODE.fullmatch(text, last, end))  # a piece cut short: "68000 OAXACA DE| JUÁREZ", "…, Qd|. 14", "21244 Buchholz| in der …"
    if cut and inner and inner.end() > end and inner.end() - last <= 45 and not _clashes(end, inner.end(), blockers):
        end = inner.end()
    number = _NUMBER_AFTER.match(text, end)
    if number and text[end - 1:end].isalpha() and _TYPE_START.match(text, start) and \
            not _clashes(end, number.end(), blockers):
        end = number.end()  # "Rua da Aurora" + " 1025": the house number after a street found without it
    pos, reach, parts = end, end, 0
    while parts < _MAX_PARTS:
        sep = _SEP.match(text, pos)
        if not sep:
            break
        gap = sep.group()
        ahead = _PIECE.match(text, sep.end())
        if not any(c in gap for c in ",;–-/\n") and kinds[-1:] not in (["post"], ["town"], ["state"]) and not (
                not kinds and text[end - 1:end].isdigit()) and not (ahead and ahead.lastgroup in ("unit", "post")):
            break  # a bare space continues a postcode's town ("58270 Morelia Mich."), a street's number, or leads
            # to a unit or a postcode ("… Ave #214", "NM 88005")
        if "\n" in gap and not gap.strip(" \t\n").startswith(",") and not text[pos - 1:pos] == "," and \
                "," not in gap.split("\n")[0]:
            nxt = _PIECE.match(text, sep.end())
            if not nxt or nxt.lastgroup not in ("post", "district"):
                break  # a line break continues an address only after a comma, or before a postcode or district line
        m = _PIECE.match(text, sep.end())
        if not m and not kinds and (via := _VIA.match(text, pos)):
            m = _PIECE.match(text, via.end())  # "Gartenweg 12 in 59065 Hamm": a preposition before the postcode
            m = m if m and m.lastgroup == "post" else None
        if not m or m.end() - m.start() > 45 or _clashes(m.start(), m.end(), [
                r for r in blockers if not (m.lastgroup == "unit" and m.start() <= r[0] and r[1] <= m.end())]):
            break
        kind = m.lastgroup
        if kind is None:
            break
        value = m.group()
        if kind in ("town", "state") and (_PROSE.match(value) or _ID_WORD.match(value)):
            break
        if kind == "unit" and "post" in kinds:
            break  # a floor after the town is the visit's detail ("…, 1009 Pully, 2e étage sans ascenseur")
        if kind == "state" and not kinds and not has_number:
            break
        if kind == "unit" and m.group().isdigit():
            break
        parts += 1
        kinds.append(kind)
        pos = m.end()
        before = kinds[-2:-1]  # the part before this one (this one is appended already)
        to_post = bool((nxt := _PIECE.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip()))) and
                       nxt.lastgroup == "post")
        after_town = before in (["town"], ["post"]) or not before and bool(re.search(r"[A-ZÀ-Þ][a-zß-ÿ]+$",
                                                                                    text[start:end]))
        closes = bool(re.match(r"[ \t]*(?:[,.;)]|\n|$)", text[pos:]))
        if kind == "state" and not gap.strip() and not (to_post or after_town and closes):
            break  # after a bare space a code closes the address or leads to its postcode ("MAINZ SMS BITTE …" no)
        if kind == "state" and _DIGIT_AFTER.match(text, pos) and not (
                (nxt := _PIECE.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip(" \t,-")))) and
                nxt.lastgroup == "post"):
            break  # a code before a number is an identifier's label unless the number is the postcode
        if kind in _STRONG:
            reach = pos
        elif kind == "town":
            first = value.split()[0]
            closing = re.match(r"[ \t]*(?:[.!?]?[ \t]*(?:\n|$)|[.!?][ \t]+(?=[^\d\s])|\))", text[pos:])
            if closing and has_number and not (len(value.split()) == 1 and is_first(fold(first))):
                reach = pos
    return reach


_PIECE_BEFORE = re.compile(rf"(?:(?:{_UNIT}|{_DISTRICT}|{_TOWN}|\d{{1,5}}[A-Za-z]?|[A-Z]{{2}})[ \t]*(?:,|[ \t][–-])[ \t]*)+$")


def _backward(text: str, start: int, blockers: list[tuple[int, int]], soft: frozenset[tuple[int, int]] = frozenset(),
              strong: bool = False) -> int:
    """The start of the street, unit and district parts before `start` (or `start`). A protected range in `soft` (a
    date, a number) may lie inside the street found ("Av. 5 de Mayo 29": the street's name reads as a date)."""
    line_start = text.rfind("\n", 0, start) + 1
    window = max(line_start, start - 160)
    head = text[window:start]
    if not head.strip():
        prev = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        line = text[prev:line_start - 1] if line_start else ""
        line = _UNITS_AT_END.sub("", line.rstrip(" \t,"))
        if (m := _STREET_BEFORE.search(line)) and (m.start() == 0 or not line[:m.start()].strip(" \t>*-")):
            lo = prev + m.start()
            return lo if not _clashes(lo, start, blockers) else start
        return start
    if not re.search(r"[,–-][ \t]*$", head):
        m = _TYPE_BEFORE.search(head)  # "ch. de la " + "Grangette 9": the street's type word before it
        if not (m and m.end() > m.start()) and text[start:start + 1].isupper():
            m = _NUMBER_BEFORE.search(head)  # "418 " + "Alder Ct": the house number before the street
        if m and m.end() > m.start():
            lo = window + m.start()
            return lo if not _clashes(lo, start, blockers) else start
        return start
    if (m := _NUMBER_COMMA_BEFORE.search(head)) and _ORDINAL_TYPE.match(text, start):
        lo = window + m.start()  # "1190, " + "3e Avenue, …" (Québec writes the number before a comma)
        return lo if not _clashes(lo, start, blockers) else start
    best = start
    parts = _PIECE_BEFORE.search(head)
    lo = window + parts.start() if parts else start
    # the street before the parts; a part may be the street's own words ("9 Cnoc Rua, " read as a town "Cnoc Rua")
    bounds = [lo] + ([window + parts.start() + c.end() for c in re.finditer(r",[ \t]*", parts.group())][:-1]
                     if parts else []) + ([start] if lo < start else [])
    street = None
    for b in bounds:
        before = text[window:b].rstrip(" \t,")
        street = _STREET_BEFORE.search(before) or (strong and parts and _NUMBERED_BEFORE.search(before)) or (
            re.match(rf"(?:{_UNIT}|{_DISTRICT})", text[b:b + 40]) and _NAMED_BEFORE.search(before))
        if street:
            break
    if street:
        best = window + street.start()
        inside = [r for r in soft if best <= r[0] and r[1] <= window + street.end()]
        blockers = [r for r in blockers if r not in inside]
    elif parts and re.match(rf"(?:{_UNIT}|{_DISTRICT})[ \t]*,", parts.group()):
        best = lo
    if (street or _STREET_START.match(text, start)) and (place := _PLACE_BEFORE.search(text, line_start, best)):
        best = place.start(1)  # "La Grange Neuve, " + "12 chemin du Moulin, …": the place's name opens the address
    if best < start and _clashes(best, start, blockers):
        return start
    if best < start and not text[line_start:best].strip(" \t>*-"):
        above = _backward(text, line_start, blockers) if line_start else best  # the street line above the district
        return above if above < line_start else best
    return best


# an address no recognizer found opens at a district with its marker before a postcode ("Col. del Valle, 66220 …"), or
# at a Brazilian town, state and CEP ("Goiânia - GO, 74120-020")
_SEED_WORDS = re.compile(r"(?i)\b(?:col|colonia|fracc|fraccionamiento|bairro|setor|jardim|urbanização|urbanización|urb)\b|"
                         r"(?<=,[ \t])[A-Z][a-zé]{1,4}\.,?[ \t]*\d{5}(?![\w-])|[ \t][–-][ \t]+[A-Z]{2},?[ \t]*\d{5}-\d{3}")
_SEED = re.compile(rf"(?<![\w.])(?i:col|colonia|fracc|fraccionamiento|bairro|setor|jardim|urbanização|urbanización|urb)\.?"
                   rf"[ \t]+(?:{_PART}[ \t]+)*{_CAPW}(?:[ \t]+(?:{_PART}[ \t]+)*{_CAPW}){{0,3}}[ \t]*,[ \t]*"
                   rf"(?:(?:{_UNIT})[ \t]*,[ \t]*){{0,3}}(?:{POSTCODE.pattern})"
                   rf"|(?<=,[ \t]){_NOT_STATE}[A-Z][a-zé]{{1,4}}\.,?[ \t]*\d{{5}}(?![\w-])"  # "…, Pue., 72810"
                   rf"|(?<![\w.-]){_TOWN}[ \t]+[–-][ \t]+[A-Z]{{2}},?[ \t]*\d{{5}}-\d{{3}}(?![\w-])")
_CEP_SHAPE = re.compile(r"\d{5}-\d{3}|\d{4}-\d{3}")  # Brazilian and Portuguese postcodes: no phone has this shape


def _seeds(text: str, spans: list[Span], protected: list[tuple[int, int]]) -> list[Span]:
    taken = [(s.start, s.end) for s in spans if s.type not in _ABSORB or s.type == "STREET_ADDRESS"] + [
        (lo, hi) for lo, hi in protected if not re.fullmatch(_UNIT, text[lo:hi])]  # "lote 3" kept as an id: a unit
    return [Span("STREET_ADDRESS", m.start(), m.end(), 0.6) for m in _SEED.finditer(text)
            if not _clashes(m.start(), m.end(), taken)]


def complete_addresses(text: str, spans: list[Span]) -> list[Span]:
    seeding = bool(_SEED_WORDS.search(text))
    if not seeding and "STREET_ADDRESS" not in {s.type for s in spans}:
        return spans
    protected = keep.protected_ranges(text)
    # a postcode read as a phone number ("74055-120") is an address's part
    spans = [Span("LOCATION_PART", s.start, s.end, s.score) if s.type == "PHONE_NUMBER" and
             _CEP_SHAPE.fullmatch(text, s.start, s.end) else s for s in spans]
    spans = spans + (_seeds(text, spans, protected) if seeding else [])
    addresses = [s for s in spans if s.type == "STREET_ADDRESS"]
    if not addresses:
        return [Span("PHONE_NUMBER", s.start, s.end, s.score) if s.type == "LOCATION_PART" else s for s in spans]
    others = [(s.start, s.end) for s in spans if s.type not in _ABSORB]
    # a kept range run over a line break ("Paris⏎Q7") keeps its part below the break: the town above is the address's
    protected_lines = [(lo + text.rfind("\n", lo, hi) + 1 - lo if "\n" in text[lo:hi] else lo, hi) for lo, hi in protected]
    grown = []
    for s in sorted(addresses, key=lambda s: s.start):
        blockers = [r for r in protected_lines + others if not (s.start <= r[0] and r[1] <= s.end)]
        has_number = bool(re.search(r"\d", text[s.start:s.end]))
        strong = bool(POSTCODE.search(text, s.start, s.end))  # the span holds a postcode
        start = _backward(text, s.start, blockers, frozenset(protected), strong)
        has_number = has_number or bool(re.search(r"\d", text[start:s.start]))
        end = _forward(text, s.start, s.end, has_number, blockers)
        if text[end:end + 1] == "." and _STATE_END.search(text, start, end):
            end += 1  # "…, Morelia, Mich." / "…, N.L.": the abbreviation's dot
        grown.append(Span(s.type, start, end, s.score))
    # merge grown spans that now touch or overlap
    merged: list[Span] = []
    for g in sorted(grown, key=lambda s: s.start):
        if merged and g.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Span(last.type, last.start, max(last.end, g.end), max(last.score, g.score))
        else:
            merged.append(g)
    rest = [s for s in spans if s.type != "STREET_ADDRESS"
            and not (s.type in _ABSORB and any(m.start <= s.start and s.end <= m.end for m in merged))]
    kept_rest = [s for s in rest if not any(m.start < s.end and s.start < m.end for m in merged)]
    # a name or place the grown address only partly covers: the address gives way at its edge
    out = kept_rest + merged
    if len(kept_rest) != len(rest):
        fixed = []
        for m in merged:
            for s in rest:
                if s.start < m.end and m.start < s.end:
                    if s.start >= m.start:
                        m = Span(m.type, m.start, max(m.end, s.end), m.score) if s.type in _ABSORB else \
                            Span(m.type, m.start, s.start, m.score)
                    else:
                        m = Span(m.type, min(m.start, s.start), m.end, m.score) if s.type in _ABSORB else \
                            Span(m.type, s.end, m.end, m.score)
            fixed.append(m)
        out = [s for s in rest if not any(m.start < s.end and s.start < m.end for m in fixed)] + fixed
    out = [Span("PHONE_NUMBER", s.start, s.end, s.score) if s.type == "LOCATION_PART" else s for s in out]
    return sorted((s for s in out if s.end > s.start), key=lambda s: s.start)
