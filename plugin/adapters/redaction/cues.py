"""Cue words of the rules (data/cues.toml), loaded once, as regular-expression alternations."""
from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

_FILE = Path(__file__).parent / "data" / "cues.toml"


@functools.cache
def _cues() -> dict[str, list[str]]:
    return tomllib.loads(_FILE.read_text(encoding="utf-8"))["cues"]


@functools.cache
def listed(kind: str) -> str:
    """"a|b|c" of one kind as written in cues.toml, longest first: to read the words themselves (a set of colour
    words, the words of the closings); `alternation` is the same alternatives written for matching."""
    return "|".join(sorted(_cues()[kind], key=len, reverse=True))


@functools.cache
def alternation(kind: str) -> str:
    """"a|b|c" of one kind, longest first, so that "account number" wins over "acc"; as a regex, with the alternatives
    that begin with the same letter grouped behind it ("k(?:affeemaschine|ühlschrank)|…", see `_factored`): the same
    matches in the same order, without trying every alternative at every word (a cue list of 300 words under re.I
    cost about 0.5 ms a ticket). Put it inside a group, as every pattern does: "(?:{alternation('x')})"."""
    return "|".join(_factored(sorted(_cues()[kind], key=len, reverse=True)))


def factored(pattern: str) -> str:
    """A hand-written alternation "a|b|c" (its top-level alternatives) grouped as `alternation` groups a kind's."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 2 if pattern[i + 1:i + 2] == "^" else 1
            i += 1 if pattern[i:i + 1] == "]" else 0
            continue
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return "|".join(_factored(parts + [pattern[start:]]))


_SPECIAL = frozenset("\\.^$*+?{}[]()|")


def _plain_head(entry: str) -> bool:
    """The alternative begins with a literal character that no quantifier follows ("kaffee", not "e?mail" or "(?:")."""
    return bool(entry) and entry[0] not in _SPECIAL and entry[1:2] not in ("?", "*", "+", "{")


def _top_level_bar(entry: str) -> bool:
    depth, i, in_class = 0, 0, False
    while i < len(entry):
        char = entry[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 2 if entry[i + 1:i + 2] == "^" else 1
            i += 1 if entry[i:i + 1] == "]" else 0  # "[]…]", "[^]…]": that "]" is a member
            continue
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
        i += 1
    return False


def _same_letter(a: str, b: str) -> bool:
    """One character could match both under re.I ("k" and "K", "s" and "ſ")."""
    return bool(re.fullmatch("(?i)" + re.escape(a), b) or re.fullmatch("(?i)" + re.escape(b), a)
                or {a.lower(), a.upper(), a.casefold()} & {b.lower(), b.upper(), b.casefold()})


def _factored(entries: list[str]) -> list[str]:
    """`entries` (regex alternatives, in order) as alternatives in which consecutive entries with a literal first
    character are grouped by it, recursively: "kaffeemaschine|kühlschrank|…" -> "k(?:affeemaschine|ühlschrank)|…".

    The same matches in the same order: at any position only the entries whose first character matches the text can
    match, and within a group they keep their order; an entry that begins otherwise ("(?:desk|lamp)s", "e?mail") stays
    where it is, between the runs it separates. Two first characters that one character could match under re.I ("k"
    and "K") leave their run as it is, so the result holds with and without re.I. An entry holding a top-level "|"
    leaves the whole list as it is."""
    if any(_top_level_bar(e) for e in entries):
        return list(entries)
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        groups: dict[str, list[str]] = {}
        for entry in run:
            groups.setdefault(entry[0], []).append(entry[1:])
        heads = list(groups)
        if len(heads) == len(run) or any(a != b and _same_letter(a, b) for a in heads for b in heads):
            out.extend(run)
        else:
            for head, rests in groups.items():
                inner = _factored(rests)
                out.append(head + inner[0] if len(inner) == 1 else head + "(?:" + "|".join(inner) + ")")
        run.clear()

    for entry in entries:
        if _plain_head(entry):
            run.append(entry)
        else:
            flush()
            out.append(entry)
    flush()
    return out


@functools.cache
def _words(kind: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(kind)})\b")


def names_other_value(gap: str) -> bool:
    """A word of `other_value` in a cue's gap: the value after it is something else (an order, an error, a status;
    "born in Leeds, ordered on 12/03/2026", "my password fails, the error is 500")."""
    return bool(_words("other_value").search(gap))


def keyed_value(kind: str, bare: str) -> re.Pattern[str]:
    """A value after one of `kind`'s keys in JSON, CSV or a query string (`"nom":"Lê"`, `senha=Lua@2031`): quoted
    in group 1 ("…") or 2 ('…'), else bare in group 3, up to 80 characters of the class `bare`."""
    return re.compile(rf"(?i)(?:^|(?<=[{{,&?;\s]))[\"']?(?:{alternation(kind)})[\"']?[ \t]*[:=][ \t]*"
                      rf"(?:\"([^\"\n]{{1,80}})\"|'([^'\n]{{1,80}})'|({bare}{{1,80}}))")


def value_group(match: re.Match[str]) -> int:
    """The group of a `keyed_value` match that holds the value."""
    return next(g for g in (1, 2, 3) if match.group(g) is not None)
