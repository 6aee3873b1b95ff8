"""Context budget: which customer messages fit in the prompt.

Kept apart from `prompting` so the budget rule can be reused (e.g. for retrieval queries) without the
prompt texts. Token counts are estimated at ~4 characters per token, the rule of thumb OpenAI gives for
English (https://help.openai.com/en/articles/4936856); it is deliberately conservative for other languages
only in the sense that the caller picks the budget with headroom.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

CHARS_PER_TOKEN = 4
ELLIPSIS = " …"
MIN_FRAGMENT_TOKENS = 8  # a truncated message shorter than this carries no useful context


def estimate_tokens(text: str) -> int:
    """Approximate token count of `text` (ceil of chars / 4)."""
    return -(-len(text) // CHARS_PER_TOKEN)


def truncate_at_word(text: str, max_chars: int) -> str:
    """The start of `text` cut at a word boundary to at most `max_chars` characters, ellipsis included."""
    if len(text) <= max_chars:
        return text
    room = max_chars - len(ELLIPSIS)
    if room <= 0:
        return ""
    cut = text[: room + 1]
    space = max(cut.rfind(" "), cut.rfind("\n"), cut.rfind("\t"))
    head = cut[:space] if space > 0 else cut[:room]
    return head.rstrip() + ELLIPSIS


def select_within_budget(messages: Sequence[str], max_tokens: int) -> list[str]:
    """The messages that fit in `max_tokens`, in their original order (oldest first).

    The latest messages are kept first: we walk backwards from the newest and stop at the first message
    that does not fit whole; that (oldest kept) message is truncated at a word boundary when the remaining
    budget is worth it. The newest message is always represented, truncated if it alone is too long.
    Empty and whitespace-only messages are skipped.
    """
    if max_tokens <= 0:
        raise ValueError("max_tokens must be positive")
    kept: list[str] = []
    left = max_tokens
    for message in reversed([m.strip() for m in messages if m and m.strip()]):
        cost = estimate_tokens(message)
        if cost <= left:
            kept.append(message)
            left -= cost
            continue
        if left >= MIN_FRAGMENT_TOKENS or not kept:
            fragment = truncate_at_word(message, left * CHARS_PER_TOKEN)
            if fragment:
                kept.append(fragment)
        break
    kept.reverse()
    return kept


_QUOTE_START = re.compile(
    r"^\s*(?:On .{3,200} wrote:|El .{3,200} escribió:|Le .{3,200} a écrit\s?:|Am .{3,200} schrieb .{0,80}:"
    r"|Em .{3,200} escreveu:|-{2,}\s*Original Message\s*-{2,}|##- .* -##|From: .+)\s*$",
    re.IGNORECASE | re.MULTILINE)


def strip_quoted(text: str) -> str:
    """The customer's own words: quoted e-mail history (an agent's earlier reply, our own text) cut off,
    so it is neither classified as the customer's nor sent to a model again."""
    match = _QUOTE_START.search(text)
    kept = text[:match.start()] if match and match.start() > 0 else text
    lines = [line for line in kept.splitlines() if not line.lstrip().startswith(">")]
    return "\n".join(lines).strip() or text.strip()
