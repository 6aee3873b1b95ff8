"""Words that name the tenant's products and companies, so that redaction does not take them for people.

Two sources, each an explainable reason to keep a word:
- the titles of the tenant's knowledge-base articles ("Assembling the KALLAX shelf", "Hemnes bed: missing slats"):
  a word the shop itself uses in a title is a product or company word;
- the ticket's own custom fields (a product drop-down "malm_dresser", a free-text "Model: Ford Kuga").

Only titles, never article bodies: bodies carry example names and staff names ("ask Maria in billing"), and a
customer called Maria must still be hidden. Only words that are capitalised, all capitals or carry a digit, as a
product name is written; "How", "the" and other function words never make a name either way.

The terms travel to the redactor as `KnownValue("KEEP", word)` beside the requester's known values; the redactor
drops a PERSON or LOCATION finding only when every word of it is such a term ("Hemnes" yes, "Hemnes Smith" no),
and the requester's own name is redacted whatever these terms say (known values are applied after the keep list).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .model import KnownValue, Thread

KEEP = "KEEP"
_WORD = re.compile(r"[^\W_][\w.-]*[^\W_]|[^\W_]")


def title_terms(titles: Iterable[str]) -> frozenset[str]:
    """Product-shaped words of knowledge-base titles, lower-cased: capitalised, all capitals, or with a digit."""
    out: set[str] = set()
    for title in titles:
        for word in _WORD.findall(title):
            if len(word) >= 2 and (word[0].isupper() or any(c.isdigit() for c in word)):
                out.add(word.lower())
    return frozenset(out)


def field_terms(thread: Thread) -> frozenset[str]:
    """Words of the ticket's custom-field text values ("malm_dresser" -> "malm", "dresser")."""
    out: set[str] = set()
    for _, value in thread.ticket.custom_fields:
        if isinstance(value, str):
            out.update(w.lower() for w in _WORD.findall(value.replace("_", " ")) if len(w) >= 2)
    return frozenset(out)


def keep_values(terms: Iterable[str], texts: Iterable[str]) -> list[KnownValue]:
    """KnownValue("KEEP", word) for each term that occurs in the texts (the rest would only cost time)."""
    words = {w.lower() for text in texts for w in _WORD.findall(text)}
    return [KnownValue(KEEP, term) for term in sorted(set(terms) & words)]
