"""Span bookkeeping shared by the redactors: merging, overlap resolution, trimming.

Pure standard library; used by InMemoryRedactor and PresidioRedactor alike.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from plugin.core.model import Span


def prepare(text: str) -> str:
    """The text the recognizers see: a literal "\\n" (text escaped twice on its way to us) becomes a line break.

    Same length, so every span found in the prepared text has the right offsets in the original.
    """
    if "\\" in text:
        text = text.replace("\\n", " \n").replace("\\t", " \t")
    # (round 27) the quoting marks of an e-mail reply (">", ">> ", "> >") become spaces: a quoted signature, header or
    # letter is read like the same lines unquoted ("> Lic. Ana Ruiz" is a signature line as "Lic. Ana Ruiz" is)
    text = _QUOTE.sub(lambda m: " " * len(m.group()), text) if ">" in text else text
    return _ocr_digits(text) if _OCR_HINT.search(text) else text


_QUOTE = re.compile(r"(?m)^(?:[ \t]*>)+")
# (round 35) A scan read by OCR writes a digit as a letter inside a number ("07700 900l84", "02 4O 55 71 93", "validade
# O9/27", "código 8l4"): in a run of digit groups (spaces, dots, hyphens or slashes between) with three digits or more,
# a capital O becomes 0 and an l or a capital I becomes 1 in every group that also holds a digit (or a group of one
# such letter between digits: "8l4"). Never a group of letters only ("10 o 12", "I"), nor a lone short code ("O2"),
# nor a lower-case o ("2o andar").
_OCR_HINT = re.compile(r"\d[OlI]|[OlI]\d")
_OCR_RUN = re.compile(r"(?<![\w@.#/-])[0-9OlI]+(?:[ ./-][0-9OlI]+)*(?![\w@]|[.,/-]\w)")


def _ocr_digits(text: str) -> str:
    def fix(m: re.Match[str]) -> str:
        run = m.group()
        letters = sum(c in "OlI" for c in run)
        digits = sum(c.isdigit() for c in run)
        between = re.fullmatch(r"\d+[OlI]\d+", run) is not None  # "8l4": a letter between two digits
        if not letters or not between and (digits < 3 or letters > 2 or letters * 3 > digits):
            return run
        return re.sub(r"[0-9OlI]+", lambda g: g.group().translate(_OCR_TABLE) if re.search(r"\d", g.group())
                      else g.group(), run)
    return _OCR_RUN.sub(fix, text)


_OCR_TABLE = str.maketrans("OlI", "011")


# (round 35) A name a scan or a narrow column broke over a line with a hyphen ("Frau Renate Pfeif-⏎fer"): its end on
# the next line, in lower case, belongs to the name.
_BROKEN_TAIL = re.compile(r"-[ \t]*\n[ \t]*[a-zà-ÿß]{1,12}(?![\w-]|[ \t]*:)")  # not a label ("Geburts-⏎datum:")


def join_broken_names(text: str, spans: list[Span], is_ordinary: Callable[[str], bool]) -> list[Span]:
    """The joined word must be no ordinary word ("Geburts-⏎datum" is a field's label)."""
    if "-\n" not in text and not re.search(r"-[ \t]+\n", text):
        return spans
    out = []
    for s in spans:
        m = _BROKEN_TAIL.match(text, s.end) if s.type == "PERSON" and text[s.end - 1:s.end].isalpha() else None
        if m and any(s.end <= o.start < m.end() for o in spans):
            m = None  # the next line's word is another finding's
        if m:
            head = re.search(r"[\w'’]+$", text[s.start:s.end])
            joined = (head.group() if head else "") + m.group().lstrip("- \t\n")
            m = None if is_ordinary(joined) else m
        out.append(Span(s.type, s.start, m.end(), s.score) if m else s)
    return out


# (round 35) A first name, a nickname in brackets, then the surname: "Jason (Jase) Whitcombe", "Friedrich (Fiete)
# Brandauer". The surname after the bracket belongs to the person found before it (one word in the brackets, spaces
# around them: "Maxi (Neffe von Gerlinde)⏎Wels" is a table's next cell).
_NICK_THEN_SURNAME = re.compile(r" ?\([^\W\d_][\w'’.-]{0,15}\) +((?-i:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß'’]+)?))"
                                r"(?=[ \t]*(?:[,.;:!?\n]|$))")


def surname_after_nickname(text: str, spans: list[Span], is_ordinary: Callable[[str], bool]) -> list[Span]:
    if "(" not in text:
        return spans
    out = []
    for s in spans:
        m = _NICK_THEN_SURNAME.match(text, s.end) if s.type == "PERSON" else None
        if m and not is_ordinary(m.group(1)) and not any(s.end <= o.start < m.end(1) and o.type != "PERSON" for o in spans):
            s = Span(s.type, s.start, m.end(1), s.score)
        out.append(s)
    grown = [(a.start, a.end) for a, b in zip(out, spans, strict=True) if a.end != b.end]
    if not grown:
        return spans
    # the nickname's own finding lies inside the grown name now
    return [s for s in out if not any(lo <= s.start and s.end <= hi and (lo, hi) != (s.start, s.end) for lo, hi in grown)]


def merge_same_type(spans: Iterable[Span]) -> list[Span]:
    """Union overlapping spans of the same type (keeps the highest score).

    Two recognizers often find pieces of one value (NER 'Maria', gazetteer 'Maria Gonzalez'); the union
    redacts more, never less.
    """
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.type, s.start, -s.end)):
        last = out[-1] if out else None
        if last is not None and last.type == span.type and span.start < last.end:
            out[-1] = Span(last.type, last.start, max(last.end, span.end), max(last.score, span.score))
        else:
            out.append(span)
    return out


# (round 33) between a street and a piece with a postcode, one or two localities of capitalised words on the same line:
# "14 Bóthar na Trá, Salthill, | Galway H91 X2K7", "Apt 4, Weaver's Court, Tuam, | Co. Galway H54 XK72"
_TOWN_GAP = re.compile(r"(?:[ \t]*,[ \t]*[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+(?:[A-ZÀ-Þ][\w'’.-]*|de|da|do|na|la|del)){0,3}){1,2}[ \t]*,[ \t]*")


def join_address_parts(text: str, spans: list[Span]) -> list[Span]:
    """Join STREET_ADDRESS pieces separated only by a comma/space/line break ("12 rue de la Paix, 75002 Paris")."""
    joined: list[Span] = []
    for span in sorted((s for s in spans if s.type == "STREET_ADDRESS"), key=lambda s: s.start):
        last = joined[-1] if joined else None
        if last and last.end <= span.start <= last.end + 8 and not text[last.end:span.start].strip(" ,\t\n>?}*") or \
                last and last.end <= span.start <= last.end + 50 and _TOWN_GAP.fullmatch(text, last.end, span.start) and \
                any(c.isdigit() for c in text[span.start:span.end]):
            joined[-1] = Span("STREET_ADDRESS", last.start, span.end, max(last.score, span.score))
        elif last and span.start < last.end:
            joined[-1] = Span("STREET_ADDRESS", last.start, max(last.end, span.end), max(last.score, span.score))
        else:
            joined.append(span)
    return [s for s in spans if s.type != "STREET_ADDRESS"] + joined


def resolve_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans sorted by start: longer span wins, then higher score, then earlier start."""
    kept: list[Span] = []
    for span in sorted(merge_same_type(spans), key=lambda s: (-(s.end - s.start), -s.score, s.start)):
        if span.end <= span.start:
            continue
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def trim(text: str, span: Span) -> Span | None:
    """Strip surrounding whitespace and punctuation a pattern may have swallowed; None if nothing is left."""
    start, end = span.start, span.end
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-"):
        end -= 1
    if span.type == "EMAIL_ADDRESS":
        # a record's key glued to the address ("correo=ana@…", "email=…&zip"): "=" and "&" are legal in an address's
        # local part (RFC 5322), so Presidio's pattern takes the key too; the key stays for the drafter
        at = text.find("@", start, end)
        key = max(text.rfind("=", start, at), text.rfind("&", start, at)) if at > 0 else -1
        start = key + 1 if key >= 0 else start
    if end <= start:
        return None
    return Span(span.type, start, end, span.score)


def inside(span: Span, ranges: Iterable[tuple[int, int]]) -> bool:
    """True when the span lies entirely within one of the ranges."""
    return any(lo <= span.start and span.end <= hi for lo, hi in ranges)
