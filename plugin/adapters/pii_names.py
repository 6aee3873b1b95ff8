"""Name rules for what spaCy-small misses: signatures, lower-case names, names after a cue, foreign names.

- closings: "Thanks,\\nPriya", "regards, john", "Best,\\nMaria Gonzalez"
- cues: "my name is ...", "this is maria gonzalez", "Dear Mr. Okafor", "Hi Wei,"
- gazetteer (pii_data, built from Faker's 86 locales): a capitalised first name that is not also an English
  word ("Priya", "Bonifacy"), or any first name followed by a known surname ("grace lee", "Mark Johnson").
"""
from __future__ import annotations

import re
import threading
import unicodedata
from pathlib import Path

from plugin.core.model import Span

_DATA = Path(__file__).parent / "pii_data"
_LOCK = threading.Lock()
_SETS: dict[str, frozenset[str]] = {}

_TOKEN = r"[^\W\d_](?:[\w'’-]*[^\W\d_])?\.?"
_NAME_RUN = rf"{_TOKEN}(?:[ \t]+{_TOKEN}){{0,3}}"
_CLOSING = re.compile(
    r"(?im)^[ \t>*-]*(?:many |best |kind |warm |warmest |with )?(?:thanks|thank you|thx|ty|cheers|regards|"
    r"best|best wishes|sincerely|yours(?: truly| sincerely| faithfully)?|respectfully|cordially|"
    r"greetings|love|cheers|take care|all the best|talk soon|br|rgds)[ \t]*(?:again|so much|a lot)?"
    rf"[ \t]*[,.!:—–-]*[ \t]*(?:\r?\n[ \t]*)?(?:[-–—~][ \t]*)?({_NAME_RUN})[ \t]*[.!]?[ \t]*$")
_CUE = re.compile(
    r"(?i)\b(?:my name is|my name's|name\s*:|this is|i am|i'm|im|it's|call me|dear|hi|hello|hey|"
    r"mr\.?|mrs\.?|ms\.?|miss|mx\.?|dr\.?|prof\.?|signed|cc|attn\.?:?|spoke (?:to|with)|"
    r"talked (?:to|with)|colleague|husband|wife|son|daughter|mother|father|friend|customer)[ \t]*[,:]?[ \t]+"
    rf"({_NAME_RUN})")
_STRONG_CUES = ("my name", "name", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "signed", "attn", "call me")
_STOP = frozenset("the a an and or but to of in on at for with from by my your our their his her its this that "
                   "is am are was were be been i you we they he she it me us them not no yes so too very just "
                   "here there team support customer service please thanks thank hi hello dear sir madam regards "
                   "again all also sorry having trying writing calling contacting looking still now able going "
                   "glad happy sure".split())


def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip(".’'")


def _names(kind: str) -> frozenset[str]:
    if kind not in _SETS:
        with _LOCK:
            if kind not in _SETS:
                words = (_DATA / f"{kind}.txt").read_text(encoding="utf-8").split()
                _SETS[kind] = frozenset(words)
    return _SETS[kind]


def _first_ok(tokens: list[re.Match[str]], strong: bool) -> bool:
    """Whether the first token after a cue starts a name ("this is maria gonzalez", "Dear Mr. Okafor")."""
    first, last, ambiguous = _names("first_names"), _names("last_names"), _names("ambiguous")
    head = tokens[0].group()
    word, capital = fold(head), head[0].isupper()
    known = word in first or word in last
    if strong:
        return capital or known
    nxt = fold(tokens[1].group()) if len(tokens) > 1 else ""
    surname_next = nxt in last and nxt not in _STOP
    if known and (capital or word not in ambiguous or surname_next):
        return True
    return capital and surname_next and tokens[1].group()[0].isupper()


def _name_tokens(start: int, run: str, strong: bool) -> Span | None:
    """The leading tokens of `run` that look like a name, as a span; None if the first one does not."""
    first, last = _names("first_names"), _names("last_names")
    tokens = list(re.finditer(r"\S+", run))
    if not tokens or fold(tokens[0].group()) in _STOP or not _first_ok(tokens, strong):
        return None
    kept = [tokens[0]]
    for tok in tokens[1:]:
        word = fold(tok.group())
        if word in _STOP or len(word) < 2 or not (tok.group()[0].isupper() or word in last or word in first):
            break
        kept.append(tok)
    return Span("PERSON", start + kept[0].start(), start + kept[-1].end(), 0.8 if strong else 0.7)


def _from_cues(text: str) -> list[Span]:
    out = []
    for m in _CLOSING.finditer(text):
        span = _name_tokens(m.start(1), m.group(1), strong=True)
        if span:
            out.append(span)
    for m in _CUE.finditer(text):
        cue = m.group(0)[: m.start(1) - m.start()].strip(" \t,:").lower().rstrip(".")
        span = _name_tokens(m.start(1), m.group(1), strong=cue.startswith(_STRONG_CUES))
        if span:
            out.append(span)
    return out


_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W\d_]")


def _from_gazetteer(text: str) -> list[Span]:
    first, last, ambiguous = _names("first_names"), _names("last_names"), _names("ambiguous")
    words = list(_WORD.finditer(text))
    out = []
    for i, m in enumerate(words):
        token, word = m.group(), fold(m.group())
        if word not in first or token.isupper() and len(token) > 1 and not token.istitle():
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        gap = text[m.end():nxt.start()] if nxt else ""
        surname = nxt is not None and re.fullmatch(r"[ \t]+", gap) and fold(nxt.group()) in last and \
            fold(nxt.group()) not in _STOP and (nxt.group()[0].isupper() == token[0].isupper()) and \
            (token[0].isupper() or word not in ambiguous or fold(nxt.group()) not in _names("ambiguous_last"))
        if surname:
            out.append(Span("PERSON", m.start(), nxt.end(), 0.65))
        elif token[0].isupper() and word not in ambiguous and len(word) >= 3:
            out.append(Span("PERSON", m.start(), m.end(), 0.55))
    return out


def find_names(text: str) -> list[Span]:
    return _from_cues(text) + _from_gazetteer(text)
