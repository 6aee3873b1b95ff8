"""Names written the way people write them, in any of the five languages (redaction round 39a, issue 11).

Each reading is a shape, never a listed phrase; the whole run from the first to the last name token is one value:
- a name in brackets after a chat or form speaker label at the start of a line ("Visitor (x y) :", "[20:31] Cliente
  (x):") or after a marketplace @handle ("@shop_x (x y)", "(x r.)", "(x s. y)"): letters only, one to four words,
  an initial allowed, the first word no ordinary word;
- a first name, a nickname in brackets and a surname where two of the three are already found ("x (y) z");
- a lower-case name that was found by its first word grows over the lower-case listed surnames after it ("x y z",
  where y and z are surnames of the lists and no ordinary word);
- a lower-case initial and a listed surname ("h. x", "u. x") after a colon, a quote or a cue verb's object: the
  initial joins a surname already found, or the pair is a name when the surname is listed and no ordinary word;
- a name in Arabic script written in brackets or next to a name already found in Latin letters.
"""
from __future__ import annotations

import re

from plugin.core.model import Span

from .cues import alternation
from .name_lists import fold, function_words, is_first, is_last, ordinary_anywhere

_WORD = r"[^\W\d_][\w'’-]*"
_INIT = r"[^\W\d_]\."
_BRACKETED = rf"\(((?:{_WORD}|{_INIT})(?:[ \t]+(?:{_WORD}|{_INIT})){{0,3}})\)"
# a speaker label at a line's start, after an optional time stamp: "14:07 Visiteur (x) :", "[20:31] Cliente (x):"
_LABEL = re.compile(rf"(?im)^[ \t]*(?:\[?\d{{1,2}}[:h.]\d{{2}}(?::\d{{2}})?\]?[ \t-]*)?"
                    rf"(?:{alternation('chat_role')}|{alternation('role_noun')})[ \t]+{_BRACKETED}[ \t]*:")
_HANDLE = re.compile(rf"(?<![\w@])@[\w.]{{2,30}}[ \t]+{_BRACKETED}")
_NICK = re.compile(rf"(?<![\w'’-])({_WORD})[ \t]+\(({_WORD})\)[ \t]+({_WORD})(?![\w'’-])")
_LOWER_NEXT = re.compile(r"[ \t]+([a-zß-ÿ][a-zß-ÿ'’-]+)")
_INITIAL_SURNAME = re.compile(r"(?<![\w.])([a-z])\.[ \t]?([a-zß-ÿ][a-zß-ÿ'’-]{2,})(?![\w'’.-]|\.\w)")
_CAP = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"
# a form line "Label: First Surname Surname" (one or two label words, "/" between allowed): the whole value up to the
# line's end, two spaces or a comma, when its first word is a listed first name and no word is an ordinary one
_LABEL_VALUE = re.compile(rf"(?m)^[ \t]*[^\W\d_][\w.-]*(?:[ /][^\W\d_][\w.-]*)?[ \t]*:[ \t]*"
                          rf"((?:(?:M\.ª|Mª)[ \t]+)?{_CAP}(?:[ \t]+(?:(?:de|del|da|do|dos|das|i|y|e)[ \t]+)?{_CAP}){{1,3}})"
                          rf"(?=[ \t]*(?:$|[ \t]{{2}}|,))")
# the value's last surname on the next line alone, a label line after it ("…: Àngels Puigdomènech⏎Soler⏎DNI: …")
_WRAPPED = re.compile(rf"[ \t]*\n({_CAP})[ \t]*\n[^\n:]{{1,30}}:")
_GREETING_OR_TITLE = re.compile(rf"(?i){alternation('titles')}|{alternation('chat_cue')}|ol[aá]|hola|hello|bonjour|hallo|herr|frau|fr|hr|mme|madame|monsieur|mr|mrs|ms|señora?|senhora?|dona|doña|don|dom")
_LOWER = r"(?-i:([a-zß-ÿ][a-zß-ÿ'’-]+)(?:[ \t]+([a-zß-ÿ][a-zß-ÿ'’-]+))?(?:[ \t]+([a-zß-ÿ][a-zß-ÿ'’-]+))?)"
# a lower-case name after a role noun ("la agente x", "l'agent x", "atendente x") or after a verb that says who
# received, entered or signed ("entered by x y", "recibe x y", "reçu par x y": there two listed name words)
_ROLE_LOWER = re.compile(rf"(?i)(?:(?<=\bl['’])|(?<![\w'’-]))(?:{alternation('role_noun')})[ \t]+{_LOWER}")
_BY_LOWER = re.compile(rf"(?i)(?<![\w'’-])(?:by|por|par|pelo|pela|von|recibe|recebe|reçoit|receives|erhält)[ \t]+{_LOWER}")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F]+(?:[ \t]+[\u0600-\u06FF\u0750-\u077F]+){0,4}")
# Han, kana and hangul: a name of one to three words of at most five characters each ("木村 ベアトリス" is 2 + 5)
_CJK = re.compile(r"(?<![\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF])[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]{1,5}"
                  r"(?:[ \t\u3000・][\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]{1,5}){0,2}(?![\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF])")
# a nickname in brackets right after a found name, derived from it: its first letters ("X Y (Xy)", "Kenji T.⏎(Ken)")
# or its initials ("Jean-Baptiste F. (« JB »)"); words may follow inside ("(Ruizinho para os amigos)")
_NICK_AFTER = re.compile(r"[ \t]*\n?[ \t]*\([ \t]*[«\"“„']?[ \t]*([^\W\d_][\w'’-]*)[ \t]*[»\"”']?(?:[ \t]+[^()\n]{1,30})?\)")


def _ordinary(word: str) -> bool:
    folded = fold(word)
    return folded in function_words() or ordinary_anywhere(folded)


def _listed(word: str) -> bool:
    folded = fold(word)
    return is_first(folded) or is_last(folded)


def _bracket_name(value: str, alone: bool) -> bool:
    """A person's name in brackets: no function word, no acronym, no ordinary word unless a listed name; one word
    stands alone only after a speaker role (`alone`) or when it is a listed first name."""
    words = value.split()
    first = words[0]
    if len(first) < 2 or first.endswith("."):
        return False
    for w in words:
        if w.endswith("."):
            continue
        folded = fold(w)
        if folded in function_words() or (len(w) > 1 and w.isupper()) or ordinary_anywhere(folded) and not _listed(w):
            return False
    return len(words) > 1 or alone or is_first(fold(first))


def _derived(nick: str, name: str) -> bool:
    """A nickname made from the name: two or more of its first letters, or the initials of its parts."""
    parts = [fold(p) for p in re.split(r"[\s-]+", name) if p]
    short = fold(nick)
    if len(parts) < 1 or short in {p for p in parts}:
        return False
    if nick.isupper() and len(nick) >= 2 and short == "".join(p[0] for p in parts)[:len(short)] and len(short) <= len(parts):
        return True
    return len(short) >= 3 and not _ordinary(nick) and any(p.startswith(short[:3]) for p in parts)


def _person(start: int, end: int) -> Span:
    return Span("PERSON", start, end, 0.6)


def _covered(spans: list[Span], start: int, end: int) -> bool:
    return any(s.type == "PERSON" and s.start <= start and end <= s.end for s in spans)


def _free(spans: list[Span], start: int, end: int) -> bool:
    return not any(s.start < end and start < s.end and s.type != "PERSON" for s in spans)


def written_names(text: str, spans: list[Span]) -> list[Span]:
    """Spans plus the names of the shapes above; grown PERSON spans replace the pieces they hold."""
    add: list[Span] = []
    if "(" in text:
        for rx, alone in ((_LABEL, True), (_HANDLE, False)):
            for m in rx.finditer(text):
                if _bracket_name(m.group(1), alone) and _free(spans, m.start(1), m.end(1)):
                    add.append(_person(m.start(1), m.end(1)))
        for m in _NICK.finditer(text):
            found = [_covered(spans, m.start(i), m.end(i)) for i in (1, 2, 3)]
            # two of the three found, or the nickname found between two capitalised words ("X (Jay) Y")
            caps = all(m.group(i)[:1].isupper() for i in (1, 2, 3)) and found[1] and not _ordinary(m.group(1))
            if (sum(found) >= 2 or caps) and (caps or all(f or not _ordinary(m.group(i)) for i, f in zip((1, 3), (found[0], found[2]), strict=True))) \
                    and _free(spans, m.start(1), m.end(3)):
                add.append(_person(m.start(1), m.end(3)))
    for s in spans:
        if s.type != "PERSON":
            continue
        value = text[s.start:s.end]
        if value.islower():
            end = s.end
            for _ in range(2):
                nxt = _LOWER_NEXT.match(text, end)
                if not nxt or _ordinary(nxt.group(1)) or not is_last(fold(nxt.group(1))) \
                        or not _free(spans, nxt.start(1), nxt.end(1)):
                    break
                end = nxt.end(1)
            if end != s.end:
                add.append(_person(s.start, end))
    for m in _LABEL_VALUE.finditer(text):
        words = [w for w in m.group(1).split() if w[:1].isupper() and w not in ("M.ª", "Mª")]
        if is_first(fold(words[0])) and not _GREETING_OR_TITLE.fullmatch(words[0]) and not any(_ordinary(w) for w in words) and _free(spans, m.start(1), m.end(1)):
            start = m.start(1)
            for s in spans:
                if s.type == "PERSON" and s.start <= start < s.end:
                    start = s.start
            end = m.end(1)
            w = _WRAPPED.match(text, end)
            if w and not _ordinary(w.group(1)) and _listed(w.group(1)):
                end = w.end(1)
            add.append(_person(start, end))
    for rx, least in ((_ROLE_LOWER, 1), (_BY_LOWER, 2)):
        for m in rx.finditer(text):
            if not is_first(fold(m.group(1))) or _ordinary(m.group(1)):
                continue
            last = 1
            for i in (2, 3):
                word = m.group(i)
                if word is None or _ordinary(word) or not _listed(word):
                    break
                last = i
            if last >= least and _free(spans, m.start(1), m.end(last)):
                add.append(_person(m.start(1), m.end(last)))
    for m in _INITIAL_SURNAME.finditer(text):
        surname = m.group(2)
        if _covered(spans, m.start(2), m.end(2)) or (
                is_last(fold(surname)) and not _ordinary(surname) and _free(spans, m.start(), m.end())
                and re.search(r"(?:[:\"«“„]|\b[a-zß-ÿ]+)[ \t]*$", text[max(0, m.start() - 20):m.start()])):
            add.append(_person(m.start(), m.end()))
    for s in spans:
        nick = _NICK_AFTER.match(text, s.end) if s.type == "PERSON" else None
        if nick and _derived(nick.group(1), text[s.start:s.end]) and _free(spans, nick.start(1), nick.end(1)):
            add.append(_person(nick.start(1), nick.end(1)))
    for m in (*_ARABIC.finditer(text), *_CJK.finditer(text)):
        near = [s for s in spans if s.type == "PERSON" and (0 <= m.start() - s.end <= 3 or 0 <= s.start - m.end() <= 3)]
        bracketed = text[m.start() - 1:m.start()] == "(" or "(" in text[max(0, m.start() - 2):m.start()]
        if (near or bracketed) and len(m.group().split()) <= 4 and _free(spans, m.start(), m.end()):
            add.append(_person(m.start(), m.end()))
    if not add:
        return spans
    grown = sorted(add, key=lambda s: (s.start, -s.end))
    kept = [s for s in spans if not any(a.start <= s.start and s.end <= a.end for a in grown) or s.type != "PERSON"]
    out = kept + [a for a in grown if not any(k.start <= a.start and a.end <= k.end for k in kept)]
    # overlapping additions: keep the longest
    out.sort(key=lambda s: (s.start, -s.end))
    merged: list[Span] = []
    for s in out:
        if merged and s.start < merged[-1].end:
            prev = merged[-1]
            if prev.type == s.type == "PERSON":
                merged[-1] = Span("PERSON", prev.start, max(prev.end, s.end), max(prev.score, s.score))
            continue
        merged.append(s)
    return merged
