"""Cue words of the rules (data/cues.toml), loaded once, as regular-expression alternations."""
from __future__ import annotations

import functools
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
