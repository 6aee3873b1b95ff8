"""Where a name starts and ends, and names that forms, headers and chat logs write without a cue word.

A name found in part leaks the rest: "BUTLER, Lisa" with only "Lisa" hidden still tells the drafter who wrote.
After every recognizer, each PERSON span grows over what belongs to it, in every language:
- a surname in capitals before it, with a comma ("O'BRIEN-SMITH, Clara", "VON UND ZU HOFER, Lothar") or
  family-first ("TAKAHASHI Misaki", when the capitals are a known surname);
- an initial after it ("Vincenzo M.", "Tom B:");
- particles and capitalised or hyphenated surnames after it ("Claas von und zu Schüler", "Goyo Sanchez-Cánovas");
- in lower-case text, a hyphenated surname after it ("zacarías arellano-durán");
- in Han or kana script, the given name after the family name ("山田 花子").
And names found without a cue:
- "SURNAME, Firstname" (a capitalised surname, a comma, a known first name or after a known surname);
- "SURNAME Firstname" where the capitals are a known surname and the next word a known first name ("WANG Xiuying");
- chat speakers with an initial after a timestamp ("[23:05] Vincenzo M.: Hi", "12:03 PM Tom B: ...");
- a known first name alone on the last line of a message (a sign-off without a closing word: "...\\nXiuying").
"""
from __future__ import annotations

import functools
import re

from plugin.core.model import Span

from . import keep
from .cues import alternation, words
from .name_lists import (
    NOT_NAME_PARTS,
    ORG_WORDS,
    PARTICLES,
    capitalised,
    fold,
    function_words,
    is_first,
    is_last,
    is_name,
    is_place,
    unambiguous,
)

_CAPS_TOKEN = r"[^\W\d_][\w'’.-]*"
_CAPS_BEFORE = re.compile(rf"((?:{_CAPS_TOKEN}[ \t]+){{0,3}}{_CAPS_TOKEN})(,?)[ \t]+$")
_INITIAL_AFTER = re.compile(r"[ \t]+[A-ZÀ-Þ](?:\.(?=[\s:,;)]|$)|(?=[ \t]*:))")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_CJK_AFTER = re.compile(r"[ \t]([\u4e00-\u9fff\u3040-\u30ff]{1,3})(?![\u4e00-\u9fff\u3040-\u30ff])")
_CJK_SPAN = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff]{1,4}")
_COMMA_NAME = re.compile(rf"(?<![\w'’.-])((?:{_CAPS_TOKEN}[ \t]+){{0,3}}{_CAPS_TOKEN}),[ \t]+"
                         r"([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?)(?![\w'’-])")
_FAMILY_FIRST = re.compile(r"(?<![\w'’.-])([^\W\d_][\w'’-]+)[ \t]+([^\W\d_][\w'’-]+)(?![\w'’-])")
_CHAT_SPEAKER = re.compile(
    r"(?m)^[ \t>]*\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?[ \t]+"
    r"([A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)?[ \t]+[A-ZÀ-Þ]\.?)(?=[ \t]*:|[ \t]+[^\W\d_])")
_LAST_LINE = re.compile(r"(?:^|\n)[ \t>*-]*([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?)[ \t]*[.!]?\s*$")
# Particles written in capitals before a surname: "DE LA", "VON UND ZU", "ST.", Irish "Ó", "NÍ", "MAC".
_CAPS_PARTICLES = PARTICLES | frozenset("st und zu o ni nic mac mc ui".split())
_ELIDED = re.compile(r"(?:[dDlL]|[oO])['’][A-ZÀ-Þ][\w'’-]*[^\W\d_]$")  # "d'Aubigny", "l'Hermite", "O'Hara"
_NICK_AFTER = re.compile(r"[ \t]+[„“\"«‹'‘](?:(?:el|la|o|a|le|der|die|the)[ \t]+)?([^\W\d_][\w'-]{1,20})[“”\"»›'’][ \t]+([A-ZÀ-Þ][\w'’-]*[^\W\d_])")
_NICK_BEFORE = re.compile(r"([A-ZÀ-Þ][\w'’-]*[^\W\d_])[ \t]+[„“\"«‹'‘][^\W\d_][\w'-]{1,20}[“”\"»›'’][ \t]+$")
_INITIAL_SURNAME = re.compile(r"(?:^|\n)[ \t>*-]*([A-ZÀ-Þ]\.[ \t]*[A-ZÀ-Þ][\w'’-]*[^\W\d_])[ \t]*\s*$")
# Academic and professional titles before a name are left for the drafter ("Dra. <PERSON_1>", "Dipl.-Ing.
# <PERSON_1>"): they say how to address the person, not who. Courtesy titles stay inside the span, as the
# redactor contract has it ("Mr. Okafor" is one PERSON).
_TITLES = frozenset("dr dra dres prof pr me mag dipl ing eng lic med dott ph phd mba msc".split())
# Chat laughter and fillers after a lower-case name ("soy carmen jaja") end the name.
_FILLERS = frozenset("jaja jajaja jeje haha hahaha hehe lol mdr ptdr kkk kkkk rsrs xd ok okay".split())
_COURTESY = frozenset("mr mrs ms mx sr sra srta dna dona don mme mlle st".split())
_GREETINGS = frozenset("hello hi hey hola buenas buenos bonjour bonsoir salut coucou hallo servus moin guten "
                       "ola oi bom boa tag dia dias tardes noches tarde noite".split())
_LEAD = re.compile(r"[^\W\d_][\w'’.º-]*\.?[ \t]+")


@functools.cache
def _closing_words() -> frozenset[str]:
    return frozenset(fold(w) for w in re.findall(r"[^\W\d_]+", "|".join(words("closing"))))


@functools.cache
def _keep_cue_words() -> frozenset[str]:
    """Single words of the keep cues (order, commande, Bestellung, pedido...)."""
    return frozenset(fold(w) for w in re.findall(r"[^\W\d_]{3,}", "|".join(words("keep_cues"))))


def _plain(word: str) -> bool:
    """Not a function, organisation, title or label word: may be part of a name."""
    w = fold(word.strip(".'’-"))
    return bool(w) and w not in function_words() and w not in NOT_NAME_PARTS and w not in ORG_WORDS


def _parts(word: str) -> list[str]:
    return [fold(p) for p in re.split(r"[-'’.]", word) if p]


def _caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _caps_surname(tokens: list[str]) -> bool:
    """"O'BRAZIL-SKEHAN", "ST. ROWLEY", "VON UND ZU LOSEKANN": capitals, particles only before the last word."""
    if not tokens or not all(_caps(t) or fold(t.rstrip(".")) in _CAPS_PARTICLES for t in tokens):
        return False
    last = tokens[-1]
    if any(is_place(p) for t in tokens for p in _parts(t)):  # "STAVANGER, Betterlesson", "SAINT-PRIEST France"
        return False
    # a short last word that is also a function word ("AU") counts after particles ("VON DER AU")
    return _caps(last) and (_plain(last) or len(tokens) > 1) and len([c for c in last if c.isalpha()]) >= 2


def _known_surname(word: str) -> bool:
    parts = _parts(word)
    return bool(parts) and any(is_last(p) for p in parts) and all(_plain(p) for p in parts)


# One initial before a name of two capitalised words ("Cumprimentos, H. Moniz Barreto"); not "M."/"D."/"S.",
# which are courtesy titles (Monsieur, Dona, San) the contract keeps outside the span.
_ONE_INITIAL = re.compile(r"(?:^|(?<=[\s,;:]))([A-CE-LN-RT-ZÀ-Þ]\.)[ \t]+$")


def _grow_left(text: str, span: Span) -> Span:
    line_start = text.rfind("\n", 0, span.start) + 1
    initial = _ONE_INITIAL.search(text, line_start, span.start)
    if initial and len(text[span.start:span.end].split()) >= 2 and \
            all(capitalised(w) for w in text[span.start:span.end].split()):
        span = Span("PERSON", initial.start(1), span.end, span.score)
    nick = _NICK_BEFORE.search(text, line_start, span.start)
    if nick and text[span.start].isupper() and any(is_first(p) for p in _parts(nick.group(1))):
        span = Span("PERSON", nick.start(1), span.end, span.score)  # "Karl-Heinz „Kalle“ Brandt"
    m = _CAPS_BEFORE.search(text, line_start, span.start)
    if not m or text[span.start].islower() or _caps(text[span.start:span.end]) or \
            any(is_place(fold(w)) for w in text[span.start:span.end].split()):
        return span
    found = list(re.finditer(r"\S+", m.group(1)))
    comma = bool(m.group(2))
    while found and not _caps_surname([t.group() for t in found]):
        found = found[1:]
    # without a comma only known surnames in capitals may stand before ("TAKAHASHI Misaki", not "URGENT Maria")
    if not found or not comma and not (all(_caps(t.group()) and _known_surname(t.group()) for t in found) and
                                       all(unambiguous(fold(w)) for w in text[span.start:span.end].split())):
        return span  # "SAINT-PRIEST France" is a town and a country
    return Span("PERSON", m.start(1) + found[0].start(), span.end, span.score)


def _grow_right(text: str, span: Span) -> Span:
    end = span.end
    value = text[span.start:span.end]
    if _CJK_SPAN.fullmatch(value):
        m = _CJK_AFTER.match(text, end)
        return Span("PERSON", span.start, m.end(1), span.score) if m else span
    lower = value.islower()
    for _ in range(4):
        m = _INITIAL_AFTER.match(text, end)
        if m and not lower:
            end = m.end()
            break
        nick = _NICK_AFTER.match(text, end)
        if not lower and nick and _plain(nick.group(2)):  # "Karl-Heinz „Kalle“ Brandt"
            end = nick.end()
            continue
        m = _WORD_AFTER.match(text, end)
        if not m:
            break
        word = m.group(1)
        if fold(word) in PARTICLES | {"und", "zu"} and not lower:
            nxt = _WORD_AFTER.match(text, m.end())
            chain = [m]
            while nxt and fold(nxt.group(1)) in PARTICLES | {"und", "zu"}:
                chain.append(nxt)
                nxt = _WORD_AFTER.match(text, nxt.end())
            # one particle then a listed surname ("Ana de Souza"), or a chain ("von und zu Schüler"); German
            # nouns are capitalised too: "Goran das Regal", "Asante zu Auftrag" are no names
            surname = _known_surname(nxt.group(1)) if nxt else False
            # a particle before a hyphenated surname is the surname's ("Tanguy Le Bihan-Cariou")
            double = nxt is not None and "-" in nxt.group(1).strip("-") and all(
                capitalised(p) and len(p) >= 2 for p in nxt.group(1).split("-"))
            if nxt and capitalised(nxt.group(1)) and _plain(nxt.group(1)) and (surname or double or len(chain) > 1) and \
                    fold(nxt.group(1)) not in _keep_cue_words():
                end = nxt.end()
                continue
            break
        if not lower and _ELIDED.match(word):
            end = m.end()
            continue
        hyphenated = "-" in word.strip("-") and all(len(p) >= 2 for p in _parts(word))
        if lower:
            if word.islower() and hyphenated and any(is_name(p) for p in _parts(word)) and \
                    all(_plain(p) for p in _parts(word)):
                end = m.end()
                continue
            break
        if capitalised(word) and _plain(word) and (hyphenated and all(p[:1].isalpha() for p in _parts(word))
                                                   or _known_surname(word) and not is_first(fold(word))):
            end = m.end()
            continue
        break
    return Span("PERSON", span.start, end, span.score) if end != span.end else span


def _comma_names(text: str) -> list[Span]:
    out = []
    for m in _COMMA_NAME.finditer(text):
        found = list(re.finditer(r"\S+", m.group(1)))
        while found and not _caps_surname([t.group() for t in found]):
            found = found[1:]
        given = m.group(2).split()
        # "Văn" is not the particle "van": a word with its diacritics is read as written
        if not found or not capitalised(given[0]) or not (_plain(given[0]) or given[0].lower() != fold(given[0])):
            continue
        if re.match(r"[ \t]*:", text[m.end():]):  # "NAME, Vorname:" is a form label
            continue
        if not (is_first(fold(given[0])) or _known_surname(found[-1].group())):
            continue
        if len(given) > 1 and not (capitalised(given[1]) and _plain(given[1])):
            given = given[:1]
        start = m.start(1) + found[0].start()
        end = m.start(2) + len(" ".join(given)) if len(given) == 1 else m.end(2)
        out.append(Span("PERSON", start, end, 0.7))
    return out


# What may stand before a surname in capitals on its line: list marks, or a label and its colon. (speed) Matched on the
# line itself: the search over the whole text before every pair of words ("(?:^|\n)…$") grew with the square of the text.
_FIELD_HEAD = re.compile(r"[ \t>*-]*(?:[^\n:]{0,40}:[ \t]*)?")


def _family_first(text: str) -> list[Span]:
    out = []
    for m in _FAMILY_FIRST.finditer(text):
        family, given = m.group(1), m.group(2)
        if not _FIELD_HEAD.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue  # a form field or a header ("Von: TAKAHASHI Misaki"), not mid-sentence ("SAINT-PRIEST France")
        # in a field or header the given name may also be a short word ("LI Na"); the capitals may not
        surname = bool(_parts(family)) and all(is_last(p) and p not in _CAPS_PARTICLES and p not in NOT_NAME_PARTS
                                               for p in _parts(family))
        if _caps(family) and capitalised(given) and surname and is_first(fold(given)) and \
                fold(given) not in NOT_NAME_PARTS and not re.match(r"[ \t]*:", text[m.end():]):
            out.append(Span("PERSON", m.start(1), m.end(2), 0.65))
    return out


def _chat_speakers(text: str) -> list[Span]:
    out = []
    for m in _CHAT_SPEAKER.finditer(text):
        words = m.group(1).split()
        if all(_plain(w) for w in words[:-1]) and is_name(fold(words[0])):
            out.append(Span("PERSON", m.start(1), m.end(1), 0.7))
    return out


def _last_line(text: str, others: list[Span]) -> list[Span]:
    """The last line of a message, when the line before it ends a sentence, a number or a link (not an address
    block: "Soloi\nCyprus")."""
    body = text.rstrip()
    prev_end = body.rfind("\n")
    prev = body[:prev_end].rstrip()
    prev_start = prev.rfind("\n") + 1
    closing = bool(prev[prev_start:].strip()) and all(fold(w) in _closing_words()
                                                      for w in re.findall(r"[^\W\d_]+", prev[prev_start:]))
    if prev_end < 0 or not (closing or re.search(r"[.!?…)\]\d]$|https?://\S+$", prev)) or \
            any(s.type == "STREET_ADDRESS" and s.end > prev_start and s.start < prev_end for s in others):
        return []
    if m := _INITIAL_SURNAME.search(text):
        surname = m.group(1).split(".", 1)[1].strip()
        if _plain(surname) and ("-" in surname or _known_surname(surname)):  # "U. Graf-Hochenegg", "J. Okafor"
            return [Span("PERSON", m.start(1), m.end(1), 0.6)]
    m = _LAST_LINE.search(text)
    if not m or "\n" not in text.strip():
        return []
    words = m.group(1).split()
    if not all(capitalised(w) for w in words) or not is_first(fold(words[0])) or is_place(fold(words[0])):
        return []
    if any(fold(w) in _closing_words() or fold(w) in NOT_NAME_PARTS for w in words):
        return []
    if len(words) > 1 and not _plain(words[1]):
        words = words[:1]
    if len(words) == 1 and fold(words[0]) in function_words() and len(words[0]) > 3:
        return []
    return [Span("PERSON", m.start(1), m.start(1) + len(" ".join(words)), 0.6)]


_KIN_WORD = re.compile(rf"(?i)(?:{alternation('possessive')}|{alternation('kinship')})")
_INTRO_WORD = re.compile(rf"(?i)(?:{alternation('name_intro')})")
# A chat speaker's role or a greeting before a name ("Agente Lucas:", "Conseiller Anthony :", "Bonjour Lou,", "Olá
# Bia"): they say who speaks or to whom, and are no part of the name.
_ROLE_WORD = re.compile(rf"(?i)(?:{alternation('chat_role')}|{alternation('role_noun')})")


def _function_word(word: str) -> bool:
    """"hier", "c'est": a function word (or one elided into another) that is no name particle ("de", "d'")."""
    parts = [p for p in re.split(r"['’]", word) if p]
    return bool(parts) and all(p in function_words() and p not in PARTICLES for p in parts)


def _trim_lead(text: str, span: Span) -> Span | None:
    """Titles ("Dra.", "Dipl.-Ing.", "Dr. med.") and function words ("hier ist", "C'est") that start a span."""
    value = text[span.start:span.end]
    if value.islower() and " " not in value and _function_word(fold(value)) and not is_first(fold(value)):
        return None  # "hier" (ist), but "Cheers, allen" is Allen
    start = span.start
    while True:
        m = _LEAD.match(text, start, span.end)
        if not m:
            break
        word = fold(m.group().strip())
        parts = [p for p in re.split(r"[.\-º]", word) if p]
        title = bool(parts) and all(p in _TITLES for p in parts)
        rest = [fold(w) for w in text[m.end():span.end].split()]
        # "li na": a name made of function words stays whole
        lead = m.group().strip()
        function = len(word.strip(".")) > 1 and _function_word(word.strip(".")) and (  # not an initial ("U.")
            lead.islower() or not is_first(word.strip(".")))  # "Sara"
        # "Ma mère Sandrine", "Mein Mann Kenji": a possessive and a kinship noun say who, they are not the name
        # (a courtesy title that is also a kinship noun, "Frau Weber", stays inside: the redactor contract)
        kin = bool(_KIN_WORD.fullmatch(lead)) and not _INTRO_WORD.fullmatch(lead) and any(len(w) > 1 for w in rest)
        # a greeting or a role ("Olá Bia", "Mitarbeiter Dennis") before a capitalised word that is no function word
        named_rest = any(w[:1].isupper() and not _function_word(fold(w)) for w in text[m.end():span.end].split())
        role = bool(_ROLE_WORD.fullmatch(lead.strip(".,"))) and word.strip(".,") not in function_words()  # not "DU"
        greeting = (word.strip(".,") in _GREETINGS or role) and named_rest
        if not (title or kin or greeting or function and not all(_function_word(w) for w in rest)):
            break
        start = m.end()
    if start == span.start:
        return span
    left = text[start:span.end]
    return Span("PERSON", start, span.end, span.score) if re.search(r"[^\W\d_]{2}", left) else None


def _trim_tail(text: str, span: Span) -> Span:
    m = re.search(r"(?:[ \t]+[^\W\d_]+)+$", text[span.start:span.end])
    if not m or not text[span.start:span.end].islower():
        return span
    words = m.group().split()
    cut = next((i for i, w in enumerate(words) if w in _FILLERS), None)
    if cut is None:
        return span
    kept = " ".join(words[:cut])
    head = text[span.start:span.start + m.start()]
    return Span("PERSON", span.start, span.start + len(head) + (len(" ") + len(kept) if kept else 0), span.score)


def _sentences(text: str, span: Span) -> list[Span]:
    """A span that runs over a sentence end ("Matilde Frei. Kundennummer", "Norway. Producer Liviana Palerma") is
    two candidates, each judged on its own; a place alone is no name."""
    for m in re.finditer(r"([^\W\d_]{2,})\.[ \t]+(?=\S)", text[span.start:span.end]):
        if fold(m.group(1)) not in _TITLES | _COURTESY:
            parts = [Span("PERSON", span.start, span.start + m.end(1), span.score),
                     Span("PERSON", span.start + m.end(), span.end, span.score)]
            return [p for part in parts for p in _sentences(text, part)
                    if " " in text[p.start:p.end].strip() or unambiguous(fold(text[p.start:p.end])) and
                    not is_place(fold(text[p.start:p.end]))]
    return [span]


def _not_a_name(text: str, span: Span) -> Span | None:
    """None for a form label ("Titulaire :", "NOM, Prénom :" at a line start, no first name in it) or a greeting
    alone ("Bonjour"); a span that runs over a sentence end ("Matilde Frei. Kundennummer") stops at the stop."""
    value = text[span.start:span.end]
    words = re.findall(r"[^\W\d_]+", value)
    if words and all(fold(w) in _GREETINGS or fold(w) in _closing_words() for w in words):
        return None
    if any(fold(w) in _keep_cue_words() for w in words):  # "commande Nr", "Kunde Meier" is no name
        return None
    if len(words) == 1 and _ROLE_WORD.fullmatch(value):  # "Tienda:", "Assistente", a speaker's role alone
        return None
    if len(words) == 1 and (fold(value) in PARTICLES or fold(value) in function_words() and not is_first(fold(value))):
        return None  # "Ich", "de": what is left of a span split at a sentence end or trimmed
    if len(words) == 1 and value.isupper() and len(value) <= 4 and re.match(r"[ \t:]+\S*\d", text[span.end:]):
        return None  # a code's label: "IBAN ES89...", "NIF 123..."
    if len(words) == 1 and not is_name(fold(value)) and (value.isupper() and len(value) <= 4 or  # "IBAN", "NIE"
                                                         len(value) <= 3 and text[span.end:span.end + 1] == "."
                                                         and not _CJK_SPAN.fullmatch(value)):
        return None  # an acronym or an abbreviation ("Réf.")
    line_start = text.rfind("\n", 0, span.start) + 1
    # "NOM, Prénom :", "MORADA / ENDEREÇO:", "APELLIDOS, NOMBRE:"; capitals alone ("NIE:") even when a name too
    if re.fullmatch(r"[ \t>*•-]*(?:[^\W\d_]+[ \t]*[,/][ \t]*)?", text[line_start:span.start]) and \
            re.match(r"(?:[ \t]*[,/][ \t]*[^\W\d_]+)?[ \t]*:", text[span.end:]) and \
            (not any(is_first(fold(w)) for w in words) or value.isupper() and len(words) == 1) and \
            not _repeated_speaker(text, value, words):
        return None
    return span


def _repeated_speaker(text: str, value: str, words: list[str]) -> bool:
    """(round 18) "Ferdl Gruber: servus …" opening three lines of a chat export is its speaker, not a form label: two
    words or more, one a listed surname, none a label's or an organisation's word, opening two lines or more."""
    return len(words) >= 2 and not value.isupper() and any(is_last(fold(w)) for w in words) and \
        not any(fold(w) in ORG_WORDS for w in words) and \
        len(re.findall(rf"(?m)^[ \t>*•-]*{re.escape(value)}[ \t]*:", text)) >= 2


def bound_names(text: str, spans: list[Span]) -> list[Span]:
    """Every span, PERSON spans grown over the whole name, plus names written without a cue (see the docstring)."""
    others = [s for s in spans if s.type != "PERSON"]
    # kept identifiers and products ("PAX Schrank") are no part of a grown or new name
    taken = [(s.start, s.end) for s in others] + keep.protected_ranges(text) + keep.noun_named(text)
    persons = [s for s in spans if s.type == "PERSON"]
    found = _comma_names(text) + _family_first(text) + _chat_speakers(text) + _last_line(text, others)
    persons += [s for s in found if not any(lo < s.end and s.start < hi for lo, hi in taken)]
    grown = []
    for span in [part for person in persons for part in _sentences(text, person)]:
        trimmed = _trim_lead(text, span)
        trimmed = _not_a_name(text, trimmed) if trimmed is not None else None
        if trimmed is None:
            continue
        span = _trim_tail(text, trimmed)
        wide = _grow_right(text, _grow_left(text, span))
        # a span that would run into another finding (an e-mail address, a date) stays as it was
        grown.append(span if any(lo < wide.end and wide.start < hi for lo, hi in taken) else wide)
    tidy = [_tidy_address(text, s) if s.type == "STREET_ADDRESS" else s for s in others]
    return [s for s in tidy if s is not None] + grown


def _tidy_address(text: str, span: Span) -> Span | None:
    """An address span ends before a label line ("...27546\nTELÉFONO:") and before an e-mail address; what is
    left without a digit is no address ("mail probert63@..." -> nothing)."""
    # "/ ENDEREÇO: Núcleo...", and the rest of a cue's sentence: "(Lieferadresse) lautet jetzt: ...", "(morada) de
    # entrega passa a ser: ..."
    label = re.match(r"[\W_]*(?:[^\W\d_]+|(?:[a-zß-ÿ]+[ \t]+){1,5}[a-zß-ÿ]+)[ \t]*:[ \t]*", text[span.start:span.end])
    if label and label.end() < span.end - span.start:
        span = Span(span.type, span.start + label.end(), span.end, span.score)
    value = text[span.start:span.end]
    end = span.end
    if not re.search(r"\d", value) and all(w.islower() or fold(w) in _keep_cue_words() or fold(w) in function_words()
                                           for w in re.findall(r"[^\W\d_]+", value)):
        return None  # "falsche Adresse bei Bestellung", "morada errada": the cue's words, no address
    last = value.rfind("\n")
    if last >= 0 and re.fullmatch(r"[ \t]*[^\W\d_][\w /.-]*", value[last + 1:]) and re.match(r"[ \t]*:", text[span.end:]):
        end = span.start + len(value[:last].rstrip())
    at = text.find("@", span.start, end)
    if at >= 0:
        end = span.start + len(re.sub(r"[^\s,;]*$", "", text[span.start:at]).rstrip(" \t,;"))
    if end == span.end:
        return span
    return Span(span.type, span.start, end, span.score) if re.search(r"\d", text[span.start:end]) else None
