"""(round 21) People in structured forms and booking exports, read from the form's layout.

- A booking system's passenger name: "SURNAME/GIVEN NAMES TITLE" ("OKAFOR/CHIDI MR", "LINDQVIST / ANNA MARIA MRS",
  "DELGADO RUIZ/PABLO SR"): the surname, a slash, the given names, and a title of the five languages' booking systems
  after them; without the title, a passenger list's word in the text or a listed name on either side says so.
- A name read over a form's next field ("Apellidos: Roig Vidal   Nombre: Pau" found as "Roig Vidal   Nombre"): a
  name that runs over a gap of two spaces or more into a word followed by a colon stops before the gap.
- A space-aligned table's header ("SURNAME   GIVEN NAMES   DATE OF BIRTH"): its cells are labels, never people.
"""
from __future__ import annotations

import re

from plugin.core.model import Span

from . import tables
from .cues import alternation
from .keyed import key_entity
from .name_lists import fold, function_words, is_first, is_last

_TITLE = r"MRS|MR|MS|MISS|MSTR|DR|PROF|SRA|SRTA|SR|DNA|DON|DONA|HR|FR|FRAU|HERR|MME|MLLE|MONSIEUR|MADAME|M|CHD|INF"
_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+"
_PNR = re.compile(rf"(?<![\w/])({_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,2}})[ ]?/[ ]?"
                  rf"({_CAPS_WORD}(?:[ ](?!(?:{_TITLE})(?![\w]))(?:{_CAPS_WORD})){{0,3}})"
                  rf"(?:[ ]+({_TITLE}))?(?![\w/])")
_PASSENGER_WORDS = re.compile(r"(?i)\b(?:passengers?|pax|pnr|booking|itinerary|boarding|pasajer[oa]s?|reserva|vuelo|"
                              r"passag(?:er|ère)s?|réservation|vol|passagier(?:e|in)?|buchung|flug|passageir[oa]s?|voo)\b")


def find_form_names(text: str) -> list[Span]:
    if "/" not in text:
        return []
    out = []
    cue = None
    for m in _PNR.finditer(text):
        surname, given = m.group(1), m.group(2)
        letters = re.sub(r"[^A-ZÀ-Þ]", "", surname + given)
        if len(letters) < 5 or min(len(surname), len(given)) < 2:
            continue
        if m.group(3) is None:
            if min(len(surname), len(given)) < 4:
                continue  # "DNI/NIE", "TCP/IP": abbreviations, no passenger without a title
            if cue is None:
                cue = _PASSENGER_WORDS.search(text) is not None
            listed = is_last(fold(surname.split()[0])) or is_first(fold(given.split()[0]))
            if not (cue and listed):
                continue
        out.append(Span("PERSON", m.start(1), m.end(2), 0.8))
    return out


# A form line of several fields ("Primer apellido: Roig   Segundo apellido: Vidal", "Familienname: Kern    Vorname:
# Lea", "| Nom : Petit | Prénom : Léa |"): a name field's value ends at two spaces, a tab or a bar before the next
# field. Also the people a booking or a form lists beside the holder (companions, guests, spouses, contacts), five
# languages, written for the round.
_COMPANION = (r"mitreisende[rn]?|begleitperson(?:en)?|reisende[rn]?|ehepartner(?:in)?|notfallkontakt|"
              r"companion|co-?traveller|fellow traveller|travel(?:l)?er|guest|spouse|emergency contact|"
              r"acompañante|viajer[oa]|huésped|c[oó]nyuge|contacto de emergencia|"
              r"accompagnant(?:e)?|voyageur|voyageuse|conjoint(?:e)?|personne à contacter|"
              r"acompanhante|viajante|hóspede|c[oô]njuge|contato de emerg[eê]ncia|contacto de emerg[eê]ncia|"
              r"segundo apellido|primer apellido|second surname|middle names?|deuxième prénom|zweiter vorname")
_FIELD = re.compile(rf"(?im)(?:^|[ ]{{2,}}|\t|[|│])[ \t]*(?:[-*•][ \t]*)?(?:{alternation('name_label')}|{_COMPANION})"
                    r"[ \t]*(?:\([^()\n]{1,6}\))?[ \t]*:[ \t]*"
                    r"((?-i:[A-ZÀ-Þ][\w'’-]*\.?(?:[ ](?:[A-ZÀ-Þ][\w'’-]*\.?|d[aeiou]s?|de la|del|von|van|le|la|y|e|i))"
                    r"{0,4}))(?=[ ]{2,}|\t|[ \t]*[|│]|[ \t]*$)")


def find_form_fields(text: str) -> list[Span]:
    if ":" not in text:
        return []
    out = []
    for m in _FIELD.finditer(text):
        words = m.group(1).split()
        if words and fold(words[0]) not in function_words():
            out.append(Span("PERSON", m.start(1), m.end(1), 0.8))
    return out


_GAP = re.compile(r"[ ]{2,}|\t")
# the rest of the next field's label after the span ("Urrutia   Segundo| apellido:"), then its colon
_NEXT_LABEL = re.compile(r"(?:[ \t]+[^\W\d_][\w.'’-]*){0,2}[ \t]*(?:\([^()\n]{1,6}\))?[ \t]*:")


def _header_lines(text: str) -> list[tuple[int, int]]:
    if "  " not in text:
        return []
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    return [(start, start + len(line)) for i, (start, line) in enumerate(lines)
            if "  " in line and next(tables._aligned(lines, i), None) is not None]


def tidy_form_names(text: str, spans: list[Span]) -> list[Span]:
    headers = _header_lines(text)
    out = []
    for span in spans:
        if span.type == "PERSON":
            if any(lo <= span.start and span.end <= hi for lo, hi in headers):
                continue  # "GIVEN NAMES" heading a column
            gaps = list(_GAP.finditer(text, span.start, span.end))
            if gaps and _NEXT_LABEL.match(text, span.end):
                span = Span(span.type, span.start, gaps[-1].start(), span.score)
        out.append(span)
    return out


# (round 44) A document pasted as label-value rows ("Geburtsdatum   | 04.11.1979", "Teléfono | 600 …"): its label cells
# (tables.label_cells) are the form's words, never a finding, once one of the run's labels is a field's key (keyed.py's
# vocabulary) or a contact field's label. A list of people and their numbers has no such label on the left.
_CONTACT_LABEL = re.compile(r"(?i)(?:[\w-]+[ \t])*(?:tel(?:efon|éfono|efone|éphone|ephone)?\.?|phone|mobil(?:e|e?telefon)?|"
                            r"handy|m[oó]vil|celular|portable|e-?mail|correo(?: electr[oó]nico)?|courriel|"
                            r"anschrift|adresse|address|direcci[oó]n|domicilio|morada|endere[cç]o|iban|bic|"
                            r"geburtsort|place of birth|lugar de nacimiento|lieu de naissance|naturalidade)"
                            r"(?:[ \t][\w()-]+){0,2}:?")


def drop_label_cells(text: str, spans: list[Span]) -> list[Span]:
    spans = [s for s in spans if not _slashed_label(text, s)]
    cells = [(a, b) for run in tables.label_cells(text)
             if any(key_entity(text[a:b].rstrip(":")) or _CONTACT_LABEL.fullmatch(text[a:b]) for a, b in run)
             for a, b in run]
    if not cells:
        return spans
    out = [s for s in spans if not any(a <= s.start and s.end <= b for a, b in cells)]
    for span in [s for s in out if s.type == "STREET_ADDRESS"]:  # an address's postcode and town on the row below
        below = _CONTINUED_TOWN.match(text, span.end)
        if below and not any(s.start < below.end(1) and below.start(1) < s.end for s in out):
            out.append(Span("STREET_ADDRESS", below.start(1), below.end(1), span.score))
    return sorted(out, key=lambda x: (x.start, x.end))


# a label-value row with an empty label continuing an address: "                      | 80331 München"
_CONTINUED_TOWN = re.compile(r"[ \t]*\n[ \t]*[|│\t][ \t]*((?:[A-Z]{1,2}-)?\d{4,5}[ \t]+[A-ZÀ-Þ][^\n|│\t]*?)[ \t]*(?=\n|$)")


# A form's field named by two labels with a slash ("Marca/modelo: Seat León", "Code postal / Ville : 06000 / Nice",
# "Vorname / Nachname: …"): a single word of the pair is no person.
_SLASH_AFTER = re.compile(r"[ \t]*/[ \t]*[^\W\d][\w-]*(?:[ \t][\w-]+)?[ \t]*:")
_SLASH_BEFORE = re.compile(r"[^\W\d][\w-]*[ \t]*/[ \t]*$")


def _slashed_label(text: str, span: Span) -> bool:
    if span.type != "PERSON" or " " in text[span.start:span.end]:
        return False
    after = _SLASH_AFTER.match(text, span.end)
    if after:  # the other word of the pair written small ("Marca/modelo"); "Ana/Pedro: hola" are two who write
        if not re.search(r"/[ \t]*[^\W\d_A-ZÀ-Þ]", after.group()):
            return False
        line = text.rfind("\n", 0, span.start) + 1
        return not text[line:span.start].strip() or text[span.start - 2:span.start] == "  " or text[span.start - 1] == "\t"
    before = _SLASH_BEFORE.search(text, max(0, span.start - 40), span.start)
    return bool(re.match(r"[ \t]*:", text[span.end:span.end + 4])) and before is not None and \
        before.group()[0].islower()  # "Code postal / Ville :"
