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


def words(kind: str) -> list[str]:
    """The entries of one kind, longest first."""
    return sorted(_cues()[kind], key=len, reverse=True)


@functools.cache
def alternation(kind: str) -> str:
    """"a|b|c" of one kind, longest first, so that "account number" wins over "acc"; the entries grouped behind their
    first letters, letter by letter (see _grouped; plain when an entry holds a "|" of its own)."""
    entries = words(kind)
    return "|".join(entries) if any(_top_level_bar(e) for e in entries) else "|".join(_grouped(entries))


def _by_first_letter(entries: list[str]) -> str | None:
    """(round 18, speed) "a(?:ccount number|cc)|b(?:…)": Python's regular expressions try every branch of an
    alternation at every position, and under (?i) none is skipped on its first letter; grouped by the first letter,
    one test passes over a whole group. The same language: the entries of a group keep their longest-first order,
    and branches that begin with different letters (compared case-folded: the patterns are often case-insensitive)
    never match at the same place. None (the plain alternation is used) when an entry does not begin with a letter
    taken literally ("(?:…)", "\\.", "e?mail") or holds a "|" of its own."""
    groups: dict[str, list[str]] = {}
    for entry in entries:
        if not entry[:1].isalpha() or entry[1:2] in ("?", "*", "+", "{") or _top_level_bar(entry):
            return None
        groups.setdefault(entry[0].lower(), []).append(entry)
    parts = []
    for group in groups.values():
        if len(group) == 1 or len({e[0] for e in group}) > 1:
            parts.append("|".join(group))
        else:
            rests = [e[1:] for e in group]
            parts.append(group[0][0] + "(?:" + "|".join(rests) + ")")
    return "|".join(parts)


@functools.cache
def _words(kind: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(kind)})\b")


def factored(pattern: str) -> str:
    """A hand-written alternation "a|b|c" (its top-level alternatives), grouped as `alternation` groups a kind's."""
    parts, depth, start, in_class, escaped = [], 0, 0, False, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return "|".join(_grouped(parts + [pattern[start:]]))


def _grouped(entries: list[str]) -> list[str]:
    """`entries` (regex alternatives, in order, none with a top-level "|") as alternatives in which consecutive entries
    that begin with the same literal character are grouped behind it, recursively ("kaffee|kühl|ka" ->
    "k(?:a(?:ffee|)|ühl)").

    The same matches in the same order: at any position only the entries whose first character matches the text can
    match, and within a group they keep their order; an entry that begins otherwise ("(?:desk|lamp)s", "e?mail", "\\.")
    stays where it is, between the runs it separates. First characters that one character could match under re.I ("k"
    and "K", "s" and "ſ") leave their run as it is, so the result holds with and without re.I."""
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
                inner = _grouped(rests)
                out.append(head + inner[0] if len(inner) == 1 else head + "(?:" + "|".join(inner) + ")")
        run.clear()

    for entry in entries:
        if entry and entry[0] not in _SPECIAL and entry[1:2] not in ("?", "*", "+", "{"):
            run.append(entry)
        else:
            flush()
            out.append(entry)
    flush()
    return out


_SPECIAL = frozenset("\\.^$*+?{}[]()|")


def _same_letter(a: str, b: str) -> bool:
    """One character could match both under re.I."""
    return bool(re.fullmatch("(?i)" + re.escape(a), b) or re.fullmatch("(?i)" + re.escape(b), a)
                or {a.lower(), a.upper(), a.casefold()} & {b.lower(), b.upper(), b.casefold()})


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


def _top_level_bar(entry: str) -> bool:
    """A "|" outside every group and character class: "a|b" (an entry that is itself an alternation)."""
    depth, in_class, escaped = 0, False, False
    for ch in entry:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False
