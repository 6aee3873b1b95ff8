"""Read the hand-written support-register supplement (data/support/<lang>.txt) in the trainer's format.

    .venv/bin/python -m training.redaction_ner.support_data          # self-check: every line parses; counts

Each file holds one item per line; person names are marked `[[like this]]`, everything else is plain text.
Lines opening with `## ` name the kind of the items below them (middle, chat, greeting, negative: see
data/support/README.md); blank lines are skipped. `sentences(lang)` gives what `train.read` gives: one list of
(token, tag) per item, tokens cut by `name_tagger.tokenize` over the line with its markup removed, tags B-PER,
I-PER or O. A token that overlaps a marked name is part of it ("Kwame's", "d'Amélie" stay one token, as they
would at run time).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from plugin.adapters.redaction import name_lists
from plugin.adapters.redaction.name_tagger import tokenize

SUPPORT = Path(__file__).parent / "data" / "support"
LANGS = ("en", "es", "fr", "de", "pt")
KINDS = ("middle", "chat", "greeting", "negative")
_MARK = re.compile(r"\[\[(.*?)\]\]")

Sentence = list[tuple[str, str]]


class MarkupError(ValueError):
    pass


def items(lang: str) -> list[tuple[str, str]]:
    """(kind, line as written) for every item of a language."""
    out, kind = [], ""
    for n, line in enumerate((SUPPORT / f"{lang}.txt").read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("## "):
            kind = line[3:].strip()
            if kind not in KINDS:
                raise MarkupError(f"{lang}.txt:{n}: unknown kind {kind!r}")
        elif line.strip():
            if not kind:
                raise MarkupError(f"{lang}.txt:{n}: an item before any `## kind` line")
            out.append((kind, line))
    return out


def unmark(line: str) -> tuple[str, list[tuple[int, int]]]:
    """The plain text of a line and the character spans of its names; malformed markup raises MarkupError."""
    text, spans, pos = "", [], 0
    for m in _MARK.finditer(line):
        name = m.group(1)
        if not name.strip() or name != name.strip() or "[" in name or "]" in name:
            raise MarkupError(f"bad name markup {m.group(0)!r} in {line!r}")
        text += line[pos:m.start()]
        spans.append((len(text), len(text) + len(name)))
        text += name
        pos = m.end()
    text += line[pos:]
    if "[[" in text or "]]" in text:
        raise MarkupError(f"unbalanced markup in {line!r}")
    return text, spans


def tagged(line: str) -> Sentence:
    text, spans = unmark(line)
    out: Sentence = []
    seen: set[int] = set()
    for s, e in tokenize(text):
        hit = [k for k, (a, b) in enumerate(spans) if s < b and a < e]
        if len(hit) > 1:
            raise MarkupError(f"token {text[s:e]!r} covers two names in {line!r}")
        if not hit:
            out.append((text[s:e], "O"))
            continue
        out.append((text[s:e], "I-PER" if hit[0] in seen else "B-PER"))
        seen.add(hit[0])
    return out


def sentences(lang: str) -> list[Sentence]:
    """The items of a language as the trainer reads a corpus: [(token, "B-PER" | "I-PER" | "O"), ...] each."""
    return [tagged(line) for _, line in items(lang)]


def names(lang: str) -> list[str]:
    """Every marked name of a language, as written."""
    return [m.group(1) for _, line in items(lang) for m in _MARK.finditer(line)]


def in_lists(lang: str) -> dict[str, int]:
    """How far the project's name lists (first_names, last_names) already know the marked names: word tokens of
    names (particles and initials left out), how many of them a list holds, and names no word of which it holds."""
    known = name_lists.names("first_names") | name_lists.names("last_names")
    tokens = hits = unknown_names = 0
    for name in names(lang):
        words = [name_lists.fold(w) for w in name_lists.WORD.findall(name)]
        words = [w for w in words if len(w) > 1 and w not in name_lists.PARTICLES]
        found = [w in known for w in words]
        tokens, hits = tokens + len(found), hits + sum(found)
        unknown_names += not any(found)
    return {"word_tokens": tokens, "in_lists": hits, "names_unknown": unknown_names}


def check() -> dict[str, dict[str, int]]:
    """Parse every file (MarkupError on the first fault) and count items per kind, names and name tokens; a
    negative item must hold no name and every other item at least one."""
    report = {}
    for lang in LANGS:
        counts = dict.fromkeys(KINDS, 0)
        for kind, line in items(lang):
            sent = tagged(line)
            has_name = any(tag != "O" for _, tag in sent)
            if has_name == (kind == "negative"):
                raise MarkupError(f"{lang}: a {kind} item {'with' if has_name else 'without'} a name: {line!r}")
            counts[kind] += 1
        sents = sentences(lang)
        counts["items"] = len(sents)
        counts["names"] = sum(tag == "B-PER" for s in sents for _, tag in s)
        counts["name_tokens"] = sum(tag != "O" for s in sents for _, tag in s)
        counts.update(in_lists(lang))
        report[lang] = counts
    return report


if __name__ == "__main__":
    for lang, counts in check().items():
        print(lang, " ".join(f"{k}={v}" for k, v in counts.items()), file=sys.stdout)
