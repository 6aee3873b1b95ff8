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
    is_first,
    is_last,
    is_name,
    is_place,
    ordinary_words,
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
_CLOSING = re.compile(rf"(?im)(?:^[ \t>*-]*|(?<=[.!?:] ))(?:{alternation('closing')})[ \t]*[,.!]*[ \t]*(?:\r?\n[ \t]*)?(?:[-–—~][ \t]*)?"
                      rf"({_RUN})[ \t]*[.!]?[ \t]*$")
# (round 16) A formal closing that ends its line after other words ("Je vous prie d'agréer mes salutations,", "Reciba
# un cordial saludo,", "Com os melhores cumprimentos,"), and the signature alone on the next line.
_CLOSING_LINE_END = re.compile(rf"(?im)(?<=[ \t])(?:{alternation('closing')}|salutations distinguées|sentiments distingués|"
                               rf"cordial saludo|meilleurs sentiments)[ \t]*[,.!]*[ \t]*\r?\n[ \t]*(?:[-–—~][ \t]*)?"
                               rf"({_RUN})[ \t]*[.!]?[ \t]*$")
# A signature line of its own: "- marc", "— Gretchen Holloway".
_DASH_SIGNATURE = re.compile(rf"(?m)^[ \t]*[-–—~][ \t]*({_WORD}(?:[ \t]+{_WORD})?)[ \t]*$")
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
_CUE_TAG = re.compile(r"(?<![\w#])#((?:Team|Fora|For[çc]a|Free|Justice(?:For)?|Justicia(?:Para)?|Justi[çc]a(?:Para)?|"
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
_JUSTICE_TAG = re.compile(r"Justice|Justicia|Justi[çc]a|PrayFor|Fora")
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
    return [s for s in out if s is not None]


def _person_handle(handle: str) -> bool:
    """"@JohnSmith", "@MariaGarcia": a CamelCase handle of a listed first name and a listed surname is a person's,
    not a brand's ("@VirginMedia", "@AppleSupport" stay)."""
    parts = [fold(p) for p in re.findall(r"[A-ZÀ-Þ][a-zà-ÿ]+", handle)]
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
    return is_first(w) and unambiguous(w) and w not in function_words() and w not in _chat_words() and not any(
        w in ordinary_words(lang) for lang in ("de", "de_nouns", "es", "fr", "pt"))


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


def find_social(text: str) -> list[Span]:
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
        first = re.findall(r"[A-ZÀ-Þ][a-zà-ÿ]+", m.group(1))[0]  # the hashtag pattern guarantees one
        if is_first(fold(first)):
            out.append(Span("PERSON", m.start(1), m.end(1), 0.65))
    for m in _CUE_TAG.finditer(text):  # (round 18) "#TeamJoana", "#ForaMarcos", "#JusticeForAmelia"
        parts = [fold(p) for p in re.findall(r"[A-ZÀ-Þ][a-zà-ÿ]+", m.group(2))]
        strong = _JUSTICE_TAG.match(m.group(1)) is not None  # after "JusticeFor", "PrayFor", "Fora": any name
        if parts and not any(p in ORG_WORDS or p in function_words() or _BRANDS_RE.fullmatch(p) or is_place(p)
                             for p in parts) and (strong or is_first(parts[0]) or is_last(parts[0]) and unambiguous(parts[0])):
            out.append(Span("PERSON", m.start(1), m.end(2), 0.65))
    for m in _NAME_EVENT_TAG.finditer(text):
        if is_first(fold(m.group(1))) and fold(m.group(1)) not in function_words():
            out.append(Span("PERSON", m.start(1), m.end(1), 0.65))
    for m in _ONE_CASE_TAG.finditer(text):
        if _first_last(fold(m.group(1))):
            out.append(Span("PERSON", m.start(1), m.end(1), 0.6))
    for m in _LOWER_VOCATIVE.finditer(text):  # (round 24) "fred, efface ça", "merci, ginette !"
        word = m.group(1) or m.group(2)
        if _lower_first_name(word):
            start = m.start(1) if m.group(1) else m.start(2)
            out.append(Span("PERSON", start, start + len(word), 0.6))
    han, kanji = _cjk_surnames()
    for m in _CJK.finditer(text):
        run = m.group()
        if run[0] in han or any(run.startswith(k) for k in kanji):
            out.append(Span("PERSON", m.start(), m.end(), 0.7))
    return out


_ROLE = re.compile(rf"(?i)(?:{alternation('role_noun')}|{alternation('chat_role')}|{alternation('kinship')})")
_TEAM = re.compile(rf"(?i)(?:{alternation('team')})\b")
_NICKNAME = re.compile(r"[ \t]*\([ \t]*[\"“„«']?([^\W\d_][\w'’-]{1,20}(?:[ \t]+[^\W\d_][\w'’-]{1,20}){0,2})"
                       r"[\"”“»']?[ \t]*\)")


_RELATIVE_TO = re.compile(r"[ \t](?:of|von|vom|der|de|du|da|do|del|di)[ \t]+([A-ZÀ-Þ][\w'’-]+)$")


def add_nicknames(text: str, spans: list[Span]) -> list[Span]:
    """A bracketed word or two right after a name ("Darren (Dazza)") is a name too."""
    extra = []
    for span in spans:
        if span.type != "PERSON":
            continue
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
