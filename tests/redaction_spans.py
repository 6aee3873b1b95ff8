"""What the redaction unit tests ask of a text: the spans the in-memory redactor finds (the same rules as the Presidio
path, without spaCy), whether every letter and digit of a value lies inside one of them, and whether a value is left
alone. One copy for the round and category test files."""
from __future__ import annotations

from plugin.adapters.inmemory_redactor import InMemoryRedactor


def spans(text, known=()):
    return InMemoryRedactor().find(text, known)


def covered(text: str, value: str, nth: int = 0, *, known=()) -> bool:
    """Every letter and digit of the nth occurrence of `value` lies inside a redacted span."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    found = spans(text, known)
    return all(any(s.start <= i < s.end for s in found) for i in range(start, start + len(value)) if text[i].isalnum())


def untouched(text: str, value: str, known=()) -> bool:
    """No redacted span overlaps the first occurrence of `value`."""
    start = text.index(value)
    return not any(s.start < start + len(value) and start < s.end for s in spans(text, known))


def inside_one_span(text: str, value: str) -> bool:
    """The first occurrence of `value` lies whole inside one redacted span (stricter than `covered`)."""
    start = text.index(value)
    return any(s.start <= start and start + len(value) <= s.end for s in spans(text))


def keep_protected(text: str, value: str) -> bool:
    """The first occurrence of `value` lies whole inside one range the keep rules protect."""
    from plugin.adapters.redaction import keep

    start = text.index(value)
    return any(lo <= start and start + len(value) <= hi for lo, hi in keep.protected_ranges(text))
