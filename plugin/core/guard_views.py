"""Other ways of reading a draft, so a check cannot be dodged by writing the same thing differently.

A model talked into misbehaving can hide a link or a tag from a plain regex: zero-width characters inside
it ("evil\u200b.example"), fullwidth or other compatibility forms ("ｈｔｔｐｓ：／／"), HTML entities
("&lt;script&gt;"), defanged notation ("hxxps://evil[.]example") or base64. Each check runs on every view.
"""
from __future__ import annotations

import base64
import binascii
import html
import re
import unicodedata

BASE64_RUN = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])")
MIN_ENCODED_CHARS = 16
_DEFANGED = ((re.compile(r"(?i)\bhxxp(s?)\b"), r"http\1"), (re.compile(r"\s*[\[(]\s*(?:\.|dot)\s*[\])]\s*"), "."),
             (re.compile(r"(?i)(?<=\w) dot (?=(?:com|net|org|io|co|info|xyz|ru|cn|app|dev|link|click|top)\b)"), "."))


def invisible(ch: str) -> bool:
    """Zero-width and other format characters (Unicode category Cf), including the tag block
    U+E0000-E007F used to smuggle ASCII past readers."""
    return unicodedata.category(ch) == "Cf"


def visible(text: str) -> str:
    return "".join(ch for ch in text if not invisible(ch))


def normalised(text: str) -> str:
    """NFKC, format characters removed, HTML entities decoded, defanged URLs re-armed."""
    text = visible(unicodedata.normalize("NFKC", html.unescape(html.unescape(text))))
    for pattern, replacement in _DEFANGED:
        text = pattern.sub(replacement, text)
    return text


def _printable_text(raw: bytes) -> str | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not text:
        return None
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    letters = sum(1 for ch in text if ch.isalpha())
    return text if printable / len(text) >= 0.95 and letters / len(text) >= 0.4 else None


def decoded_runs(text: str) -> list[str]:
    """The readable texts hidden as base64 (standard or URL-safe) in `text`. Random ids and tracking
    numbers decode to bytes that are not readable UTF-8, so they are not returned."""
    found: list[str] = []
    for match in BASE64_RUN.finditer(visible(text)):
        run = match.group()
        if len(run.rstrip("=")) < MIN_ENCODED_CHARS:
            continue
        padded = run + "=" * (-len(run) % 4)
        for decode in (base64.b64decode, base64.urlsafe_b64decode):
            try:
                raw = decode(padded.encode("ascii"), validate=True) if decode is base64.b64decode else decode(padded)
            except (binascii.Error, ValueError):
                continue
            readable = _printable_text(raw)
            if readable:
                found.append(readable)
                break
    return found


def views(draft: str) -> list[str]:
    """The draft as written, normalised, and every readable base64 text inside it (normalised too)."""
    out = [draft, normalised(draft)]
    out += [normalised(decoded) for decoded in decoded_runs(out[1])]
    return list(dict.fromkeys(out))
