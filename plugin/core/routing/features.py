"""Features of a group-blind message, sentence by sentence, for the learnt decision (``decision.py``).

Per sentence: its distinct words, each giving itself, the consonant skeleton of a longer word and (round 8) its
character 4-grams (``w:``/``k:``/``g:``, see ``word_features``), its word pairs (``b:``), and the
lexicon families that fire in it: the older routing lexicons (ADVERSE, DIFFERENTIAL, STRONG, HANDOFF, OPT_OUT …) and
the cue lexicons of ``cues.py`` (LINK, COMPARE, JOKE, THREAT …), plus ID where an identity expression was masked
(their pairs and triples inside the sentence: ``s:``/``t:``). A span of neighbouring sentences adds each family found
in it once (``f:``) and every pair of them (``x:ID&LINK``, ``x:ADVERSE&COMPARE`` …): that is where "a
characteristic, an adverse outcome and a link between them" becomes something the model can weigh. Round 7: inside
one clause, families also pair in the order they occur (``c:REFUSE>MACHINE``: what a refusal is about; a clause ends
at a comma, colon, bracket or "but" between two hits). A run-on sentence (a transcript) counts as windows of WINDOW
words. A transcript's speaker label ("Agent:") hides every other family's hit at the label (round 6), an errand ("ring
me a taxi") the person and contact words inside it (round 7). The identity token gives no word feature (round 7): the
ID family counts it once per span.

Compiling is done once, on first use, from small alternations (no identity vocabulary here: ``identity.py`` is a
dictionary look-up), so importing the router stays cheap.
"""
from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from . import cues, identity
from .text import CLAUSE_END, clause_spans, fold_pattern, index_of

# The older lexicon families kept as features (see lexicons.py). CHARACTERISTICS and PROXIES are gone: the
# identity vocabulary replaces them, group-blind.
LEXICON_FAMILIES = ("STRONG", "NOT_BIAS", "ADVERSE", "EXCLUSION", "REPORTED", "AI_TERMS", "NEGATION", "NOT_WANTED",
                    "HANDOFF", "APPEAL", "AI_WRONG", "BOT_QUESTION", "OPT_OUT", "OPT_IN", "DIFFERENTIAL", "CONTACT",
                    "NOT_HANDOFF")
_WORD = re.compile(r"[^\W_]+")
_WRAP = r"(?<!\w)(?:{})(?!\w)"
# Sentence ends, plus markup brackets: text put before or after a message ("</ticket> assistant: …") then stands
# in sentences of its own, and the decision, a maximum over spans of sentences, cannot be lowered by it.
_SENTENCE_END = re.compile(r"[.!?;\n<>\[\]]+|\s-\s")
# Round 5: a sentence of more than two windows of words (a voice transcript or a message with no full stops) is cut
# into windows of WINDOW words, so a refusal said in passing in a long run-on message is scored at the length of a
# span of windows (decision.py) instead of being diluted by everything else in it.
WINDOW = 16
# Round 5: each longer word also gives its consonant skeleton (vowels dropped, doubled letters once: "autmated" and
# "automated" -> "tmtd", "asistente" and "assistente" -> "sstnt"), so a typo or a missing letter still meets what
# the word meant in training.
_VOWELS = str.maketrans("", "", "aeiouy")
_RUNS = re.compile(r"(.)\1+")
SKELETON_MIN_WORD, SKELETON_MIN = 5, 3


@dataclass(frozen=True)
class Sentence:
    features: frozenset[str]       # word pairs, families and their pairs and triples, clause pairs
    families: frozenset[str]
    words: tuple[str, ...] = ()    # the sentence's distinct words: each gives the features of word_features()


INDEX_FILE = identity.VOCAB_FILE.with_name("lexicon_index.json")
PREFIX = 3  # characters of a match's start used to pick the patterns worth trying there
_STARTS = re.compile(r"(?<!\w)\S")


# The text is matched after identity.mask, which writes every pronoun and gendered person word as its neutral token
# ("Rufen Sie mich an" -> "rufen xpron mich an", "a real person" -> "a real xperson"). A pattern is rewritten the same
# way, so "rufen sie mich an" and "real person" still match (before round 3 of issue 12 they never could).
_NEUTRAL_IN_PATTERN = re.compile(r"(?<![\w\\])(" + "|".join(sorted(identity.NEUTRAL, key=len, reverse=True)) + r")(?!\w)")


def as_masked(pattern: str) -> str:
    return _NEUTRAL_IN_PATTERN.sub(lambda m: identity.NEUTRAL[m.group()], pattern)


def raw_families() -> dict[str, list[str]]:
    """Every family's folded patterns, written as identity.mask writes the text: the older lexicons and the cue
    lexicons."""
    from .lexicons import raw_lists
    lists = raw_lists()
    out = {name: lists[name] for name in LEXICON_FAMILIES}
    out.update(cues.CUES)
    return {name: [as_masked(fold_pattern(p)) for p in patterns] for name, patterns in out.items()}


def build_index() -> dict[str, Any]:
    """Which patterns can start with which two characters (build time: training/routing/train.py writes it).
    Matching then tries, at each word start, only the few patterns that can start there, and compiles each such
    group on first use: no giant alternation is compiled at import or scanned at every word."""
    from re import _parser  # type: ignore[attr-defined]  # stdlib internals, build time only

    def starts(node: Any, need: int) -> set[str] | None:
        out = {""}
        for op, av in node:
            grown = set()
            for s in out:
                if len(s) >= need:
                    grown.add(s)
                    continue
                ext = _item(op, av, need - len(s))
                if ext is None:
                    return None
                grown |= {s + e for e in ext}
            out = grown
            if len(out) > 400:
                return None
        return out

    def _item(op: Any, av: Any, need: int) -> set[str] | None:
        name = str(op)
        if name == "LITERAL":
            return {chr(av)}
        if name == "IN":
            chars = set()
            for kind, value in av:
                if str(kind) == "LITERAL":
                    chars.add(chr(value))
                elif str(kind) == "RANGE" and value[1] - value[0] < 40:
                    chars |= {chr(c) for c in range(value[0], value[1] + 1)}
                else:
                    return None
            return chars
        if name == "SUBPATTERN":
            return starts(av[-1], need)
        if name == "BRANCH":
            parts = [starts(b, need) for b in av[1]]
            known = [p for p in parts if p is not None]
            return None if len(known) < len(parts) else set().union(*known)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, sub = av
            once = starts(sub, need)
            if once is None:
                return None
            out = set(once) | ({""} if low == 0 else set())
            if high > 1:
                for s in once:
                    if 0 < len(s) < need:
                        more = starts(sub, need - len(s))
                        if more is None:
                            return None
                        out |= {s + m for m in more}
            return out
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            return {""}
        return None

    prefix: dict[str, dict[str, list[int]]] = {}
    anywhere: dict[str, list[int]] = {}
    for family, patterns in raw_families().items():
        for i, pattern in enumerate(patterns):
            found = starts(_parser.parse(pattern), PREFIX)
            if not found or any(len(x) < PREFIX for x in found):
                anywhere.setdefault(family, []).append(i)
                continue
            for pre in found:
                prefix.setdefault(pre, {}).setdefault(family, []).append(i)
    return {"vocabulary_hash": vocabulary_hash(), "prefix": {k: dict(sorted(v.items())) for k, v in sorted(prefix.items())},
            "anywhere": dict(sorted(anywhere.items()))}


@cache
def _index() -> dict[str, Any]:
    index: dict[str, Any] = json.loads(INDEX_FILE.read_text(encoding="utf-8"))
    return index


@cache
def _patterns() -> dict[str, list[str]]:
    return raw_families()


@lru_cache(maxsize=8192)
def _as_matched(family: str, index: int) -> str:
    """A pattern as matched: its groups non-capturing (``uncaptured``), a letter after look-behinds first
    (``letter_first``); rewritten on first use, so a process pays only for the buckets its messages reach."""
    return letter_first(uncaptured(_patterns()[family][index]))


_BEHINDS = re.compile(r"((?:\(\?<![^()]*\))+)([a-z])(?![?*+{])")
_BEHIND = re.compile(r"\(\?<!([^()]*)\)")


def letter_first(pattern: str) -> str:
    """A pattern that opens with negative look-behinds and then a letter, ``(?<!X)(?<!Y)a…``, written with the letter
    first, ``a(?<!(?:X)a)(?<!(?:Y)a)…``: the same matches (the letter is there either way, and each look-behind reads
    the same characters), but the engine rejects a word that does not start with the letter at once instead of
    trying every look-behind first ("ai" of AI_TERMS and MACHINE at every word). Other patterns are left as they are."""
    opening = _BEHINDS.match(pattern)
    if opening is None:
        return pattern
    letter = opening.group(2)
    behinds = "".join(f"(?<!(?:{x}){letter})" for x in _BEHIND.findall(opening.group(1)))
    return letter + behinds + pattern[opening.end():]


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def uncaptured(pattern: str) -> str:
    """``pattern`` with every capturing group ``(…)`` written ``(?:…)``. The matches are the same (no group of a lexicon
    pattern is ever read: only each family's own named group is), and a bucket's match is a quarter faster, because
    the engine no longer saves and restores hundreds of group marks at every branch. A pattern that refers back to a
    group (``\\1``, ``(?P=…)``, ``(?(…)``) is left as it is; brackets inside a character class and escaped ones too."""
    if _BACKREFERENCE.search(pattern):
        return pattern
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        i += 1
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern.startswith("^", i):
                out.append("[^")
                i += 1
                char = ""
            if pattern.startswith("]", i):  # a "]" first in a class is a character of it
                out.append(char + "]")
                i += 1
                char = ""
        elif char == "(" and not pattern.startswith("?", i):
            char = "(?:"
        out.append(char)
    return "".join(out)


def _body(family: str, indices: Iterable[int]) -> str:
    return "|".join(_as_matched(family, i) for i in indices)


@cache
def _bucket(pre: str) -> tuple[re.Pattern[str], tuple[tuple[str, int], ...]] | None:
    """One regex per two-character start: an optional look-ahead per family, so one ``match`` says which families
    match at a word start (each group is None or the family's match). Each look-ahead is made optional as a branch
    with an empty alternative, ``(?:(?=…)|)``, not with ``?``: the same matches (nothing after it can fail, and both
    try the look-ahead first), a fifth faster, because the engine's repeat bookkeeping is skipped."""
    families = _index()["prefix"].get(pre)
    if not families:
        return None
    names = tuple(families)
    body = "".join(rf"(?:(?=(?P<{name}>(?:{_body(name, ix)}))(?!\w))|)" for name, ix in families.items())
    rx = re.compile(body)
    return rx, tuple((name, rx.groupindex[name] - 1) for name in names)


@cache
def _anywhere() -> tuple[tuple[str, re.Pattern[str], tuple[str, ...] | None], ...]:
    """The families with patterns no prefix indexes, each scanned over the whole text, with the strings one of which
    every match of it contains (``needs``; None when that is not known): when none is in the text, the scan is
    skipped (it could find nothing), so "(\\w+ ){0,4}bedanken" is no longer tried at every word of every message."""
    out = []
    for family, ix in _index()["anywhere"].items():
        rx = re.compile(rf"(?<!\w)(?:{_body(family, ix)})(?!\w)")
        out.append((family, rx, needs(rx.pattern)))
    return tuple(out)


NEEDS_MIN, NEEDS_MAX = 2, 64  # a set of required strings is used when each has 2 characters or more, at most 64 of them


def needs(pattern: str) -> tuple[str, ...] | None:
    """Strings of which every match of ``pattern`` contains at least one (read from its parse tree: a run of
    literal characters, a group, every branch of an alternation, a repeat at least once); None when no such set of
    NEEDS_MIN to NEEDS_MAX strings of NEEDS_MIN characters or more is found, or the parse tree is not understood.
    Only ever used to skip a scan that could not match, so a wrong None costs time, never a hit."""
    try:
        from re import _parser  # type: ignore[attr-defined]  # stdlib internals; any surprise means no gate
        parsed = _parser.parse(pattern)
        found = None if parsed.state.flags & (re.IGNORECASE | re.VERBOSE) else _required(list(parsed))
    except Exception:  # noqa: BLE001 - a parser this code does not know gives no gate, not an error
        return None
    if not found or len(found) > NEEDS_MAX or min(map(len, found)) < NEEDS_MIN:
        return None
    return tuple(sorted(found, key=lambda x: (len(x), x)))  # the shortest, likeliest in a text, first


def _required(items: list[Any]) -> frozenset[str] | None:
    """Best set of strings one of which every match of the parsed sequence ``items`` contains (see ``needs``)."""
    best: frozenset[str] | None = None

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or (min(map(len, found)), -len(found)) > (min(map(len, best)), -len(best))):
            best = found

    run: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        if name in ("ASSERT", "ASSERT_NOT", "AT"):  # zero width: the letters on both sides stand side by side
            continue
        if run:
            consider(frozenset({"".join(run)}))
            run = []
        if name == "SUBPATTERN" and not av[1] and not av[2]:  # a group with inline flags (?i:…) gives nothing
            consider(_required(list(av[-1])))
        elif name == "BRANCH":
            parts = [_required(list(branch)) for branch in av[1]]
            if all(parts):
                consider(frozenset().union(*parts))  # type: ignore[arg-type]
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            sub = list(av[2])
            if len(sub) == 1 and str(sub[0][0]) == "LITERAL":  # "k{3,}": "kkk"
                consider(frozenset({chr(sub[0][1]) * min(av[0], 8)}))
            else:
                consider(_required(sub))
    if run:
        consider(frozenset({"".join(run)}))
    return best


def family_matches(text: str) -> list[tuple[str, int, int]]:
    """(family, start, end) of every family match in ``text``, at most one per family and word start."""
    out: list[tuple[str, int, int]] = []
    bucket_at = _bucket
    for pos in [m.start() for m in _STARTS.finditer(text)]:
        bucket = bucket_at(text[pos:pos + PREFIX])
        if bucket is None:
            continue
        hit = bucket[0].match(text, pos)
        # Every group of a bucket is optional, so it always matches; no group set (most word starts) means no family.
        if hit is None or hit.lastindex is None:
            continue
        groups = hit.groups()  # one call for all groups: each family's group starts at ``pos``
        out += [(name, pos, pos + len(groups[g])) for name, g in bucket[1] if groups[g] is not None]
    for family, rx, needed in _anywhere():
        if needed is None or any(x in text for x in needed):
            out += [(family, hit.start(), hit.end()) for hit in rx.finditer(text)]
    return out


def vocabulary_hash() -> str:
    """Fingerprint of everything that names a feature: the lexicons, the cue lexicons and the identity vocabulary.
    The trainer stores it with the weights; a test fails when they drift apart."""
    from .lexicons import raw_lists
    blob = json.dumps({"lexicons": raw_lists(), "cues": cues.CUES, "triples": cues.TRIPLES, "scopes": cues.SCOPES,
                       "clause_scopes": cues.CLAUSE_SCOPES,
                       "covers": cues.COVERS, "line_wide": cues.LINE_WIDE, "clause_wide": cues.CLAUSE_WIDE, "sentence_wide": cues.SENTENCE_WIDE,
                       "back_wide": cues.BACK_WIDE, "notice_marker_cuts": _NOTICE.pattern, "subordinate": cues.SUBORDINATE, "behalf_keeps_other_own": True,
                       "families_once_per_span": True, "speaker_labels_hide_other_families": True,
                       "fallback_frames": sorted(identity._FALLBACK_FRAMES),
                       "patterns_as_masked": True, "refuse_it_reads_sentence_before": True,
                       "clause_ordered_pairs": True, "no_identity_word": True, "question_after_sentence": 1, "errand_covers": sorted(_ERRAND_COVERS),
                       "families": LEXICON_FAMILIES, "prefix": PREFIX, "window": WINDOW,
                       "skeleton": [SKELETON_MIN_WORD, SKELETON_MIN], "char_grams": [GRAM, GRAM_MIN_WORD], "ocr_letters": True, "words_once_per_sentence": True,
                       "vocab": identity.VOCAB_FILE.read_text(encoding="utf-8")}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


# the identity token as a whole word (what "\bxid\b" finds), written to start with its letters so the engine can skip
# to each "xid" instead of trying every position
_ID = re.compile(rf"{identity.TOKEN}(?<!\w{identity.TOKEN})(?!\w)")
_NOTICE = re.compile(r"^##[^\n]{4,120}##[ \t]*$", re.M)
_ERRAND_COVERS = frozenset({"PERSON", "CONTACT", "HANDOFF"})


def _families_by_sentence(text: str, spans: list[tuple[int, int]],
                          hits: list[tuple[str, int, int]] | None = None,
                          order: list[list[tuple[int, int, str]]] | None = None) -> list[set[str]]:
    """Which families fire in each sentence (a hit inside the scope of a frame of cues.SCOPES renamed). ``order``,
    when given, receives each sentence's hits as (start, end, final name)."""
    found: list[set[str]] = [set() for _ in spans]
    starts = [s for s, _ in spans]
    hits = (family_matches(text) if hits is None else hits) + [("ID", m.start(), m.end()) for m in _ID.finditer(text)]
    if (cut := _notice_at(text)) < len(text):  # round 11: the notification below the marker is not read
        hits = [h for h in hits if h[1] < cut]
    # Round 6: "Agent: let me check" is a transcript's speaker label, not a person asked for: a label's own words
    # count as SPEAKER only.
    labels = {start for name, start, _ in hits if name == "SPEAKER"}
    if labels:
        hits = [h for h in hits if h[0] == "SPEAKER" or h[1] not in labels]
    # Round 7: "ring me a taxi", "book me a table": the person and contact words inside an errand are the errand's.
    errands = [(start, end) for name, start, end in hits if name == "ERRAND"]
    if errands:
        hits = [h for h in hits if h[0] not in _ERRAND_COVERS or not any(a <= h[1] and h[2] <= b for a, b in errands)]
    # Round 10: a hit inside a covering frame's hit is the frame's ("I don't care": no refusal; "Head of AI": no machine).
    covers = [(start, end, cues.COVERS[name]) for name, start, end in hits if name in cues.COVERS]
    covers += [(start, eol, cues.LINE_WIDE[name]) for name, start, _ in hits
               if name in cues.LINE_WIDE and (eol := text.find("\n", start)) > 0 and text[eol:].strip()]
    if covers:
        hits = [(_covered(name, start, end, covers) if name in _COVERED else name, start, end) for name, start, end in hits]
    if not spans:
        return found
    placed = [(max(bisect_right(starts, start) - 1, 0), name, start, end) for name, start, end in hits]
    opens: dict[tuple[int, str], int] = {}  # (sentence, frame) -> where the frame's first hit starts
    for i, name, start, _ in placed:
        if name in cues.SCOPES and start < opens.get((i, name), len(text)):
            opens[i, name] = start
    clause_opens = sorted((start, name) for _, name, start, _ in placed if name in cues.CLAUSE_SCOPES)
    wide = [(i, start, name) for i, name, start, _ in placed
            if name in cues.CLAUSE_WIDE or name in cues.SENTENCE_WIDE or name in cues.BACK_WIDE]
    if any(name == "OTHER_OWN" for _, _, name in wide) and any(name == "BEHALF" for _, name, _, _ in placed):
        # Round 11: the writer acts for the account holder: a third person's refusal is made for this account.
        wide = [w for w in wide if w[2] != "OTHER_OWN"]
    # the clause spans, worked out the first time a frame needs them (most messages, long e-mails too, never do)
    clauses: Callable[[], list[tuple[int, int]]] = cache(lambda: clause_spans(text))
    for i, name, start, end in placed:
        # (a name no frame renames, most hits of a long e-mail, skips the frames: the same names, found faster)
        if name in _SCOPED:
            for frame, renamed in cues.SCOPES.items():
                if name in renamed and opens.get((i, frame), len(text)) < start:
                    name = renamed[name]
                    break
            else:
                name = _clause_scoped(name, start, clause_opens, clauses)
        elif clause_opens and name in _CLAUSE_SCOPED:
            name = _clause_scoped(name, start, clause_opens, clauses)
        if wide and name in _WIDE_SCOPED:
            name = _wide_scoped(name, i, start, wide, clauses, text)
        found[i].add(name)
        if order is not None:
            order[i].append((start, end, name))
    for i in range(len(found)):
        # "The chatbot took over. I want nothing to do with it": a refusal of "it" refuses the machine when the machine
        # is named in this sentence or the one before; "I don't want that in my home" about an advert refuses no AI.
        if "REFUSE_IT" in found[i] and any(f in found[j] for j in (i - 1, i) if j >= 0 for f in ("MACHINE", "AI_TERMS")):
            found[i].update(("REFUSE", "MACHINE"))
    for i, (start, end) in enumerate(spans):
        chunk = text[start:end]
        # Round 7: the question mark ends the sentence, so it stands just after the span (it never was inside it:
        # Q never fired before round 7).
        if "?" in text[end:end + 3] or "?" in chunk:
            found[i].add("Q")
        if not chunk.isascii() and not cues.JOKE_EMOJI.isdisjoint(chunk):
            found[i].add("JOKE")
    return found


# The names some frame of cues.SCOPES, cues.CLAUSE_SCOPES or the wide frames renames (no other name is ever renamed).
_SCOPED = frozenset(name for renamed in cues.SCOPES.values() for name in renamed)
_CLAUSE_SCOPED = frozenset(name for renamed in cues.CLAUSE_SCOPES.values() for name in renamed)
_COVERED = frozenset(name for frames in (cues.COVERS, cues.LINE_WIDE) for renamed in frames.values() for name in renamed)
_WIDE_SCOPED = frozenset(name for frames in (cues.CLAUSE_WIDE, cues.SENTENCE_WIDE, cues.BACK_WIDE)
                         for renamed in frames.values() for name in renamed)


def _covered(name: str, start: int, end: int, covers: list[tuple[int, int, dict[str, str]]]) -> str:
    """Round 10: ``name`` renamed when its hit lies inside the hit of a frame of cues.COVERS."""
    for a, b, renamed in covers:
        if name in renamed and a <= start and end <= b:
            return renamed[name]
    return name


def _wide_scoped(name: str, sentence: int, start: int, frames: list[tuple[int, int, str]],
                 clauses: Callable[[], list[tuple[int, int]]], text: str) -> str:
    """Round 10: ``name`` renamed by a frame of cues.SENTENCE_WIDE in its sentence or of cues.CLAUSE_WIDE in its
    clause, before or after it (see cues.py). Round 11: or by a frame of cues.BACK_WIDE in its sentence or a later
    one; a clause-wide frame also reaches the clause beside its own across a comma when one of them is subordinate."""
    for i, at, frame in frames:
        if at == start or i < sentence:
            continue
        renamed = cues.BACK_WIDE.get(frame, {}).get(name)
        if renamed:
            return renamed
        if i != sentence:
            continue
        renamed = cues.SENTENCE_WIDE.get(frame, {}).get(name)
        if renamed:
            return renamed
        renamed = cues.CLAUSE_WIDE.get(frame, {}).get(name)
        if renamed and _same_clause(clauses, text, at, start):
            return renamed
    return name


_SUBORDINATE = re.compile(rf"\s*(?:{cues.SUBORDINATE})\b")


def _same_clause(clauses_of: Callable[[], list[tuple[int, int]]], text: str, a: int, b: int) -> bool:
    """Round 11: the hits at ``a`` and ``b`` are in one clause, or in two clauses side by side that only a comma
    parts and one of which opens with a subordinating word (cues.SUBORDINATE)."""
    clauses = clauses_of()
    i, j = sorted((index_of(clauses, a), index_of(clauses, b)))
    if i == j:
        return True
    if j != i + 1 or text[clauses[i][1]:clauses[j][0]].strip() != ",":
        return False
    return any(_SUBORDINATE.match(text, clauses[k][0]) for k in (i, j))


def _clause_scoped(name: str, start: int, opens: list[tuple[int, str]],
                   clauses_of: Callable[[], list[tuple[int, int]]]) -> str:
    """``name`` renamed when its hit at ``start`` follows a frame of cues.CLAUSE_SCOPES in the same clause."""
    for at, frame in opens:
        if at >= start:
            break
        renamed = cues.CLAUSE_SCOPES[frame].get(name)
        if renamed and (clauses := clauses_of())[index_of(clauses, at)] == clauses[index_of(clauses, start)]:
            return renamed
    return name


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            spans += _windows(text, start, m.start())
        start = m.end()
    if start < len(text):
        spans += _windows(text, start, len(text))
    cut = _notice_at(text)
    return [span for span in spans if span[0] < cut] if cut < len(text) else spans


def _notice_at(text: str) -> int:
    """Round 11: where a help desk's "## type your reply above this line ##" marker starts, when the customer wrote
    above it (the notification below it is the company's e-mail, not the customer's words); else len(text)."""
    if "##" not in text:
        return len(text)
    marker = _NOTICE.search(text)
    return marker.start() if marker and text[:marker.start()].strip() else len(text)


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run-on sentence of more than 2 * WINDOW words as windows of WINDOW words; any other sentence whole."""
    if end - start < 4 * WINDOW + 1:  # k words take at least 2k - 1 characters: too short to hold 2 * WINDOW + 1
        return [(start, end)]
    if len(_WORD.findall(text, start, end)) <= 2 * WINDOW:  # (counting the words is cheaper than placing them)
        return [(start, end)]
    words = [m.start() for m in _WORD.finditer(text, start, end)]
    edges = [start, *words[WINDOW::WINDOW], end]
    return list(zip(edges, edges[1:], strict=False))


@lru_cache(maxsize=8192)
def skeleton(word: str) -> str | None:
    """The consonant skeleton of a longer word (see SKELETON_MIN_WORD), or None."""
    if len(word) < SKELETON_MIN_WORD:
        return None
    skel = _RUNS.sub(r"\1", word.translate(_VOWELS))
    return skel if len(skel) >= SKELETON_MIN else None


# Round 8: each word of GRAM_MIN_WORD letters or more also gives its character GRAM-grams, the word's start and end
# marked ("<auto", "omat", "mat>"), so a compound ("textautomat", "sprachcomputer"), a typo ("inteligens
# artificiel"), a word in a neighbouring language ("assistents virtuals") or an OCR misreading ("sisternas",
# "autornatica") shares most of its features with the word seen in training. Only the heads named in the weights
# file learn weights for them (the trainer's GRAM_HEADS); the identity tokens give none.
GRAM, GRAM_MIN_WORD = 4, 4


def char_grams(word: str) -> tuple[str, ...]:
    """The ``g:`` features of one word (empty for a short word or an identity token)."""
    if len(word) < GRAM_MIN_WORD or word in identity.TOKENS:
        return ()
    marked = f"<{word}>"
    return tuple({f"g:{marked[i:i + GRAM]}": None for i in range(len(marked) - GRAM + 1)})


@lru_cache(maxsize=16384)
def word_features(word: str) -> tuple[str, ...]:
    """Round 8: the features one word gives wherever it stands: itself (``w:``), its consonant skeleton (``k:``) and
    its character 4-grams (``g:``). A sentence gives them once per distinct word (a 4-gram or a skeleton that two
    different words of a sentence share counts twice), so the decision can sum each word's weights once per model
    and word (decision.py) instead of looking up every feature of every sentence. Round 7: no word feature for the
    identity token: the ID family says a characteristic is named, once per span; as a word it was summed once per
    sentence, so naming a group in three sentences of a booking was three times the evidence of a complaint."""
    out = [] if word == identity.TOKEN else [f"w:{word}"]
    skel = skeleton(word)
    if skel:
        out.append(f"k:{skel}")
    return (*out, *char_grams(word))


# Round 18 (issue 12): who the customer is, said aside from the message, is no evidence of a complaint. A line holding
# a mention of identity (the token) or a first-person statement (_SELF: a group the masker does not read, "ich
# stottere", "camino con muleta", is said in one too) stands aside when it opens with a P.S. ("p.s.", "ps:", "p.d.", "p.-s.", "nb:") or
# follows the sign-off (a closing word, then a short line of a name: "kind regards / robin / about me: xid"), and none
# of its sentences holds a family of an adverse outcome or a refusal (ASIDE_BLOCKED: "P.S. I'm deaf and your app
# refused my SMS code" is a complaint). The router reads the bias head again without such lines (routing.classify);
# a mention inside the message (beside a request, a refusal, in a background paragraph) is read as before.
ASIDE_BLOCKED = frozenset({"ADVERSE", "EXCLUSION", "REFUSE", "REFUSE_OTHER", "BARRIER", "STRONG", "RUDE"})
_PS = re.compile(r"[ \t]*(?:p\.?[ -]?s\b|p\.?[ -]?d\b|p\.[ -]?s\.|n\.?b\b)")
_NAME_LINE_WORDS = 4
# "only because" is a link (LINK, ONLY) in English, French and Portuguese but ADVERSE in the Spanish and German
# lexicons ("solo porque", "nur weil"): by itself it names no outcome, so it does not keep a line from standing aside.
_JUST_BECAUSE = re.compile(r"(?:solo|nur|so|sólo)\s+(?:porque|weil)")
# generic frames of a writer speaking of themself (folded text): "i'm", "i <verb>", "ich/je/eu <verb>", "j'<verb>", and
# the Spanish and Portuguese verbs that need no pronoun ("soy", "tengo", "sou", "tenho" …). No group word.
_SELF = re.compile(r"(?<!\w)(?:i\s?'?\s?m|i\s+\w+|ich\s+\w+|je\s+\w+|j'\s?\w+|eu\s+\w+|soy|estoy|tengo|hablo|camino|uso|vivo|"
                   r"padezco|naci|sou|estou|tenho|falo|ando|nasci)(?!\w)")


def aside(text: str, spans: list[tuple[int, int]], parts: list[Sentence],
          hits: list[tuple[str, int, int]]) -> set[int]:
    """The sentences (indices into ``spans`` and ``parts``, the message's sentences; ``hits``: its family_matches) of
    the lines that say who the customer is aside (see ASIDE_BLOCKED)."""
    lines = [0, *(m.end() for m in re.finditer("\n", text))]
    signed = len(text)
    for m in identity.closings(text):
        name_end = text.find("\n", m.end())
        if 0 < name_end and len(_WORD.findall(text, m.end(), name_end)) <= _NAME_LINE_WORDS and text[name_end:].strip():
            signed = name_end  # a closing followed by a short line (a name) and more text below it
    starts = [a for a, _ in spans]
    out: set[int] = set()
    for k, line in enumerate(lines):
        if not (line > signed or _PS.match(text, line)):
            continue
        eol = lines[k + 1] - 1 if k + 1 < len(lines) else len(text)
        if not (_ID.search(text, line, eol) or _SELF.search(text, line, eol)):
            continue
        held = range(bisect_left(starts, line), bisect_left(starts, eol))
        blocked = set().union(*(ASIDE_BLOCKED.intersection(parts[j].families) for j in held))
        if blocked == {"ADVERSE"} and all(_JUST_BECAUSE.fullmatch(text, a, b) for name, a, b in hits
                                           if name == "ADVERSE" and line <= a < eol):
            blocked = set()  # "lo comento solo porque el formulario lo pedia": a reason given, no outcome
        if not blocked:
            out.update(held)
    return out


def sentences(masked: str, hits: list[tuple[str, int, int]] | None = None,
              spans: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Features of each sentence of a masked, folded message (at least one, possibly empty). ``hits``: the
    message's ``family_matches``, ``spans``: its ``sentence_spans``, when the caller already has them."""
    out = []
    spans = sentence_spans(masked) if spans is None else spans
    order: list[list[tuple[int, int, str]]] = [[] for _ in spans]
    for (start, end), fams, placed in zip(spans, _families_by_sentence(masked, spans, hits, order), order, strict=True):
        words = _WORD.findall(masked, start, end)
        feats = {f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)}
        families = frozenset(fams)
        feats.update(_family_features(families))
        if len(families) > 1 and len(placed) > 1:  # one family (hit once or more) makes no pair
            feats.update(_clause_features(_clause_sequences(masked, placed)))
        out.append(Sentence(frozenset(feats), families, tuple(dict.fromkeys(words))))
    return out or [Sentence(frozenset(), frozenset())]


def _clause_sequences(text: str, placed: list[tuple[int, int, str]]) -> tuple[tuple[str, ...], ...]:
    """Round 7: the families of each clause of one sentence in the order they first occur. Two neighbouring hits
    are in one clause unless a clause end of text.CLAUSE_END (a comma, a colon, "but" …) stands between them. Only
    clauses with two or more families."""
    seqs: list[tuple[str, ...]] = []
    seq: list[str] = []
    last = -1
    search = CLAUSE_END.search
    placed.sort()
    for start, end, name in placed:
        if seq and last < start and search(text, last, start):
            if len(seq) > 1:
                seqs.append(tuple(seq))
            seq = []
        if name not in seq:
            seq.append(name)
        if end > last:
            last = end
    if len(seq) > 1:
        seqs.append(tuple(seq))
    return tuple(seqs)


@lru_cache(maxsize=4096)
def _clause_features(seqs: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """Round 7: ordered family pairs inside one clause (``c:REFUSE>MACHINE``: a refusal whose object follows it,
    ``c:MACHINE>REFUSE``: the machine refusing or refused after it is named, ``c:MACHINE>OWN_DATA``: the machine
    and the customer's own messages in one clause). Structure the sentence-level pairs (``s:``) cannot see: who or
    what a refusal, a request or a link is about. Family names only: no customer text in this cache."""
    return tuple({f"c:{a}>{b}": None for seq in seqs for i, a in enumerate(seq) for b in seq[i + 1:]})


@lru_cache(maxsize=4096)
def _family_features(fams: frozenset[str]) -> tuple[str, ...]:
    """The family pairs and the structural triples inside one sentence (family names only: no customer text is kept
    in this cache; a long e-mail repeats the same few sets sentence after sentence)."""
    ordered = sorted(fams)
    pairs = [f"s:{a}&{b}" for i, a in enumerate(ordered) for b in ordered[i + 1:]]
    return (*pairs, *("t:" + "&".join(t) for t in cues.TRIPLES if fams.issuperset(t)))


def cross(a: str, b: str) -> str:
    return f"x:{a}&{b}" if a < b else f"x:{b}&{a}"


def family(name: str) -> str:
    return f"f:{name}"


def span_features(parts: list[Sentence]) -> dict[str, int]:
    """Features of a span of sentences as the decision sums them: each sentence's features counted once per
    sentence, plus each family found anywhere in the span once (round 5: a machine named in two sentences is not twice
    the evidence of a refusal) and every pair of them (training uses the same function)."""
    feats: dict[str, int] = {}
    fams: set[str] = set()
    for s in parts:
        for f in s.features:
            feats[f] = feats.get(f, 0) + 1
        for w in s.words:
            for f in word_features(w):
                feats[f] = feats.get(f, 0) + 1
        fams |= s.families
    ordered = sorted(fams)
    feats.update((family(a), 1) for a in ordered)
    feats.update((cross(a, b), 1) for i, a in enumerate(ordered) for b in ordered[i + 1:])
    return feats
