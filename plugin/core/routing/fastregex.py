"""Whole-word alternations that stay fast with hundreds of branches.

Python's ``re`` tries every branch of ``a|b|c...`` at every word start, and branches that open with a group
(``(my|his|her) accent``) cannot be skipped cheaply. We group the branches by the two characters they can
start with, behind a one- then a two-character lookahead: a word starting with ``my`` only tries the branches
that can start with ``my``. Measured about twice as fast as the plain alternation (benchmarks/routing/README.md).
The prefixes come from the standard library's regex parser (``re._parser``); a pattern whose prefixes cannot
be worked out goes into a bucket tried everywhere, so results never change, only speed.
"""
from __future__ import annotations

import re

try:  # private but present since 3.11; the fallback keeps correctness if it ever moves
    from re import _constants as C
    from re import _parser as P
except ImportError:  # pragma: no cover
    P = C = None

WRAP = r"(?<!\w)(?:{body})(?!\w)"
DEPTH = 2        # characters of prefix used for bucketing
MAX_PREFIXES = 400


def _seq(items, need: int) -> set[str] | None:
    """Strings a match of ``items`` can start with, cut at ``need`` chars (shorter = the match can end)."""
    results = {""}
    for op, av in items:
        grown: set[str] = set()
        for s in results:
            if len(s) >= need:
                grown.add(s)
                continue
            ext = _item(op, av, need - len(s))
            if ext is None:
                return None
            grown |= {s + e for e in ext}
        results = grown
        if len(results) > MAX_PREFIXES:
            return None
    return results


def _item(op, av, need: int) -> set[str] | None:
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is C.LITERAL:
                chars.add(chr(value))
            elif kind is C.RANGE and value[1] - value[0] < 40:
                chars |= {chr(c) for c in range(value[0], value[1] + 1)}
            else:  # NEGATE, CATEGORY (\w, \d), wide ranges
                return None
        return chars
    if op is C.SUBPATTERN:
        return _seq(av[-1], need)
    if op is C.BRANCH:
        parts = [_seq(branch, need) for branch in av[1]]
        return None if any(p is None for p in parts) else set().union(*parts)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        once = _seq(sub, need)
        if once is None:
            return None
        out = set(once) | ({""} if low == 0 else set())
        if high > 1:  # a second repetition can fill the rest of a short prefix
            for s in once:
                if 0 < len(s) < need:
                    more = _seq(sub, need - len(s))
                    if more is None:
                        return None
                    out |= {s + m for m in more}
        return out
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}
    return None


def prefixes(pattern: str, depth: int = DEPTH) -> set[str] | None:
    """All ``depth``-character prefixes a match can start with; None when unknown or a match can be shorter."""
    if P is None:
        return None
    try:
        found = _seq(P.parse(pattern), depth)
    except (re.error, TypeError, ValueError, IndexError, AttributeError):  # pragma: no cover
        return None
    return found if found and all(len(s) == depth for s in found) else None


def _alt(patterns: list[str]) -> str:
    return "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")"


def compile_alternation(patterns: list[str]) -> re.Pattern:
    """``(?<!\\w)(?:p1|p2|...)(?!\\w)`` over folded text, bucketed by 2-char prefix. Empty list: never matches."""
    if not patterns:
        return re.compile(r"(?!x)x")
    known = [(p, prefixes(p)) for p in patterns]
    anywhere = [p for p, pre in known if pre is None]
    tree: dict[str, dict[str, list[str]]] = {}
    for p, pre in known:
        for prefix in sorted(pre or ()):
            bucket = tree.setdefault(prefix[0], {}).setdefault(prefix[1:], [])
            if p not in bucket:
                bucket.append(p)
    branches = []
    for first, seconds in sorted(tree.items()):
        inner = "|".join(f"(?={re.escape(first + second)}){_alt(ps)}" for second, ps in sorted(seconds.items()))
        branches.append(f"(?={re.escape(first)})(?:{inner})")
    if anywhere:
        branches.append(_alt(anywhere))
    return re.compile(WRAP.format(body="|".join(branches)))
