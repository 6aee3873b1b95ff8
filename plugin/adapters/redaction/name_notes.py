"""People in call-centre and counter notes (redaction round 28): the agent who took the note, written as initials or a
first name in the note's header ("CALL NOTE – agent JW – 02/12", "nota mostrador (Lu)", "aufgen. K.B."), and the
colleague a call was passed to ("escalated to Priya in billing", "pasado a Lorena (cobros)", "weiter an Kollegin Fr.
Szymańska"). Shapes written from the genre: a cue word or the header line of a note decides, never the letters alone.
"""
from __future__ import annotations

import re

from plugin.core.model import Span

from . import keep
from .name_lists import fold, is_city, is_first, is_place, ordinary_words

# initials: "JW", "NRL", "K.B.", "K. B."; a first name with or without an initial: "Priya", "Yuki T."
_INITIALS = r"(?:[A-ZÄÖÜ]{2,3}(?![\w.’'-])|[A-ZÄÖÜ]\.[ \t]?[A-ZÄÖÜ]\.(?:[ \t]?[A-ZÄÖÜ]\.)?)"
_GIVEN = r"[A-ZÀ-Þ][a-zà-ÿß]{1,15}(?:[ \t]+[A-ZÀ-Þ]\.)?(?![\w’'-])"
# an initial and a surname: "R. Keller" (only as a whole header segment)
_INITIAL_SURNAME = r"[A-ZÀ-Þ]\.[ \t]?[A-ZÀ-Þ][a-zà-ÿß]{2,20}(?![\w’'-])"
# the word that names who took the note: "agent", "rep", "ag.", "aufgen.", "Bearbeiter", "conseillère", "atendente"
_AGENT_CUE = re.compile(
    r"(?<![\w.])(?:[Aa]gent(?:e|in)?|[Aa]gt\.|[Rr]ep\.?|[Aa]g\.|aufgen\.|aufgenommen(?:[ \t]+von)?|[Bb]earb\.|"
    r"[Bb]earbeiter(?:in)?|[Cc]onseill(?:er|ère)|[Aa]tendente|atendid[oa][ \t]+por|[Tt]hekenvermerk|[Tt]aken[ \t]+by|"
    r"[Hh]andled[ \t]+by|pris[ \t]+par|tomad[oa][ \t]+por|anotad[oa][ \t]+por)[ \t]+"
    rf"({_INITIALS}|{_GIVEN})")
# a header line of a note: its words, or the first line of the text when it holds a date
_NOTE_WORD = re.compile(r"(?i)\b(?:call[ \t]+note|note|nota|notiz|vermerk|log|memo|comptoir|mostrador|balc[aã]o|theke)\b")
_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?\b")
# a header segment between dashes or brackets that is only initials or a first name
_SEGMENT = re.compile(rf"(?:(?<=\()|(?<=[–—|/][ \t])|(?<=[ \t]-[ \t]))({_INITIALS}|{_INITIAL_SURNAME}|{_GIVEN})"
                      r"(?=\)|[ \t]+[–—|/-][ \t]|[ \t]*,)")
# units, services and codes written in capitals in a note's header: not a person
_NOT_INITIALS = frozenset("SAV VIP RH HR IT CS CRM SAC ATC KD FAQ TV EDV DSL USB SMS PDF SEPA IBAN NIF NIE CPF CNPJ "
                          "DNI NIR AHV SV PLZ ID OK CC BCC RE FW FWD AW WG TR PS NB ETA SLA UTC CET GMT AM PM".split())
# passing a call on: the colleague named after it
_TRANSFER = re.compile(
    r"(?:[Ee]scalated[ \t]+to|[Tt]ransferred[ \t]+to|[Pp]assed[ \t]+(?:on[ \t]+)?to|[Hh]anded[ \t]+(?:over[ \t]+)?to|"
    r"[Ff]orwarded[ \t]+to|[Aa]sk[ \t]+for|[Pp]asad[oa][ \t]+a|[Ss]e[ \t]+transfiere[ \t]+a|[Tt]ransferid[oa][ \t]+(?:a|para)|"
    r"[Dd]erivad[oa][ \t]+a|[Ee]scalad[oa][ \t]+a|[Pp]reguntar[ \t]+por|[Tt]ransf[ée]r[ée]e?[ \t]+à|[Tt]ransmise?[ \t]+à|"
    r"[Pp]ass[ée]e?[ \t]+à|[Dd]emander|[Ww]eiter[ \t]+an|[Ww]eitergeleitet[ \t]+an|[Üü]bergeben[ \t]+an|"
    r"[Pp]assad[oa][ \t]+para|[Ee]ncaminhad[oa][ \t]+para|[Ff]alar[ \t]+com|[Pp]edir[ \t]+pel[oa])[ \t]+"
    r"((?:(?:colleague|coll[èe]gue|Kolleg(?:in|e|en)|colega|compañer[oa]|la|el|a|o)[ \t]+)?"
    r"(?:(?:Fr\.|Hr\.|Frau|Herrn?|Mme|M\.|Ms\.?|Mr\.?|Mrs\.?|Sr\.|Sra\.|Dña\.)[ \t]+)?)"
    r"([A-ZÀ-Þ][\w’'-]+)")
_COLLEAGUE = re.compile(r"(?i)colleague|coll[èe]gue|kolleg|colega|compañer|fr\.|hr\.|frau|herr|mme|m\.|ms|mr|sr|dña")


_AGENT_TURN_INITIALS = re.compile(r"(?m)^[ \t>*-]*(?i:agent|agente|agentin|conseill(?:er|ère)|atendente|operator|operador[a]?|"
                                  r"rep|berater(?:in)?|asesor[a]?)[ \t]*:[ \t]*([A-ZÄÖÜ]{2,3})[ \t]*$")
_CLOSING_INITIALS = re.compile(r"[.!][ \t]+([A-ZÄÖÜ]{2,3})[ \t]*\Z")
_SPEAKER = re.compile(r"(?im)^[ \t>*-]*(?:agent|agente|agentin|conseill(?:er|ère)|atendente|customer|cliente|kunde|kundin|"
                      r"appelante?|caller|anrufer(?:in)?)[ \t]*:")


def _plain(word: str, lang: str) -> bool:
    folded = fold(word)
    nouns = lang == "de" and (folded in ordinary_words("de_nouns") or word.lower() in ordinary_words("de_nouns"))
    return folded in ordinary_words(lang) or nouns or is_place(folded) or is_city(folded)


def _initials(value: str) -> bool:
    letters = value.replace(".", "").replace(" ", "")
    return letters.isupper() and letters not in _NOT_INITIALS


def _person(value: str, lang: str) -> bool:
    """Initials, or a listed first name that is no ordinary word of the text's language (with its initial)."""
    if _initials(value):
        return True
    if re.fullmatch(_INITIAL_SURNAME, value):
        return not _plain(value.split(".")[1].strip(), lang)
    first = value.split()[0]
    return first[0].isupper() and not first.isupper() and is_first(fold(first)) and not _plain(first, lang)


def _header_lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for n, line in enumerate(text.split("\n")):
        if _NOTE_WORD.search(line) or n == 0 and _DATE.search(line):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def agent_marks(text: str, spans: list[Span], lang: str) -> list[Span]:
    """Add the note-taker's and the colleague's names the other rules left (never over a kept range or a finding)."""
    found: list[tuple[int, int]] = []
    for m in _AGENT_CUE.finditer(text):
        if _person(m.group(1), lang):
            found.append(m.span(1))
    for lo, hi in _header_lines(text):
        for m in _SEGMENT.finditer(text, lo, hi):
            if _person(m.group(1), lang):
                found.append(m.span(1))
    for m in _TRANSFER.finditer(text):
        word = m.group(2)
        cued = bool(m.group(1).strip()) and bool(_COLLEAGUE.search(m.group(1)))
        if word.isupper() or _plain(word, lang) and not cued:
            continue
        if cued or is_first(fold(word)):
            found.append(m.span(2))
    # (round 34) a transcript's or a note's last turn signed with initials alone ("- Agent: MB"), and a call note that
    # ends with the agent's two or three capitals after its last sentence ("… Karte sperren lassen. KE")
    for m in _AGENT_TURN_INITIALS.finditer(text):
        if _initials(m.group(1)):
            found.append(m.span(1))
    closing = _CLOSING_INITIALS.search(text)
    if closing and _initials(closing.group(1)) and (_AGENT_CUE.search(text) or _SPEAKER.search(text) or _header_lines(text)):
        found.append(closing.span(1))
    if not found:
        return spans
    protected = keep.protected_ranges(text)
    out = list(spans)
    for start, end in found:
        if any(s.start < end and start < s.end for s in out) or any(a < end and start < b for a, b in protected):
            continue
        out.append(Span("PERSON", start, end, 0.6))
    return sorted(out, key=lambda s: (s.start, s.end))
