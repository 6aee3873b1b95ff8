"""Names in noisy text, in five languages: cue words, form labels, sign-offs, @handles, hashtags, CJK, nicknames.

- "me llamo …", "je m'appelle …" (strong cues: a capitalised or known word follows); "soy lupita", "c'est théo",
  "i bin die resi" (weak cues: only a known first name follows); "Vorname: Urs" (form labels: the rest of the line);
  "Un saludo,\\nPaco" (sign-offs, same line or next), in every language (data/cues.toml).
- @handles (SOCIAL_HANDLE) are hidden unless written like a brand (CamelCase or capitals, no digits or
  underscores: "@QuickShipCo", "@DHL") or named by the keep list ("@Möbelhaus Krüger GmbH");
  a hashtag that starts with a known first name ("#JennyKowalski") is a name.
- CJK: a run of 2-4 Han characters that starts with a common Chinese surname, or a kanji run that starts with a
  common Japanese surname (data/cjk_surnames.txt), is a name.
- A bracketed word or two right after a name is a nickname or the full name: "Darren (Dazza)", "bia (Beatriz Souza)".
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from plugin.core.model import Span

from .cues import alternation
from .name_lists import (
    NOT_NAME_PARTS,
    ORG_WORDS,
    PARTICLES,
    STOP,
    capitalised,
    fold,
    function_words,
    is_city,
    is_first,
    is_last,
    is_name,
    is_place,
    ordinary_anywhere,
    unambiguous,
)

_WORD = r"[^\W\d_][\w'’-]*"
_RUN = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
_INTRO = re.compile(rf"(?i)\b(?:{alternation('name_intro')})[ \t]*[:,]?[ \t]+({_RUN})")
_WEAK = re.compile(rf"(?i)(?<![\w'])(?:{alternation('name_weak')})[ \t]+({_RUN})")
# (round 18) Chat thanks, greetings and kisses before a first name, anywhere in a line and in lower case ("thx jonas,
# that worked", "merci, bises, margaux", "ty sarah!!"): only a listed first name (the weak cue's test), perhaps with a
# capitalised surname, that ends its clause; so "thx again" and "bises à tous" stay.
_CHAT_CUE = re.compile(rf"(?i)(?<![\w'’])(?:{alternation('chat_cue')})[ \t]*,?[ \t]+({_WORD}(?:[ \t]+(?-i:[A-ZÀ-Þ]){_WORD})?)"
                       r"(?=[ \t]*(?:[,.!?;:)\n]|$))")  # the name ends its clause: "Oi, fiz um álbum" is no one
_LABEL = re.compile(rf"(?im)^[ \t>*-]*(?:{alternation('name_label')})(?:[ \t]*/[ \t]*(?:{alternation('name_label')}))?"
                    rf"(?:[ \t]*:[ \t]*|[ \t]{{3,}}|\t+)({_RUN})[ \t]*"
                    r"(?:$|(?=[.;][ \t]+(?-i:[A-ZÀ-Þ])))")  # the rest of the line, or a sentence: "Titular: Ana Gil. N.º ..."
# (round 29) an emoji after the signature ("bises⏎margaux 💕", "- gabi ✌️")
_EMOJI_TAIL = r"(?:[\u2600-\u27bf\U0001F000-\U0001FAFF\u200d\ufe0f]+[ \t]*)?"
_CLOSING = re.compile(rf"(?im)(?:^[ \t>*-]*|(?<=[.!?:] ))(?:{alternation('closing')})[ \t]*[,.!]*[ \t]*(?:\r?\n[ \t]*)?(?:[-–—~][ \t]*)?"
                      rf"({_RUN})[ \t]*[.!]?[ \t]*{_EMOJI_TAIL}$")
# (round 16) A formal closing that ends its line after other words ("Je vous prie d'agréer mes salutations,", "Reciba
# un cordial saludo,", "Com os melhores cumprimentos,"), and the signature alone on the next line.
_CLOSING_LINE_END = re.compile(rf"(?im)(?<=[ \t])(?:{alternation('closing')}|salutations distinguées|sentiments distingués|"
                               rf"cordial saludo|meilleurs sentiments)[ \t]*[,.!]*[ \t]*\r?\n[ \t]*(?:[-–—~][ \t]*)?"
                               rf"({_RUN})[ \t]*[.!]?[ \t]*{_EMOJI_TAIL}$")
# A signature line of its own: "- marc", "— Gretchen Holloway".
_DASH_SIGNATURE = re.compile(rf"(?m)^[ \t]*[-–—~][ \t]*({_WORD}(?:[ \t]+{_WORD})?)[ \t]*"
                             r"(?:[\u2600-\u27bf\U0001F000-\U0001FAFF\u200d\ufe0f]+[ \t]*)?$")  # (round 29) "- jules 🌸"
# (round 23) a hyphen inside a handle before a letter or a digit ("@tdavenport-7731", "@dieter.k-1958")
_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z0-9_](?:(?:[\w.]|-(?=\w)){0,28}[\w])?)")
# (round 23) a team's or a role's account spoken to in a chat ("@Support", "@Soporte", "@Soutien", "@Mod"): no person
_ROLE_HANDLES = frozenset("support soporte suporte soutien assistance kundenservice service team equipo equipe mod mods "
                          "moderator moderador moderadora moderateur moderatorin admin admins staff help ayuda aide hilfe "
                          "ajuda everyone here all todos tous alle".split())
_BRAND = re.compile(r"(?:[A-ZÀ-Þ][a-zà-ÿ]+|[A-Z]{2,4})(?:[A-ZÀ-Þ][a-zà-ÿ]*|[A-Z]{2,4})+|[A-Z]{2,6}")
_BRANDS_RE = re.compile(rf"(?i)(?:{alternation('brands')})")
_HASHTAG = re.compile(r"(?<![\w#])#([A-ZÀ-Þ][a-zà-ÿ]+(?:[A-ZÀ-Þ][a-zà-ÿ]+){1,3})\b")
# A hashtag in one case ("#georgefloyd", "#ANAGOMEZ"): a name only as a listed first name + listed surname, whole
# (round 18) A hashtag of support or protest before a name: the cue in capitals-first camel case, then the name's
# parts ("#TeamJoana", "#ForaMarcos", "#ForçaLuana", "#JusticeForAmelia", "#FreeNadia", "#VivaPepe", "#RIPKarl").
_CUE_TAG = re.compile(r"(?<![\w#])#((?:Team|Fora|For[çc]a|Free|Justice(?:For|4)?|Pray4|Justicia(?:Para)?|Justi[çc]a(?:Para)?|"
                      r"PrayFor|Viva|Vamos|Bravo|We(?:Love|Stand)With|Love|Merci|Danke|Gracias|Obrigad[oa]|Thanks|"
                      r"ThankYou|RIP|Hommage|Homenagem|Ciao|Adieu|Adi[oó]s|Adeus|Bye|Bienvenid[oa]|Bienvenue|Welcome|"
                      r"Willkommen|Go|Allez|Vai|Vamo|Forza|Team|"
                      # (round 23) cheers and sympathy in five languages: "#KopfhochMarta", "#ÁnimoÍñigo", "#CourageClem"
                      r"Kopfhoch|KopfHoch|Durchhalten|GuteBesserung|Courage|Soutien|BonneChance|[ÁA]nimo|Suerte|Fuerza|"
                      r"Paci[êe]ncia|Coragem|Aguenta|GetWellSoon|GetWell|StayStrong|HappyBirthday|FelizCumple|"
                      r"JoyeuxAnniversaire|AllesGute|Parab[ée]ns|Felicidades|Congrats)(?:For|Pour|Para|F[üu]r)?)"
                      r"([A-ZÀ-Þ][a-zà-ÿ]+(?:[A-ZÀ-Þ][a-zà-ÿ]+)?)(?![\w])")
# (round 23) a name and then what happens to its person: "#ImogenTurns40", "#GiuliaWinsAgain", "#Seppgewinnt"
_NAME_EVENT_TAG = re.compile(r"(?<![\w#])#([A-ZÀ-Þ][a-zà-ÿ]+)(?:Turns\d{1,3}|Birthday|Bday|Wins(?:Again)?|[Gg]ewinnt|Gana|Ganha|"
                             r"Gagne|Cumple\w*|Geburtstag|Anniv\w*|Aniversario|Anivers[aá]rio)(?![\w])")
_JUSTICE_TAG = re.compile(r"Justice|Justicia|Justi[çc]a|PrayFor|Pray4|Fora")
# (round 18) Speech written in lower case (a call's ASR line, a chat): southern German puts an article before a first
# name ("meine frau, die gerlinde", "der sascha hat's gebracht") and names come after "hieß"/"heißt" ("der fahrer
# hieß glaub ich sascha"): a listed, unambiguous first name in lower case, never a function word.
_SPOKEN_ARTICLE_NAME = re.compile(r"(?<![\w'’-])(?:(?:hieß|hiess|heißt|heisst)(?:[ \t]+glaub[ \t]+ich)?|der|die)[ \t]+"
                                  r"([a-zäöüß][a-zäöüß-]{2,})(?=[ \t,.!?;:]|$)")


def _lower_listed_first(word: str) -> bool:
    folded = fold(word)
    return is_first(folded) and unambiguous(folded) and folded not in function_words() and folded not in STOP \
        and not is_place(folded)


_ONE_CASE_TAG = re.compile(r"(?<![\w#])#([a-zà-ÿ]{5,30}|[A-ZÀ-Þ]{5,30})\b")
_CJK = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]{2,4}")
_DATA = Path(__file__).parent / "data"
_GREETING_WORDS = frozenset("again here there back".split())


@functools.cache
def _cjk_surnames() -> tuple[frozenset[str], frozenset[str]]:
    lines = [ln.split("#")[0].strip() for ln in (_DATA / "cjk_surnames.txt").read_text(encoding="utf-8").splitlines()]
    words = [w for ln in lines for w in ln.split()]
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) > 1)


def _tokens(run: str) -> list[re.Match[str]]:
    return list(re.finditer(r"\S+", run))


def _name_or_double(word: str) -> bool:
    """A known name, or a double-barrelled one with a known part ("vaz-jesus", "arellano-durán")."""
    parts = [p for p in word.strip(",.").split("-") if p]
    return is_name(word.strip(",.")) or len(parts) > 1 and all(len(p) >= 2 for p in parts) and any(is_name(p) for p in parts)


def _name_follows(tokens: list[re.Match[str]]) -> bool:
    """"aqui é maria luísa": a first name that is also a word, followed by another name in the same case."""
    if len(tokens) < 2:
        return False
    head, nxt = tokens[0].group(), tokens[1].group().rstrip(",.")
    word = fold(nxt)
    return head.islower() == nxt.islower() and is_name(word) and word not in function_words() and word not in STOP


def _name_span(start: int, run: str, strong: bool, score: float, text: str = "") -> Span | None:
    """The leading words of `run` that make a name: capitalised or known (strong), known first name (weak).

    In lower-case text the words after the first run on to the end of the clause ("ich bin anna schimmelreiter,
    Tel. …", "meu nome é ana dos anjos⏎"): unknown surnames are taken only when a comma, a sentence end or the line
    end follows them, so "soy ana tengo un problema" stays "ana"."""
    tokens = _tokens(run)
    if not tokens:
        return None
    head = fold(tokens[0].group())
    if head in STOP or head in NOT_NAME_PARTS or head in _GREETING_WORDS or head in function_words():
        return None
    if strong:
        if not (capitalised(tokens[0].group()) or is_name(head)):
            return None
    elif not (is_first(head) and (unambiguous(head) or capitalised(tokens[0].group()) or _name_follows(tokens))):
        return None
    kept = [tokens[0]]
    pending: list[re.Match[str]] = []
    lower = tokens[0].group().islower()
    for tok in tokens[1:]:
        word = fold(tok.group())
        previous = (pending or kept)[-1].group()
        if previous.endswith(".") and len(previous.rstrip(".")) > 1:
            break  # a sentence ended: "au nom de VAUTRIN. Rappel demain" (an initial's dot ends none)
        if lower and word in PARTICLES and tok.group().islower():
            pending.append(tok)
            continue
        if word in STOP or word in NOT_NAME_PARTS or word in _GREETING_WORDS or word in function_words():
            break
        if capitalised(tok.group()) or (_name_or_double(word) and lower):
            kept += pending + [tok]
            pending = []
        elif lower and tok.group().islower() and len(word) >= 3 and not any(c.isdigit() for c in word):
            pending.append(tok)
        else:
            break
    tail = [t for t in pending if fold(t.group()) not in PARTICLES]
    if tail and text:
        after = text[start + pending[-1].end():start + pending[-1].end() + 1]
        if not after or after in ",.;!?\n" and fold(pending[-1].group()) not in PARTICLES:
            kept += pending
    end = start + kept[-1].end()
    return Span("PERSON", start + kept[0].start(), end, score)


# Spoken text corrects itself: "it's marisol uh marisol quintanilla-reyes", "hier ist wolfgang äh wolfgang engel",
# "soy remedios remedios lópez de la osa". A listed first name said twice (a filler between) is followed by the rest
# of the name (round 12: IVR and speech-to-text logs in lower case).
_FILLER = r"(?:uh|um|er|erm|äh|ähm|öh|euh|enfin|eh|em|ehm|o sea|digo|quer dizer|ich meine|i mean|je veux dire)"
_REPEATED = re.compile(rf"(?<![\w'’-])([^\W\d_][\w'’-]+)[ \t,]+(?:{_FILLER}[ \t,]+)?(\1)((?:[ \t]+{_WORD}){{1,4}})")


def _repeated(text: str) -> list[Span]:
    out = []
    for m in _REPEATED.finditer(text):
        if not is_first(fold(m.group(1))) or fold(m.group(1)) in function_words() or fold(m.group(1)) in STOP:
            continue
        end, after_particle = m.end(2), False
        for tok in re.finditer(r"\S+", m.group(3)):
            word = fold(tok.group())
            if word in PARTICLES and tok.group().islower():
                after_particle = True
                continue
            if word in STOP or word in NOT_NAME_PARTS or word in function_words() or \
                    not (_name_or_double(word) or after_particle):
                break
            end, after_particle = m.start(3) + tok.end(), False
        if end > m.end(2):
            out.append(Span("PERSON", m.start(2), end, 0.7))
    return out


# (round 29) A word that thanks one person or sends the reader to one ("thx to sarah at the till", "gracias a lucía de la
# tienda", "merci à camille au comptoir", "danke an jonas", "ask for jo (jojo)", "pregunta por pepe", "frag nach
# steffi", "fala com o zé"), in any text, not only a social one: the word after it (an article between) is a person
# when it is a listed first name that is no function, chat, place or ordinary word of de/es/fr/pt (so "gracias a
# todos", "merci à vous", "danke an alle", "fala com a gente", "frag nach Hilfe" stay); after an English cue it must be
# no English word either ("thanks to will"), the English tagger reads those. A listed surname right after joins it.
# Lower case only: capitalised names there are the taggers' and the preposition rules' ("merci à Orange" is a brand).
_PERSON_TO = re.compile(rf"(?i)(?<![\w'’-])({alternation('person_to')})[ \t]+(?:(?:the|o|a|la|el|le|der|die|den)[ \t]+)?"
                        r"([^\W\d_][\w'’-]{1,20})(?:[ \t]+([^\W\d_][\w'’-]{2,20}))?(?![\w@]|\.\w)")
_BARE_WITH = frozenset(("with", "con", "com", "avec", "mit"))  # a bare "with": three letters at least ("com o pé")
_ENGLISH_TO = re.compile(r"(?i)(?:thank|thx|ty |shout|s/o|kudos|props|big up|ask|call|ring|spoke|talk|speak|served|helped|with)")


def _person_to(text: str) -> list[Span]:
    out = []
    for m in _PERSON_TO.finditer(text):
        word = fold(m.group(2))
        if _CJK_NAME.fullmatch(m.group(2)):  # (round 29) "ask 美咲 at the counter": a name in CJK script after the cue
            out.append(Span("PERSON", m.start(2), m.end(2), 0.6))
            continue
        if not m.group(2).islower() or len(word) < (3 if m.group(1).lower() in _BARE_WITH else 2) or word in _LETTER_NAMES or not listed_person_word(word) or \
                _ENGLISH_TO.match(m.group(1)) and not unambiguous(word):
            continue
        end = m.end(2)
        nxt = fold(m.group(3) or "")
        if nxt and is_last(nxt) and unambiguous(nxt) and listed_person_word(nxt, first=False):
            end = m.end(3)
        out.append(Span("PERSON", m.start(2), end, 0.6))
    return out


# (round 29) Pet forms of a listed first name, Spanish, Portuguese, German, French: "Ritinha" (Rita), "Dianita" (Diana),
# "Paulinha" (Paula), "Juanito" (Juan), "Currito" (Curro), "Seppi" (Sepp), "Fernandinho" (Fernando)
_DIMINUTIVE = re.compile(r"(.{2,}?)(?:ito|ita|cito|cita|illo|illa|inho|inha|zinho|zinha|ucho|ucha|i|chen|ou|ette)")


def diminutive(word: str) -> bool:
    """A folded word that is a pet form of a listed, unambiguous first name, and itself no ordinary word."""
    m = _DIMINUTIVE.fullmatch(word)
    if m is None or len(word) < 4 or not listed_person_word(word, known=False):
        return False
    stem = m.group(1)
    return any(is_first(n) and unambiguous(n) and n not in function_words() for n in (stem, stem + "a", stem + "o", stem + "e"))


def listed_person_word(word: str, first: bool = True, known: bool = True) -> bool:
    """A folded word that the lists hold as a first name (or a surname) and as nothing a message says otherwise
    (with known=False: only the second part, a word that is nothing else)."""
    return (not known or (is_first(word) if first else is_last(word))) and word not in function_words() and word not in STOP and \
        word not in _chat_words() and word not in PARTICLES and not is_place(word) and \
        not _BRANDS_RE.fullmatch(word) and not ordinary_anywhere(word)


# (round 29) A sign-off that is one initial, the message's last line: "– m.", "- K", "~j", "cheers, t.", "bisous\nC."
_INITIAL_SIGNOFF = re.compile(
    rf"(?i)(?:^|(?<=\n))[ \t>]*(?:(?:{alternation('closing')}|{alternation('chat_cue')}|thanks|thank you|thx|ty|cheers|"
    r"regards|best|love|xx+|xo+x*)[ \t]*[,.!]*[ \t]*(?:\r?\n[ \t>]*)?(?:[-–—~][ \t]*)?|[-–—~][ \t]*)"
    r"(?![xX]\b)([^\W\d_])\.?[ \t]*\s*\Z")  # not a kiss ("love, x")
# (round 29) two initials after a dash closing the message's last line: "wrong size again —jl", "… thx - AB"
_INITIALS_END = re.compile(r"(?<=[^\W\d_]|[.!?)])[ \t]+[-–—~][ \t]*([^\W\d_]{2})\.?[ \t]*\Z")
_NOT_INITIALS = frozenset("ok ty xx xo xs xl pm am uk us eu tv pc no si ja oui yo lol gg ya np".split())


def signoff_initial(text: str, spans: list[Span]) -> list[Span]:
    """(round 29) The last step: a message signed with one initial ("– m.", "cheers, K") gets it hidden. Added after
    the name bounds and filters, which (rightly) drop a lone letter anywhere else as an abbreviation or a code."""
    m = _INITIAL_SIGNOFF.search(text[-80:])
    if m is None:
        two = _INITIALS_END.search(text[-80:].rstrip())
        if two is None or fold(two.group(1)) in _NOT_INITIALS or fold(two.group(1)) in function_words() or \
                fold(two.group(1)) in STOP:
            return spans
        start = len(text) - len(text[-80:]) + two.start(1)
        if any(s.start < start + 2 and start < s.end for s in spans):
            return spans
        return sorted(spans + [Span("PERSON", start, start + 2, 0.6)], key=lambda s: s.start)
    if m.start() == 0 and len(text) > 80 and text[-81] != "\n":
        return spans  # the window opened mid-line
    start = len(text) - len(text[-80:]) + m.start(1)
    before = text[:len(text) - len(text[-80:]) + m.start()].rstrip()
    if not re.search(r"[^\W\d_]{2}", before) or re.search(r"(?m)(?:^[ \t]*[-–—~*•].*|:)\Z", before):
        return spans  # no message before it, or a list's item ("Sizes:\n- M", "- S\n- M")
    if any(s.start < start + 1 and start < s.end for s in spans):
        return spans
    return sorted(spans + [Span("PERSON", start, start + 1, 0.6)], key=lambda s: s.start)


def find_name_cues(text: str) -> list[Span]:
    out: list[Span | None] = []
    out += [_name_span(m.start(1), m.group(1), True, 0.8, text) for m in _INTRO.finditer(text)]
    out += [_name_span(m.start(1), m.group(1), False, 0.7, text) for pattern in (_WEAK, _CHAT_CUE)
            for m in pattern.finditer(text)]
    out += [Span("PERSON", m.start(1), m.end(1), 0.65) for m in _SPOKEN_ARTICLE_NAME.finditer(text)
            if _lower_listed_first(m.group(1))]
    for m in _LABEL.finditer(text):
        words = [fold(w) for w in m.group(1).split()]
        if words and not any(w in ORG_WORDS for w in words):
            out.append(Span("PERSON", m.start(1), m.end(1), 0.8))
    out += [_name_span(m.start(1), m.group(1), True, 0.75) for pattern in (_CLOSING, _CLOSING_LINE_END)
            for m in pattern.finditer(text)]
    out += [_name_span(m.start(1), m.group(1), True, 0.7) for m in _DASH_SIGNATURE.finditer(text)]
    out += _repeated(text)
    out += _person_to(text)  # (round 29)
    out += find_name_pairs(text)  # (round 29) "tati (tatiana)"
    return [s for s in out if s is not None]


def _person_handle(handle: str) -> bool:
    """"@JohnSmith", "@MariaGarcia": a CamelCase handle of a listed first name and a listed surname is a person's,
    not a brand's ("@VirginMedia", "@AppleSupport" stay)."""
    parts = [fold(p) for p in re.findall(r"[A-ZÀ-Þ][a-zà-ÿ]+", handle)]
    # (round 29) a listed first name then one or two initials: "@LenaK", "@MarcoB", "@AnaMG" (no brand writes itself so)
    initials = re.fullmatch(r"([A-ZÀ-Þ][a-zà-ÿ]{2,})[A-Z]{1,2}", handle)
    if initials and is_first(fold(initials.group(1))) and unambiguous(fold(initials.group(1))) and \
            listed_person_word(fold(initials.group(1))):
        return True
    return len(parts) == 2 and is_first(parts[0]) and is_last(parts[1]) and not any(
        p in ORG_WORDS or p in function_words() or _BRANDS_RE.fullmatch(p) for p in parts) and \
        (unambiguous(parts[0]) or unambiguous(parts[1]))


def _first_last(word: str) -> bool:
    """"georgefloyd" -> george + floyd: the whole word is a listed first name then a listed surname, neither of them
    an ordinary word ("#summersale" is no one)."""
    return len(word) >= 8 and any(is_first(word[:i]) and word[:i] not in function_words() and is_last(word[i:])
               and word[i:] not in function_words() and unambiguous(word[i:]) for i in range(3, len(word) - 3))


# (round 24) A first name written in lower case and spoken to in a comment or chat line: alone at the line's start (after
# a chat prefix or a "·") before a comma or "!" ("ferdl, lösch das"), or after a comma at a sentence's end ("…personal
# info, fergus."). Only a listed first name that is no English or place word, no function word, no ordinary word of
# de/es/fr/pt ("rose", "pierre", "mar" stay words) and no greeting or endearment of chat ("salam,", "cariño.").
_LOWER_VOCATIVE = re.compile(r"(?m)(?:^(?:[^\S\n]*|.{0,40}?(?:[·:\]]|\d{1,2}:\d{2})[ \t]+))([a-zà-ÿ][a-zà-ÿ'-]{2,14})"
                             r"(?=[ \t]*[,!])|,[ \t]+([a-zà-ÿ][a-zà-ÿ'-]{2,14})[ \t]*(?=[.!?]|$)")
# greetings, interjections and endearments of chat in five languages that a first-name list may also hold
_CHAT_WORDS = frozenset("hoi hey hallo hello hola ola oi salut salam salaam ciao servus moin tschüss tschau baba bon ben "
                        "ajá aja vale bueno bienvenido bienvenida bienvenue willkommen cariño cariña querido querida "
                        "amor amiga amigo mano mana chérie chéri schatz liebling tío tía tio tia man dude bro sis mate "
                        "gracias merci danke obrigado obrigada thanks voilà genau claro bom boa".split())  # folded on use


@functools.cache
def _chat_words() -> frozenset[str]:
    return frozenset(fold(w) for w in _CHAT_WORDS)


def _lower_first_name(word: str) -> bool:
    w = fold(word)
    return is_first(w) and unambiguous(w) and w not in function_words() and w not in _chat_words() and not ordinary_anywhere(w)


# (round 25) In social text (an @handle, a "↳" reply or a time-stamped chat line), a listed first name in lower case that
# ends its clause after a word that sends the reader to a person ("habla con paco, el hijo", "com a cida, ela resolve",
# "call dale.", "frag mal resi!"), or that an emoji follows ("merci quand même jean-luc 🙏"). The same word tests as
# round 24's vocative (_lower_first_name); a word ending a clause with no such cue ("qué pena,", "que chato!") is not one.
# names of letters, spelt out after "con", "with", "avec" ("con eñe, o, erre") — no one
_LETTER_NAMES = frozenset("ene ele eme efe ese erre ere hache jota zeta uve equis ygriega doble".split())
_SOCIAL_TEXT = re.compile(r"(?m)(?<![\w.])@[A-Za-z0-9_]{2}|↳|^[ \t]*\[?\d{1,2}:\d{2}")
_SEND_TO = (r"(?i:con|com|with|avec|mit|to|à|para|pra|pour|für|call|ask|ring|text|dm|message|llama a|llámale a|"
            r"pregúntale a|pregunta a|escribe a|habla con|liga pra|liga para|fala com|pergunta pra|demande à|écris à|"
            r"appelle|contacte|frag|ruf|schreib)")
_LOWER_CLOSE = re.compile(rf"(?<![\w@#.'’/-])(?:{_SEND_TO}[ \t]+(?:(?i:a|o|la|el|le|la|der|die|den|the)[ \t]+)?"
                          r"([a-zà-ÿ][a-zà-ÿ]{2,14}(?:-[a-zà-ÿ]{2,10})?)(?=[ \t]*(?:[,.!?]|$))|"
                          r"([a-zà-ÿ][a-zà-ÿ]{2,14}(?:-[a-zà-ÿ]{2,10})?)(?=[ \t]*[\u2600-\u27bf\U0001F000-\U0001FAFF]))",
                          re.M)


# (round 29) A hashtag of support, protest or mourning written in one case or mixed ("#justiceforkevin",
# "#justiciaparamaria", "#prayforjames", "#RIPgrandmaRose", "#teamjoana"): the cue, perhaps a kinship word, then the
# rest of the hashtag is a listed first name (or first name + surname). After a cue of justice, prayer or mourning any
# listed first name counts ("rose", "maria"); after the others it must be no English or ordinary word ("#teamwork",
# "#thanksgiving", "#welcomeback" stay).
_STRONG_TAG_CUES = ("justicefor", "justice4", "prayfor", "pray4", "justicepour", "justiciapara", "justicapara", "gerechtigkeitfur", "prayfor", "prayersfor",
                    "rip", "restinpeace", "descanseenpaz", "dep", "missing", "vermisst", "desaparecida", "desaparecido",
                    "disparue", "disparu")
_WEAK_TAG_CUES = ("team", "fora", "forca", "free", "viva", "vamos", "bravo", "westandwith", "welovewith", "love", "merci",
                  "danke", "gracias", "obrigado", "obrigada", "thanks", "thankyou", "go", "allez", "vai", "forza",
                  "kopfhoch", "courage", "soutien", "animo", "suerte", "fuerza", "coragem", "getwellsoon", "getwell",
                  "staystrong", "happybirthday", "felizcumple", "joyeuxanniversaire", "allesgute", "parabens",
                  "welcome", "bienvenue", "bienvenida", "bienvenido", "willkommen", "congrats")
_TAG_KIN = ("grandma", "grandpa", "granny", "grandad", "nana", "nan", "gran", "mum", "mom", "dad", "auntie", "aunt",
            "uncle", "abuela", "abuelo", "abuelita", "abuelito", "tia", "tio", "mamie", "papi", "papy", "tante", "oncle",
            "oma", "opa", "onkel", "avo", "vovo", "vo", "little", "lil", "baby", "brother", "sister", "")
# (round 29) what a cause hashtag is for when it is no one: "#PrayForPeace", "#justice4all", "#FuerzaMéxico"
_CAUSE_WORDS = frozenset("peace love hope joy faith grace unity change truth liberty freedom humanity charity harmony "
                         "nature earth world planet everyone all paz paix frieden esperanza esperanca fe todos todas tous "
                         "alle mundo monde welt planeta vida life espana mexico brasil argentina colombia chile peru deutschland "
                         "schweiz suisse osterreich italia portugal galicia catalunya euskadi".split())
_TAG_CUE_ONE = re.compile(r"(?<![\w#])#([^\W\d_]+4?[^\W\d_]+)(?![\w])")


def _one_case_cue_tag(tag: str) -> bool:
    folded = fold(tag)
    for cues, strong in ((_STRONG_TAG_CUES, True), (_WEAK_TAG_CUES, False)):
        for cue in cues:
            if not folded.startswith(cue):
                continue
            for kin in _TAG_KIN:
                rest = folded[len(cue):]
                if not rest.startswith(kin):
                    continue
                rest = rest[len(kin):]
                if len(rest) >= (3 if strong or kin else 4) and rest not in _CAUSE_WORDS and not (is_city(rest) and not strong) and (
                        _first_last(rest) or listed_person_word(rest) and (strong or kin or unambiguous(rest))
                        or diminutive(rest)) and rest not in ORG_WORDS:
                    return True
    return False


def find_social(text: str, lang: str = "en") -> list[Span]:
    out = []
    if _SOCIAL_TEXT.search(text):
        for m in _LOWER_CLOSE.finditer(text):
            group = 1 if m.group(1) else 2
            if _lower_first_name(m.group(group)) and fold(m.group(group)) not in _LETTER_NAMES:
                out.append(Span("PERSON", m.start(group), m.end(group), 0.6))
    for m in _HANDLE.finditer(text):
        handle = m.group(1)
        if fold(handle) in _ROLE_HANDLES:
            continue
        if (_BRAND.fullmatch(handle) and not _person_handle(handle)) or \
                any(w in ORG_WORDS for w in re.findall(r"[a-z]+", handle.lower())):
            continue  # a brand's account ("@QuickShipCo"): kept, the drafter needs to know who is meant
        out.append(Span("SOCIAL_HANDLE", m.start(1), m.end(1), 0.7))
    for m in _HASHTAG.finditer(text):
        parts = [fold(p) for p in re.findall(r"[A-ZÀ-Þ][a-zà-ÿ]+", m.group(1))]  # the hashtag pattern guarantees two
        # (round 29) in English text a first name that is also an English word only before a surname ("#RoseMartin",
        # not "#GoodVibes", "#LoveIsland", "#BlackFriday"), or another part that is a first name and nothing else
        # ("#GoCathGo"); outside English as before ("#PierrePrésident")
        if is_first(parts[0]) and (lang != "en" or unambiguous(parts[0]) or is_last(parts[1]) and unambiguous(parts[1])) \
                or any(len(p) >= 4 and is_first(p) and unambiguous(p) and listed_person_word(p) for p in parts[1:]):
            out.append(Span("PERSON", m.start(1), m.end(1), 0.65))
    for m in _CUE_TAG.finditer(text):  # (round 18) "#TeamJoana", "#ForaMarcos", "#JusticeForAmelia"
        parts = [fold(p) for p in re.findall(r"[A-ZÀ-Þ][a-zà-ÿ]+", m.group(2))]
        strong = _JUSTICE_TAG.match(m.group(1)) is not None  # after "JusticeFor", "PrayFor", "Fora": any name
        if parts and not any(p in ORG_WORDS or p in function_words() or _BRANDS_RE.fullmatch(p) or is_place(p) or p in _CAUSE_WORDS
                             for p in parts) and (strong or is_first(parts[0]) and (unambiguous(parts[0]) or len(parts) > 1)
                                                  or is_last(parts[0]) and unambiguous(parts[0])  # (round 29) not "#TeamBlue"
                                                  or diminutive(parts[0])):  # (round 29) "#ForçaRitinha", "#TeamDianita"
            # (round 29) after "4" only the name: a finding with a digit inside reads as a reference ("#Justice4Gemma")
            out.append(Span("PERSON", m.start(2) if "4" in m.group(1) else m.start(1), m.end(2), 0.65))
    for m in _NAME_EVENT_TAG.finditer(text):
        if is_first(fold(m.group(1))) and fold(m.group(1)) not in function_words():
            out.append(Span("PERSON", m.start(1), m.end(1), 0.65))
    for m in _TAG_CUE_ONE.finditer(text):  # (round 29) "#justiciaparamaria", "#RIPgrandmaRose"
        if _one_case_cue_tag(m.group(1)):
            out.append(Span("PERSON", m.start(1) + m.group(1).find("4") + 1, m.end(1), 0.65))  # after "4" only the name
    for m in _ONE_CASE_TAG.finditer(text):
        if _first_last(fold(m.group(1))):
            out.append(Span("PERSON", m.start(1), m.end(1), 0.6))
    for m in _LOWER_VOCATIVE.finditer(text):  # (round 24) "fred, efface ça", "merci, ginette !"
        word = m.group(1) or m.group(2)
        if _lower_first_name(word):
            start = m.start(1) if m.group(1) else m.start(2)
            out.append(Span("PERSON", start, start + len(word), 0.6))
    han, kanji = _cjk_surnames()
    pos = 0
    while (c := _CJK.search(text, pos)) is not None:
        run, pos = c.group(), c.end()
        # (round 29) "李明和王芳": "and" between two names ends the first one, and the next starts after it
        cut = next((i for i in range(2, len(run)) if run[i] in _CJK_AND and i + 1 < len(text) - c.start()
                    and text[c.start() + i + 1] in han), None)
        if cut is not None:
            run, pos = run[:cut], c.start() + cut + 1
        if run[0] in han or any(run.startswith(k) for k in kanji):
            out.append(Span("PERSON", c.start(), c.start() + len(run), 0.7))
    return out + find_cjk_names(text)


_CJK_AND = frozenset("和与跟及同")
_CJK_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{2,4}|[\uac00-\ud7a3]{2,4}")
# (round 29) a Japanese name before an honorific ("美咲さん", "ゆうこちゃん", "佐藤様"); not "お客様", "皆さん", "店員さん"
_JA_HONORIFIC = re.compile(r"(?<![\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])([\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{1,4}?)"
                           r"(?:さん|様|さま|くん|君|ちゃん|先生|氏)")
_JA_NOT_NAMES = ("お", "ご", "皆", "みな", "客", "店員", "担当", "奥", "息子", "娘", "配達", "運転手", "管理人", "神", "王", "彼", "彼女")
# (round 29) a Chinese familiar name: 小 / 老 / 阿 and a surname, standing alone ("小王", "老李"; not "一个小时")
_ZH_FAMILIAR = re.compile(r"(?<![\u3400-\u4dbf\u4e00-\u9fff])[小老阿]([\u4e00-\u9fff])(?![\u3400-\u4dbf\u4e00-\u9fff])")
# (round 29) a Korean full name: three Hangul syllables, the first a common surname, standing alone ("김민준")
_KO_NAME = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{3})(?![\uac00-\ud7a3])")
# words of three syllables that open with a surname's syllable ("고마워" thanks, "최고야" the best)
_KO_WORDS = frozenset("고마워 고맙다 고마와 최고야 최고다 최고예 정말로 정말요 진짜로 안녕히 이거야 이거는 이건요 주세요 하세요 "
                      "한국어 이렇게 우리는 오늘은 나중에 도와줘 감사해 전화해 문의해 배송이 배송은 주문한 주문이".split())
# (round 29) a Chinese or Japanese hashtag of cheering or thanks before a name ("#加油张伟", "#谢谢李娜")
_ZH_CUE_TAG = re.compile(r"#(?:加油|支持|谢谢|謝謝|感谢|感謝|致敬|祝福|がんばれ|頑張れ|ありがとう)([\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])")


def find_cjk_names(text: str) -> list[Span]:
    """(round 29) Names in CJK and Hangul script that find_social's surname runs miss (only when such a script is there)."""
    if not re.search(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]", text):
        return []
    han, _ = _cjk_surnames()
    out = [Span("PERSON", m.start(1), m.end(1), 0.7) for m in _JA_HONORIFIC.finditer(text)
           if not m.group(1).startswith(_JA_NOT_NAMES)]
    out += [Span("PERSON", m.start(), m.end(), 0.7) for m in _ZH_FAMILIAR.finditer(text) if m.group(1) in han]
    out += [Span("PERSON", m.start(1), m.end(1), 0.65) for m in _KO_NAME.finditer(text)
            if m.group(1)[0] in han and m.group(1) not in _KO_WORDS
            and len(re.findall(r"[\uac00-\ud7a3]+", text)) <= 3]  # not a Korean text
    out += [Span("PERSON", m.start(1), m.end(1), 0.7) for m in _ZH_CUE_TAG.finditer(text) if m.group(1)[0] in han]
    return out


_ROLE = re.compile(rf"(?i)(?:{alternation('role_noun')}|{alternation('chat_role')}|{alternation('kinship')})")
_TEAM = re.compile(rf"(?i)(?:{alternation('team')})\b")
# (round 29) "Dave (aka Big D)", "Mari (alias la Flaca)", "Jürgen (genannt Jo)": a word that says a nickname follows
_NICKNAME = re.compile(r"[ \t]*\([ \t]*(?:(?i:aka|a\.k\.a\.?|alias|dit|dite|genannt|vulgo|apodad[oa]|conocid[oa] como)"
                       r"[ \t]+)?[\"“„«']?([^\W\d_][\w'’-]{1,20}(?:[ \t]+(?:[^\W\d_][\w'’-]{1,20}|[A-ZÀ-Þ]\.?)){0,2})"
                       r"[\"”“»']?[ \t]*\)")


_RELATIVE_TO = re.compile(r"[ \t](?:of|von|vom|der|de|du|da|do|del|di)[ \t]+([A-ZÀ-Þ][\w'’-]+)$")


# (round 29) the word before a bracket that holds a found name: "valeu gui (Guilherme Tavares)", "ask for jojo (Johanna)"
_BEFORE_BRACKET = re.compile(r"(?<![\w@#.'’-])([^\W\d_][\w'’-]{1,20})[ \t]*\([ \t]*[\"“„«']?$")


def _short_form_before(text: str, span: Span) -> Span | None:
    m = _BEFORE_BRACKET.search(text, max(0, span.start - 30), span.start)
    if m is None or not re.match(r"[\"”“»']?[ \t]*\)", text[span.end:]):
        return None
    word = fold(m.group(1))
    if not listed_person_word(word, known=False) or _ROLE.fullmatch(m.group(1)) or word in _LETTER_NAMES or \
            not (is_first(word) or fold(text[span.start:span.end]).startswith(word[:2])):
        return None  # a nickname is listed, or shares the name's first letters ("gui" — "Guilherme")
    return Span("PERSON", m.start(1), m.end(1), span.score)


# (round 29) "tati (tatiana)", "rolf (rudolf)", "jo (jojo)": a word in lower case and a listed first name in brackets
# after it are one person's short and full name when the first is a listed first name too, or begins like the second
_NAME_PAIR = re.compile(r"(?<![\w@#.'’-])([a-zà-ÿ][a-zà-ÿ'-]{1,14})[ \t]*\([ \t]*([a-zà-ÿ][a-zà-ÿ'-]{2,14})[ \t]*\)")


def find_name_pairs(text: str) -> list[Span]:
    out = []
    for m in _NAME_PAIR.finditer(text) if "(" in text else ():
        short, full = fold(m.group(1)), fold(m.group(2))
        if not (listed_person_word(full) and (listed_person_word(short) or
                                              len(short) >= 2 and full.startswith(short[:2]) and
                                              listed_person_word(short, known=False))):
            continue
        if short in _LETTER_NAMES or _ROLE.fullmatch(m.group(1)) or _ROLE.fullmatch(m.group(2)):
            continue
        out += [Span("PERSON", m.start(1), m.end(1), 0.7), Span("PERSON", m.start(2), m.end(2), 0.7)]
    return out


def add_nicknames(text: str, spans: list[Span]) -> list[Span]:
    """A bracketed word or two right after a name ("Darren (Dazza)") is a name too; (round 29) so is the short form
    before a bracketed name ("gui (Guilherme Tavares)")."""
    extra = []
    for span in spans:
        if span.type != "PERSON":
            continue
        if text[span.start - 1:span.start] in ("(", "\"", "“", "„", "«", "'") or text[max(0, span.start - 2):span.start].strip() == "(":
            before = _short_form_before(text, span)
            if before is not None and not any(s.start < before.end and before.start < s.end for s in spans):
                extra.append(before)
        m = _NICKNAME.match(text, span.end)
        if m and not _ROLE.fullmatch(m.group(1)) and _ROLE.fullmatch(m.group(1).split()[0]):
            # "Jo (cousin of Ana)", "Biu (tio da Jaque)": a relation, and the name it is relative to
            tail = _RELATIVE_TO.search(m.group(1))
            if tail:
                extra.append(Span("PERSON", m.start(1) + tail.start(1), m.start(1) + tail.end(1), span.score))
            continue
        lower = any(w.islower() and fold(w) not in PARTICLES for w in m.group(1).split()) if m else False
        if m and (_ROLE.fullmatch(m.group(1)) or _TEAM.match(m.group(1)) or
                  lower and not text[span.start:span.end].islower()):
            continue  # "Amparo (administradora)", "Gesine (EG links)", "lou (team 3)": a role or a place, no nickname
        article = re.match(r"(?:el|la|o|a|le|der|die)[ \t]+(?=\S)", m.group(1)) if m else None
        start = m.start(1) + article.end() if m and article else m.start(1) if m else 0
        if m and not any(fold(w) in STOP or fold(w) in NOT_NAME_PARTS for w in text[start:m.end(1)].split()):
            extra.append(Span("PERSON", start, m.end(1), span.score))  # ("el Mono"): the nickname without its article
    return spans + extra
