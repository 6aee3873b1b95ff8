"""Code-side checks of a draft after the LLM call. The model is never trusted to police itself.

A failing draft is withheld; the agent gets a note saying why. Checks run on the restored draft (what the
agent would send) and know the placeholder values that were legitimately put back.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Sequence
from urllib.parse import urlsplit

URL_RE = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"')\]]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|info|xyz|ru|cn|ly|me|app|dev|link|click|top)\b(?:/[^\s<>\"')\]]*)?")
HTML_RE = re.compile(r"(?is)<\s*/?\s*(script|iframe|img|a|style|object|embed|form|input|svg|link|meta)\b|javascript:|on\w+\s*=")
MARKDOWN_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
EMAIL_RE = re.compile(r"(?i)\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b")
LONG_DIGITS_RE = re.compile(r"(?<!\w)(?:\+?\d[\d ().-]{8,}\d)(?!\w)")
HUMAN_CLAIM_RE = re.compile(r"(?i)\b(i am|i'm)\s+(a\s+)?(real\s+)?(human|person|not an? (ai|bot|robot))\b")
INVISIBLE = {"Cf"}  # zero-width and other format characters


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reasons: tuple[str, ...] = ()


def _host(url: str) -> str:
    candidate = url if "://" in url else f"http://{url}"
    return (urlsplit(candidate).hostname or "").lower()


def _allowed(host: str, allow_list: Sequence[str]) -> bool:
    return any(host == d.lower() or host.endswith("." + d.lower()) for d in allow_list)


def check_draft(draft: str, *, restored_values: Sequence[str], source_urls: Sequence[str],
                allow_list: Sequence[str], unknown_placeholders: Sequence[str] = (),
                system_prompt: str = "", quotable_text: str = "") -> Verdict:
    """`quotable_text`: what the draft may legitimately quote (the redacted customer text, KB sources)."""
    reasons: list[str] = []
    if not draft.strip():
        reasons.append("empty draft")
    allowed_hosts = list(allow_list) + [_host(u) for u in source_urls if u]
    for url in URL_RE.findall(draft):
        if not _allowed(_host(url), allowed_hosts):
            reasons.append("link outside the allow-list")
            break
    if HTML_RE.search(draft) or MARKDOWN_IMAGE_RE.search(draft):
        reasons.append("HTML, script or embedded image")
    if any(unicodedata.category(ch) in INVISIBLE for ch in draft):
        reasons.append("hidden characters")
    if unknown_placeholders:
        reasons.append("placeholder the AI invented")
    if HUMAN_CLAIM_RE.search(draft):
        reasons.append("claims to be human")
    if system_prompt and _leaks(draft, system_prompt):
        reasons.append("repeats its instructions")
    reasons += _unexpected_personal_data(draft, restored_values, quotable_text)
    return Verdict(not reasons, tuple(dict.fromkeys(reasons)))


def _leaks(draft: str, system_prompt: str, window: int = 8) -> bool:
    """True if the draft repeats any run of `window` consecutive words of the system prompt."""
    words = re.findall(r"\w+", system_prompt.lower())
    if len(words) < window:
        return False
    grams = {" ".join(words[i:i + window]) for i in range(len(words) - window + 1)}
    draft_words = re.findall(r"\w+", draft.lower())
    return any(" ".join(draft_words[i:i + window]) in grams for i in range(len(draft_words) - window + 1))


def _unexpected_personal_data(draft: str, restored: Sequence[str], quotable_text: str) -> list[str]:
    """E-mails or long digit runs that were neither restored by us nor in the (redacted) customer text.
    Those can only come from the model: made up, or pulled from somewhere they should not be."""
    known = " ".join(restored).lower() + " " + quotable_text.lower()
    known_digits = re.sub(r"\D", "", known)
    for email in EMAIL_RE.findall(draft):
        if email.lower() not in known:
            return ["personal data not from this ticket"]
    for run in LONG_DIGITS_RE.findall(draft):
        digits = re.sub(r"\D", "", run)
        if digits not in known_digits:
            return ["personal data not from this ticket"]
    return []
