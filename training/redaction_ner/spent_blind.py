"""The tickets of the SPENT redaction blind sets as name-tagger sentences (issue 11, redaction round 32).

    .venv/bin/python -m training.redaction_ner.spent_blind        # counts per language: lines, names, tickets

eval/redaction_blind2 … blind43 (`tickets.txt` or `tickets_<lang>.txt`: `=== id lang …` headers, `[[category|value]]`
to hide, `{{kind|value}}` to keep) were written by some forty independent sessions in many styles and are spent
development sets. Since round 32 the taggers train on them (train.py adds them to the support supplement). Blind 44
is the check set of that round and is never read here, nor is any later set (SETS stops at 43; a test holds it).

Labels: a `name` value is a person (B-PER, I-PER); every other value and all text is O. Usernames and handles
(`[[username|jaz_bakes_ldn]]`) are O too: they are redacted by their own rules (the @ and the shape), not by the
name tagger, and a tagger taught that "tomo_rs" is a person would also reach for product codes and file names.
Tokens are cut by `name_tagger.tokenize` over the ticket without its markup; one sentence per line (the tagger's
sentence starts and case modes are per line at run time); a token that overlaps a name is part of it, as in
support_data.py. A name running over a line break opens again (B-PER) on the next line, as the decoder allows.
Lines without a letter are dropped. The 200 tickets of blind 2 generated from templates (header ending `generated`)
are left out: they are not written by other hands, and their templates are those of the first blind set, which stays
held out (a template line of it would be trained on).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from plugin.adapters.redaction.name_tagger import tokenize

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "eval"
# The sets trained on since redaction round 32. Blind 44 is that round's check set; 45 and up are fresh.
SETS = tuple(range(2, 44))
LANGS = ("en", "es", "fr", "de", "pt")
_HEADER = re.compile(r"^=== (\S+) (\w\w)\b.*$", re.M)
_MARK = re.compile(r"\[\[(\w+)\|(.*?)\]\]|\{\{(\w+)\|(.*?)\}\}", re.S)

Sentence = list[tuple[str, str]]


def tickets(sets: tuple[int, ...] = SETS) -> list[tuple[str, str, str]]:
    """(set and ticket id, language, ticket with markup) for every ticket of the given spent sets."""
    out = []
    for n in sets:
        if not 2 <= n <= 43:
            raise ValueError(f"redaction_blind{n} is not a spent set trained on")
        for path in sorted((EVAL / f"redaction_blind{n}").glob("tickets*.txt")):
            raw = path.read_text(encoding="utf-8")
            heads = list(_HEADER.finditer(raw))
            for k, m in enumerate(heads):
                if m.group(0).split()[-1] == "generated":
                    continue
                body = raw[m.end() + 1:heads[k + 1].start() if k + 1 < len(heads) else len(raw)]
                out.append((f"blind{n}/{m.group(1)}", m.group(2), body.strip("\n")))
    return out


def resolve(ticket: str) -> tuple[str, list[tuple[int, int]]]:
    """The plain text of a ticket and the character spans of its `name` values (nested markup resolved)."""
    text, spans, pos = "", [], 0
    for m in _MARK.finditer(ticket):
        category, value = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        inner, inner_spans = resolve(value) if ("[[" in value or "{{" in value) else (value, [])
        text += ticket[pos:m.start()]
        if category == "name":
            lead = len(inner) - len(inner.lstrip())
            spans.append((len(text) + lead, len(text) + len(inner.rstrip())))
        else:
            spans += [(len(text) + a, len(text) + b) for a, b in inner_spans]
        text += inner
        pos = m.end()
    return text + ticket[pos:], spans


def tagged_lines(ticket: str) -> list[Sentence]:
    """One (token, tag) sentence per line of the ticket with at least one letter."""
    text, spans = resolve(ticket)
    out: list[Sentence] = []
    line: Sentence = []
    line_names: set[int] = set()
    prev_end = 0
    for s, e in tokenize(text):
        if line and "\n" in text[prev_end:s]:
            out.append(line)
            line, line_names = [], set()
        prev_end = e
        hit = [k for k, (a, b) in enumerate(spans) if s < b and a < e]
        if not hit:
            line.append((text[s:e], "O"))
            continue
        # a token over two names (rare: "[[name|A]]/[[name|B]]" glued) belongs to the first
        line.append((text[s:e], "I-PER" if hit[0] in line_names and line[-1][1] != "O" else "B-PER"))
        line_names.add(hit[0])
    if line:
        out.append(line)
    return [s for s in out if any(any(c.isalpha() for c in tok) for tok, _ in s)]


def sentences(lang: str, sets: tuple[int, ...] = SETS) -> list[Sentence]:
    """Every line of the spent tickets written in `lang`, in the trainer's format."""
    return [s for _, tlang, body in tickets(sets) if tlang == lang for s in tagged_lines(body)]


if __name__ == "__main__":
    for lang in LANGS:
        sents = sentences(lang)
        names = sum(tag == "B-PER" for s in sents for _, tag in s)
        n_tickets = sum(t == lang for _, t, _ in tickets())
        print(lang, f"tickets={n_tickets} lines={len(sents)} names={names}", file=sys.stdout)
