"""Names read from the text's structure rather than from the words of the name itself.

Each reading says why a run of words is a person, whatever the name is and whatever its case:
- field-labelled values: "Account holder(s): HUGO⏎ST JOHN-PARRY", "Champ « Titulaire » : ANA GIL", "Signed: h st
  doe", "Requester -> ANA⏎GIL": the label (data/cues.toml name_label, person_field) makes the value a name, also in
  capitals, in lower case and when an OCR scan breaks it over the next line;
- JSON / CSV / query keys: `"prenom":"Jean"`, `nome=Ana Gil&…` (name_key);
- chat transcripts: a speaker label that opens several lines ("Nono : …"), or one line after a timestamp or an app
  tag ("[WhatsApp] Mo: …", "[09:12] Ana:"), is a person unless it is a role ("Cliente", "moi", "Agent"; chat_role);
  a name in brackets after a role ("Agente (Nerea):") is the person;
- the answer on the line after a question for a name ("¿nombre completo?" → "[10:41] cliente: ANA GIL");
- a role noun with a capitalised word in brackets ("el técnico (Chucho)", "le monteur (Jo)"; role_noun);
- a possessive + kinship noun + name ("mi novio brayan", "mon copain Loïc", "meine Tochter Leonie"; kinship),
  lower case included when the word is a known first name;
- a verb of contacting + capitalised name ("ring Dazza", "appelle Wim", "pregunten a Maite"; contact_verb);
- initials + surname on their own at a line end or before a comma ("J. L. Doe", "W.-D. Roe, …");
- signatures: the line after a closing ("Atentamente,⏎C. Prieto Ll.", "Com os melhores cumprimentos,⏎F. Brito"), a
  line opened by a dash ("– Ana Gil, Gil & Filhos Lda."), and a message's last line that puts a name before its team
  or company ("Noor, equipa Doces do Porto", "Jeanne – Service client"); initials and lower case included;
- tables (tables.py): in a pasted table whose header names a person's column ("customer", "Cliente", "Kunde",
  name_label / person_field), every cell of that column is a name (a bracketed remark after it aside);
- a word before a bracketed team or shift in a note's heading ("ACW – lou (team 3)", "notas – pili (turno noche)");
- a vocative after a greeting at a line start ("Bonjour Marie-Ève,", "Olá Matilde,") and a self-introduction with an
  article before one capitalised word ("soy la Coni", "é o Rúben da …"): Spanish and Portuguese put an article
  before a first name.
- standard formats (round 7): a vCard's FN, N and NICKNAME values, a WebVTT voice span ("<v Ana Gil>"), a name key's
  URL-encoded query value ("titular=Ana%20Gil"); form labels also mid-line after two spaces, a tab or a bar;
- hand-over notes (round 7): "- De Ana a Óscar.", "Von Jannik an Büşra" (one a listed first name, no figure on the
  line), and a writer's "Wren (me)".
Every value stops at digits, '@', a function word that is no particle, or a line that carries a label of its own.
"""
from __future__ import annotations

import re
from collections import Counter

from plugin.core.model import Span

from . import tables
from .cues import alternation, keyed_value, value_group
from .name_lists import (
    NOT_NAME_PARTS,
    ORG_WORDS,
    PARTICLES,
    STOP,
    capitalised,
    fold,
    function_words,
    is_first,
    is_name,
    is_place,
    unambiguous,
)

_TOKEN = r"[^\W\d_][\w'’.ºª-]*"
_PARTICLES = PARTICLES | frozenset("dos das do da de del della des d zu zum zur van von ter ten le la lo los las st "
                                   "y e i und".split())
# Titles and honorifics before a name stay outside it ("Dr. Ana", "M. ou Mme", "Exmo. Sr. Eng.º").
_TITLES = frozenset("mr mrs ms miss mx dr prof sir m mme mlle ou or oder o y e et und and sr sra srta d dª dña doña "
                    "don dona exmo exma eng engº eng.º ing di mag frau herr herrn familie famille family seu".split())
_VALUE_END = re.compile(r"[ \t]{2,}|\t|[ \t]+[/|][ \t]+|[,;&\"”»}(]|[!?](?=[ \t]|$)")
_SEP = r"[ \t]*(?:\(s\)|\(e\)|\(in\)|\(a\)|\(es\))?[ \t]*[»\"”“']?[ \t]*(?::|->|=>|→|=)[ \t]*"
_LABELS = rf"(?:{alternation('name_label')}|{alternation('person_field')})"
_FIELD = re.compile(rf"(?im)(?:^|(?<=[ \t]{{2}})|(?<=\t)|(?<=\|)|(?<=[a-zà-ÿ]\.[ \t]))[ \t>*•-]*(?:\d{{1,2}}[.)][ \t]+)?(?:(?:field|campo|champ|feld)[ \t]*:?[ \t]*)?[«\"“„']?[ \t]*"
                    rf"{_LABELS}(?:[ \t]*[/,]?[ \t]*{_LABELS})?{_SEP}")
_KEY = keyed_value("name_key", r"[^\"'&,;\n{}]")
_CHAT_LINE = re.compile(r"(?m)^[ \t>]*((?:\[[^\]\n]{1,24}\][ \t]*)+|\d{1,2}[:.h]\d{2}(?::\d{2})?[ \t]+[-–]?[ \t]*)?"
                        r"([^\W\d_][\w'’-]+(?:[ \t][^\W\d_][\w'’-]*){0,2})"
                        r"(?:[ \t]*\(([^()\n]{1,30})\))?"
                        r"(?:[ \t]*[\u2600-\u27bf\U0001F300-\U0001FAFF\u200d\ufe0f]+)?"  # (round 18) "Juli ☕:", an emoji
                        r"[ \t]*:(?!//|\d)[ \t]*(.*)$")
_ROLE_BRACKET = re.compile(rf"(?i)\b(?:{alternation('role_noun')})[ \t]*\([ \t]*"
                           r"(?-i:([A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)?))[ \t]*\)")
_KIN = re.compile(rf"(?i)(?<![\w'’-])(?:{alternation('possessive')})[ \t]+(?:{alternation('kinship')})"
                  r"[ \t]+(?:(?:o|a|el|la|le|der|die)[ \t]+)?([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,3})")
# Round 12: a role noun, an article or none, and a listed first name on a line written all in lower case ("le livreur
# kévin a dit"): speech-to-text writes names in lower case ("o estafeta sair com …" in a written line is a verb).
_ROLE_KNOWN = re.compile(rf"(?i)(?<![\w'’-])(?:{alternation('role_noun')})[ \t]+(?:(?:o|a|el|la|le|der|die)[ \t]+)?"
                         r"(?-i:([a-zß-ÿ][\w'’-]*))")
_CONTACT = re.compile(rf"(?i)(?<![\w'’-])(?:{alternation('contact_verb')})[ \t]+(?:(?:the|o|a|el|la|le|den|die)[ \t]+)?"
                      r"(?-i:([A-ZÀ-Þ][\w'’-]*(?:[ \t]+(?:(?:de|da|do|dos|van|von|le|la|del)[ \t]+)?[A-ZÀ-Þ][\w'’-]*){0,2}))")
_NAMING = re.compile(rf"(?i)(?<![\w'’-])(?:{alternation('naming_verb')})[ \t]+"
                     r"(?-i:([A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){0,2}))")
# A role noun before a first name and a surname: "le client Ana Gil appelle", "der Kunde Jonas Weber".
_ROLE_NAME = re.compile(rf"(?i)\b(?:{alternation('role_noun')}|{alternation('chat_role')})[ \t]+"
                        r"(?-i:([A-ZÀ-Þ][\w'’-]+)[ \t]+([A-ZÀ-Þ][\w'’-]+))")
# "Dieter hier", "Ana aquí", "Tom here": a first name that says who is speaking.
_HERE = re.compile(r"(?<![\w'’-])([A-ZÀ-Þ][\w'’-]+)[ \t]+(?:hier|here|aquí|aqui|ici)(?=[ \t]*(?:[.,!:;]|$))", re.M)
# A signature after a dash at the end of a message's line: "… see it?? — hong", "… merci. – Élodie".
_DASH_END = re.compile(r"(?m)[.!?…)][ \t]+[—–-][ \t]*([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?)[ \t]*$")
_QUESTION = re.compile(rf"(?i)(?:{alternation('name_question')})[^\n]*\?[^\n]*$", re.M)
_INITIALS = re.compile(r"(?m)(?:^|(?<=[.!?:][ \t]))[ \t]*((?:[A-ZÀ-Þ]\.(?:[ \t]?-[ \t]?[A-ZÀ-Þ]\.)?[ \t]?){1,3}"
                       r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?)(?=[ \t]*(?:,|$))")
# The display name of an e-mail address ("schrieb Ana Gil <ana@…>", "From: Ana Gil <…>") and the name after a mail
# header label ("Von: Ana Gil", "De : Ana Gil") are the person the address belongs to.
_DISPLAY = re.compile(r"([A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:(?:de|da|do|dos|van|von|der|le|la|del)[ \t]+)?[A-ZÀ-Þ][\w'’-]+){0,3})"
                      r"[ \t]*<[^<>\s@]+@[^<>\s]+>")
_HEADER = re.compile(r"(?im)^[ \t>]*(?:from|de|von|para|to|an|à|a|da|cc|expéditeur|remetente|absender)[ \t]*:[ \t]*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_INITIAL = r"[^\W\d_]{1,2}\.(?:[ \t]?-?[ \t]?[^\W\d_]\.)*"
_SIG_WORD = rf"(?:{_INITIAL}|[^\W\d_][\w'’-]*)"
_SIG_RUN = rf"{_SIG_WORD}(?:[ \t]+{_SIG_WORD}){{0,3}}"
# The name, then the end of the line or a separator before the team, the company or the role.
_SIG_END = r"[ \t]*(?:$|[ \t]*(?:,|[ \t][-–—|/])[ \t]+(\D*)$)"
_AFTER_CLOSING = re.compile(rf"(?im)^[ \t>*-]*(?:{alternation('closing')})[ \t]*[,.!]*[ \t]*\n[ \t]*(?:[-–—~][ \t]*)?"
                            rf"({_SIG_RUN}){_SIG_END}")
_DASH_LINE = re.compile(rf"(?m)^[ \t]*[-–—~][ \t]*({_SIG_RUN}){_SIG_END}")
_COMPANY_TAIL = re.compile(r"(?i)\b(?:ltd|limited|llc|inc|plc|pty|gmbh|ag|kg|sa|s\.a|sl|s\.l|sarl|sas|lda|ltda|spa|srl|bv|"
                           r"nv|co|corp|group|team|équipe|equipe|equipa|equipo)\b")
_TEAM_SIG = re.compile(rf"(?m)^[ \t]*([A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){{0,2}})[ \t]*(?:,|[ \t][-–—|])[ \t]+"
                       rf"(?i:{alternation('team')}|service|servicio|serviço|servico|kundenservice|support|soporte|"
                       r"suporte|atendimento|atención|customer care)\b")
_LAST_SIG = re.compile(r"(?m)^[ \t]*([A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){0,2})[ \t]*(?:,|[ \t][-–—|])[ \t]+(\D+)\s*\Z")
_TEAM = re.compile(rf"(?im)(?:^|[-–—:][ \t]+)([^\W\d_][\w'’-]+)[ \t]*\((?:{alternation('team')})\b[^()\n]{{0,20}}\)")
_BRANDS = re.compile(rf"(?i)^(?:{alternation('brands')})$")
_ROLE = re.compile(rf"(?i)(?:{alternation('chat_role')}|{alternation('role_noun')}|{alternation('team')})")
_JOB = re.compile(r"(?i)officer|manager|director|team|department|controller|delegate|representative|lead|head|"
                  r"committee|board|desk|service|services|responsable|délégué|beauftragter?|encarregad[oa]")
_CAP_WORD = r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?"
_VOCATIVE = re.compile(rf"(?im)^[ \t>]*(?:hi|hello|hey|dear|hola|buenas|buenos d[ií]as|buenas tardes|querid[oa]|estimad[oa]|"
                       rf"bonjour|bonsoir|salut|coucou|cher|chère|hallo|hi|moin|servus|liebe[rs]?|guten tag|"
                       rf"ol[aá]|oi|bom dia|boa tarde|boa noite|car[oa]|prezad[oa])[ \t,]+"
                       rf"(?-i:({_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,2}}))[ \t]*(?:,|!|$)")
_INTRODUCTION = re.compile(rf"(?i)(?:(?<![\w'’-])(?:soy|sou|aqu[ií] (?:es|é|habla|fala)|habla|fala)|"
                           rf"(?:[,!?\"“„«:][ \t]*|\b(?:hola|oi|olá|ola|buenas|bom dia|buenos d[ií]as)[ \t]+)(?:es|é))"
                           rf"[ \t]+(?:el|la|o|a)[ \t]+"
                           rf"(?-i:({_CAP_WORD})(?![ \t]+[A-ZÀ-Þ]))(?![\w'’-])")


# vCard (RFC 6350) name properties: FN (formatted name), N (family;given;additional;prefixes;suffixes) and NICKNAME
# (comma-separated) carry a person's name whatever it looks like; a property may carry parameters ("FN;CHARSET=…:").
_VCARD = re.compile(r"(?im)^(FN|N|NICKNAME)(?:;[^:\n]*)?:([^\n]*)$")
# WebVTT (W3C) voice spans: "<v Ana Gil>" or "<v.loud Ana Gil>" name the speaker of a cue.
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^<>\n]{1,60})>")
# A URL-encoded name in a query value: "titular=Jon%20Ander%20Larra%C3%B1aga", "nome=Ana+Gil".
_ENCODED = re.compile(r"[^\W\d_][\w'’.-]*(?:(?:%20|\+)[^\W\d_][\w'’.-]*)+")

# A hand-over written as "from X to Y" on a note's line (shift notes, escalations): "- De Ana a Óscar.", "Von Jannik an
# Büşra", "Da Jéssica para o Wellington", "From Ana to Bo." Both are people when one is a listed first name and the
# line carries no figure (routes and tariffs do: "- De Paris à Lyon : 12 €").
_HANDOVER = re.compile(r"(?m)^[ \t]*[-–•*>]?[ \t]*(?i:from|de|von|da|do)[ \t]+([^\W\d_][\w'’-]+)[ \t]+"
                       r"(?i:to|a|à|an|para(?:[ \t]+(?:o|a))?|au|à la)[ \t]+([^\W\d_][\w'’-]+)[ \t]*(?:[.,;:!]|$)")
# The writer of a note names themself with a bracketed "me" ("- Wren (me) → Dmitri", "Inès (moi) :").
_SELF = re.compile(r"(?m)^[ \t]*[-–•*>]?[ \t]*([A-ZÀ-Þ][\w'’-]+)[ \t]*\((?i:me|moi|yo|eu|ich|myself)\)")


_LAUGHTER = re.compile(r"(?:ja|je|ha|he|hi|ka|rs|k){2,}|lol|mdr|ptdr|xd|ok|okay|oki")


def blocked_word(word: str) -> bool:
    w = fold(word.strip(".'’-"))
    return bool(_LAUGHTER.fullmatch(w)) or w in STOP or w in NOT_NAME_PARTS or w in function_words() and w not in _PARTICLES


def _value(text: str, start: int, end: int, *, any_case: bool) -> Span | None:
    """The name inside text[start:end]: titles skipped, stopped at the first word that cannot be part of a name."""
    tokens = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]
    while tokens and fold(text[tokens[0][0]:tokens[0][1]].strip(".,")) in _TITLES and \
            not re.fullmatch(r"[a-zß-ÿ]\.", text[tokens[0][0]:tokens[0][1]]) and \
            not (re.fullmatch(r"[A-ZÀ-Þ]\.", text[tokens[0][0]:tokens[0][1]]) and len(tokens) > 1 and
                 text[tokens[1][0]:tokens[1][1]].rstrip(".,").isupper()):  # "m. rosário", "M. CASADO": initials
        tokens.pop(0)
    kept: list[tuple[int, int]] = []
    for lo, hi in tokens:
        word = text[lo:hi]
        last = word.endswith(".") and len(word.rstrip(".")) > 1 and fold(word.rstrip(".")) not in _TITLES
        if last:  # a sentence ends after this word: "Titular: Ana Gil. N.º ..."
            word = word.rstrip(".")
            hi = lo + len(word)
        if any(c.isdigit() for c in word) or "@" in word or not re.fullmatch(_TOKEN, word):
            break
        w = fold(word.strip(".'’-"))
        if not (w in _PARTICLES or len(w) <= 2 and any_case) and (
                w in ORG_WORDS or blocked_word(word) or not (any_case or capitalised(word) or word.isupper())):
            break
        kept.append((lo, hi))
        if last:
            break
    while len(kept) > 1 and fold(text[kept[-1][0]:kept[-1][1]].strip(".")) in _PARTICLES:
        kept.pop()  # "Ana de" -> "Ana"
    if not kept or len(kept) > 6 or all(hi - lo <= 2 and text[hi - 1] == "." or hi - lo == 1 and not _CJK.match(text, lo)
                                        for lo, hi in kept):  # initials alone are no name; "李 明" is one
        return None
    return Span("PERSON", kept[0][0], kept[-1][1], 0.8)


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


def _continuation(text: str, value: Span | None, line_end: int) -> tuple[int, int] | None:
    """An OCR scan breaks a name over the next line: "HUGO⏎ST JOHN-PARRY", "Dr. Wolf-Dieter⏎Ahlers"."""
    if line_end >= len(text) or value is not None and value.end != len(text[:line_end].rstrip()):
        return None
    start = line_end + 1
    nxt = text[start:_line_end(text, start)]
    words = nxt.split()
    if not 1 <= len(words) <= 3 or any(c.isdigit() or c in ":@=" for c in nxt) or _FIELD.match(nxt):
        return None
    head = text[value.start:value.end] if value else ""
    caps = head.replace(".", "").replace("ª", "").isupper() or not head
    fits = all(fold(w) in _PARTICLES or (w.isupper() if caps and len(words) > 1 else capitalised(w) or w.isupper())
               for w in words)
    if not fits or any(blocked_word(w) or fold(w) in ORG_WORDS for w in words if fold(w) not in _PARTICLES):
        return None
    return start + len(nxt) - len(nxt.lstrip()), start + len(nxt.rstrip())


def _fields(text: str) -> list[Span]:
    out = []
    for m in _FIELD.finditer(text):
        end = _line_end(text, m.end())
        stop = _VALUE_END.search(text, m.end(), end)
        value = _value(text, m.end(), stop.start() if stop else end, any_case=True)
        label = text[m.start():m.end()]
        if value is not None and not _plausible(text[value.start:value.end], label) or value is not None and \
                re.search(r"(?i)\bfirma\b", label) and not text[value.start:value.end].islower() and \
                not re.fullmatch(_INITIAL, text[value.start:value.end] + "."):
            # German "Firma:" is a company; Spanish "Firma:" a signature, which a scan writes in lower case or as
            # initials ("Firma: J.R.T.")
            continue
        if value is not None and stop is not None and "," in label and text[stop.start()] == ",":
            # "Name, Vorname: Sonntag, Frieda", "Apellidos, nombre: Gil, Ana": the label says the comma is inside
            given = re.match(r",[ \t]*", text[stop.start():end])
            rest = _VALUE_END.search(text, stop.start() + 1, end)
            first = _value(text, stop.start() + given.end(), rest.start() if rest else end, any_case=True) \
                if given else None
            if first is not None and _plausible(text[first.start:first.end], label):
                value = Span("PERSON", value.start, first.end, value.score)
        more = _continuation(text, value, end) if stop is None or stop.start() == end else None
        if more and value:  # two spans: a PERSON never runs over a line end (rules.keep_filter)
            out += [value, Span("PERSON", more[0], more[1], 0.8)]
        elif more and not text[m.end():end].strip(" .") or more and value is None and _only_titles(text[m.end():end]):
            out.append(Span("PERSON", more[0], more[1], 0.8))
        elif value:
            out.append(value)
    return out


def _only_titles(value: str) -> bool:
    return all(fold(w.strip(".,")) in _TITLES for w in value.split())


def _plausible(value: str, label: str) -> bool:
    """A lower-case value is a name only after a name label of its own ("Signed:", "Vorname Nachname:"), or when
    it is a known first name; a mixed sentence ("Cliente: gracias por todo") is not."""
    words = value.split()
    if not any((len(w) > 2 or _CJK.search(w)) and fold(w) not in _PARTICLES for w in words) and not value.isupper():
        return False  # "Cliente: el señor …": an article is no name
    if words[0].islower() and not value.islower():
        return False  # "Kunde: der Mitarbeiter sagte …": a sentence, not a name field
    if all(w[:1].isupper() for w in words if fold(w) not in _PARTICLES) or value.isupper():
        return not all(_BRANDS.match(w) for w in words)
    named = [fold(w) for w in words[1:] if len(w) > 2]
    if value.islower() and fold(words[0].strip(".")) in _TITLES and 1 <= len(named) <= 3 and \
            not any(w in function_words() and w not in _PARTICLES for w in named):
        return True  # "client : m. lucien ferrand": a note typed in lower case, a title before the name
    return bool(re.search(rf"(?i)(?:{alternation('name_label')}|sign|firm|unterschr|assina)", label))


def _vcard(text: str) -> list[Span]:
    """The parts of a vCard's FN, N and NICKNAME values (structure, not the words, says they are a person's)."""
    if not re.search(r"(?im)^BEGIN:VCARD", text):
        return []
    out = []
    for m in _VCARD.finditer(text):
        sep = ";" if m.group(1).upper() == "N" else "," if m.group(1).upper() == "NICKNAME" else None
        parts = m.group(2).split(sep) if sep else [m.group(2)]
        pos = m.start(2)
        for part in parts:
            lo = pos + len(part) - len(part.lstrip())
            hi = pos + len(part.rstrip())
            pos += len(part) + 1
            if hi > lo and not any(c.isdigit() or c == "@" for c in text[lo:hi]):
                out.append(Span("PERSON", lo, hi, 0.85))
    return out


def _voices(text: str) -> list[Span]:
    out = []
    for m in _VOICE.finditer(text):
        # "<v Support - Tobiah>": a team or role before a dash or colon stays; the person is the last part
        lo = max([m.start(1)] + [m.start(1) + d.end() for d in re.finditer(r"[ \t]+[-–—:|][ \t]+", m.group(1))])
        value = text[lo:m.end(1)].strip()
        lo += len(text[lo:m.end(1)]) - len(text[lo:m.end(1)].lstrip())
        if value and not any(c.isdigit() or c == "@" for c in value) and not _ROLE.fullmatch(value):
            out.append(Span("PERSON", lo, lo + len(value), 0.85))
    return out


def _keys(text: str) -> list[Span]:
    out = []
    for m in _KEY.finditer(text):
        group = value_group(m)
        raw = m.group(group)
        if group == 3 and _ENCODED.fullmatch(raw.rstrip()):
            out.append(Span("PERSON", m.start(group), m.start(group) + len(raw.rstrip()), 0.8))
            continue
        value = _value(text, m.start(group), m.start(group) + len(raw.rstrip()), any_case=True)
        if value is not None and value.end - value.start == len(raw.strip()):  # the whole value, or nothing
            out.append(value)
    return out


def _chat(text: str) -> list[Span]:
    lines = list(_CHAT_LINE.finditer(text))
    if len(lines) < 2:
        return []
    roles = re.compile(rf"(?i)^(?:{alternation('chat_role')})$")
    headers = re.compile(rf"(?i)^(?:{alternation('mail_header')})$")
    logs = re.compile(rf"(?i)^(?:{alternation('log_label')})$")
    counts = Counter(m.group(2) for m in lines)
    # a transcript: a speaker opens several lines, or a role speaks ("moi :", "Cliente:")
    transcript = any(n >= 2 for n in counts.values()) or any(roles.match(m.group(2)) for m in lines)
    out = []
    for m in lines:
        speaker, bracket = m.group(2), m.group(3)
        if roles.match(speaker):
            if bracket and (name := _value(text, m.start(3), m.end(3), any_case=False)):
                out.append(name)
            continue
        if headers.match(speaker) or logs.match(speaker):
            continue
        evidence = counts[speaker] >= 2 or m.group(1) is not None or transcript and is_first(fold(speaker))
        if not evidence or not all(w[:1].isupper() for w in speaker.split()):
            continue
        words = speaker.split()
        if words[0].lower() in ("el", "la", "le", "o", "a", "der", "die") and len(words) > 1:
            words = words[1:]  # "El Güero": the article belongs to the nickname
            if blocked_word(words[0]):
                continue
        elif blocked_word(words[0]) or any(fold(w) in ORG_WORDS for w in words) or _FIELD.match(text, m.start(2)):
            continue
        out.append(Span("PERSON", m.start(2), m.end(2), 0.75))
    return out


def _answers(text: str) -> list[Span]:
    """The line after "¿nombre completo?" answers with a name: "[10:41] cliente: ANA GIL, la entrega..."."""
    out = []
    for q in _QUESTION.finditer(text):
        start = q.end() + 1
        if start >= len(text):
            continue
        line = text[start:_line_end(text, start)]
        prefix = _CHAT_LINE.match(line)
        offset = start + (prefix.start(4) if prefix else 0)
        stop = _VALUE_END.search(text, offset, start + len(line))
        value = _value(text, offset, stop.start() if stop else start + len(line), any_case=True)
        if value is not None and len(text[value.start:value.end].split()) >= 2:
            out.append(value)
    return out


def _clear_first_name(word: str) -> bool:
    """(round 29) A folded listed first name that is no English, place, chat or ordinary word of any language ("alfie",
    "jake"; not "blanco", "rose", "will"): in lower case after a kinship noun it is the relative's name whatever follows."""
    from .name_cues import listed_person_word  # (late: name_cues reads the cue lists at import)
    from .names import person_first_name  # no colour, month, brand or product word ("mi compañero blanco pide")
    return unambiguous(word) and listed_person_word(word) and person_first_name(word)


def run_after(text: str, m: re.Match[str], known: bool = False) -> Span | None:
    """The name opening group 1: capitalised words (particles inside), or a known first name in lower case.
    `known`: the first word must be a listed name ("ask Amazon" is no person, "ask Maite" is)."""
    tokens = list(re.finditer(r"[^\W\d_][\w'’-]*", m.group(1)))
    if not tokens:
        return None
    head = tokens[0].group()
    if blocked_word(head) or fold(head) in ORG_WORDS or _BRANDS.match(head) or head.isupper() and len(head) <= 4:
        return None
    if known and not is_name(fold(head)):
        return None
    if re.fullmatch(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{2,4}|[\uac00-\ud7a3]{2,4}", head):  # (round 29) "mi hija 小雪"
        return Span("PERSON", m.start(1) + tokens[0].start(), m.start(1) + tokens[0].end(), 0.75)
    lower = not capitalised(head)
    if lower and not (is_first(fold(head)) and fold(head) not in function_words()):
        return None
    if lower:  # "mi novio brayan me …", "my grandson alfie." — but not "mi compañero blanco pide …"
        after = re.match(r"[ \t]*([^\W\d_][\w'’-]*|[,.;!?)]|$)", text[m.start(1) + tokens[0].end():], re.M)
        nxt = after.group(1) if after else ""
        if not (nxt == "" or nxt in ",.;!?)" or fold(nxt) in function_words() and not _LAUGHTER.fullmatch(fold(nxt))
                or _clear_first_name(fold(head))):  # (round 29) "my grandson alfie set up …", "my bf jake ordered …"
            return None
    kept = [tokens[0]]
    for tok in tokens[1:]:
        word = tok.group()
        if text[m.start(1) + kept[-1].end():m.start(1) + tok.start()].strip():
            break  # punctuation between the words
        if lower or not capitalised(word) or blocked_word(word) or fold(word) in ORG_WORDS:
            break
        kept.append(tok)
    return Span("PERSON", m.start(1) + kept[0].start(), m.start(1) + kept[-1].end(), 0.75)


def _lower_line(text: str, pos: int) -> bool:
    """The line holding `pos` is written all in lower case (speech-to-text): there a lower-case word may be a name."""
    line = text[text.rfind("\n", 0, pos) + 1:_line_end(text, pos)]
    return not any(c.isupper() for c in line)


def _verb_in_place(text: str, m: re.Match[str]) -> bool:
    """A capitalised verb only opens a sentence: "ring Dazza" or "Ring Dazza." but not "der Elden Ring Jade"."""
    before = text[:m.start()].rstrip(" \t\"'“„«>-")
    return not text[m.start()].isupper() or not before or before[-1] in ".!?:\n"


def _signature(text: str, start: int, end: int, *, need_known: bool) -> Span | None:
    """The name of a signature line's first part, or None when a word in it cannot belong to a name."""
    value = _value(text, start, end, any_case=True)
    if value is None or text[value.start:value.end].rstrip(".") != text[start:end].rstrip(" \t."):
        return None  # the whole part or nothing: "Service client" is no name with a word cut off
    words = text[value.start:value.end].split()
    if any(fold(w.strip(".")) in ORG_WORDS or _BRANDS.match(w) for w in words):
        return None
    if need_known and not (len(words) > 1 or is_name(fold(words[0]))):
        return None
    return value


def _signatures(text: str) -> list[Span]:
    out = []
    for m in _AFTER_CLOSING.finditer(text):
        out.append(_signature(text, m.start(1), m.end(1), need_known=False))
    last = len(text.rstrip())
    for m in _DASH_LINE.finditer(text):  # a signature, not a bullet: it ends the message or names a company
        words = m.group(1).split()
        shaped = all(capitalised(w) or w.isupper() or w.endswith(".") for w in words) or is_first(fold(words[0]))
        if shaped and (m.end() >= last or m.group(2) and _COMPANY_TAIL.search(m.group(2))):
            out.append(_signature(text, m.start(1), m.end(1), need_known=False))
    tail = _LAST_SIG.search(text.rstrip())
    # the last line of several, its rest a role, a team or a company ("Jordan, Paris and Milan" is a list)
    if tail and "\n" in text[:tail.start()] and not is_place(fold(tail.group(1))) and (
            tail.group(2)[:1].islower() or _COMPANY_TAIL.search(tail.group(2))):
        out.append(_signature(text, tail.start(1), tail.end(1), need_known=True))
    out += [_signature(text, t.start(1), t.end(1), need_known=True) for t in _TEAM_SIG.finditer(text)]
    return [s for s in out if s is not None]


def _table_names(text: str) -> list[Span]:
    """Cells of a table's person column ("customer", "Cliente", "Kunde" headers; tables.py), a bracketed remark after
    the name aside."""
    out = []
    person = re.compile(rf"(?i)^[ \t]*(?:{_LABELS})[ \t]*$")
    for column in tables.columns(text):
        if not person.match(column.header):
            continue
        for start, end in column.cells:
            cell = text[start:end].split("(")[0]
            value = _value(text, start, start + len(cell.rstrip()), any_case=True)
            if value is not None and not any(fold(w) in ORG_WORDS for w in text[value.start:value.end].split()):
                out.append(value)
    return out


# The heading of a list of people, on a line of its own ("Unterschriften:", "Firman:"), and the items below it
# ("1. Ana Gil, 2º B", "- Jo Roe (\"Jojo\"), torre 1"): each item's first words up to a comma or a bracket.
_PEOPLE_HEADING = re.compile(rf"(?im)^[ \t]*(?:{alternation('people_list')})[ \t]*:[ \t]*$")
_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-–•*·])[ \t]+([^\n]*)")
# A phone's notification: "WhatsApp · Tia Rosa · 22:41", "Messenger - Ana Gil - 10:02": app, sender, time.
_NOTIFICATION = re.compile(r"(?m)^[ \t]*[^\W\d][^·\n]{0,30}?[ \t]+[·•|][ \t]+([^\W\d][^·•|\n]{1,40}?)[ \t]+[·•|][ \t]+"
                           r"\d{1,2}[:h.]\d{2}[ \t]*$")


# A template's placeholder for the writer's name ("[Your Name]", "[Signature]", "[Firma]") left in a drafted message,
# then the writer signs a bracketed aside on the last line: "(oops, left the brackets in — jo)", "(perdón, lu)".
_NAME_PLACEHOLDER = re.compile(rf"(?i)\[[ \t]*(?:(?:your|ihr|votre|seu|su|tu|mi|meu|mon|mein)[ \t]+)?"
                               rf"(?:{_LABELS}|name|signature|unterschrift|assinatura|firma)[ \t]*\]")
_ASIDE_SIGNER = re.compile(r"\n[ \t]*\([^()\n]{3,120}?(?:[—–-]|,)[ \t]*([^\W\d_][\w'’-]{1,20})[ \t]*\)\s*\Z")


def _aside_signer(text: str) -> list[Span]:
    m = _ASIDE_SIGNER.search(text)
    if m is None or not _NAME_PLACEHOLDER.search(text, 0, m.start()) or blocked_word(m.group(1)):
        return []
    return [Span("PERSON", m.start(1), m.end(1), 0.7)]


def _people_lists(text: str) -> list[Span]:
    out = []
    for heading in _PEOPLE_HEADING.finditer(text):
        pos = heading.end() + 1
        while pos < len(text):
            end = _line_end(text, pos)
            item = _ITEM.fullmatch(text, pos, end)
            if item is None:
                break
            stop = _VALUE_END.search(text, item.start(1), end)
            value = _value(text, item.start(1), stop.start() if stop else end, any_case=False)
            if value is not None and not any(fold(w) in ORG_WORDS for w in text[value.start:value.end].split()):
                out.append(value)
            pos = end + 1
    return out


def _notifications(text: str) -> list[Span]:
    out = []
    for m in _NOTIFICATION.finditer(text):
        value = _value(text, m.start(1), m.end(1), any_case=False)
        words = text[value.start:value.end].split() if value else []
        if value and value.end == m.end(1) and not any(fold(w) in ORG_WORDS or _BRANDS.match(w) for w in words):
            out.append(value)
    return out


def _vocatives(text: str) -> list[Span]:
    """"Bonjour Marie-Ève,", "Olá Matilde,", "Hallo Till!", "Querida Rocío": a greeting at a line start, then one to
    three capitalised words, one of them a listed name, and a comma, "!" or the line end."""
    out = []
    for m in _VOCATIVE.finditer(text):
        words = re.split(r"[ \t]+", m.group(1))
        listed = any(is_name(fold(p)) for w in words for p in w.split("-"))  # "Hola Amazon," is a company
        if listed and not any(blocked_word(w) or fold(w) in ORG_WORDS or _BRANDS.match(w) or _ROLE.fullmatch(w) or
                              _JOB.fullmatch(w) for w in words):  # "Dear Data Protection Officer,"
            out.append(Span("PERSON", m.start(1), m.end(1), 0.75))
    return out


def _introductions(text: str) -> list[Span]:
    """"soy la Coni", "Oi, é o Rúben da CTT", "aquí habla el Pepe": a self-introduction ("es"/"é" only opening a
    clause: "no es la Navidad" is none), an article, one capitalised word that no other capitalised word follows
    (Spanish and Portuguese put an article before a first name; "es el Corte Inglés" is a shop)."""
    out = []
    for m in _INTRODUCTION.finditer(text):
        word = m.group(1)
        if not (blocked_word(word) or fold(word) in ORG_WORDS or _BRANDS.match(word) or _ROLE.fullmatch(word)):
            out.append(Span("PERSON", m.start(1), m.end(1), 0.7))
    return out


def find_structural_names(text: str) -> list[Span]:
    out = _fields(text) + _keys(text) + _chat(text) + _answers(text) + _signatures(text) + _table_names(text)
    out += _vocatives(text) + _introductions(text) + _vcard(text) + _voices(text) + _people_lists(text)
    out += _notifications(text) + _aside_signer(text)
    for m in _HANDOVER.finditer(text):
        pair = (m.group(1), m.group(2))
        if re.search(r"[\d€$£%]", text[m.end():_line_end(text, m.end())]):
            continue  # a route or a tariff ("- De Paris à Lyon : 12 €"), not a hand-over
        if all(capitalised(w) for w in pair) and any(is_first(fold(w)) for w in pair) and not any(
                blocked_word(w) or fold(w) in ORG_WORDS or _ROLE.fullmatch(w) or is_place(fold(w)) for w in pair):
            out += [Span("PERSON", m.start(g), m.end(g), 0.75) for g in (1, 2)]
    out += [Span("PERSON", m.start(1), m.end(1), 0.75) for m in _SELF.finditer(text)
            if not blocked_word(m.group(1)) and not _ROLE.fullmatch(m.group(1))]
    out += [Span("PERSON", m.start(1), m.end(1), 0.75) for m in _TEAM.finditer(text) if not blocked_word(m.group(1))]
    out += [Span("PERSON", m.start(1), m.end(1), 0.8) for m in _DISPLAY.finditer(text)
            if not any(blocked_word(w) or fold(w) in ORG_WORDS or _BRANDS.match(w) for w in m.group(1).split())]
    for m in _HEADER.finditer(text):
        end = _line_end(text, m.end())
        stop = _VALUE_END.search(text, m.end(), end)
        value = _value(text, m.end(), stop.start() if stop else end, any_case=False)
        words = text[value.start:value.end].split() if value else []
        if value and not any(_BRANDS.match(w) or "." in w.strip(".") for w in words) and len(words) >= 2 \
                and is_first(fold(words[0])):
            out.append(value)  # "An: Kundenservice", "De: Atención al Cliente": departments, no first name
    out += [Span("PERSON", m.start(1), m.end(1), 0.75) for m in _ROLE_BRACKET.finditer(text)
            if not any(blocked_word(w) for w in m.group(1).split())]
    out += [s for pattern in (_KIN, _NAMING) for m in pattern.finditer(text) if (s := run_after(text, m))]
    out += [s for m in _ROLE_KNOWN.finditer(text) if _lower_line(text, m.start())
            and (s := run_after(text, m, known=True))]
    out += [s for m in _CONTACT.finditer(text) if _verb_in_place(text, m) and (s := run_after(text, m, known=True))]
    for m in _ROLE_NAME.finditer(text):
        first, last = m.group(1), m.group(2)
        if is_first(fold(first)) and not blocked_word(first) and not blocked_word(last) and fold(last) not in ORG_WORDS \
                and not _BRANDS.match(last):
            out.append(Span("PERSON", m.start(1), m.end(2), 0.75))
    out += [Span("PERSON", m.start(1), m.end(1), 0.7) for m in _HERE.finditer(text)
            if is_first(fold(m.group(1))) and not blocked_word(m.group(1))]
    for m in _DASH_END.finditer(text):
        words = m.group(1).split()
        if all(is_name(fold(w)) or capitalised(w) for w in words) and not any(blocked_word(w) for w in words):
            out.append(Span("PERSON", m.start(1), m.end(1), 0.7))
    out += [Span("PERSON", m.start(1), m.end(1), 0.7) for m in _INITIALS.finditer(text)
            if not blocked_word(m.group(1).split(".")[-1].strip()) and fold(m.group(1).split(".")[-1].strip()) not in ORG_WORDS]
    return out


# (round 18) A display name in an RFC 2047 encoded word before an address ("To: =?UTF-8?Q?J=C3=BCrgen_M=C3=B6llenkamp?=
# <j.m@example.de>"): the encoded text is the person's name, whatever its charset (Q or B encoding).
_ENCODED_WORD = re.compile(r"=\?[\w-]{2,20}\?[QqBb]\?([^?\s]{2,120})\?=(?=[ \t]*<[^<>\s@]+@)")


def find_encoded_names(text: str) -> list[Span]:
    if "=?" not in text:
        return []
    return [Span("PERSON", m.start(1), m.end(1), 0.8) for m in _ENCODED_WORD.finditer(text)]
