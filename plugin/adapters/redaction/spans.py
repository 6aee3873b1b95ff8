"""Span bookkeeping shared by the redactors: merging, overlap resolution, trimming.

Pure standard library; used by InMemoryRedactor and PresidioRedactor alike.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from plugin.core.model import Span


def prepare(text: str) -> str:
    """The text the recognizers see: a literal "\\n" (text escaped twice on its way to us) becomes a line break.

    Same length, so every span found in the prepared text has the right offsets in the original.
    """
    if "\\" in text:
        text = text.replace("\\n", " \n").replace("\\t", " \t")
    # (round 27) the quoting marks of an e-mail reply (">", ">> ", "> >") become spaces: a quoted signature, header or
    # letter is read like the same lines unquoted ("> Lic. Ana Ruiz" is a signature line as "Lic. Ana Ruiz" is)
    return _QUOTE.sub(lambda m: " " * len(m.group()), text) if ">" in text else text


_QUOTE = re.compile(r"(?m)^(?:[ \t]*>)+")


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
