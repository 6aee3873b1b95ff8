"""Exact matches of values we already know are personal: the requester's own name, e-mail and phone.

Names match case-insensitively as a whole and by each first/last-name token of length >= 2; phones match by
their digits, ignoring separators and an international prefix on either side.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from plugin.core.model import KnownValue, Span

_PHONE_LIKE = re.compile(r"(?:\+|00)?\(?\d[\d \u00a0().-]{4,22}\d")
_NAME_PARTICLES = frozenset("de la le van von der den da di du del dos das mr mrs ms dr".split())


def _word_pattern(value: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){re.escape(value)}(?![\w])", re.I)


def _text_matches(text: str, value: str, kind: str) -> list[Span]:
    if not value.strip():
        return []
    return [Span(kind, m.start(), m.end(), 1.0) for m in _word_pattern(value.strip()).finditer(text)]


def _name_matches(text: str, name: str) -> list[Span]:
    out = _text_matches(text, name, "PERSON")
    for token in re.findall(r"[^\W\d_][\w'’-]*", name):
        if len(token) >= 2 and token.lower() not in _NAME_PARTICLES:
            out += _text_matches(text, token, "PERSON")
    return out


def _digits(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return digits[2:] if value.strip().startswith("00") else digits


def _phone_matches(text: str, phone: str) -> list[Span]:
    want = _digits(phone)
    if len(want) < 6:
        return _text_matches(text, phone, "PHONE_NUMBER")
    out = []
    for m in _PHONE_LIKE.finditer(text):
        got = _digits(m.group())
        shorter, longer = sorted((got, want), key=len)
        if len(shorter) >= 7 and longer.endswith(shorter) and len(longer) - len(shorter) <= 3:
            out.append(Span("PHONE_NUMBER", m.start(), m.end(), 1.0))
    return out


def find_known(text: str, known: Sequence[KnownValue]) -> list[Span]:
    """Spans of every known value in the text, typed as the KnownValue says."""
    out: list[Span] = []
    for kv in known:
        if kv.type == "PERSON":
            out += _name_matches(text, kv.value)
        elif kv.type == "PHONE_NUMBER":
            out += _phone_matches(text, kv.value)
        else:
            out += _text_matches(text, kv.value, kv.type)
    return out
