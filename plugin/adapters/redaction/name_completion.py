"""(round 37) Names typed in lower case that the other rules find only in part, or not at all.

- a lower-case first name found alone, and the listed surname after it ("priya ramdhanie", "karim bouzerar" when the
  surname is a listed name; "jessica tavares");
- a name found up to a particle, and the word after it ("g. de la" + "haye");
- a title abbreviation in lower case and the word after it ("mrs oduya", "sra. quiroga", "mme lefort", "hr. brandt");
- an initial and a surname in lower case signing a note or in brackets ("(p. deschamps)", "— g. de la haye");
- a lower-case first name and surname in brackets ("(kwame osei-bonsu)", "(rebecca amoah-lindqvist on the account)").

The added word is never a function word, an ordinary word of de/es/fr/pt, an English word that is also a name
("ambiguous"), nor any other finding.
"""
from __future__ import annotations

import re

from plugin.core.model import Span

from .name_lists import PARTICLES, STOP, fold, function_words, is_first, is_name, names, ordinary_anywhere

_LOW = r"[a-zß-öø-ÿ][a-zß-öø-ÿ'’]*(?:-[a-zß-öø-ÿ][a-zß-öø-ÿ'’]+)?"
_PART = r"(?:de|da|do|dos|das|del|della|la|le|van|von|der|den|di|du|mc|mac|al|el|ten|ter)"
_TITLE = re.compile(rf"(?<![\w.@/-])(mrs|mr|ms|mx|dr|sra|srta|sr|mme|mlle|hr|fr|dña|dna)\.?[ \t]+"
                    rf"((?:{_PART}[ \t]+){{0,2}}{_LOW})(?![\w@./-])")
_INITIAL = re.compile(rf"(?m)(?:^|(?<=[(—–])|(?<=[(—–][ \t]))[ \t]*([a-z]\.[ \t]?(?:{_PART}[ \t]+){{0,2}}{_LOW})"
                      rf"[ \t]*(?=\)|$)")
_BRACKET = re.compile(rf"\(((?:{_LOW})[ \t]+(?:{_PART}[ \t]+){{0,2}}{_LOW})(?=\)|[ \t]+(?:on|in|from|at|de|en|sur|"
                      rf"auf|im|no|na|do|da)\b[^()\n]{{0,30}}\))")
# an identity detail after a name: an unlisted surname before it is still a surname ("karim bouzerar né le …")
_DETAIL = re.compile(r"[ \t,]*(?:dob|d\.o\.b|born|né|née|nacid[oa]|nascid[oa]|geb\.?|geboren|cpf|dni|nif|nie|rfc|curp|"
                     r"ssn|sin|nino|pps|ahv|avs|iban|email|e-mail|correo|tel|tél|phone|telefone|teléfono)\b")
_SURE_TITLE = frozenset("mrs ms mx sra srta mme mlle dña dna".split())  # titles that are no English word or abbreviation
_AFTER = re.compile(rf"[ \t]+((?:{_PART}[ \t]+){{0,2}}{_LOW})(?![\w@./-])")


def _plain(word: str) -> bool:
    """An ordinary word: a function word, an ordinary word of a language we read, a name that is an English word."""
    w = fold(word)
    return len(w) < 3 or w in STOP or w in function_words() or ordinary_anywhere(w) or w in names("ambiguous") \
        or w in names("ambiguous_last") or w in PARTICLES


def _surname_ok(words: str, listed: bool) -> bool:
    last = words.split()[-1]
    return all(not _plain(p) for p in last.split("-")) and (not listed or is_name(fold(last)))


def complete_lower_names(text: str, spans: list[Span]) -> list[Span]:
    if not any(c.islower() for c in text):
        return spans
    taken = [(s.start, s.end) for s in spans]
    out = list(spans)
    grown: dict[int, Span] = {}
    for i, s in enumerate(spans):
        if s.type != "PERSON":
            continue
        value = text[s.start:s.end]
        ends_particle = bool(re.search(rf"(?:^|[ \t]){_PART}$", value))
        if not (value.islower() or ends_particle):
            continue
        m = _AFTER.match(text, s.end) if not ends_particle else re.match(rf"[ \t]+({_LOW})(?![\w@./-])", text[s.end:])
        if not m:
            continue
        end = s.end + m.end() if ends_particle else m.end()
        one_first = " " not in value.strip() and is_first(fold(value))
        if not ends_particle and not one_first:
            continue
        if any(s.end <= lo < end for lo, _ in taken):
            continue
        if _surname_ok(m.group(1), listed=not ends_particle and not _DETAIL.match(text, end)):
            grown[i] = Span(s.type, s.start, end, s.score)
    for i, g in grown.items():
        out[i] = g
    taken = [(s.start, s.end) for s in out]
    added = []
    for pattern, listed_first in ((_TITLE, False), (_INITIAL, False), (_BRACKET, True)):
        group = 2 if pattern is _TITLE else 1
        for m in pattern.finditer(text):
            lo, hi = m.start(group), m.end(group)
            if any(a < hi and lo < b for a, b in taken):
                continue
            words = m.group(group).split()
            first = fold(words[0])
            if listed_first and not (is_first(first) and first not in function_words() and not ordinary_anywhere(first)):
                continue
            # after "dr", "mr", "hr" (English and German abbreviations of other words too) only a listed name
            listed = pattern is _TITLE and m.group(1) not in _SURE_TITLE
            if not _surname_ok(m.group(group), listed=listed):
                continue
            added.append(Span("PERSON", lo, hi, 0.6))
            taken.append((lo, hi))
    return sorted(out + added, key=lambda s: s.start)
