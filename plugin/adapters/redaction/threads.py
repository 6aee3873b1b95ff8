"""(round 30) Names in social threads, read from the thread's layout — the last step of both redactors.

A social-care ticket is often a thread or a chat copied whole: public replies under a post, a DM between a person and a
brand's account, a messenger export. Its layout says who speaks, and every decision here comes from that layout:

- a SPEAKER label: a display name opening a line before ":" — after a "[date, time]" stamp, or decorated with an
  emoji and opening two lines or more ("✨lu✨: …" twice) — or a full name after a reply arrow ("↳ Ana Ruiz tbh …");
  every word of it a name's (no ordinary, family, role or all-capitals word: "Mama 💕:", "KUNDIN:", "Casa Sol:");
  a name in another script in brackets after it ("Yuki 🌸 (高橋由紀):");
- the BRAND is never hidden: the account a DM header writes to ("DM @a → @Shop"), an account named official, care or
  support, and any label whose letters are those of such an account ("Shop_ES:" after "→ @Shop_ES");
- a person's HANDLE holds their name: the opening letter run of "@lulu_kocht" is "lulu" elsewhere in the same ticket,
  and at the start of a hashtag ("#lulugegendenrest"), unless it is an ordinary word, a function word or the brand's;
- a name hidden ONCE is hidden at each other whole-word occurrence in the same ticket: as written, or a name found in
  lower case also capitalised (never a capitalised one in lower case: "Rosa" … "la tapa rosa"), a lone word never
  inside a longer capitalised run ("Garage Lemaire Père"); a name's word opening a hashtag;
- SOCIAL-CARE SIGN-OFFS: caret initials ("^JT"), one capital after a message's last sentence ("danke. K."), a first
  name next to the care team ("– Paula (Team Social Care)", "vom Service-Team (Jonas)", "Atendimento: Caio.").

Round 31 adds: a chat app's header line's speaker ("Kiki ✨ — Today at 09:16", heading two lines or a listed first
name); a first name beside the care team without brackets ("Leo del equipo de redes"), an initial and a surname in the
team's brackets, a moderator's name; spoken German's article before a listed first name ("bei der Vroni": no surname,
no German word, no noun ending). Echoes are narrower: a found value of several words only when one word is a listed
first name or surname ("Virement Interac" is no one's), a handle's head not where the handle's phrase is spelt out ("«
ptit loup »" for "@ptit_loup_42"). The brand a business page's chat names before its agents ("Casa Sol · Marta
(agente):") is kept by keep._page_labels.

Spans are only added (PERSON), never over another finding or a value the keep list protects.
"""
from __future__ import annotations

import re
from collections import Counter

from plugin.core.model import Span

from . import keep
from .cues import alternation
from .finish import _chat_family
from .name_lists import (
    ORG_WORDS,
    STOP,
    fold,
    function_words,
    is_first,
    is_last,
    ordinary_anywhere,
    ordinary_words,
    unambiguous,
)
from .social import _ROLE_LABEL  # noqa: PLC2701

_LETTERS = r"[^\W\d_]"
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*[^\W\d_.]|[^\W\d_]")
# a handle with its "@", or a Reddit-style "u/name"
_HANDLE = re.compile(r"(?<![\w/])(?:@|u/)([A-Za-z0-9À-ÿ][\w.]{1,40}[\w])")
_BRAND_HANDLE = re.compile(r"(?i)(?:offici|oficia|offiz|support|care|help|service|team|^news)")
_DM_TARGET = re.compile(r"(?:→|->|➡️?|\bto\b|\bà\b|\ban\b|\bpara\b)[ \t]*@([\w.]+)")
_STAMP = r"\[[^\]\n]{4,28}\][ \t]*"
# a label: up to four words or emoji, no digits, before ":" and a space; an optional "(…)" with another script's name
_SPEAKER = re.compile(rf"(?m)^[ \t]*(?P<stamp>{_STAMP})?(?P<label>[^\W\d_:\[\]()@#/]?[^\n:\[\]()@#/\d]{{0,40}}?)"
                      r"[ \t]*(?:\((?P<alt>[^()\n\d]{1,20})\))?[ \t]*:[ \t]")
_ARROW = re.compile(r"(?m)^[ \t]*[↳↪][ \t]*(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,2})(?=[ \t]|$)")
_CARET = re.compile(r"(?<![\w^])\^([A-Z]{1,3})(?![\w])")
# one capital ending a line after a sentence's end or an emoji, a dash, or a greeting's short form
_LONE_INITIAL = re.compile(r"(?m)(?:[^\W\d_]{2}[.!?…]+|[\u2600-\u27bf\U0001F300-\U0001FAFF]|[–—]|\b(?:LG|VG|Abs|Bjs|xx|xo))"
                           r"[ \t]+([A-Z])\.?[ \t]*$")
_TEAM = (r"(?:social|sociaux|sociales|care|team|équipe|equipe|equipo|equipa|atendimento|atención|atencion|"
         r"kundenservice|service|support|soporte|suporte|médias|medios|redes)")
# a first name (round 31: or an initial and a surname, "Social-Team (D. Vogt)") in brackets after the team's word; the
# brackets found first, the team's word looked for just before them (speed)
_BRACKET_NAME = re.compile(r"\(((?:[A-Z]\.[ \t]?)?[A-ZÀ-Þ][a-zà-ÿ]{1,14})\)")
_TEAM_BEFORE = re.compile(rf"(?i:\b[\w-]*{_TEAM}[\w-]*)[ \t]*$")
_NAME_TEAM = re.compile(rf"\b([A-ZÀ-Þ][a-zà-ÿ]{{1,14}})[ \t]*\((?i:[^()\n]*\b{_TEAM}\b[^()\n]*)\)")
_TEAM_LABEL = re.compile(r"(?i:\b(?:atendimento|atención|atencion|atendente|agente?|agentin|support|soporte|suporte))"
                         r"[ \t]*:[ \t]*([A-ZÀ-Þ][a-zà-ÿ]{1,14})(?=[.!,]?[ \t]*(?:$|\n))")
_GREETING_NAME = re.compile(r"(?m)\b(?:LG|VG|Abs|Bjs|Bss|Saludos|Cheers|Bisous|Gruß|Grüße|Besos)[,]?[ \t]+"
                            r"([A-ZÀ-Þ][a-zà-ÿ]{1,14})[ \t]*$")
_EMOJI_OR_MARK = re.compile(r"[^\w\s'’.-]")
# (round 31) spoken German names a person with the article ("die Martina", "bei der Resi", "dem Sepp"): a listed first
# name, no German noun or word, not opening a longer capitalised run ("der Martina Schule") nor a compound
# (round 31) a message signed with an initial and a surname after a closing, ending its line ("Un saludo, D. Ferrán")
_CLOSING_INITIAL = re.compile(rf"(?im)(?<![\w'’])(?:{alternation('closing')})[,!.]?[ \t]+"
                              r"((?-i:[A-Z]\.[ \t]?[A-ZÀ-Þ][a-zà-ÿ]{2,20}(?:-[A-ZÀ-Þ][a-zà-ÿ]{2,20})?))[ \t]*$")
_DE_NOUN_END = re.compile(r"(?:er|en|el|ung|heit|keit|schaft|ling|chen|lein|ment|tat|ion|ur|ik|ei|ie|at|um|us)$")
_DE_ARTICLE_NAME = re.compile(r"(?<![\w'’-])(?:der|die|den|dem)[ \t]+([A-ZÀ-Þ][a-zà-ÿ]{2,14})(?![\w'’-]|[ \t]+[A-ZÀ-Þ])")
# (round 31) a chat app's header line: the speaker, then a dash and the day or time alone ("Kiki ✨ — Today at 09:16",
# "**Ana Ruiz** — 29 nov. 2026"); no brackets (a role: "(équipe)")
_HEADER = re.compile(r"(?m)^[ \t]*(?:\*\*)?(?P<label>[^\W\d_][^\n:*@#/\d—–()\[\]]{0,40}?)(?:\*\*)?[ \t]+[—–][ \t]+"
                     r"(?:(?i:today|yesterday|hoy|ayer|aujourd|hier|heute|gestern|hoje|ontem)\b|\d{1,2}[./: ])"
                     r"[^\n]{0,30}$")
# (round 31) a first name (or an initial and a surname) next to the care team without brackets, or after a moderator's
# title: "copiado por Leo del equipo de redes", "(D. Vogt)", "la modératrice Zaza"
_NAME_OF_TEAM = re.compile(r"\b([A-ZÀ-Þ][a-zà-ÿ]{1,14})[ \t]+(?:del|de l['’]|de la|da|do|vom|from the|of the)[ \t]*"
                           r"(?i:equipo|équipe|equipa|team|service)\b")
_MODERATOR = re.compile(r"(?i:\b(?:modérat(?:eur|rice)|moderador[a]?|moderator(?:in)?|admin))[ \t]+"
                        r"([A-ZÀ-Þ][a-zà-ÿ]{1,14})(?![\w'’-])")


def _ordinary(word: str, lang: str = "") -> bool:
    """An ordinary word of any of de/es/fr/pt (or, given `lang`, of the text's own language only: a capitalised
    name in a sign-off's tight frame may be a word of another language, "Gab" in French)."""
    w = fold(word)
    if len(w) < 2 or w in function_words() or w in STOP or w in ORG_WORDS:
        return True
    if not lang:
        return ordinary_anywhere(w)
    return any(w in ordinary_words(code) for code in (("de", "de_nouns") if lang == "de" else (lang,)) if code != "en")


def _listed(word: str) -> bool:
    """A listed first name or surname."""
    w = fold(word)
    return is_first(w) or is_last(w)


def _squash(value: str) -> str:
    return re.sub(r"[\W_]+", "", fold(value))


def brands(text: str) -> set[str]:
    """The brand's accounts, squashed ("correiovelozpt"): DM targets and accounts named official, care, support."""
    out = {_squash(m.group(1)) for m in _DM_TARGET.finditer(text)}
    out |= {_squash(m.group(1)) for m in _HANDLE.finditer(text) if _BRAND_HANDLE.search(m.group(1))}
    return {b for b in out if len(b) >= 3}


def _is_brand(value: str, brand: set[str]) -> bool:
    v = _squash(value)
    return bool(v) and any(v == b or len(v) >= 4 and (b.startswith(v) or v.startswith(b)) for b in brand)


class _Taken:
    """What an added name may not overlap: the findings so far, and (computed only when a candidate is new, the keep
    list being the costly part) the values the keep list protects, with the noun-named ones once echoes begin."""

    def __init__(self, text: str, spans: list[Span]) -> None:
        self.text = text
        self.spans = [(s.start, s.end) for s in spans]
        self.kept: list[tuple[int, int]] | None = None
        self.named: list[tuple[int, int]] | None = None
        self.echoes = False

    def add(self, found: list[Span], start: int, end: int, score: float, keep_list: bool = True) -> None:
        if end <= start or any(lo < end and start < hi for lo, hi in self.spans):
            return
        if keep_list:
            if self.kept is None:
                self.kept = keep.protected_ranges(self.text)
            ranges = self.kept
            if self.echoes:
                if self.named is None:
                    self.named = keep.noun_named(self.text)
                ranges = ranges + self.named
            if any(lo < end and start < hi for lo, hi in ranges):
                return
        found.append(Span("PERSON", start, end, score))
        self.spans.append((start, end))


def _label_words(label: str, brand: set[str], underscore: bool = True) -> list[re.Match[str]] | None:
    """The name words of a speaker or header label, when every word is a name's: at most three, no brand, no role
    ("Agent", "Kunde"), no ordinary, all-capitals or family word ("Casa Alfazema", "Bot Lumi", "Mama", "KUNDIN"; with
    underscore=False no word with "_" either); None otherwise."""
    found = list(_NAME_WORD.finditer(label))
    words = [w.group() for w in found]
    key = label.strip()
    if not words or len(words) > 3 or _is_brand(key, brand) or any(_is_brand(w, brand) for w in words):
        return None
    if any(_ordinary(w) or len(w) > 1 and w.isupper() or not underscore and "_" in w or _chat_family()[1].fullmatch(w)
           for w in words) or _ROLE_LABEL.search(key):
        return None
    return found


def _speakers(text: str, brand: set[str]) -> list[tuple[int, int]]:
    """The name part of each speaker label that is no brand, no role ("Agent", "Kunde") and no ordinary word."""
    matches = list(_SPEAKER.finditer(text))
    counts = Counter(m.group("label").strip() for m in matches)
    out = []
    for m in matches:
        label = m.group("label")
        key = label.strip()
        decorated = bool(_EMOJI_OR_MARK.search(key))
        # after a stamp, or an emoji-decorated label opening two lines or more ("Betreff:" twice is a mail's header)
        if not (m.group("stamp") or counts[key] >= 2 and decorated):
            continue
        found = _label_words(label, brand)
        if found is None:
            continue
        out.append((m.start("label") + found[0].start(), m.start("label") + found[-1].end()))
        alt = m.group("alt")
        if alt and not re.search(r"[A-Za-zÀ-ÿ]", alt):  # the name in another script ("Yuki (高橋由紀)")
            out.append((m.start("alt"), m.start("alt") + len(alt.rstrip())))
    headers = list(_HEADER.finditer(text))
    heads = Counter(m.group("label").strip() for m in headers)
    for m in headers:  # (round 31) a header line's speaker: heading two lines, or a listed first name
        label = m.group("label")
        found = _label_words(label, brand, underscore=False)
        if found is None or not (heads[label.strip()] >= 2 or is_first(fold(found[0].group()))):
            continue
        out.append((m.start("label") + found[0].start(), m.start("label") + found[-1].end()))
    for m in _ARROW.finditer(text):
        parts = m.group("name").split()
        # a full name, or one listed first name: a lone word after "↪" may be the app's note ("↪ Reenviado")
        if all(not _ordinary(w) for w in parts) and not _is_brand(m.group("name"), brand) and \
                not any(w.upper() == w for w in parts) and (len(parts) > 1 or is_first(fold(parts[0]))):
            out.append((m.start("name"), m.end("name")))
    return out


def _handle_heads(text: str, brand: set[str]) -> dict[str, set[str]]:
    """The opening letter run of each person's handle ("@lulu_kocht" -> "lulu"), 3+ letters, no ordinary word, with
    the letter run after it in the handle ("kocht")."""
    heads: dict[str, set[str]] = {}
    for m in _HANDLE.finditer(text):
        value = m.group(1)
        if _is_brand(value, brand) or _BRAND_HANDLE.search(value):
            continue
        run = re.match(r"([a-zà-ÿ]{3,12}|[A-ZÀ-Þ][a-zà-ÿ]{2,11})(?=[._\d]|$)", value)
        if run and run.end() < len(value) and not _ordinary(run.group(1)) and not _is_brand(run.group(1), brand):
            nxt = re.match(r"[._\d]*([^\W\d_]+)", value[run.end():])
            heads.setdefault(fold(run.group(1)), set()).add(fold(nxt.group(1)) if nxt else "")
    return heads


def _spelt_handle(text: str, end: int, nexts: set[str]) -> bool:
    """(round 31) The handle's words written out as a phrase ("le « ptit loup »" for "@ptit_loup_42"): the phrase the
    handle is made of, a nickname or a motto, not the head word alone as a first name."""
    after = re.match(r"[ \t]+([^\W\d_]+)", text[end:end + 30])
    return after is not None and fold(after.group(1)) in nexts


def _in_capitalised_run(text: str, start: int, end: int, named: list[str]) -> bool:
    """A capitalised word (no function word, not itself a word of a name found) next to the occurrence, or before
    it and a joining word ("Hilo y Maguey")."""
    before = re.search(r"([^\W\d_][\w'’-]*)[ \t]+(?:(?:y|e|et|und|and|&)[ \t]+)?$", text[max(0, start - 40):start])
    after = re.match(r"[ \t]+([^\W\d_][\w'’.-]*)", text[end:end + 40])
    return any(m is not None and m.group(1)[0].isupper() and fold(m.group(1)) not in function_words()
               and m.group(1).rstrip(".") not in named for m in (before, after))


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _whole(text: str, value: str) -> list[int]:
    """(round 31, speed: a regex compiled per value cost a quarter of the step) Where `value` stands whole: no word
    character, apostrophe, hyphen, "#", "/", "." or "=" before it; no word character, apostrophe, "@" or hyphen, nor
    a dot and a word character, after it."""
    out, at = [], text.find(value)
    while at >= 0:
        end = at + len(value)
        before = text[at - 1] if at else ""
        after = text[end] if end < len(text) else ""
        if not (before and (_word_char(before) or before in "'’#/.=-")) and \
                not (after and (_word_char(after) or after in "'’@-" or
                                after == "." and end + 1 < len(text) and _word_char(text[end + 1]))):
            out.append(at)
        at = text.find(value, at + 1)
    return out


def _same_case(value: str, seen: str) -> bool:
    """The occurrence as found, or a name found in lower case capitalised ("frankie" … "Frankie"). Never a capitalised
    name in lower case: the word lists miss too many ordinary words ("Rosa" … "rosa", "Nascimento" … "nascimento")."""
    return seen == value or value.islower() and seen == value.capitalize()


def _greeting_lg(text: str, start: int) -> bool:
    return bool(re.search(r"(?:[^\W\d_][.!?…]+|[\u2600-\u27bf\U0001F300-\U0001FAFF])[ \t]+[LV]G[ \t]+$",
                          text[max(0, start - 30):start]))


# a whole run of word characters, apostrophes and hyphens, not joined to a handle, a path, a host or a login
_RUN = re.compile(r"(?<![\w'’@#/.=-])[\w'’-]+(?![\w'’@-]|\.\w)")
_HASHTAG = re.compile(r"(?<![\w#])#(\w+)")


def _tag_starts(found: list[Span], taken: _Taken, tags: list[tuple[int, str]], words: set[str]) -> None:
    """A hashtag opening with one of `words` (folded) and three letters more: that word hidden."""
    for start, tag in tags:
        folded = fold(tag)
        if len(folded) != len(tag):
            continue  # offsets would not hold ("ß" folded to "ss")
        for word in words:
            if folded.startswith(word) and len(tag) - len(word) >= 3 and tag[len(word):len(word) + 3].isalpha():
                taken.add(found, start, start + len(word), 0.65)


def thread_names(text: str, spans: list[Span], lang: str) -> list[Span]:
    """Speakers, handles' names, echoes and sign-offs of a social thread (module docstring), added to `spans`."""
    brand = brands(text)
    taken = _Taken(text, spans)
    found: list[Span] = []
    for start, end in _speakers(text, brand):
        taken.add(found, start, end, 0.7)
    for m in _CARET.finditer(text):
        taken.add(found, m.start(1), m.end(1), 0.6)
    # the keep list protects "LG" and the word after it (the brand); after a message's last sentence it is a
    # German greeting ("… antworten. LG Jo"), and the word after it is the writer
    for m in _LONE_INITIAL.finditer(text):
        taken.add(found, m.start(1), m.end(1), 0.6, not _greeting_lg(text, m.start(1)))
    team = [m for m in _BRACKET_NAME.finditer(text) if _TEAM_BEFORE.search(text, max(0, m.start() - 40), m.start())]
    for pattern in (team, _NAME_TEAM, _TEAM_LABEL, _GREETING_NAME, _NAME_OF_TEAM, _MODERATOR):
        for m in pattern if isinstance(pattern, list) else pattern.finditer(text):
            if not _ordinary(m.group(1), lang) and not _is_brand(m.group(1), brand):
                taken.add(found, m.start(1), m.end(1), 0.7, not _greeting_lg(text, m.start(1)))
    for m in _CLOSING_INITIAL.finditer(text):
        if not _ordinary(m.group(1).split(".")[-1].strip()) and not _is_brand(m.group(1), brand):
            taken.add(found, m.start(1), m.end(1), 0.7)
    if lang == "de":
        for m in _DE_ARTICLE_NAME.finditer(text):
            w = fold(m.group(1))
            # a listed first name only, never a surname ("den Keller", "an der Kassa") nor a noun's ending ("Kalender")
            if is_first(w) and not is_last(w) and unambiguous(w) and not _DE_NOUN_END.search(w) and \
                    not _ordinary(m.group(1), "de") and not _is_brand(w, brand):
                taken.add(found, m.start(1), m.end(1), 0.6)
    taken.echoes = True
    # one pass over the text's word runs and hashtags (a regex per name would cost more than the rest of the step)
    runs = [(m.start(), m.end(), m.group()) for m in _RUN.finditer(text)]
    tags = [(m.start(1), m.group(1)) for m in _HASHTAG.finditer(text)]
    # a person's handle names them: its opening run elsewhere (any case) and opening a hashtag
    heads = _handle_heads(text, brand)
    if heads:
        for start, end, word in runs:
            nexts = heads.get(word.lower())
            if nexts is not None and not _spelt_handle(text, end, nexts):
                taken.add(found, start, end, 0.65)
        _tag_starts(found, taken, tags, set(heads))
    # a name hidden once is the same person at its every other whole-word occurrence
    values = set()
    for s in spans + found:
        if s.type != "PERSON":
            continue
        value = text[s.start:s.end].strip()
        words = _NAME_WORD.findall(value)
        if not words or len(value) < 3 or "\n" in value or value.isupper() or _is_brand(value, brand):
            continue
        if len(words) == 1 and (_ordinary(value) or len(value) < 3):
            continue
        if len(words) > 1 and (any(w.islower() or _ordinary(w) for w in words) or not any(_listed(w) for w in words)):
            continue  # a full value only when no word of it is an ordinary word and one is a listed name's (round 31:
            # "Virement Interac", a bank statement's line the word lists miss, is no one's name)
        values.add(value)
        if len(words) > 1:  # each word of a full name ("Ana Gil" … "ana"), when no word of any language
            values |= {w for w in words if len(w) >= 3 and w.isalpha() and not w.isupper() and not _ordinary(w)
                       and (not is_first(fold(w)) or unambiguous(fold(w)))}
    if not values:
        return sorted(spans + found, key=lambda s: s.start) if found else spans
    named = [w for v in values for w in _NAME_WORD.findall(v)]
    lower = {v.lower(): v for v in values if " " not in v}
    for start, end, word in runs:
        seen = lower.get(word.lower())
        if seen is None or not _same_case(seen, word):
            continue
        if _in_capitalised_run(text, start, end, named):
            continue  # part of a longer capitalised run ("Garage Lemaire Père"): a company, a product
        taken.add(found, start, end, 0.65)
    for value in sorted((v for v in values if " " in v), key=len, reverse=True):
        for start in _whole(text, value):
            taken.add(found, start, start + len(value), 0.65)  # also after "@" ("@Ana Ruiz jaja")
    # a name's word opening a hashtag ("#rosasdankt")
    _tag_starts(found, taken, tags, {fold(w) for w in named if len(w) >= 4 and w.isalpha() and not _ordinary(w)})
    return sorted(spans + found, key=lambda s: s.start) if found else spans
