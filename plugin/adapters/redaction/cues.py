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
def alternation(kind: str) -> str:
    """"a|b|c" of one kind, longest first, so that "account number" wins over "acc"."""
    return "|".join(sorted(_cues()[kind], key=len, reverse=True))


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
