"""Name rules for what spaCy-small misses: signatures, lower-case names, names after a cue, foreign names.

- closings: "Thanks,\\nPriya", "regards, john", "Best,\\nMaria Gonzalez"
- cues: "my name is ...", "this is maria gonzalez", "Dear Mr. Okafor", "Hi Wei,", "last name: Boyle",
  "What's your last name? Boyle", "Steve: You saved my life" (a chat line), "Tomomi Nishiyama lives at"
- gazetteer (name_gazetteer): runs of capitalised words that hold a known name ("Zeliha Sultygov").
"""
from __future__ import annotations

import functools
import re

from plugin.core.model import Span

from .cues import alternation
from .name_gazetteer import from_gazetteer
from .name_lists import (
    NOT_NAME_PARTS,
    PARTICLES,
    STOP,
    bare,
    capitalised,
    fold,
    function_words,
    is_first,
    is_last,
    is_name,
    is_place,
    surname_shape,
    unambiguous,
)
from .name_words import name_probability

_TOKEN = r"[^\W\d_](?:[\w'’-]*[^\W\d_])?\.?"
_NAME_RUN = rf"{_TOKEN}(?:[ \t]+{_TOKEN}){{0,3}}"
_CAP = r"[A-ZÀ-ÞĀ-Ž][\w'’-]*[^\W\d_]"
_CAP_RUN = rf"{_CAP}(?:[ \t]+(?:[A-Z]\.?[ \t]+)?{_CAP}){{0,2}}"
_CLOSING = re.compile(
    r"(?im)^[ \t>*-]*(?:many |best |kind |warm |warmest |with )?(?:thanks|thank you|thx|ty|cheers|regards|"
    r"best|best wishes|sincerely|yours(?: truly| sincerely| faithfully)?|respectfully|cordially|"
    r"greetings|love|cheers|take care|all the best|talk soon|br|rgds)[ \t]*(?:again|so much|a lot)?"
    rf"[ \t]*[,.!:—–-]*[ \t]*(?:\r?\n[ \t]*)?(?:[-–—~][ \t]*)?({_NAME_RUN})[ \t]*[.!]?[ \t]*$")
_CUE = re.compile(
    r"(?i)\b(?:my name is|my name's|name\s*:|this is|i am|i'm|im|it's|call me|dear|hi|hello|hey|"
    r"mr\.?|mrs\.?|ms\.?|miss|mx\.?|dr\.?|prof\.?|signed|cc|attn\.?:?|spoke (?:to|with)|"
    # (round 27) academic and professional titles of letters and signatures, with their dot: they stand only before
    # a person ("Lic. Ana Ruiz", "Mag. Eva Huber-Kern", "Eng. Sousa Lima", "Arq. Rocha", "Dipl.-Ing. Jan Berg")
    r"(?:lic|lcda?|mag|ing|eng|arq|mtr[oa]|dra|dott|dipl\.-ing)\.|"
    r"talked (?:to|with)|colleague|husband|wife|son|daughter|mother|father|friend|customer|"
    r"(?:first|last|full|given|family|maiden|middle|sur)[ \t]?name(?:[ \t]+(?:is|was))?[ \t]*[:=]?|"
    r"name\b[^?\n]{0,40}\?[ \t]*(?:\r?\n[ \t]*)?(?:[A-Za-z]+:[ \t]*)?|"
    r"(?:account|card|order|booking|reservation) holder(?:[ \t]+is)?|on behalf of|in the name of|"
    r"calls? me|named (?:him|her|me|them)?|(?:my|our|his|her) (?:kid|child|baby|boy|girl|partner))"
    rf"[ \t]*[,:]?[ \t]+(?=({_NAME_RUN}))")  # a lookahead: "Hello, this is jordan" tries both cues
_STRONG_CUES = ("my name", "name", "call", "named", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "signed", "attn", "call me",
                "lic", "lcd", "mag", "ing", "eng", "arq", "mtr", "dott", "dipl",
                "first", "last", "full", "given", "family", "maiden", "middle", "sur", "account", "card",
                "order", "booking", "reservation", "on behalf", "in the name", "my kid", "my child", "my baby",
                "my boy", "my girl", "our kid", "our child", "our baby")
_ACADEMIC = ("lic", "lcd", "lcda", "mag", "ing", "eng", "arq", "mtro", "mtra", "dra", "dott", "dipl.-ing")
# A chat transcript line: "Steve: You saved my life!"; a person-only verb after a name: "Asya lives at".
_SPEAKER = re.compile(rf"(?m)^[ \t>]*({_CAP}):[ \t]*[\"“']?[A-Za-z]")
_PERSON_VERB = re.compile(rf"(?<![\w,] )({_CAP_RUN})[ \t]+(?:lives|lived|is living|was born|grew up)\b")
_TITLE = (r"manager|executive|director|officer|engineer|assistant|specialist|consultant|lead|head|ceo|cto|cfo|"
          r"president|founder|owner|analyst|technician|representative|agent|supervisor|coordinator|administrator")
_APPOSITION = re.compile(rf"({_CAP_RUN}),[ \t]+(?:the|our|my|a|an|your)[ \t]+(?:[\w-]+[ \t]+){{0,3}}(?i:{_TITLE})s?\b")
_SAID = re.compile(rf"\b(?:said|says|asked|replied|wrote)[ \t]+({_CAP_RUN})|({_CAP_RUN}),?[ \t]+(?:said|says)\b")
_CUE_STOP = STOP | frozenset("having trying writing calling contacting looking still now able going glad happy "
                             "sure wrong misspelled spelled missing incorrect changed not".split())


def _first_ok(tokens: list[re.Match[str]], strong: bool) -> bool:
    """Whether the first token after a cue starts a name ("this is maria gonzalez", "Dear Mr. Okafor")."""
    head = tokens[0].group()
    word = fold(bare(head))
    known = is_name(word)
    nxt = fold(bare(tokens[1].group())) if len(tokens) > 1 else ""
    surname_next = is_last(nxt) and nxt not in _CUE_STOP
    if strong:
        return capitalised(head) or known or surname_next
    vocative = len(tokens) == 1 or tokens[0].group().endswith(",")  # "Hi Mark," but not "Hi Apple Support"
    if known and (unambiguous(word) or surname_next or head[0].isupper() and vocative):
        return True
    return head[0].isupper() and surname_next and tokens[1].group()[0].isupper()


def _name_tokens(start: int, run: str, strong: bool, capitals: bool = False) -> Span | None:
    """The leading tokens of `run` that look like a name, as a span; None if the first one does not. With `capitals`
    (after an academic title) the name is its capitalised words and the particles between them ("Mag. Eva Huber aus
    der Beratung": "Eva Huber")."""
    tokens = list(re.finditer(r"\S+", run))
    if capitals:
        cut = next((i for i, tok in enumerate(tokens) if i and not tok.group()[0].isupper() and not (
            fold(bare(tok.group())) in PARTICLES and i + 1 < len(tokens) and tokens[i + 1].group()[0].isupper())),
                   len(tokens))
        tokens = tokens[:cut]
    if not tokens or fold(tokens[0].group()) in _CUE_STOP or not _first_ok(tokens, strong):
        return None
    kept = [tokens[0]]
    for tok in tokens[1:]:
        if len(kept[-1].group().rstrip(".")) >= 3 and kept[-1].group().endswith("."):
            break  # a word's dot ends the sentence ("… im Monat. Ich bitte"); an initial's does not ("Ana M. Gil")
        word = fold(bare(tok.group()))
        if word in _CUE_STOP or word in NOT_NAME_PARTS or not (tok.group()[0].isupper() or is_name(word)):
            break
        if len(word) < 2 and not tok.group()[0].isupper():
            break
        kept.append(tok)
    end = start + kept[-1].start() + len(bare(kept[-1].group()).rstrip("."))
    return Span("PERSON", start + kept[0].start(), end, 0.8 if strong else 0.7)


# English cues that are ordinary words of another language: German "im Monat" (in dem), French "son fils" (his).
_NOT_CUES = {"de": frozenset({"im"}), "fr": frozenset({"son"}), "es": frozenset({"son"})}


def _from_cues(text: str, lang: str = "en") -> list[Span]:
    out = []
    for m in _CLOSING.finditer(text):
        span = _name_tokens(m.start(1), m.group(1), strong=True)
        if span:
            out.append(span)
    for m in _CUE.finditer(text):
        cue = m.group(0).strip(" \t,:").lower().rstrip(".")
        if cue in _NOT_CUES.get(lang, ()):
            continue
        span = _name_tokens(m.start(1), m.group(1), strong=cue.startswith(_STRONG_CUES) or "?" in cue,
                            capitals=cue.endswith(_ACADEMIC))
        if span:
            out.append(span)
    return out


def _plain_run(text: str, start: int, end: int, need_name: bool, score: float) -> Span | None:
    words = [fold(bare(w)) for w in text[start:end].split()]
    if any(w in STOP or w in NOT_NAME_PARTS for w in words):
        return None
    if need_name and not any(is_name(w) for w in words):
        return None
    return Span("PERSON", start, start + len(bare(text[start:end])), score)


def _from_context(text: str) -> list[Span]:
    out = []
    for m in _SPEAKER.finditer(text):
        if is_name(fold(m.group(1))) and fold(m.group(1)) not in NOT_NAME_PARTS:
            out.append(Span("PERSON", m.start(1), m.end(1), 0.6))
    for m in _PERSON_VERB.finditer(text):
        out.append(_plain_run(text, m.start(1), m.end(1), need_name=False, score=0.6))
    for m in _APPOSITION.finditer(text):
        out.append(_plain_run(text, m.start(1), m.end(1), need_name=False, score=0.6))
    for m in _SAID.finditer(text):
        group = 1 if m.group(1) else 2
        out.append(_plain_run(text, m.start(group), m.end(group), need_name=True, score=0.6))
    return [s for s in out if s is not None]


# (round 11) The message's last line, one to three words, opening with a listed first name that is no ordinary word:
# a signature without a closing word ("Wir bitten um Erstattung.\nKnut Brockhoff", "…example.com.br\ncaio").
_LAST_LINE = re.compile(r"\n[ \t>*-]*([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2})[ \t.!]*\s*\Z")


def _last_line(text: str, lang: str) -> list[Span]:
    m = _LAST_LINE.search(text)
    if m is None:
        return []
    tokens = m.group(1).split()
    words = [fold(bare(w)) for w in tokens]
    first = words[0]
    if not (is_first(first) and unambiguous(first)) or any(w in STOP or w in NOT_NAME_PARTS for w in words) or \
            first in function_words() or not all(t[0].isupper() for t in tokens) and not m.group(1).islower():
        return []
    # the other words are names too, not a firm's trade ("Köhler Steuerberatung", "Prado Contabilidade"): listed, a
    # surname's shape, or in German a word the letter model reads as a name
    if not all(is_name(w) or surname_shape(bare(t)) or lang == "de" and name_probability(bare(t)) >= 0.5
               for w, t in zip(words[1:], tokens[1:], strict=True)):
        return []
    value = m.group(1).rstrip(".")
    return [Span("PERSON", m.start(1), m.start(1) + len(value), 0.7)]


# (round 16) In Spanish, French and Portuguese a capitalised word inside a sentence is a proper noun; after a
# preposition that takes a person ("no con Juanma", "avec Josiane", "fala com Kelly") a listed first name that is no English, place, month or cue word is a person. Not German (nouns are
# capitalised there) and not English (the tagger and spaCy read it).
# "a" / "à" are left out: they also take places ("déménagement à Sion", "à Annecy": both listed first names too).
_PERSON_PREPOSITION = {
    "es": r"con|por|para|según|segun|entre|de parte de|pregunt(?:e|en|ad|a) por",
    "fr": r"avec|chez|pour|par|selon|de la part de|entre|demandez",
    "pt": r"com|por|pela|pelo|para|segundo|entre|da parte de",
}
_NAME_WORD = r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?"


@functools.cache
def _after_preposition(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\s(\[«\"“,;])(?:{_PERSON_PREPOSITION[lang]})[ \t]+({_NAME_WORD})(?![\w'’@.-]|\.\w)")


@functools.cache
def _not_a_person_word() -> re.Pattern[str]:
    kinds = ("months", "brands", "product_nouns", "product_nouns_lower", "colours", "holidays", "institutions",
             "company_words", "titles", "kinship", "closing")
    return re.compile("(?i:" + "|".join(alternation(k) for k in kinds) + ")")


def person_first_name(word: str) -> bool:
    """A capitalised word that is a listed first name and nothing else a ticket names: no English or place word,
    function word, month, brand, product, colour, company or cue word."""
    folded = fold(word)
    return len(folded) >= 3 and is_first(folded) and unambiguous(folded) and not is_place(folded) and \
        folded not in function_words() and folded not in STOP and not _not_a_person_word().fullmatch(word) and \
        not _street_type().fullmatch(word)


@functools.cache
def _street_type() -> re.Pattern[str]:
    from .addresses import STREET_TYPES  # (late: addresses reads the name lists)
    return re.compile(rf"(?i:{STREET_TYPES})")


def _after_person_preposition(text: str, lang: str) -> list[Span]:
    if lang not in _PERSON_PREPOSITION:
        return []
    return [Span("PERSON", m.start(1), m.end(1), 0.6) for m in _after_preposition(lang).finditer(text)
            if person_first_name(m.group(1))]


def find_names(text: str, lang: str = "en") -> list[Span]:
    """English cue rules and the gazetteer (strict outside English); name_cues.py adds the other languages' cues."""
    if lang != "en":
        # French has no name tagger of ours (spaCy's French model reads capitals): lower-case first + last names
        return _from_cues(text, lang) + from_gazetteer(text, strict=True, lower=lang == "fr") + _last_line(text, lang) + \
            _after_person_preposition(text, lang)
    return _from_cues(text) + _from_context(text) + from_gazetteer(text) + _last_line(text, lang)
