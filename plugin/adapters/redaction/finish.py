"""The last step of both redactors, once every recognizer has spoken (spaCy, regex, known values aside)."""
from __future__ import annotations

import re

from plugin.core.model import Span

from . import keep
from .address_blocks import complete_lines, extend_blocks
from .identity import drop_identity_names
from .name_bounds import bound_names
from .name_context import refine_names
from .name_cues import add_nicknames
from .spans import join_address_parts, trim


def finish(text: str, spans: list[Span]) -> list[Span]:
    """After every recognizer: address blocks grown and joined, then names seen next to other findings.

    A joined address never runs over a protected identifier (order number, date, price): it stops at the line
    before ("...\nOrder 12345"), or just before the identifier when it stands on the address's first line.
    """
    protected = keep.protected_ranges(text)
    spans = join_address_parts(text, complete_lines(text, extend_blocks(text, spans), protected))
    cut = []
    for span in spans:
        clash = [lo for lo, hi in protected if span.start < hi and lo < span.end]
        if span.type == "STREET_ADDRESS" and clash:
            first = min(clash)
            stop = text.rfind("\n", span.start, first)  # the line before "Order 12345", else just before the id
            if stop <= span.start:  # cut on the address's own line: drop the cue words left ("..., order")
                stop = span.start + len(re.sub(r"(?:[\s,;:]+[a-z]+)*[\s,;:#]*$", "", text[span.start:first]))
            span = trim(text, Span(span.type, span.start, stop, span.score)) if stop > span.start else None
        if span is not None:
            cut.append(span)
    return drop_identity_names(text, add_nicknames(text, bound_names(text, refine_names(text, cut))))
