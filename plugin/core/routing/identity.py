"""Group-blind text: every identity expression becomes one token, ``xid``, before anything is scored.

"Just so you know, I'm a Black person" and "… I'm a Sikh" and "… soy gitana" all read "… i m xid" to every
later step, so no group can get another route than another group, whatever the lexicons or the weights say. The
axis (race, religion, age …) is kept aside only to name the characteristic to the agent.

What is masked (``data/identity_vocab.json``, built by ``training/routing/build_vocab.py`` from HolisticBias,
CLDR names and hand lists in five languages):

- an identity term anywhere ("muslim", "nigerian", "transgender", "sotaque");
- an everyday word that is an identity word only about a person ("black", "blind", "old", "single") when it
  follows a self-description ("I'm", "soy", "je suis", "ich bin", "sou" …) or precedes a person noun ("a white
  colleague");
- an age: "I'm 72", "at 71", "tengo 70 años", "j'ai 71 ans", "ich bin 74", "com 72 anos";
- the fallback, for groups no list has: the word after a self-description ("I'm Yazidi", "ich bin Sorbe",
  "soy wayuu"), unless it is a common word of state ("I'm sorry", "estoy", "je suis déçu" are not groups); round 9:
  also the word after a relative's copula ("my son is autistic", "mon fils est autiste", "meine Frau ist
  Epileptikerin"), and not a name introduced with Portuguese "sou a / sou o" (a bot's "Sou a Tuca").

The identity word and the article and person noun around it become one token ("a black man" -> ``xid``).
Standard library only; the vocabulary is read on first use (see ``_vocab``).
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from pathlib import Path

from .text import word_trie

TOKEN = "xid"
VOCAB_FILE = Path(__file__).with_name("data") / "identity_vocab.json"
_WORD = re.compile(r"[^\W_]+")
_WORD_SPLIT = re.compile(r"([^\W_]+)")  # the words and what stands between them (mask)
_MAX_WORDS = 4

# Self-descriptions, as folded word sequences ("i'm" folds to the words "i", "m").
FRAMES = frozenset({("i", "m"), ("i", "am"), ("im",), ("as", "a"), ("as", "an"), ("we", "re"), ("we", "are"),
                    ("being",), ("soy",), ("somos",), ("siendo",), ("ser",), ("je", "suis"), ("nous", "sommes"),
                    ("etant",), ("en", "tant", "que"), ("ich", "bin"), ("wir", "sind"), ("als",), ("sou",),
                    ("sendo",), ("he", "s"), ("she", "s"), ("they", "re"), ("who", "is"), ("who", "are"),
                    ("que", "es"), ("que", "son"), ("qui", "est"), ("qui", "sont"), ("der", "ist"), ("die", "ist"),
                    ("que", "e"), ("que", "sao")})
# First-person frames are masked with the expression, so "I'm 72", "tengo 70 años", "soy gitana" and "j'ai 71
# ans" all read ``xid``: the verb a language uses for an age or a group must not tell groups apart.
# Round 6: no bare "im" in the fallback: it is German "in dem" far more often than an "I'm" typed without its
# apostrophe ("im Mai bei Ihnen gekauft" was masked as an identity expression). Listed identity terms and ages after
# "im" are still masked (FRAMES, AGE_FRAMES, _SELF_FRAMES).
_FALLBACK_FRAMES = frozenset({("i", "m"), ("i", "am"), ("as", "a"), ("as", "an"), ("we", "re"),
                              ("we", "are"), ("soy",), ("somos",), ("je", "suis"), ("nous", "sommes"),
                              ("ich", "bin"), ("wir", "sind"), ("sou",)})
_SELF_FRAMES = _FALLBACK_FRAMES | {("im",), ("tengo",), ("j", "ai"), ("tenho",), ("aged",), ("at",), ("a",), ("mit",),
                                   ("com",)}
FILLERS = frozenset("a an both also all very un una une des um uma ein eine einen einer todos todas tous toutes "
                    "beide ambos ambas los las les".split())
ARTICLES = frozenset("a an un una une um uma ein eine einen einer".split())
AGE_WORDS = frozenset("years year yrs yo anos ano ans jahre jahren jahrig jahrige".split())
# (No bare "a"/"à" frame: "a 50% discount" is no age; "à 71 ans" is read by the age word.)
AGE_FRAMES = frozenset({("i", "m"), ("i", "am"), ("im",), ("at",), ("aged",), ("age",), ("tengo",), ("a", "los"),
                        ("con",), ("j", "ai"), ("ich", "bin"), ("mit",), ("tenho",), ("com",), ("aos",),
                        ("i", "turned"), ("he", "s"), ("she", "s"), ("is",)})
# Words after a self-description that say how someone is, not who ("I'm sorry", "je suis déçu").
_NOT_GROUPS = frozenset("""
sorry sure not just so very really still already also afraid happy unhappy glad sad angry annoyed upset fed tired
sick ill done fine ok okay here there back home away out in on at from with about writing trying calling
asking going looking waiting having getting contacting still being unable able interested confused worried
disappointed frustrated furious shocked surprised aware new the a an your this that my customer client member
subscriber user owner one person looking moving leaving travelling traveling retired late early ready available
no muy tan un una el la de en del cliente socio socia usuario usuaria nuevo nueva dueno duena titular consciente
pas tres si un une le la de en au du client cliente membre abonne abonnee nouveau nouvelle proprietaire titulaire
desole desolee sur sure pret prete content contente decu decue fache fachee furieux furieuse inquiet inquiete
nicht sehr so auch schon noch ein eine der die das kunde kundin mitglied neu neukunde inhaber inhaberin froh
sauer wutend enttauscht sicher bereit leider hier da zu
nao muito tao um uma o a de em do da cliente socio socia usuario usuaria novo nova dono dona titular
""".split())


# Names are proxies for a group too (the fairness audit swaps them): a name after "my name is" / "I'm" (the
# fallback below absorbs the whole run of name words), an e-mail address, a sign-off after a closing word, and
# pronouns ("she/her") are masked as well.
_NAME_FRAMES = frozenset({("my", "name", "is"), ("this", "is"), ("me", "llamo"), ("mi", "nombre", "es"),
                          ("je", "m", "appelle"), ("mon", "nom", "est"), ("ich", "heisse"), ("mein", "name", "ist"),
                          ("me", "chamo"), ("meu", "nome", "e")})
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PRONOUNS = re.compile(r"\(?\b(?:pronouns?|pronombres?|pronoms?|pronomen|pronomes?)\s*:?\s*[a-z]+\s*/\s*[a-z]+\)?"
                       r"|\(\s*[a-z]+\s*/\s*[a-z]+\s*\)"
                       r"|\b(?:she/her|he/him|they/them|ella/la|el/lo|elle/la|il/lui|iel|sie/ihr|er/ihm|ela/dela|ele/dele)\b")
_CLOSING = re.compile(r"(?:^|\n|[.!]\s)\s*(?:kind regards|best regards|regards|best|cheers|thanks|thank you|many thanks|"
                      r"sincerely|yours|saludos|un saludo|gracias|atentamente|cordialement|merci|bien a vous|"
                      r"viele grusse|beste grusse|mit freundlichen grussen|grusse|danke|lg|abracos|obrigad[oa]|att|"
                      r"atenciosamente|cumprimentos)\s*[,.!]?\s*(?:\n|$)")
_SIGNOFF_WORDS = 5


def closings(text: str) -> Iterator[re.Match[str]]:
    """The closing words ("kind regards", "cordialement", "mit freundlichen grussen" …) at a line's end in folded text."""
    # ("kind regards" reads "xchild regards" once masked: German "Kind" is a word for a child; same length kept)
    return _CLOSING.finditer(text.replace("xchild regards", "  kind regards") if "xchild" in text else text)

# Gendered words for people are made neutral, so "my husband … he" and "my wife … she" read alike (the audit's
# gender dimension swaps them). Five languages; the commonest kinship words and third-person pronouns.
NEUTRAL: dict[str, str] = {}
for _token, _words in {
    "xpartner": "husband wife boyfriend girlfriend marido esposo esposa mujer novio novia mari femme epoux epouse "
                "copain copine compagnon compagne ehemann ehefrau mann frau freund freundin esposo esposa namorado "
                "namorada companheiro companheira partner partners spouse pareja conyuge partenaire conjoint conjointe "
                "partnerin parceiro parceira conjuge",
    "xchild": "son daughter child kid hijo hija hije nino nina enfant fils fille sohn tochter kind filho filha filhe "
              "crianca",
    "xsibling": "brother sister sibling hermano hermana hermane frere soeur bruder schwester geschwister irmao irma "
                "irmae",
    "xparent": "mother father mum mom dad parent madre padre mama papa mere pere maman vater mutter elternteil mae pai",
    "xpron": "he she they him her them his hers their theirs himself herself themselves el ella elle ella ellos ellas "
             "elle il elle iel lui er sie ihm ihn ihr ele ela elu dele dela delu",
    "xperson": "man woman men women guy guys lady ladies gentleman person people hombre hombres mujeres senor senora "
               "caballero persona personas homme hommes femmes dame monsieur madame personne personnes herr person "
               "manner frauen personen homem homens mulher mulheres senhor senhora pessoa pessoas",
}.items():
    NEUTRAL.update(dict.fromkeys(_words.split(), _token))


@dataclass(frozen=True)
class Mention:
    axis: str      # "" when the fallback masked a group no list has
    text: str      # folded words, customer text: never log it


@dataclass(frozen=True)
class Masked:
    text: str
    mentions: tuple[Mention, ...]

    @property
    def axes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.axis for m in self.mentions if m.axis))


# Round 22b: identity terms that are also everyday words of a language the router reads — German "bis" (until: "bis
# dahin", "bis Mitternacht"), Spanish and French "pan" (bread), French "bois" (wood), Portuguese "sinto" (I feel) —
# are read like the vocabulary's own ambiguous words ("bi", "black"): an identity only after a self-description or
# before a person noun ("ich bin bi", "soy pan", "bis people"). Before, every German "bis" was a mention of sexual
# orientation and put the bias head's identity weight on a delivery complaint.
FUNCTION_WORD_TERMS = frozenset({"bis", "pan", "bois", "sinto"})


@cache
def _vocab() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    data = json.loads(VOCAB_FILE.read_text(encoding="utf-8"))
    return data["terms"], frozenset(data["ambiguous"]) | FUNCTION_WORD_TERMS, frozenset(data["person_nouns"])


@cache
def _first_words() -> frozenset[str]:
    """First words of the vocabulary's multi-word terms: only there is a longer look-up worth it."""
    return frozenset(term.split()[0] for term in _vocab()[0] if " " in term)


def _frame_start(words: list[str], i: int, frames: frozenset[tuple[str, ...]]) -> int | None:
    """Index of a frame ending right before word ``i``, with at most two fillers between ("we're both", "I'm a")."""
    for skip in range(3):
        j = i - skip
        if skip and (j < 0 or words[j] not in FILLERS):
            break
        for n in (3, 2, 1):
            if j - n >= 0 and tuple(words[j - n:j]) in frames:
                return j - n
    return None


def _ends_with_frame(words: list[str], i: int, frames: frozenset[tuple[str, ...]]) -> bool:
    return _frame_start(words, i, frames) is not None


def _is_age(words: list[str], i: int) -> bool:
    if not words[i].isdigit() or not 13 <= int(words[i]) <= 110:
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    if after in AGE_WORDS:
        return True
    return not after.isdigit() and _ends_with_frame(words, i, AGE_FRAMES)


_FRAME_TAILS = frozenset(f[-1] for f in _FALLBACK_FRAMES | _SELF_FRAMES | AGE_FRAMES | FRAMES) | FILLERS


def _after_frame_word(words: list[str], i: int) -> bool:
    """Cheap pre-check: a frame (or a filler after one) ends right before word ``i``."""
    return i > 0 and words[i - 1] in _FRAME_TAILS


_NOT_GENDERED_PERSONS = frozenset("person people persona personas personne personnes personen pessoa pessoas partner "
                                   "partners spouse".split())


# Round 9: the copula of identity ("is", Spanish "es" not "está", "est", "ist", Portuguese "é") right after a word for
# a relative or a person ("my son is autistic", "mon fils est autiste", "meine Frau ist gehörlos") describes who that
# person is, as "I'm …" does for the writer: the word after it is masked by the fallback too.
_COPULAS = frozenset("is es est ist e".split())
_RELATIVES = frozenset(w for w, token in NEUTRAL.items() if token in ("xchild", "xpartner", "xsibling", "xparent"))
# Round 9: Portuguese "sou a Tuca" / "sou o Rui" (the definite article) introduces a name, a bot's as often as a
# person's; a group is "sou negra", "sou uma mulher cigana".
_NAME_ARTICLE_FRAMES = frozenset({("sou", "a"), ("sou", "o")})


# Round 22b: an adverb after a self-description says how, not who ("I am honestly at the end of my tether", "je suis
# vraiment", "estoy realmente", "sou sinceramente"): English "-ly", French "-ment", Spanish and Portuguese "-mente".
_ADVERB = re.compile(r"\w{3,}(?:ly|ement|ment|mente)")


def _fallback(words: list[str], i: int) -> bool:
    word = words[i]
    if len(word) < 3 or word in _NOT_GROUPS or word in NEUTRAL or word.isdigit() or word.endswith("ing") \
            or _ADVERB.fullmatch(word):
        return False
    if i >= 2 and (words[i - 2], words[i - 1]) in _NAME_ARTICLE_FRAMES:
        return False
    if i >= 2 and words[i - 1] in _COPULAS and words[i - 2] in _RELATIVES:
        return word not in _NAME_STOPS  # Portuguese "e" is also "and": "mãe e minha irmã"
    return _ends_with_frame(words, i, _FALLBACK_FRAMES)


# Round 17: who the writer is, said with a word for a person ("I'm a woman", "soy un hombre", "ich bin Mutter von
# Drillingen", "sou pai"): right after a self-description such a word is a mention of sex or family status, masked
# like any group, so "I'm a woman" and "I'm Hazara" read alike (before, "woman" became ``xperson``, a word the
# handoff head reads as "a person"). Only gendered words and parents/partners: "I'm a person who …" stays as it is.
_SEX_WORDS = frozenset("frau mann femme homme mujer hombre mulher homem".split())  # also "wife"/"husband" words
_SELF_NOUNS: dict[str, str] = {w: ("sex" if token == "xperson" or w in _SEX_WORDS else "family_status")
                               for w, token in NEUTRAL.items()
                               if token in ("xperson", "xparent", "xpartner") and w not in _NOT_GENDERED_PERSONS}
# "and" in five languages: a second self-description after a first ("je suis gay et papa solo", "I'm deaf and a dad").
_AND = frozenset("and y e et und".split())


def _coordinated(words: list[str], i: int, found: list[tuple[int, int, str]]) -> bool:
    """Word ``i`` follows "and" (and at most an article) right after an expression that follows a self-description."""
    j = i - 1
    if j > 0 and words[j] in ARTICLES:
        j -= 1
    if j < 1 or words[j] not in _AND or not found or found[-1][1] != j or found[-1][2] == "name":
        return False
    return _frame_start(words, found[-1][0], _SELF_FRAMES) is not None


_NAME_TAILS = frozenset(f[-1] for f in _NAME_FRAMES)
_AFTER_TAILS = _FRAME_TAILS | _NAME_TAILS  # a word after one of these may start an expression (see _find)


_NAME_STOPS = frozenset("""and y et und e but pero mais aber mas from here again with con avec mit com i my mi mon ma
mein meine meu minha the el is es est ist a an un una une um uma ein eine to for who que qui der die das have tengo
ai ich habe tenho am was since because living working writing calling please por favor bitte svp""".split())


def _name_run(words: list[str], i: int, joined: Callable[[int], bool]) -> int:
    """End of a run of up to three words written together ("Thalia al-Masri", "Sikh"): the run stops at
    punctuation (``joined(k)`` is False when anything but a space or hyphen stands before word k) or a
    function word."""
    end = i + 1
    while end < len(words) and end < i + 3 and joined(end) and words[end] not in _NAME_STOPS \
            and not words[end].isdigit():
        end += 1
    return end


# Round 22b: English idioms in which "blind" and "deaf" say that something ignores something, not who a person is
# ("your self-checkout is completely blind to reusable bags", "a blind spot", "they turn a blind eye", "deaf to every
# complaint").
_IDIOMS = {"blind": frozenset({"to", "eye", "spot", "spots"}), "deaf": frozenset({"to", "ear", "ears"})}


def _find(words: list[str], joined: Callable[[int], bool]) -> list[tuple[int, int, str]]:
    """(first word, end word, axis) of every identity expression."""
    terms, ambiguous, persons = _vocab()
    firsts = _first_words()
    found: list[tuple[int, int, str]] = []
    i = 0  # the first word not inside an expression found so far
    # Only a listed term, the first word of one, a number or a word after a frame or a name frame can start an
    # expression: the other words of a long e-mail are skipped without a look (the same expressions are found).
    after = _AFTER_TAILS
    for start in [k for k, (before, word) in enumerate(zip(("", *words), words, strict=False))
                  if word in terms or word in firsts or before in after or word.isdigit() or word in _SELF_NOUNS]:
        if start < i:
            continue
        i = start
        hit = None
        longest = min(_MAX_WORDS, len(words) - i) if words[i] in firsts else 1
        for n in range(longest, 0, -1):
            key = " ".join(words[i:i + n]) if n > 1 else words[i]
            axis = terms.get(key)
            if axis is None:
                continue
            if n == 1 and key in _IDIOMS and i + 1 < len(words) and words[i + 1] in _IDIOMS[key]:
                continue  # round 22b: "blind to anything", "a blind spot", "turn a blind eye", "deaf to complaints"
            if n == 1 and key in ambiguous:
                nxt = words[i + 1] if i + 1 < len(words) else ""
                if nxt not in persons and not _ends_with_frame(words, i, FRAMES) and not (
                        i > 0 and words[i - 1] in persons and _ends_with_frame(words, i - 1, FRAMES)):
                    continue
            hit = (i, i + n, axis)
            break
        if hit is None and words[i].isdigit() and _is_age(words, i):
            end = i + 1
            while end < len(words) and end <= i + 2 and words[end] in AGE_WORDS | {"old"}:
                end += 1
            hit = (i, end, "age")
        if hit is None and words[i] in _SELF_NOUNS and _after_frame_word(words, i) \
                and _ends_with_frame(words, i, _FALLBACK_FRAMES):
            hit = (i, _name_run(words, i, joined), _SELF_NOUNS[words[i]])  # "pai solo", "Mutter von Drillingen"
        if hit is None and words[i] in _SELF_NOUNS and _coordinated(words, i, found):
            hit = (i, _name_run(words, i, joined), _SELF_NOUNS[words[i]])
        if hit is None and _after_frame_word(words, i) and _fallback(words, i):
            hit = (i, _name_run(words, i, joined), "")
        if hit is None and i > 0 and words[i - 1] in _NAME_TAILS and _ends_with_frame(words, i, _NAME_FRAMES):
            hit = (i, _name_run(words, i, joined), "name")
        if hit:
            found.append(hit)
            i = hit[1]
    return found


def _merge(words: list[str], found: list[tuple[int, int, str]]) -> list[tuple[int, int, list[str]]]:
    """Neighbouring expressions and the article before / person noun after them become one span."""
    _, _, persons = _vocab()
    spans: list[tuple[int, int, list[str]]] = []
    for start, end, axis in found:
        if start > 0 and axis != "name" and words[start - 1] in persons and _ends_with_frame(words, start - 1, FRAMES):
            start -= 1  # round 17: the person noun before an adjective of identity ("sou um homem trans")
        if start > 0 and words[start - 1] in ARTICLES:
            start -= 1
        frame = _frame_start(words, start, _SELF_FRAMES)
        if frame is not None:
            start = frame
        if end < len(words) and words[end] in persons:
            end += 1
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]), spans[-1][2] + [axis])
        else:
            spans.append((start, end, [axis]))
    return spans


# Round 17: a language that is not the writer's first one, said as a clause ("English isn't my first language",
# "el español no es mi lengua materna", "le français n'est pas ma langue maternelle", "Deutsch ist nicht meine
# Muttersprache", "o português não é minha primeira língua", "I'm not a native speaker"): the whole clause is one
# expression of the language axis, whichever language it names, as "I'm Yazidi" is for the fallback. Frames only, no
# language names: the word before the copula is taken as it stands.
_LANG_CLAUSE = re.compile(
    r"(?<!\w)(?:(?:the|el|la|le|l'|l|o|a|das|mein|my|mi|mon|ma|meu|minha)\s)?[^\W\d_]+\s"
    r"(?:is\s+not|isn'?t|is\s+not\s+really|no\s+es|n'?\s?est\s+pas|ist\s+nicht|nao\s+e)\s+"
    r"(?:my|mi|ma|meine|a\s+minha|minha)\s+"
    r"(?:(?:first|native|mother|primera|primer|premiere|erste|primeira)\s+(?:language|tongue|lengua|idioma|langue|"
    r"sprache|lingua)|lengua\s+materna|idioma\s+(?:materno|nativo)|langue\s+maternelle|muttersprache|erstsprache|"
    r"lingua\s+(?:materna|nativa))(?!\w)"
    r"|(?<!\w)(?:i'?\s?m\s+not|i\s+am\s+not|no\s+soy|je\s+ne\s+suis\s+pas|ich\s+bin\s+kein(?:e)?|nao\s+sou)\s+"
    r"(?:a\s+|un\s+|une\s+|um\s+|uma\s+)?(?:native|nativo|nativa|natif|native|muttersprachler(?:in)?)"
    r"(?:\s+(?:speaker|hablante|locuteur|locutrice|falante))?(?!\w)")

_LANG_HINTS = ("language", "tongue", "lengua", "idioma", "langue", "sprache", "lingua", "nativ", "natif")
# Round 18: every such clause holds one of the hints, so the clause is looked for only near each hint (from
# _LANG_BEFORE characters before it to _LANG_AFTER after it; the clause's first word and its last words fit in them):
# on a 6,000-character e-mail a search of the whole text cost about 0.6 ms.
_LANG_HINT = re.compile("|".join(_LANG_HINTS))
_LANG_BEFORE, _LANG_AFTER = 100, 40


def _language_clauses(text: str) -> list[re.Match[str]]:
    """The matches of _LANG_CLAUSE in ``text``, leftmost first and not overlapping, as ``finditer`` gives them."""
    found: list[re.Match[str]] = []
    end = 0
    for hint in _LANG_HINT.finditer(text):
        if hint.end() <= end:
            continue
        for m in _LANG_CLAUSE.finditer(text, max(end, hint.start() - _LANG_BEFORE), hint.end() + _LANG_AFTER):
            found.append(m)
            end = m.end()
    return found


def _blank_names(folded: str) -> tuple[str, list[Mention]]:
    """E-mail addresses, pronouns, a language said not to be the writer's first one and a short sign-off after a
    closing word, replaced first."""
    mentions = []
    # The checks in front skip scans that cannot match: an address has "@", every pronoun form but "iel" has "/".
    text = _EMAIL.sub(" xmail ", folded) if "@" in folded else folded
    if ("/" in text or "iel" in text) and _PRONOUNS.search(text):
        mentions += [Mention("gender_identity", m.group()) for m in _PRONOUNS.finditer(text)]
        text = _PRONOUNS.sub(f" {TOKEN} ", text)
    if any(w in text for w in _LANG_HINTS) and (clauses := _language_clauses(text)):
        mentions += [Mention("accent_language", m.group()) for m in clauses]
        pieces, last = [], 0
        for m in clauses:
            pieces += [text[last:m.start()], TOKEN]
            last = m.end()
        text = "".join(pieces) + text[last:]
    closings = list(_CLOSING.finditer(text))
    closing = closings[-1] if closings else None
    if closing is not None and len(_WORD.findall(text, closing.end())) <= _SIGNOFF_WORDS and closing.end() < len(text):
        mentions.append(Mention("name", text[closing.end():].strip()))
        text = text[:closing.end()] + " xname"
    return text, mentions


# The neutral words as a trie of letters (text.word_trie): the same matches as their plain alternation, a third of the
# time over a long e-mail.
_NEUTRAL_WORD = re.compile(r"(?<!\w)(" + word_trie(NEUTRAL) + r")(?!\w)")


TOKENS = frozenset(NEUTRAL.values()) | {TOKEN, "xmail", "xname"}  # never customer words


_NOT_GENDERED = frozenset("person people persona personas personne personnes personen pessoa pessoas partner partners "
                          "spouse child kid sibling parent they them their theirs themselves".split())


# Spanish "dame" is "give me" ("dame un cupón", "dame el número"), not the French/English "dame" (lady): left as it is
# when a Spanish object follows and no French/English determiner comes before.
_DAME_OBJECT = frozenset("un una unos unas el la los las lo le les mi mis tu tus su sus algo eso esto ese esa este esta "
                         "mas otro otra ya".split())
_DAME_DETERMINER = frozenset("la une cette ma ta sa votre notre vieille petite grande the a an old this that".split())
_NEXT_WORD = re.compile(r"\W*(\w+)")
_PREV_WORD = re.compile(r"(\w+)\W*$")


def _spanish_give_me(m: re.Match[str]) -> bool:
    if m.group() != "dame":
        return False
    nxt = _NEXT_WORD.match(m.string, m.end())
    prev = _PREV_WORD.search(m.string, 0, m.start())
    return (nxt is not None and nxt.group(1) in _DAME_OBJECT
            and (prev is None or prev.group(1) not in _DAME_DETERMINER))


# Round 17: French "personne ne / personne n'" is "nobody" ("Personne n'a rappelé"), not a person.
_NOBODY = re.compile(r"\s*n(?:e\b|')")


def _french_nobody(m: re.Match[str]) -> bool:
    return m.group() == "personne" and _NOBODY.match(m.string, m.end()) is not None


def _neutral(text: str, mentions: list[Mention]) -> str:
    """Gendered words made neutral; a gendered word for a person is noted as a mention of sex (for the agent)."""
    def put(m: re.Match[str]) -> str:
        word: str = m.group()
        if _spanish_give_me(m) or _french_nobody(m):
            return word
        if NEUTRAL[word] == "xperson" and word not in _NOT_GENDERED:
            mentions.append(Mention("sex", word))
        return NEUTRAL[word]
    return _NEUTRAL_WORD.sub(put, text)


def mask(folded: str) -> Masked:
    """``folded`` (see text.fold) with every identity expression replaced by ``xid``."""
    folded, blanked = _blank_names(folded)
    parts = _WORD_SPLIT.split(folded)  # what stands before word 0, word 0, what stands between words 0 and 1, word 1 …
    words = parts[1::2]
    def joined(k: int) -> bool:  # asked only after a frame, so not worked out for every word of a long e-mail
        return k > 0 and parts[2 * k].strip(" -") == ""

    spans = _merge(words, _find(words, joined))
    if not spans:
        return Masked(_neutral(folded, blanked), tuple(blanked))
    bounds = list(accumulate(map(len, parts)))  # word k spans folded[bounds[2k]:bounds[2k + 1]]
    out, pos, mentions = [], 0, []
    for start, end, axes in spans:
        a, b = bounds[2 * start], bounds[2 * end - 1]
        out += [folded[pos:a], TOKEN]
        pos = b
        named = [x for x in axes if x]
        mentions += [Mention(x, folded[a:b]) for x in named] or [Mention("", folded[a:b])]
    out.append(folded[pos:])
    text = _neutral("".join(out), mentions)
    return Masked(text, tuple(blanked + mentions))
