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
