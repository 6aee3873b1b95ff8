"""Grow street addresses into the block they open: building number before, unit/city/postcode lines after.

    Gregory Kudryashov
    233 Erzsébet tér 19.        <- "233" joins the street found by addresses.py
     Suite 282                  <- a unit line
     Domoszló                   <- a town line (kept only when a postcode line follows)
     Hungary 34796              <- a country/town + postcode line ends the block

Lines may carry quoting prefixes (">", "}}", "???"). A line that holds a protected identifier ("Order 12345"),
an e-mail, a phone-like number or prose ends the block, so nothing after the address is swallowed.
"""
from __future__ import annotations

import re

from plugin.core.model import Span

from . import keep
from .addresses import STREET_TYPES
from .cues import alternation
from .name_lists import fold, is_first
from .postcodes import POSTCODE

_PREFIX = r"[ \t>?*}•|-]*"
_BUILDING = re.compile(r"(?<![\w#/.,-])(\d{1,6}[A-Za-z]?[ \t]+)(?:\d{1,6}[ \t]+)?$")
_UNIT_LINE = re.compile(r"(?i)(?:apt|apartment|suite|ste|unit|flat|floor|room|bldg|building|bloco|bloque|escalera|"
                        r"bât|appt|apto|ap|wohnung|top|stiege|p\.?\s?o\.?\s*box)\.?\s*#?\s*[\w-]{1,6}")
_TOWN_LINE = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:[ \t-]+[\w'’.-]+){0,4}[ \t]*,?")
# "Hungary 34796", "SEINÄJOKI 38524", ", CO 70079", "Caxias do Sul, RS 24893", "London SW1A 2AA", ", nan 1386"
_POSTCODE_LINE = re.compile(
    r"(?:[^\W\d_][\w'’.-]*(?:[ \t-]+[\w'’.-]+){0,4})?[ \t]*,?[ \t]*(?:[A-Z]{2,3}\.?,?[ \t]+|nan[ \t]+)?"
    r"(?:[A-Z]{1,2}-)?(?:\d{4,6}(?:-\d{3,4})?|\d{3}[ \t]?\d{2}|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})[ \t]*")
_REGION_LINE = re.compile(r",?[ \t]*(?:[A-Z]{2,3}|nan)[ \t]*")  # ", CO" / ", nan" on a line of its own
_MAX_LINES = 5
_AFTER_WORD = "|".join(rf"(?<=\b{w} )" for w in ("at", "to", "with", "on", "is", "and", "in"))
_CAP = r"[A-ZÀ-ÞĀ-Ž][\w'’.-]*"
# "Slovenčeva 51" / "009 Slovenčeva 51" / "at 7924 Dosseringen 83" closing a line: a street only if the lines
# below reach a postcode ("Domoszló\n Hungary 34796").
_NAME_NUMBER_LINE = re.compile(rf"(?m)(?:^{_PREFIX}|{_AFTER_WORD})((?:\d{{1,6}}[ \t]+)?(?:{_CAP}[ \t]+){{1,3}}"
                               r"\d{1,4}[A-Za-z]?)\.?[ \t]*$")


def _lines_after(text: str, pos: int) -> list[tuple[int, int, str]]:
    """(start, end, content) of the lines after the one holding `pos`, content without quoting prefixes."""
    out = []
    nl = text.find("\n", pos)
    while nl != -1 and len(out) < _MAX_LINES + 2:
        start = nl + 1
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        raw = text[start:end]
        lead = len(re.match(_PREFIX, raw).group())
        out.append((start + lead, end, raw[lead:].rstrip(" \t.")))
        nl = text.find("\n", start) if end < len(text) else -1
    return out


def _block_end(text: str, span: Span, protected: list[tuple[int, int]], need_postcode: bool = False) -> int:
    """Where the address block that `span` opens ends (the end of its last unit or postcode line).

    With need_postcode, the block must reach a postcode line, else `span.end` comes back unchanged.
    """
    if text[span.end:].split("\n", 1)[0].strip(" \t,.;"):
        return span.end  # the address is followed by more text on its line: prose, not a block
    if _has_postcode(text, span.start, span.end) and not need_postcode:
        return span.end  # it has its postcode already: the line below is something else ("NIB 0035 …")
    end, blanks, seen, postcode = span.end, 0, 0, False
    for start, stop, content in _lines_after(text, span.end):
        if not content:
            blanks += 1
            if blanks > 1:
                break
            continue
        if seen >= _MAX_LINES or "@" in content or any(lo < stop and start < hi for lo, hi in protected):
            break
        seen += 1
        postcode_line = bool(_POSTCODE_LINE.fullmatch(content) or _edge_postcode_line(content))
        if _UNIT_LINE.fullmatch(content) or postcode_line or _REGION_LINE.fullmatch(content):
            end = start + len(content)
            if postcode_line:
                postcode = True
                break
        elif not (_TOWN_LINE.fullmatch(content) and len(content) <= 40):
            break
    return span.end if need_postcode and not postcode else end


def find_block_streets(text: str) -> list[Span]:
    """Street lines without a street-type word, accepted because a postcode line closes their block."""
    if "\n" not in text:
        return []
    protected = keep.protected_ranges(text)
    out = []
    for m in _NAME_NUMBER_LINE.finditer(text):
        span = Span("STREET_ADDRESS", m.start(1), m.end(1), 0.6)
        end = _block_end(text, span, protected, need_postcode=True)
        if end > span.end and not any(lo < end and span.start < hi for lo, hi in protected):
            out.append(Span("STREET_ADDRESS", span.start, end, 0.6))
    return out


def _building_start(text: str, span: Span, protected: list[tuple[int, int]]) -> int:
    """Start of a building number standing just before the street ("233 Erzsébet tér 19.", "at 5521 119 Elm St")."""
    line_start = text.rfind("\n", 0, span.start) + 1
    m = _BUILDING.search(text[line_start:span.start])
    if not m:
        return span.start
    start = line_start + m.start(1)
    return span.start if any(lo < span.start and start < hi for lo, hi in protected) else start


def extend_blocks(text: str, spans: list[Span]) -> list[Span]:
    """STREET_ADDRESS spans grown over their building number and the unit/town/postcode lines below them."""
    if not any(s.type == "STREET_ADDRESS" for s in spans):
        return spans
    protected = keep.protected_ranges(text)
    out = []
    for span in spans:
        if span.type == "STREET_ADDRESS":
            span = Span(span.type, _building_start(text, span, protected), _block_end(text, span, protected), span.score)
        out.append(span)
    return out


# --- addresses in five languages: labelled lines, and spans grown to their unit, postcode and town ---------------

_LABEL_LINE = re.compile(rf"(?im)(?:^|(?<=[.!?:,]\s)|(?<=\s))(?:{alternation('address')})(?:[ \t]*\([^)\n]{{0,30}}\))?"
                         r"[ \t]*(?::|-|\bis\b|\bes\b|\bist\b|\bé\b|\best\b)?[ \t]*(?:(?:en|in|na|no|au|à|der|dem|el|la|o|a|the)[ \t]+)?"
                         r"([^\n]{4,120})")
# Units, floors and a "c/o" before the street on its line: "Flat 5, ", "Appartement 23, 5e étage, ", "c/o Becker, ".
_UNIT = (r"(?:\b(?:flat|apt\.?|apartment|unit|suite|appartement|appt\.?|app\.?|apto\.?|wohnung|piso|int\.?|bldg\.?|"
         r"building|bloco|bloque|escalera|bât\.?|top|stiege|imm\.?|immeuble|esc\.?|escalier|villa|blk|block|bloc|"
         r"torre|tower|casa|lote|lot)[ \t]*(?:\d[\w/-]{0,4}|[A-Z]\d?)"
         r"|\b\d{1,2}(?:\.?[º°ª]|e|er|ème|o|a|\.|st|nd|rd|th)?[ \t]*(?:étage|etage|piso|andar|og|stock|floor|planta)"
         # a named building or place before the street: "Résidence Les Tilleuls", "Lieu-dit Péchaurie", "Quinta da Luz"
         r"|\b(?:r[ée]sidence|residencial|edificio|edifício|condominio|condomínio|lieu-dit|quinta|urbanizaci[oó]n|cité|"
         r"conjunto|hameau)[ \t]+(?:(?:de|da|do|des|du|la|las|les|los|al|el)[ \t]+)?[A-ZÀ-Þ][\w'’-]*"
         r"(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){0,2})")
_UNIT_BEFORE = re.compile(rf"(?i)(?:\bc/o[ \t]+[^,\n]{{1,40}},[ \t]*)?(?:{_UNIT}[ \t]*,?[ \t]*)*$")
_BLOCK_WORD = re.compile(r"(?i)\b(?:blk|block|bloc|bloco|bloque|lote|lot)\.?[ \t]+$")
# A line above a street that belongs to its block: "c/o …", "Attn: …", "Résidence Les Tilleuls, appt 14".
_LINE_BEFORE = re.compile(rf"(?i)[ \t]*(?:(?:c/o|attn\.?|attention|z\.[ \t]?hd\.?|à l'attention de|a/c|aos cuidados de)\b[^\n]{{1,50}}"
                          rf"|[^\n:@]{{0,40}}{_UNIT}[ \t]*,?)[ \t]*$")
# Prose after an address ends it. Lower case only: "MI", "SP", "Co. Cork" in an address are not prose.
_PROSE = re.compile(r"\b(?:and|but|please|if|because|since|thanks|pero|porque|gracias|por favor|mais|merci|"
                    r"pour|para|für|avec|mit|con|desde|depuis|seit|when|cuando|quand|wenn|quando|"
                    r"parce que|s'il|aber|bitte|danke|weil|mas|obrigad[oa]|my|mi|mon|mein|meu|i|je|ich|"
                    r"eu|yo|email|e-mail|phone|tel|teléfono|téléphone|telefon|telefone|order|pedido|commande|"
                    # (round 14) a mobile number after the town: its word, or its "+43 …" (whose last four digits
                    # read as a postcode)
                    r"handy|mobile|cell|móvil|movil|celular|portable|telemóvel|telemovel)\b"
                    r"|\b(?:Please|Thanks|Thank|Gracias|Merci|Danke|Bitte|Obrigad[oa])\b|\+\d")
_SENTENCE_END = re.compile(r"(?i)(?<!\bapp)(?<!\bapt)(?<!\bappt)(?<!\bbât)(?<!\besq)(?<!\bdcha)(?<!\bizq)(?<!\bizda)"
                           r"(?<!\bdto)(?<!\bap)(?<!\bapto)(?<!\bbl)(?<!\bav)(?<!\bavda)(?<!\bblvd)(?<!\bpl)(?<!\bav)(?<!\bcol)(?<!\bint)(?<!\bst)(?<!\bco)(?<!\bno)"
                           r"(?<!\bdr)(?<!\bº)(?<!\besc)(?<!\bimm)(?<!\bcra)(?<!\d)[.!?](?:\s|$)|;")


def _address_value(value: str) -> int:
    """Length of the address at the start of `value`: up to the end of the sentence or the first prose word."""
    stop = len(value)
    end = _SENTENCE_END.search(value)
    if end:
        stop = end.start()
    prose = _PROSE.search(value, 0, stop)
    if prose:
        stop = prose.start()
    # a postcode after the house number closes the address with its town ("…, 39104 Magdeburg, nachbarin …",
    # "…, 70765-110. O porteiro …": a dot after a digit ends no sentence above, so the postcode must)
    postcodes = [m for m in POSTCODE.finditer(value, 0, stop) if re.search(r"\d", value[:m.start()])]
    if postcodes:
        town = _TOWN_AFTER.match(value, postcodes[0].end(), stop)
        stop = town.end() if town else postcodes[0].end()
    return len(value[:stop].rstrip(" \t,;:-(.")) if re.search(r"\d", value[:stop]) else 0


def _has_postcode(text: str, start: int, end: int) -> bool:
    """A postcode after the street's comma ("…1200, 4º Dto, 4100-130 Porto"); the house number is no postcode."""
    comma = text.find(",", start, end)
    return comma != -1 and bool(POSTCODE.search(text, comma, end))


def _edge_postcode_line(line: str) -> bool:
    """A short line opened or closed by a postcode: "06000 Nice", "Dayton, Ohio 45414", "Mermaid Waters QLD 4218"."""
    m = POSTCODE.search(line)
    return bool(m) and len(line) <= 45 and ":" not in line and (m.start() == 0 or m.end() == len(line.rstrip()))


def _postcode_line(line: str) -> bool:
    return bool(POSTCODE.match(line.strip(" \t,")) or POSTCODE.search(line) and len(line.strip()) <= 45)


def _lines_to_postcode(text: str, end: int) -> int:
    """The end of the short lines below `end` up to and including a postcode line (at most three), else `end`."""
    pos, reach = end, end
    for _ in range(3):
        if text.find("\n", pos) != pos:
            break
        line = text[pos + 1:].split("\n", 1)[0]
        if not line.strip() or ":" in line or "@" in line or len(line.strip()) > 45:
            break
        pos = pos + 1 + len(line)
        if _postcode_line(line):
            reach = pos - (len(line) - len(line.rstrip()))
            break
    return reach


# Lower-case words between an address label and its value ("nueva es", "dele era", "lautet", "de la salle :"), not a
# street type or a unit ("calle Urdaneta 12", "flat 5, …")
_LEADING_WORDS = re.compile(rf"(?:(?!(?i:{STREET_TYPES}|c/o)(?![\w'’-])|{_UNIT})[a-zà-ÿ][\w'’-]*[ \t]*:?[ \t]+)+")

_PARTICLE_END = re.compile(r"\b(?:de|da|do|del|des|du|dos|das)[ \t]+$")  # "vivo en lugar de Vilar 3": a street's own words


def find_labelled_addresses(text: str) -> list[Span]:
    """"Dirección de envío: Calle de Toledo 84, 3º B, 28005 Madrid", "wohne in der Mariahilfer Straße 88/14, …",
    and the town/postcode line below a labelled street line ("Anschrift: Alma-Aschauer-Weg 249\\n3913 Eisenstadt")."""
    out = []
    for m in _LABEL_LINE.finditer(text):
        length = _address_value(m.group(1))
        words = m.group(1).split()
        looks_named = bool(words) and len(words) <= 3 and is_first(fold(words[0]))  # "Billing address: Sara Schwarz"
        if not length and not looks_named and not re.search(r"[\d:@]", m.group(1)) and \
                _lines_to_postcode(text, m.end(1)) > m.end(1):
            length = len(m.group(1).rstrip())  # "Trecho Melina Camargo\nNovo Das Industrias\n68469-788 Oliveira"
        if not length:
            continue
        start, end = m.start(1), m.start(1) + length
        skipped = _LEADING_WORDS.match(text, start, end)
        if skipped and not _PARTICLE_END.search(skipped.group()) and re.match(r"[\dA-ZÀ-ÞĀ-Ž]|(?i:" + STREET_TYPES + r")\b", text[skipped.end():end]):
            start = skipped.end()  # "dirección nueva es calle …", "endereço dele era Rua …": the label's words
        if end == m.end(1) and not _has_postcode(text, start, end):  # the town/postcode lines below belong to it
            end = _lines_to_postcode(text, end)
        out.append(Span("STREET_ADDRESS", start, end, 0.7))
    return out


_TAIL_WORDS = frozenset("de del la las los el do da dos das des du le les di della von der am im an bei sur "
                        "apt apto app int piso esq izq izda dcha dto bis links rechts og eg º ª ter bât appt étage etage "
                        "andar r/c bloco casa ap bl escalera planta top stiege stock wohnung hinterhaus vorderhaus "
                        "fondo puerta pta".split())


# The town (and region) after a postcode: capitalised words, particles, "/", "-", "(Málaga)", ", A Coruña" (round 14: a
# bracket that opens with a capital, not "(date of birth …)").
_TOWN_AFTER = re.compile(r"(?:[ \t]*(?:,[ \t]*)?(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*|\([A-ZÀ-ÞĀ-Ž][^)\n]{0,29}\)|[-/]"
                         r"|(?:de|do|da|del|la|im|am|an|der|sur|en|di)\b)(?=[ \t]|$|[,/)-]))*"
                         r"(?:/[A-Z]{2}(?![\w/]))?")  # (round 33) "30130-007 Belo Horizonte/MG": the state after a slash


def _tail(rest: str) -> int:
    """How much of the rest of an address's line still belongs to it: ", 3º B, 28005 Madrid" yes, " originally" no.
    A comma must open it; it must reach a postcode, or be short and made of capitalised words, units and numbers."""
    if not rest.startswith(","):
        return 0
    stop = _SENTENCE_END.search(rest)
    piece = rest[:stop.start() if stop else len(rest)]
    prose = _PROSE.search(piece)
    piece = piece[:prose.start() if prose else len(piece)].rstrip(" \t,;:-(.")
    if not piece.strip(" ,"):
        return 0
    postcode = POSTCODE.search(piece)
    if postcode:  # up to the postcode and the town after it ("75011 Paris pour l'intervention": not the rest)
        if re.search(r"\b[A-Z]{2}[ \t]+$", piece[:postcode.start()]):
            return postcode.end()  # (round 14) a ZIP after its state ends the address: "GA 30033 BORN …"
        town = _TOWN_AFTER.match(piece, postcode.end())
        return town.end() if town else len(piece)
    # no postcode: the comma-separated parts that read as an address part (a unit, a floor, a town of capitalised
    # words), up to the first that does not (", 2.º andar, Luanda, autorizo …" -> ", 2.º andar, Luanda")
    reach, pos = 0, 0
    for part in re.finditer(r",[^,]*", piece):
        chunk = part.group()[1:].strip()
        words = re.findall(r"[^\W\d_][\w'’.-]*", chunk)
        unit = re.fullmatch(rf"(?i){_UNIT}\.?", chunk)
        named = 0 < len(chunk) <= 30 and all(w[0].isupper() or w.lower().strip(".") in _TAIL_WORDS for w in words)
        if not (unit or named) or part.start() != pos:
            break
        reach = pos = part.end()
    return len(piece[:reach].rstrip(" \t,;:-(."))


def _lines_before(text: str, start: int) -> int:
    """The start of up to two "c/o" / "Attn:" / building-and-unit lines right above an address line."""
    for _ in range(2):
        if start == 0 or text[start - 1] != "\n":
            break
        line_start = text.rfind("\n", 0, start - 1) + 1
        if not _LINE_BEFORE.fullmatch(text[line_start:start - 1]):
            break
        start = line_start + len(text[line_start:start - 1]) - len(text[line_start:start - 1].lstrip())
    return start


_LABEL_BEFORE = re.compile(r",[ \t]*[^\W\d_][\w'’.-]*[ \t:#-]*$")  # the last comma part, one word before a kept value


def complete_lines(text: str, spans: list[Span], protected: list[tuple[int, int]]) -> list[Span]:
    """STREET_ADDRESS spans grown back over a unit ("Flat 5, ") and forward over the rest of the line while it
    reads as an address (units, town, region, postcode): the span must not stop before the postcode or the town."""
    out = []
    for span in spans:
        if span.type == "STREET_ADDRESS":
            line_start = text.rfind("\n", 0, span.start) + 1
            unit = _UNIT_BEFORE.search(text[line_start:span.start])
            start = line_start + unit.start() if unit and unit.group() else span.start
            block = _BLOCK_WORD.search(text, line_start, start)  # "Blk 412 Bedok North Ave 2": the block's number
            start = block.start() if block else start  # opened the street found
            if start == line_start:
                start = _lines_before(text, start)
            line_end = text.find("\n", span.end)
            line_end = len(text) if line_end == -1 else line_end
            # (round 14) the tail is read up to the first kept value after the street ("…, Leeds LS1 4AP (born 3 May
            # 1990)", "…, 80638 München, geboren am …"), so that value no longer costs the whole tail
            stop = min([line_end] + [lo for lo, hi in protected if span.end <= lo < line_end])
            label = _LABEL_BEFORE.search(text, span.end, stop) if stop < line_end else None
            stop = label.start() if label else stop  # "…, 50823 Köln, Kunde KD-…": the kept value's label
            end = span.end + _tail(text[span.end:stop])
            below = line_end if text[end:line_end].strip(" \t.,;") or _has_postcode(text, start, end) else \
                _lines_to_postcode(text, line_end)
            end = below if below > line_end else end  # "Rua Augusta 120, 3º Esq.\n1100-053 Lisboa"
            if any(lo < end and start < hi and not (lo >= span.start and hi <= span.end) for lo, hi in protected):
                start, end = span.start, span.end  # never swallow an order number or a price
            span = Span(span.type, start, end, span.score)
        out.append(span)
    return out


# "Colonia: Roma Norte", "PLZ/Ort: 1700 Fribourg", "Bairro: Copacabana": a form field holding one part of an address.
# (round 18) Several fields may share a line, two spaces or a bar apart ("Street: 818 W ELM AVE   City/State/ZIP: …",
# "Straße: Lindenweg 4 | Ort: Leipzig"): a field starts a line or follows such a gap, and ends at the next one.
_FIELD = re.compile(rf"(?im)(?:^[ \t>*-]*|(?<=[ \t]{{2}})|(?<=\|[ \t]))(?:shipping[ \t]+|billing[ \t]+|delivery[ \t]+)?"
                    rf"(?:{alternation('address_field')})"
                    r"[ \t]*:[ \t]*([^\n:@|]{2,60}?)[ \t.]*(?:$|(?=[ \t]{2,}[^\W\d_][\w/ ]{1,30}:|[ \t]*\|))")


def find_address_fields(text: str) -> list[Span]:
    return [Span("STREET_ADDRESS", m.start(1), m.end(1), 0.7) for m in _FIELD.finditer(text)]



# (round 18) Addresses in machine records. A vCard's ADR property (RFC 6350 §6.3.1: post-office box; extended
# address; street; locality; region; postal code; country, after optional parameters) is one address: the value from
# its first non-empty component to the line's end, semicolons and all.
_VCARD_ADR = re.compile(r"(?im)^[ \t]*(?:item\d+\.)?ADR(?:;[^:\n]*)?:[; \t]*([^;\n][^\n]*?)[; \t\r]*$")
# An EDIFACT NAD segment (UN/EDIFACT D.96A, NAD: party qualifier + party id + name and address + party name +
# street + city + country subdivision + postal code + country): the party name's components (surname:given name) are
# a person, the street, city and postal code elements are the address.
_NAD_PART = r"(?:[^+'\n]|'(?=\w))*"  # an unescaped apostrophe inside a word ("MAREC'H") is no segment end
_NAD = re.compile(rf"NAD\+[A-Z0-9]{{1,3}}\+{_NAD_PART}\+{_NAD_PART}\+({_NAD_PART})\+({_NAD_PART})\+({_NAD_PART})\+"
                  rf"({_NAD_PART})\+({_NAD_PART})")


def find_machine_addresses(text: str) -> list[Span]:
    out = []
    if "ADR" in text or "adr" in text:
        out += [Span("STREET_ADDRESS", m.start(1), m.end(1), 0.8) for m in _VCARD_ADR.finditer(text)
                if re.search(r"[^\W\d_]", m.group(1))]
    if "NAD+" in text:
        for m in _NAD.finditer(text):
            for g in (2, 3, 5):  # street, city, postal code (the subdivision is a region code)
                if m.group(g).strip():
                    out.append(Span("STREET_ADDRESS", m.start(g), m.end(g), 0.8))
            for part in re.finditer(r"[^:]+", m.group(1)):  # surname:given name
                if re.search(r"[^\W\d_]{2}", part.group()):
                    out.append(Span("PERSON", m.start(1) + part.start(), m.start(1) + part.end(), 0.75))
    return out
