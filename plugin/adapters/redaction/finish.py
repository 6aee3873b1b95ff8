"""The last step of both redactors, once every recognizer has spoken (spaCy, regex, known values aside)."""
from __future__ import annotations

import functools
import re

from plugin.core.model import Span

from . import keep
from .address_blocks import complete_lines, extend_blocks
from .cues import alternation
from .forms import tidy_form_names
from .identity import drop_identity_names
from .name_bounds import bound_names
from .name_context import refine_names
from .name_cues import add_nicknames
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
    ordinary_words,
    unambiguous,
)
from .name_words import name_probability
from .names import person_first_name
from .social import all_ordinary, handle_echoes, handle_nicknames, rank_tags
from .spans import join_address_parts, trim

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# A lone word found as a name is echoed only when a cue or the sentence's structure found it (score >= ECHO_SCORE:
# "se llamaba Itahisa", "der Busfahrer Zbigniew"); the name tagger's and NER's lone words (0.45-0.5) may be false
# ("Campo" opening form lines, a product "Turia"), and a listed first name may be an ordinary word ("nota", "campo").
ECHO_SCORE = 0.7


def _echo_words(text: str, spans: list[Span]) -> tuple[set[str], set[str]]:
    """The words to echo: as written, and (a listed first name found in lower case) in any case."""
    words, any_case = set(), set()
    for span in spans:
        if span.type != "PERSON":
            continue
        parts = [m.group() for m in _WORD.finditer(text, span.start, span.end)]
        if len(parts) >= 2:
            words |= set(parts)
        elif parts and span.score >= ECHO_SCORE:
            words.add(parts[0])
    words = {w for w in words if len(w) >= 3 and not w.isupper() and fold(w) not in STOP
             and fold(w) not in function_words() and fold(w) not in NOT_NAME_PARTS and fold(w) not in ORG_WORDS
             and not is_place(fold(w)) and (w[0].isupper() or is_first(fold(w)) and unambiguous(fold(w)))}
    any_case = {w for w in words if w.islower() and len(w) >= 4 and is_first(fold(w)) and unambiguous(fold(w))}
    return words - any_case, any_case


# A run of word characters, apostrophes and hyphens as a whole, not after a character that joins it to a handle, a
# path or a host, nor before "@".
_RUN = re.compile(r"(?<![\w'’@#/.=-])[\w'’-]+(?![\w'’@-])")


def mentions(text: str, words: set[str], flags: int = 0) -> list[re.Match[str]]:
    """The whole-word occurrences of `words` (each a run of letters, digits, underscores, apostrophes and hyphens,
    as _echo_words gives them), exactly those the alternation of the words between _RUN's look-behind and look-ahead
    finds. Without flags: the runs of _RUN that are one of the words (a word matches only a whole run, since its
    own characters continue the run and the look-ahead refuses them), which spares compiling that alternation for
    every ticket; with re.I the alternation is compiled (re's case-insensitive matching is not str.lower)."""
    if not flags:
        return [m for m in _RUN.finditer(text) if m.group() in words]
    return list(re.compile(r"(?<![\w'’@#/.=-])(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                           + r")(?![\w'’@-])", flags).finditer(text))


def _echoes(text: str, spans: list[Span]) -> list[Span]:
    """The other mentions of a name found once: a word of a PERSON span (3+ letters, no function, place, role or
    company word; a lone word only when a cue or structure found it) is the same person wherever else the text
    writes it ("Ana Gil called. … Ana said …", "se llamaba Itahisa … Al final Itahisa consiguió"), also in another
    language's copy of the message; a listed first name found in lower case also capitalised ("mahlet" … "Mahlet").
    Never inside another finding or a kept value (the keep filter runs again after this step)."""
    taken = [(s.start, s.end) for s in spans] + keep.protected_ranges(text) + keep.noun_named(text)
    exact, any_case = _echo_words(text, spans)
    found = []
    for words, flags in ((exact, 0), (any_case, re.I)):
        if not words:
            continue
        for m in mentions(text, words, flags):
            before = re.search(r"([^\W\d_][\w'’-]*)[ \t]+$", text[max(0, m.start() - 40):m.start()])
            after = re.match(r"[ \t]+([^\W\d_][\w'’-]*|\d)", text[m.end():m.end() + 40])
            if before and before.group(1)[0].isupper() and m.group()[0].isupper() and \
                    fold(before.group(1)) not in function_words() and not _chat_family()[0].fullmatch(before.group(1)) or \
                    after and (after.group(1)[0].isupper() or after.group(1).isdigit()):
                continue  # part of a longer capitalised run ("Prado Lda"); a sentence's article ("O Vasco") is none
            if not any(lo < m.end() and m.start() < hi for lo, hi in taken + [(f.start, f.end) for f in found]):
                found.append(Span("PERSON", m.start(), m.end(), 0.7))
    return spans + found


@functools.cache
def _titles() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(alternation(kind) for kind in ("titles", "name_intro", "kin_title"))
    return (re.compile(rf"(?i)(?:(?:{words})\.?[ \t]+)+(?=[^\W\d_])"),
            re.compile(rf"(?i)(?:(?:{alternation('titles')})\.?[ \t]*)+"))  # "Dra" alone; a kinship title may be a name


def strip_titles(text: str, spans: list[Span], lang: str) -> list[Span]:
    """Outside English (round 11), honorifics, titles, kinship titles and salutation words are ordinary words, not
    part of the name: "Mme Faustine Roux" -> "Faustine Roux", "Herr Rechtsanwalt Janssen" -> "Janssen", "Caro Ruben"
    -> "Ruben"; a PERSON finding made only of them ("Dra") is dropped. Run last, after spans of one type are merged
    (spaCy's "Mme Riou" and the rules' "Riou" become one span there). English keeps its spans ("Don", "Cara" are
    also first names there)."""
    if lang == "en":
        return spans
    leading, whole = _titles()
    out = []
    for span in spans:
        if span.type == "PERSON":
            if whole.fullmatch(text, span.start, span.end):
                continue
            m = leading.match(text, span.start, span.end)
            if m:
                span = Span(span.type, m.end(), span.end, span.score)
        out.append(span)
    return out


# What follows a sentence's first word when that word is a verb or a noun, never a name (round 11): an object pronoun
# joined by a hyphen ("Pouvez-vous", "Remboursez-moi", "Diga-me"), or an article, preposition or possessive ("Peço o
# reembolso", "Livraison à reporter", "Transmettez mes remerciements", "Vivo num prédio"). A name opening a sentence
# is followed by its verb ("Teodomiro dice"), a comma or another name. Closed-class words of es, fr, de, pt.
_NOT_AFTER_NAME = re.compile(
    r"-(?:vous|nous|moi|toi|le|la|les|lui|leur|me|te|se|lhe|lhes|nos|vos|mos|lo|los|las)\b|[ \t]+(?:"
    r"o|os|as|um|uma|uns|umas|no|na|nos|nas|num|numa|em|do|da|dos|das|pelo|pela|ao|aos|à|às|"
    r"el|los|las|un|una|unos|unas|en|del|al|mi|mis|su|sus|"
    r"le|les|une|des|du|au|aux|par|pour|sur|dans|chez|mes|vos|nos|ses|mon|ma|ton|ta|votre|notre|cette|ces|"
    r"den|dem|einen|einem|einer|mir|mich|uns|euch|ihnen)(?![\w'’-])")
# Portuguese and Spanish also "a" and "que" ("Peço a devolução", "Peço que retirem"); French "a" is a verb ("X a dit").
_NOT_AFTER_NAME_IBERIAN = re.compile(r"[ \t]+(?:a|que)(?![\w'’-])")
_SENTENCE_START = re.compile(r"(?:^|(?<![\s.][A-ZÀ-Þ])[.!?…:][ \t]+|\n[ \t>*-]*)$")  # not after an initial ("D. Amélia")
_NAME_PARTICLES = PARTICLES | frozenset({"do", "dos", "das"})
# Round 12: a form's or a list's label, "5) Carta de condução:", "Morada:", "Firman:" — a capitalised word that opens
# a line (after a list number or a bullet) and lower-case words, then a colon.
_LINE_OPEN = re.compile(r"(?:^|\n)[ \t>*•-]*(?:\d{1,2}[.)][ \t]*)?$")
_PEOPLE_HEADING = re.compile(rf"(?i:{alternation('people_list')})")  # "Firman:" (also a first name) over a list
# (round 13) a field that holds a person, never the person: "Firma: …", "Prénom : …" (both also first names)
_PERSON_LABEL = re.compile(rf"(?i:{alternation('name_label')}|{alternation('person_field')})")
_LABEL_TAIL = re.compile(r"(?:[ \t]+[a-zà-ÿ][\w'’.-]*){0,3}[ \t]*:(?![/\d])")


def drop_sentence_words(text: str, spans: list[Span], lang: str) -> list[Span]:
    """Outside English (round 11): a lone capitalised word that opens a sentence, was found only
    by a model (spaCy's French NER, our taggers: score below ECHO_SCORE), and is followed by a hyphenated object
    pronoun or an article, preposition or possessive is a verb or a noun ("Pouvez-vous", "Peço o reembolso")."""
    if lang == "en":
        return spans
    out = []
    for span in spans:
        word = text[span.start:span.end]
        after = _NOT_AFTER_NAME.match(text, span.end) or lang in ("es", "pt") and \
            _NOT_AFTER_NAME_IBERIAN.match(text, span.end) if span.type == "PERSON" else None
        if after and span.score < ECHO_SCORE and _WORD.fullmatch(word) and word[0].isupper() and \
                _SENTENCE_START.search(text, max(0, span.start - 6), span.start) and \
                not (is_name(fold(word)) and fold(after.group().strip()) in _NAME_PARTICLES):
            continue  # a listed name before a particle is a name and its surname ("Maria da Silva")
        if span.type == "PERSON" and span.score < ECHO_SCORE and _WORD.fullmatch(word) and word[0].isupper() and \
                _LABEL_TAIL.match(text, span.end) and _LINE_OPEN.search(text, max(0, span.start - 8), span.start) \
                and (not is_first(fold(word)) or _PEOPLE_HEADING.fullmatch(word) or _PERSON_LABEL.fullmatch(word)):
            continue  # a label, not a speaker: "Morada: Rua …" ("Ana: …" stays, and chat speakers score higher)
        if span.type == "PERSON" and span.score < ECHO_SCORE:
            span = _ordinary_opening(text, span, lang)
            if span is None or _emphatic_words(text, span, lang):
                continue
        out.append(span)
    return out


_NO_NAME_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:mon|ma|mes|ton|ta|tes|son|sa|ses|notre|votre|nos|vos|leur|leurs|un|une|très|"
                             r"mi|mis|tu|tus|su|sus|nuestro|nuestra|vuestro|vuestra|una|unos|unas|muy|"
                             r"meu|minha|meus|minhas|teu|tua|seu|sua|nosso|nossa|um|uma|muito|muita|"
                             r"mein|meine|meinen|meinem|dein|deine|sein|seine|unser|unsere|euer|eure|ihr|ihre|Ihre|ein|eine|"
                             r"einen|einem|sehr)[ \t]+$")


# (round 26) A word after a lower-case word and a blank: mid-sentence, where only a model read a capital as a name;
# not after a word that points to a person ("bei Lasse", "con Rosa", "avec Prune", "e Flor").
_MID_SENTENCE = re.compile(r"(?<![\w'’-])(?!(?:bei|mit|für|an|von|zu|und|con|com|avec|para|pour|à|a|chez|y|e|et|que|sem|sin|"
                           r"sans|ohne|gegen|contra|entre)[ \t])[\w'’-]*[a-zß-ÿ][ \t]+$")


def _emphatic_words(text: str, span: Span, lang: str) -> bool:
    """(round 23) A model's finding made only of ordinary words of the text's language (never seen in a name) is
    capitalised for emphasis or habit, wherever it stands ("mon Mot de Passe", "la Carte Grise", "je passerai Samedi",
    "Est-ce une Arnaque ?"); not after a title ("Mme Boulanger"), not a particle's surname ("De la Fuente")."""
    words = [w.group() for w in _WORD.finditer(text, span.start, span.end)]
    if not words or not any(w[0].isupper() for w in words):
        return False
    if any(not _ordinary(w, lang) for w in words) or fold(words[0]) in PARTICLES:
        return False
    # a listed first name among them stays a name ("Lasse", "Estève Carrière"), unless a possessive, an indefinite
    # article or an adverb stands before the lone word ("mon Char", "une Montre", "muy Amable"): no name follows those
    firsts = [w for w in words if w[0].isupper() and is_first(fold(w))]
    if firsts and not (len(words) == 1 and _NO_NAME_BEFORE.search(text, max(0, span.start - 12), span.start)) and \
            not (len(words) == 1 and span.score < 0.55 and _MID_SENTENCE.search(text, max(0, span.start - 24), span.start)):
        return False
    previous = _PREVIOUS.search(text, max(0, span.start - 24), span.start)
    return not (previous and _titles()[1].fullmatch(previous.group(1)))


# (round 22) Where a capitalised word is capitalised for its place, not for being a name: a sentence's, a line's or a
# quotation's opening, a bracket's, a chat speaker's or a form's label ("Comprador (x):", "Tarif:").
_OPENING = re.compile(r"(?:^|[.!?…:;][ \t]+|\n[ \t>*•-]*(?:\d{1,2}[.)][ \t]*)?|[\"«„“‚'(\[][ \t]*)$")
_ROLE_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*:(?![/\d])")
# (round 22) A preposition of place, or a branch's word, before a town's name ("en Granada", "Filiale Linz", "tienda
# Valencia"); group 1 holds those that also stand before a person ("à", "para"): there a listed first name stays one.
_IN_PLACE = {lang: re.compile(rf"(?i:(?<![\w'’-])(?:{common}|({personal})))[ \t]+$") for lang, common, personal in (
    ("es", r"en|desde|hasta|hacia|cerca de|sucursal|tienda|oficina", r"a|para"),
    ("fr", r"en|depuis|vers|près de|jusqu'à|magasin|agence|succursale", r"à"),
    ("de", r"in|nach|aus|Filiale|Niederlassung|Standort|Markt", r"bis"),
    ("pt", r"em|no|na|desde|até|perto de|loja|filial|agência", r"para|a"))}
# (round 22) After a line's first word: a colon and a number, a date or an amount, or a quoted field name and a colon.
_VALUE_LABEL = re.compile(r"[ \t]*:[ \t]*(?:[\d€$£]|R\$)|[ \t]+[\"“«„][^\"”»“\n]{1,40}[\"”»“][ \t]*:")
_PREVIOUS = re.compile(r"([^\W\d_][\w.]*)[ \t]+$")
_ABBREVIATION = re.compile(r"(?:^|[^\w.-])(?:[A-ZÀ-Þ][a-zà-ÿ]{0,2}|[\w-]*[.-][\w-]*)\.$")


# (round 33) Words that open a customer's sentence in es/pt/de/fr and are never a name there: verbs in the first
# person ("Vivo en", "Nací el", "Moro em", "Wohne in"), adverbs and courtesy words ("Bitte", "Leider", "Merci"). Read
# only where _ordinary_opening reads a word: at a sentence's, line's or label's start.
_OPENERS = {lang: frozenset(fold(w) for w in words.split()) for lang, words in {
    "es": "vivo nací naci compré pagué recibí pedí llamé escribí envié hice estoy tengo quiero necesito espero "
          "adjunto sigo llevo quisiera agradezco solicito confirmo reclamo ayer hoy todavía tampoco saludos "
          "atentamente gracias perdón disculpen hagan ayúdenme ayudenme urge",
    "pt": "moro nasci comprei paguei recebi pedi liguei enviei escrevi fiz estou tenho quero preciso aguardo segue "
          "seguem gostaria venho solicito confirmo ontem hoje ainda também obrigado obrigada abraços atenciosamente "
          "desculpem ajudem resolvam",
    "de": "bitte danke leider anbei gestern heute wohne habe bin möchte könnten würden vielen herzliche beste "
          "grüße viele liebe freundliche",
    "fr": "merci cordialement habite suis voici ci-joint pourriez pouvez hier aujourd'hui demain malheureusement "
          "vraiment bien salutations bonne",
}.items()}


def _ordinary(word: str, lang: str) -> bool:
    folded = fold(word)
    return len(folded) >= 2 and (folded in ordinary_words(lang) or folded in function_words() or
                                 lang == "de" and folded in ordinary_words("de_nouns") or
                                 folded in _OPENERS.get(lang, ()))


def _ordinary_opening(text: str, span: Span, lang: str) -> Span | None:
    """(round 22) A model's lone capitalised word that is an ordinary word of the text's language (data/ordinary_words.txt.gz,
    learnt from the NER training splits: never part of a name there) is no name where its capital comes from its place:
    at a sentence's, line's, quotation's or bracket's opening, or as a label before a colon ("Perfecto, te abro…",
    "Veuillez annuler", "Käufer: …", "EMPLEADA (Yesenia): …"; not alone in brackets: "(Lei)" is a nickname); in German,
    a noun anywhere (section de_nouns: "der Tarif", "am Stellplatz 17"). Not a particle ("Van den Bossche"), not after an
    abbreviation or an initial ("Col. Arcos Vallarta"). A finding opened by such a word at a sentence's start loses that word ("Soy Ignacio Ferrer" ->
    "Ignacio Ferrer"). Not after a title ("Frau Koch": a title makes any word a name). A town's name (data/cities.txt.gz)
    after a preposition of place is no name either ("en Granada", "nach Linz")."""
    words = list(_WORD.finditer(text, span.start, span.end))
    if not words or not words[0].group()[0].isupper() or words[0].start() != span.start:
        return span
    if len(words) == 1 and words[0].end() == span.end and is_city(fold(words[0].group())):
        where = _IN_PLACE.get(lang)
        before = where and where.search(text, max(0, span.start - 12), span.start)
        if before and (not before.group(1) or not is_first(fold(words[0].group()))):
            return None  # "en Granada", "nach Linz", "à Rimouski" (not "à Nancy": a person may be spoken to)
    first = words[0].group()
    if len(words) == 1 and words[0].end() == span.end and _VALUE_LABEL.match(text, span.end) and \
            _LINE_OPEN.search(text, max(0, span.start - 8), span.start):
        return None  # "Nascimento: 17/10/1992", "Campo "NIE del titular": …": a form's label before its value
    if not _ordinary(first, lang):
        return span
    previous = _PREVIOUS.search(text, max(0, span.start - 24), span.start)
    if previous and _titles()[1].fullmatch(previous.group(1)):
        return span
    if fold(first) in PARTICLES:  # "Van den Bossche", "De la Fuente"
        return span
    opening = _OPENING.search(text, max(0, span.start - 8), span.start)
    if opening and opening.group().lstrip()[:1] in ".:" and _ABBREVIATION.search(text, max(0, opening.start() - 8),
                                                                              opening.start() + 1):
        opening = None  # "Col. Arcos", "M.-Th. Van": after an abbreviation or an initial, not a sentence's start
    if len(words) == 1 and words[0].end() == span.end:
        if opening and opening.group().strip()[:1] != "(" or lang == "de" and fold(first) in ordinary_words("de_nouns") \
                or _ROLE_TAIL.match(text, span.end) and \
                _LINE_OPEN.search(text, max(0, span.start - 8), span.start):
            return None
        return span
    rest = words[1]
    if opening and rest.group()[0].isupper() and not is_first(fold(first)) or \
            opening and fold(first) in function_words():
        return Span(span.type, rest.start(), span.end, span.score)
    return span


# Words that join two people inside one finding ("Vitus und Engelbert", "la Txell y el Quim Vilaró"): ordinary words,
# so the finding is split around them (round 11). Spanish and Portuguese surnames may hold "y" / "e" ("Ortega y
# Gasset", "Santos e Silva"): there only with the article of a second first name after them.
_JOINS = {"de": r"und(?:[ \t]+(?:der|die|dem|den))?", "fr": r"et", "es": r"y[ \t]+(?:el|la)", "pt": r"e[ \t]+(?:o|a)"}
# German: "von der Verwaltung", "vom Hof": a noun after "von der" is where the person works, not a surname particle
# ("von der Leyen"). (A last word the letter model calls a noun is no safe cut: it reads "Quadflieg" as one.)
_KINSHIP = re.compile(rf"(?i:{alternation('kinship')})")
_DE_FROM = re.compile(r"[ \t]+(?:von[ \t]+(?:der|dem|den)|vom)[ \t]+([A-ZÀ-Þ][\w'’-]*)$")


def split_names(text: str, spans: list[Span], lang: str) -> list[Span]:
    """Ordinary words inside a PERSON finding, outside English (round 11): a conjunction between two names ("Vitus
    und Engelbert" -> two spans), in German "von der" + a noun ("Herr X von der Verwaltung" -> "X") and a person noun
    that ends the span ("Xs Bruder" -> "Xs")."""
    join = _JOINS.get(lang)
    if join is None:
        return spans
    return _grow_names(text, _split_names(text, spans, lang, join), lang)


def _split_names(text: str, spans: list[Span], lang: str, join: str) -> list[Span]:
    pattern = re.compile(rf"[ \t]+(?:{join})[ \t]+(?=[A-ZÀ-Þ])")
    out = []
    for span in spans:
        if span.type != "PERSON":
            out.append(span)
            continue
        pieces, start = [], span.start
        for m in pattern.finditer(text, span.start, span.end):
            pieces.append(Span("PERSON", start, m.start(), span.score))
            start = m.end()
        pieces.append(Span("PERSON", start, span.end, span.score))
        for piece in pieces:
            if lang == "de":
                piece = _german_tail(text, piece)
            if piece.end > piece.start:
                out.append(piece)
    return out


def cut_owner_business(text: str, spans: list[Span]) -> list[Span]:
    """(round 28) A person finding that runs on into the business named after them ("Anja Weber von der Bäckerei
    Weber", "Paul Girard du Garage Girard") ends before the preposition or article that opens the trade word."""
    out = []
    for span in spans:
        m = keep.owner_business(text, span.start, span.end) if span.type == "PERSON" else None
        if m and m.start() > span.start:
            span = Span(span.type, span.start, m.start(), span.score)
        out.append(span)
    return out


def _german_tail(text: str, span: Span) -> Span:
    value = text[span.start:span.end]
    m = _DE_FROM.search(value)
    if m and m.group(1)[0].isupper() and not is_name(fold(m.group(1))) and name_probability(m.group(1)) < 0.5:
        return Span(span.type, span.start, span.start + m.start(), span.score)
    last = re.search(r"s[ \t]+([^\W\d_][\w'’-]*)$", value)
    if last and _KINSHIP.fullmatch(last.group(1)):  # "Xs Bruder": the kinship noun after a possessor's name
        return Span(span.type, span.start, span.start + last.start() + 1, span.score)  # (not "Koch": a surname)
    return span


def finish(text: str, spans: list[Span]) -> list[Span]:
    """After every recognizer: address blocks grown and joined, then names seen next to other findings.

    A joined address never runs over a protected identifier (order number, date, price): it stops at the line
    before ("...\nOrder 12345"), or just before the identifier when it stands on the address's first line.
    """
    protected = keep.protected_ranges(text)
    spans = _ids_end_addresses(text, join_address_parts(text, complete_lines(text, extend_blocks(text, spans), protected)))
    cut = []
    for span in spans:
        clash = [lo for lo, hi in protected if span.start < hi and lo < span.end]
        if span.type == "STREET_ADDRESS" and clash:
            first = min(clash)
            stop = text.rfind("\n", span.start, first)  # the line before "Order 12345", else just before the id
            if stop <= span.start:  # cut on the address's own line: drop the cue words left ("..., order")
                stop = span.start + len(re.sub(r"(?:[\s,;:]+[a-z]+)*[\s,;:#]*$", "", text[span.start:first]))
            span = trim(text, Span(span.type, span.start, stop, span.score)) if stop > span.start else None
        if span is not None:
            cut.append(span)
    spans = _echoes(text, drop_identity_names(text, add_nicknames(text, bound_names(text, refine_names(text, cut)))))
    return handle_nicknames(text, handle_echoes(text, tidy_form_names(text, spans)))  # (round 21) form layouts; every mention of a handle


_ADDRESS_ID_TYPES = frozenset({"NATIONAL_ID", "US_SSN", "UK_NINO", "ES_NIF", "PASSPORT", "DRIVER_LICENSE"})


def _ids_end_addresses(text: str, spans: list[Span]) -> list[Span]:
    """(round 23) An address stops where an id found by its cue or its format begins ("…, 69002 Lyon, n° de sécu 2 87
    05 …", "…, 1006 Lausanne, AVS 756.…") and begins after one that opens it ("CPF 418.273.905-14, Rua …"); the id's
    label between them (a comma's last words without a digit) belongs to neither."""
    # an id's value holds no word ("Z7934283R VIVO EN CALLE": a cue's value run on over capitals is no id's edge)
    ids = [s for s in spans if s.type in _ADDRESS_ID_TYPES and s.score >= 0.8 and len(re.sub(r"\W", "", text[s.start:s.end])) >= 8
           and not re.search(r"(?:^|\s)[^\W\d_]{3,}(?:\s|$)", text[s.start:s.end])]
    if not ids or not any(s.type == "STREET_ADDRESS" for s in spans):
        return spans
    out = []
    for span in spans:
        if span.type == "STREET_ADDRESS":
            for i in ids:
                if i.start <= span.start < i.end:  # the rest after a comma on the id's line ("CPF …-14, Rua …")
                    rest = re.match(r"[ \t]*,", text[i.end:span.end])
                    span = Span(span.type, i.end, span.end if rest else i.end, span.score)
                elif span.start < i.start <= span.end + 12 and not text[span.end:i.start].count("\n"):
                    head = text[span.start:min(span.end, i.start)]
                    label = re.search(r"[,;][^,;\d]{0,30}$", head)
                    if label or i.start < span.end:
                        span = Span(span.type, span.start, span.start + (label.start() if label else len(head)), span.score)
            trimmed = trim(text, span) if span.end > span.start else None
            if trimmed is None:
                continue
            span = trimmed
        out.append(span)
    return out


# --- round 16: the edges of a name outside English ---
# Catalan joins two surnames with "i" ("Pau Gómez i Ferrer", "MONTSE BOSCH I VIDAL"): never a conjunction of two
# people in the Spanish or French text around it, which would write "y" / "et".
_CATALAN_I = re.compile(r"[ \t]+[iI][ \t]+")
# A second surname's initial after a full name ("Valeria Cárdenas R.", "Ma. del Rosario Canul P."), es and pt.
_SURNAME_INITIAL = re.compile(r"[ \t]+[A-ZÁÉÍÓÚÑÇ]\.(?![\w.])")
# A Breton or Norman surname's article after a French title ("madame Le Gall", "M. LE GUEN HERVÉ").
_FR_ARTICLE = re.compile(r"(?:\b(?:M|Mme|Mlle|Me|Dr|MME|MLLE)\.?|(?i:\bmadame|\bmonsieur|\bmademoiselle))[ \t]+"
                         r"((?:Le|La|LE|LA)[ \t]+)$")
# A Québec nickname: "Ti-" before a first name ("Ti-Jean", "Ti-Guy").
_TI = re.compile(r"(?<![\w-])Ti-([A-ZÀ-Þ][a-zà-ÿ]+)(?![\w-])")
_LOWER_WORD = re.compile(r"(?<![\w'’-])([a-zà-ÿ][a-zà-ÿ'’-]{3,})[ \t]+$")


@functools.cache
def _not_a_lower_name() -> re.Pattern[str]:
    kinds = ("kinship", "occupation", "role_noun", "kin_title", "titles", "product_nouns", "product_nouns_lower",
             "possessive", "determiners", "closing", "name_intro")
    return re.compile("(?i:" + "|".join(alternation(k) for k in kinds) + ")")


def _lower_first_name(word: str) -> bool:
    """A lower-case listed first name that is no ordinary word of the cue lists ("tía", "mari", "olla" are listed
    first names too)."""
    folded = fold(word)
    return is_first(folded) and unambiguous(folded) and folded not in function_words() and folded not in STOP and \
        not _not_a_lower_name().fullmatch(word)


def _surname_first(text: str, start: int, end: int) -> bool:
    """The span opens with a surname, not with a first name of its own: "yvette Delaunay-Poirier", not
    "hermano Abencio"."""
    first = fold(_WORD.match(text, start, end).group()) if _WORD.match(text, start, end) else ""
    return bool(first) and (not is_first(first) or is_last(first))


def _grow_names(text: str, spans: list[Span], lang: str) -> list[Span]:
    """Outside English (round 16): a name's span grown to its Catalan "i" and second surname, a trailing surname
    initial (es, pt), the article of a French surname after a title, a lower-case listed first name right before a
    found surname ("yvette Delaunay-Poirier"), and Québec "Ti-" nicknames (fr)."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for span in spans:
        if span.type != "PERSON":
            out.append(span)
            continue
        prev = next((p for p in reversed(out) if p.type == "PERSON"), None)
        words = len(_WORD.findall(text, span.start, span.end))
        if prev is not None and lang in ("es", "fr", "pt") and _CATALAN_I.fullmatch(text, prev.end, span.start) and \
                len(_WORD.findall(text, prev.start, prev.end)) >= 2 and words == 1:
            out[out.index(prev)] = Span("PERSON", prev.start, span.end, max(prev.score, span.score))
            continue
        start, end = span.start, span.end
        if lang in ("es", "pt") and words >= 2:
            initial = _SURNAME_INITIAL.match(text, end)
            if initial:
                end = initial.end()
            elif re.search(r"[ \t][A-ZÁÉÍÓÚÑÇ]$", text[max(0, end - 2):end]) and text[end:end + 1] == ".":
                end += 1  # the rules took the initial without its dot
        if lang == "fr":
            article = _FR_ARTICLE.search(text, max(0, start - 16), start)
            if article:
                start = article.start(1)
            ti = text[max(0, start - 3):start]
            if ti == "Ti-":
                start -= 3
        lower = _LOWER_WORD.search(text, max(0, start - 30), start)
        if lower and text[start].isupper() and _lower_first_name(lower.group(1)) and _surname_first(text, start, end):
            start = lower.start(1)
        out.append(Span("PERSON", start, end, span.score))
    if lang == "fr":
        taken = [(s.start, s.end) for s in out]
        out += [Span("PERSON", m.start(), m.end(), 0.7) for m in _TI.finditer(text)
                if is_first(fold(m.group(1))) and not any(lo < m.end() and m.start() < hi for lo, hi in taken)]
    return _listed_with(text, sorted(out, key=lambda s: s.start), lang)


# A list of people: a listed first name joined by a comma or "y / et / e" to a name found ("à Ruedi, Noémie et Blerim",
# "entre Garazi y Mikeldi", "Loïc et Gaël").
_LIST_JOIN = {"es": r"y|e", "fr": r"et", "pt": r"e", "de": r"und"}
_NEXT_NAME = r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?"


def _listed_with(text: str, spans: list[Span], lang: str) -> list[Span]:
    join = _LIST_JOIN.get(lang)
    if join is None:
        return spans
    after = re.compile(rf"(?:,[ \t]*|[ \t]+(?:{join})[ \t]+)({_NEXT_NAME})(?![\w'’@.-]|\.\w)")
    before = re.compile(rf"(?<![\w'’@.-])({_NEXT_NAME})(?:,[ \t]*|[ \t]+(?:{join})[ \t]+)$")
    taken = [(s.start, s.end) for s in spans]
    added: list[Span] = []
    # seeds: names a rule or a model found with some confidence, not a tagger's lone guess ("Kd" of "Kd. 2290")
    frontier = [s for s in spans if s.type == "PERSON" and s.score >= 0.5 and s.end - s.start >= 3
                and len(_WORD.findall(text, s.start, s.end)) <= 2]
    for _ in range(3):  # a list of up to four people
        new = []
        for span in frontier:
            for m in (after.match(text, span.end), before.search(text, max(0, span.start - 40), span.start)):
                if m and person_first_name(m.group(1)) and \
                        not any(lo < m.end(1) and m.start(1) < hi for lo, hi in taken):
                    found = Span("PERSON", m.start(1), m.end(1), 0.6)
                    taken.append((found.start, found.end))
                    new.append(found)
        added += new
        frontier = new
    return sorted(spans + added, key=lambda s: s.start)


# --- round 22: a label is no part of the value it names ---
# "DNI 01696367W", "AHV-Nr. 756.…", "CNH 0441…": an id's cue opens its finding; "Via Nassa 18, 6900 Lugano, Tel": a phone's
# or an id's label closes an address. The label is an ordinary word; the value keeps its whole finding.
_PHONE_LABEL = (r"tel|tél|tele?fon|telefone|teléfono|telefono|tlf|tlm|handy|mobil|móvil|movil|cel|celular|gsm|natel|"
                r"phone|ph|mob|mobile|fax|festnetz|portable|fixe|fijo|fixo|telemóvel|telemovel|whatsapp|zap")  # (round 23: last 8)
_ID_TYPES = frozenset({"NATIONAL_ID", "TAX_ID", "PASSPORT", "DRIVING_LICENCE", "US_SSN", "UK_NINO", "ES_NIF",
                       "IBAN_CODE", "DRIVERS_LICENSE", "DRIVER_LICENSE", "US_PASSPORT"})


@functools.cache
def _label_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    ids = "|".join(alternation(kind) for kind in ("national_id", "passport", "licence"))
    lead = re.compile(rf"(?i)(?:{ids}|iban)(?:[ \t]*[.:#-]*[ \t]*(?:nr\.?|no\.?|n[º°o]\.?))?[ \t]*[.:#]?[ \t]*(?=[A-Z0-9])")
    tail = re.compile(rf"(?i)[ \t]*[,;\n][ \t]*(?:{_PHONE_LABEL}|{ids})\b")
    return lead, tail


_FORM_GAP = re.compile(r"[ \t]{2,}|\t")


def trim_labels(text: str, spans: list[Span]) -> list[Span]:
    """(round 22) An id's cue and a phone's or id's label are no part of the finding beside them; in a form, a name ends
    at the gap before the next field's label ("Vorname: Jannik   Nachname: …")."""
    lead, tail = _label_patterns()
    out = []
    for span in spans:
        if span.type in _ID_TYPES:
            m = lead.match(text, span.start, span.end)
            if m and m.end() < span.end and any(c.isdigit() for c in text[m.end():span.end]):
                span = Span(span.type, m.end(), span.end, span.score)
        elif span.type == "STREET_ADDRESS":
            m = tail.search(text, span.start, span.end)
            if m and m.start() > span.start:
                rest = re.match(r"[ \t.:#-]*", text[m.end():span.end])
                value_start = m.end() + (rest.end() if rest else 0)
                if value_start < span.end:  # the value after the label stays hidden, as its own finding
                    kind = "PHONE_NUMBER" if re.fullmatch(rf"(?i)[ \t]*[,;\n][ \t]*(?:{_PHONE_LABEL})", m.group()) \
                        else "NATIONAL_ID"
                    end = span.end
                    if kind == "PHONE_NUMBER":  # the address took the number's first group only: "Handy 0664| 318 27 05"
                        more = re.match(r"(?:[ \t./-]?\d{2,4})+", text[end:end + 24])
                        end += more.end() if more and text[end - 1].isdigit() else 0
                    out.append(Span(kind, value_start, end, span.score))
                span = Span(span.type, span.start, m.start(), span.score)
        elif span.type == "PERSON":
            gap = _FORM_GAP.search(text, span.start, span.end)
            if gap and gap.start() > span.start and re.match(r"[ \t]*:", text[span.end:span.end + 4]):
                span = Span(span.type, span.start, gap.start(), span.score)  # "Jannik   Nachname:": the next label
        out.append(span)
    return sorted(out, key=lambda x: (x.start, x.end))


# (round 22) A lone word no person's name is written like: letters run into digits ("Velo2Go", "Shop24") or two
# capitalised words run together, the first of four letters or more ("BebêMimo", "HomeHub", "RailEvasion_CH") — a
# brand's or a shop's. Names written so have a short prefix ("McDonald", "DeShawn", "MacKenzie", "LaToya", "DiCaprio",
# "FitzGerald"); a run after "#" or "@" is left to the hashtag and handle rules ("#JoaquimBarbalho").
_BRAND_WORD = re.compile(r"(?=[^\W_]*\d)[^\W\d_]{2,}[^\W_]*|[A-ZÀ-Þ][a-zà-ÿ]{3,}(?:[A-ZÀ-Þ][\w]*)+")
_NAME_PREFIX = re.compile(r"Fitz(?=[A-ZÀ-Þ])")


# (round 23) platforms and app stores a post is copied from ("Fil Mastodon", "Avis Google Play", "canal do Slack")
_PLATFORM_NAME = re.compile(r"(?i)(?<![\w@#])(?:mastodon|reddit|slack|discord|twitch|telegram|whatsapp|instagram|tiktok|"
                            r"twitter|facebook|youtube|linkedin|pinterest|snapchat|bluesky|google play|play store|"
                            r"app store|trustpilot|github|gitlab|vinted|wallapop|leboncoin|kleinanzeigen|"
                            r"mercado libre|mercado livre|duolingo|tripadvisor|"
                            # (round 26) messengers and marketplaces a chat is copied from ("Messenger – Boulangerie X")
                            r"messenger|viber|imessage|wechat|skype|threema|etsy|ebay|olx|milanuncios|shopee|enjoei)(?![\w])")


def drop_brand_shapes(text: str, spans: list[Span]) -> list[Span]:
    out = []
    tags = rank_tags(text)  # (round 23) "[Joueur]", "[Veterana]": a chat sender's rank, no one's name
    for span in spans:
        word = text[span.start:span.end]
        if span.type == "PERSON" and any(lo <= span.start and span.end <= hi for lo, hi in tags):
            continue
        if span.type == "PERSON" and _PLATFORM_NAME.search(word) and all(
                w.islower() or fold(w) in function_words() or fold(w) in all_ordinary() or not is_first(fold(w))
                for w in _WORD.findall(_PLATFORM_NAME.sub(" ", word))):
            continue  # "Fil Mastodon", "Hilo de Mastodon", "Avis Google Play" (not "Anna Slack")
        if span.type == "PERSON" and _BRAND_WORD.fullmatch(word) and not _NAME_PREFIX.match(word) and \
                (span.start == 0 or text[span.start - 1] not in "#@"):
            continue
        if span.type == "PERSON" and span.score < 0.6 and _unnamed_hashtag(text, span):
            continue  # (round 29) "#GoodVibes", "#TeamSamsung", "#graciasmovistar": a tagger's guess at a campaign
        out.append(span)
    return out


_TAG_PART = re.compile(r"[A-ZÀ-Þ]?[a-zà-ÿß]+|[A-ZÀ-Þ]+(?![a-zà-ÿ])")


def _unnamed_hashtag(text: str, span: Span) -> bool:
    """(round 29) A finding that is a whole hashtag's body in which no part is a listed first name or surname: its
    capitalised parts ("#GoodVibes": good, vibes), or for a hashtag in one case its head and tail of four letters or
    more ("#graciasmovistar"; "#justiceforkevin" ends with "kevin"). The hashtag rules of name_cues.py score 0.6 and
    more; below that only a tagger read it, and a tagger reads most short hashtags as names."""
    if span.start == 0 or text[span.start - 1] != "#" or re.match(r"[\w]", text[span.end:span.end + 1]):
        return False
    word = text[span.start:span.end]
    if not word.isalpha():
        return False
    parts = [fold(p) for p in _TAG_PART.findall(word)]
    if len(parts) == 1:
        w = parts[0]
        parts = [w[:i] for i in range(4, len(w) + 1)] + [w[i:] for i in range(0, len(w) - 3)]
    return not any((is_first(p) or is_last(p)) and unambiguous(p) and p not in function_words() for p in parts)


# --- round 23: identifiers agents need, kept with their reason ---
# A company's own registration or tax number, by its cue ("ABN", "SIRET", "CNPJ", "EIN", "CIF", "USt-IdNr.", "VAT",
# "TVA intracommunautaire") or by a person's id cue said of the company ("el CIF de la empresa", "o NIF da empresa",
# "the company ABN is"): the agent needs it on the invoice, and it names no person. Not after "my" ("mi NIF es …").
_COMPANY_ID = re.compile(
    r"(?i)(?:\b(?:ABN|ACN|SIRET|SIREN|CNPJ|EIN|CIF|NIPC|USt-?Id(?:Nr|-Nr)?\.?|UID-?Nr\.?|VAT(?:[ \t]+(?:number|no\.?|reg(?:istration)?(?:[ \t]+no\.?)?))?|"
    r"TVA(?:[ \t]+intracom(?:munautaire|\.)?)?|partita IVA|KvK|company (?:number|registration number|reg\.? no\.?)|"
    r"handelsregister(?:nummer)?|HRB)"
    r"|\b(?:NIF|RFC|tax id|tax number|steuernummer|num[ée]ro fiscal|IDE|EIN|ABN)[ \t]+(?:de[ \t]+la[ \t]+empresa|da[ \t]+empresa|"
    r"de[ \t]+l'entreprise|of[ \t]+the[ \t]+(?:company|business)|der[ \t]+Firma|des[ \t]+Unternehmens|de[ \t]+la[ \t]+sociedad|"
    r"da[ \t]+sociedade|de[ \t]+la[ \t]+soci[ée]t[ée]|de[ \t]+l'[ée]picerie|de[ \t]+la[ \t]+boulangerie|de[ \t]+mi[ \t]+empresa|"
    r"de[ \t]+notre[ \t]+soci[ée]t[ée]|unserer[ \t]+Firma|da[ \t]+minha[ \t]+empresa)"
    r"|\b(?:company|business|corporate|firm)[ \t]+(?:ABN|NIF|tax id|VAT|EIN|number))\b(?P<gap>[^\n\d]{0,25}?)$")
_NOT_COMPANY_TYPES = frozenset({"PERSON", "EMAIL_ADDRESS", "STREET_ADDRESS", "LOCATION", "SOCIAL_HANDLE", "USERNAME",
                                "SECRET", "URL_SECRET", "DATE_OF_BIRTH", "CREDIT_CARD", "IBAN_CODE", "CARD_SECURITY"})
_ID_ACRONYM = re.compile(r"(?i:SIRET|SIREN|CNPJ|ABN|ACN|EIN|CIF|NIPC|NIF|RFC|CPF|CURP|DNI|NIE|IBAN|BIC|SWIFT|TVA|VAT|UID|"
                         r"AHV|AVS|NIR|PPSN?|SSN|SIN|NAS|IDNR|USt-IdNr)")
# a chat bot's or a virtual assistant's name
_BOT_WORD = re.compile(r"(?i)(?:^|[\s-])(?:chat)?bot$")
_BOT_BEFORE = re.compile(r"(?i)(?:(?<![\w-])(?:chat)?bot|virtual assistant|asistente virtual|assistant virtuel|assistante virtuelle|"
                         r"assistente virtual|virtuelle[rn]? assistent(?:in)?)[ \t]+$")
_ABBREVIATED = re.compile(r"\.[ \t]+(?:\d|[a-zà-ÿ])")
_POSSESSIVE = re.compile(r"(?i)\b(?:my|mi|mon|ma|meu|minha|mein|meine|meinen)\b")
# a chat export's sender with their company in brackets before the time: "Sebastián Olvera (Hilaturas del Bajío)  9:20"
_AFFILIATION = re.compile(r"\)[ \t]+(?:\d{1,2}:\d{2}|\d{1,2}[ \t]?(?:h|min)\b|(?i:today|yesterday|hoy|ayer|aujourd'hui|hier|"
                          r"heute|gestern|hoje|ontem))")
_AFFILIATION_BEFORE = re.compile(r"(?m)^[ \t]*[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){1,3}[ \t]*\($")
# a shop's account where something was bought: "ordered … from @heronsgate", "acheté chez @velo_atelier", "beim @bergbuch",
# "na @livrariapessoa", "a @libreriaelfaro" after a verb of buying or ordering in the clause
_SHOP_HANDLE = re.compile(
    r"(?i)\b(?:order(?:ed)?|bought|purchased|pedí|encargu[ée]|compr[ée]|compré|command[ée]|achet[ée]|bestellt|gekauft|"
    r"kaufte|bestellte|encomendei|comprei|pedi)\b[^\n.!?]{0,60}?(?<![\w])(?:from|at|chez|auprès de|bei|beim|na|no|à|a|en|de|"
    r"da|do|em)[ \t]+@([A-Za-z0-9_][\w.]{1,30}[\w])")


# a product's colour or finish after its word ("couleur Gris Glacier", "in colour Mallee Green", "tono Rosa Mexicano",
# "Farbe Ahorn Weiss", "cor Azul Petróleo"): the variant the customer ordered
_VARIANT_BEFORE = re.compile(r"(?i)(?<![\w])(?:colou?r(?:way)?|shade|finish|couleur|coloris|teinte|finition|tono|acabado|"
                             r"farbe|ausführung|dekor|cor|tom|acabamento)[ \t]*:?[ \t]+$")
# a voice assistant's or an app's name ("the Kiri voice assistant", "l'assistant vocal Kalo")
_ASSISTANT = re.compile(r"(?i)(?:\b(?:voice assistant|assistant vocal|assistante vocale|asistente de voz|assistente de voz|"
                        r"sprachassistent(?:in|en)?)[ \t]+(?-i:([A-ZÀ-Þ][\w-]+))(?![\w-]|[ \t]*:)"
                        r"|(?-i:([A-ZÀ-Þ][\w-]+))[ \t]+(?:voice assistant|app)\b)")  # not a human agent ("Assistente Nuno:")


def keep_identifiers(text: str, spans: list[Span]) -> list[Span]:
    """(round 23) Identifiers agents need, kept with their reason: a company's registration or tax number, a
    sender's company in a chat export, a shop's account the customer bought from (every mention of it)."""
    shops = {m.group(1).lower() for m in _SHOP_HANDLE.finditer(text)} if "@" in text else set()
    assistants = {fold(m.group(1) or m.group(2)) for m in _ASSISTANT.finditer(text)} - function_words()
    out = []
    for span in spans:
        value = text[span.start:span.end]
        if span.type == "PERSON" and (_VARIANT_BEFORE.search(text, max(0, span.start - 16), span.start) or
                                      fold(value) in assistants):
            continue
        if span.type not in _NOT_COMPANY_TYPES:
            m = _COMPANY_ID.search(text, max(0, span.start - 60), span.start)
            if m and not _POSSESSIVE.search(text, max(0, m.start() - 30), span.start):  # "my PPS "for the VAT receipt": …"
                continue
        if span.type == "PERSON" and (_BOT_WORD.search(value) or _BOT_BEFORE.search(text, max(0, span.start - 40), span.start)):
            continue  # "Bot Lumi:", "Kundenservice-Bot:", "l'assistant virtuel Clara": a program, no one
        if span.type == "PERSON" and _ID_ACRONYM.fullmatch(value):
            continue  # "SIRET", "CNPJ": an id's name, no one's
        if span.type == "PERSON" and span.score < 0.6 and re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]{1,2}", value) and \
                _ABBREVIATED.match(text, span.end):
            continue  # "Zi. 214", "Kd. hat angerufen": a word's abbreviation before a number or a lower-case word
        if span.type == "PERSON" and _AFFILIATION.match(text, span.end) and \
                _AFFILIATION_BEFORE.search(text, max(0, span.start - 60), span.start) and " " in value:
            continue
        if shops and span.type in ("SOCIAL_HANDLE", "USERNAME", "EMAIL_ADDRESS") and \
                value.split("@")[0].lower() in shops and text[span.start - 1:span.start] == "@":
            continue
        out.append(span)
    return out


# (round 23) A login made of a person's name the text names ("Ich bin Hanna-Lena Ahrens, hl.ahrens, …", "josee.gagnon62"):
# a token with a dot or an underscore that holds the surname (five letters or more) of a person found in the text.
_NAME_LOGIN = re.compile(r"(?<![\w.@/:-])([a-zà-ÿ][\w]*[._][\w.]*[a-zà-ÿ0-9])(?![\w@]|\.\w|-\w|/)")


def logins_of_names(text: str, spans: list[Span]) -> list[Span]:
    surnames = {fold(w) for s in spans if s.type == "PERSON" for w in _WORD.findall(text[s.start:s.end])[1:] if w[0].isupper()}
    surnames = {w for w in surnames if len(w) >= 5 and w not in function_words()}
    if not surnames or ("." not in text and "_" not in text):
        return spans
    added = []
    for m in _NAME_LOGIN.finditer(text):
        token = fold(m.group(1))
        if re.search(r"\.[a-z]{2,3}$", token) or any(s.start <= m.start(1) and m.end(1) <= s.end and s.type != "PERSON"
                                                     for s in spans):
            continue  # a domain's ending; already hidden as something else
        parts = re.split(r"[._\d]+", token)
        if any(p in surnames for p in parts):
            added.append(Span("USERNAME", m.start(1), m.end(1), 0.75))
    if not added:
        return spans
    kept = [s for s in spans if not any(a.start < s.end and s.start < a.end for a in added)]
    return sorted(kept + added, key=lambda s: s.start)


@functools.cache
def _chat_family() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    chat = re.compile(rf"(?i:{alternation('chat_words')})\.?(?![\w'’-])")
    family = re.compile(rf"(?i:{alternation('family_call')})(?![\w'’-])")
    ids = re.compile(rf"(?i:{'|'.join(alternation(k) for k in ('national_id', 'licence', 'passport'))})")
    return chat, family, ids


@functools.cache
def _department() -> re.Pattern[str]:
    return re.compile(rf"(?i:{alternation('department')})(?![\w'’-])")


def _plain_word(word: str, lang: str) -> bool:
    """A word whose case says nothing of a name, and an ordinary word of the language: written in lower case or in
    capitals ("pero", "cpf", "NOTA", "BANCO"); a particle ("de", "van") never counts."""
    return (word.islower() or len(word) > 1 and word.isupper()) and fold(word) not in PARTICLES and _ordinary(word, lang)


_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[ \t]+$")
# A nickname given in quotes or brackets, or after a naming verb, is a name even when a family says it ("« Yaya »",
# "qu'ils appelaient Papi").
_QUOTED_NICKNAME = re.compile(rf"(?:[\"«„“‚'(][ \t]*|(?i:{alternation('naming_verb')})[ \t]+)$")


def drop_chat_words(text: str, spans: list[Span], lang: str) -> list[Span]:
    """(round 26) Outside English, a PERSON finding's edges hold no name when they are:
    - a greeting, interjection or sign-off abbreviation of chat and e-mail (cues chat_words: "Hoi Chrigu" -> "Chrigu",
      "Atte. Paz Olvera" -> "Paz Olvera"); one inside the finding ends what stands before it ("Conservas Maré Alta Olá
      Inês" -> "Inês": a greeting addresses whoever follows it);
    - what a family calls its members (cues family_call: "mamá Guadalupe Ibarra" -> "Guadalupe Ibarra");
    - an ordinary word of the text's language (data/ordinary_words.txt.gz, never part of a name in the NER training
      data) written in lower case or in capitals, where case gives no evidence of a name ("bin Urs Hürlimann",
      "thiago nascimento cpf", "BIN GUNDULA SOMMER");
    - at the end, an identity document's label in capitals ("ARÁNZAZU PEÑA NIE", "ROSMARIE AHV").
    A finding left with none of its words, or with only such words, is dropped ("[20:03] Mae:", "tia apaga", "pero
    dice", "NOTA FISCAL", "Désolé"). A capitalised word is never cut for being ordinary here: that is the
    sentence-opening and emphasis rules' decision (drop_sentence_words)."""
    if lang == "en":
        return spans
    chat, family, ids = _chat_family()
    out = []
    for span in spans:
        if span.type != "PERSON":
            out.append(span)
            continue
        words = list(_WORD.finditer(text, span.start, span.end))
        if words and all(_plain_word(w.group(), lang) for w in words):
            continue  # "NOTA FISCAL", "pero dice": ordinary words, in a case that says nothing of a name
        previous = _PREVIOUS_WORD.search(text, max(0, span.start - 24), span.start)
        starts = [previous.start(1)] if previous else []
        starts += [w.start() for i, w in enumerate(words[:2]) if all(fold(x.group()) in function_words() for x in words[:i])]
        if any((m := chat.match(text, at)) and m.end() >= span.end for at in starts):
            continue  # the finding lies inside a formula: "Bonne Journée", "Feliz Natal e Boas Festas", "y Próspero Año Nuevo"
        start, greeted = 0, False
        for i, w in enumerate(words[:-1]):  # a greeting inside the finding: the name is what follows it
            m = chat.match(text, w.start(), span.end)
            if i and m and w.group()[0].isupper() and m.end() < words[-1].end() and not is_last(fold(w.group())):
                start = next(j for j, x in enumerate(words) if x.start() >= m.end())
        end = len(words)
        while start < end:
            w = words[start]
            m = chat.match(text, w.start(), span.end)
            greeted = greeted or bool(m)
            m = m or family.match(text, w.start(), span.end)
            if m and m.end() <= words[end - 1].end():
                start = next((j for j, x in enumerate(words) if x.start() >= m.end()), end)
            elif w.group().islower() and fold(w.group()) in function_words() and start + 1 < end and \
                    chat.match(text, words[start + 1].start(), span.end):
                start += 1  # "Feliz Navidad y Próspero Año Nuevo": a conjunction between two formulas
            elif _plain_word(w.group(), lang) and (fold(w.group()) in function_words() or any(
                    capitalised(x.group()) for x in words[start + 1:end])) and \
                    not (w.group().isupper() and any(not x.group().isupper() for x in words[start + 1:end])):
                # a word in capitals only in a text written in capitals: "LI Mei" is a surname and a given name
                start += 1  # "bin Urs Hürlimann", "coma Jordi Vallverdú"; not "benigno castañeda" (also an adjective)
            else:
                break
        while end > start:
            w = words[end - 1].group()
            if w.islower() and _plain_word(w, lang) or w.isupper() and ids.fullmatch(w) and end - start > 1:
                end -= 1
            else:
                break
        if start < end and _department().match(text, words[start].start()) and words[start].group()[0].isupper():
            continue  # "Equipe Financeira", "Administração": a department signs, no person
        if start >= end:
            if not greeted and _QUOTED_NICKNAME.search(text, max(0, span.start - 30), span.start):
                out.append(span)  # the whole finding, as found
            continue
        if start or end < len(words):
            span = Span(span.type, words[start].start(), words[end - 1].end(), span.score)
        out.append(span)
    return out


# (round 27) A name's initials next to it: "K. Szymański-Heller", "Grüße, M. Stäheli", "Saludos, Rodrigo C. Q." — one
# capital and a dot, after a blank, a comma or a line start, written against the name. In French "M." is Monsieur (a
# title the drafter keeps) and in English a capital and a dot opens many sentences, so German, Spanish and Portuguese
# only; a title ("D. Maria": Dona) is no initial.
_INITIAL_BEFORE = re.compile(r"(?:^|(?<=[\s,;:(]))(?<![a-zß-ÿ]\.[ \t])[A-ZÀ-Þ]\.[ \t]?$")  # not "i. A.", "p. A."
_INITIALS_AFTER = re.compile(r"(?:[ \t][A-ZÀ-Þ]\.)+(?=[\s,;)]|$)")
INITIAL_LANGUAGES = frozenset({"de", "es", "pt"})
_TITLE_INITIALS = frozenset("D")  # "D. Maria": Dona, Don — a title


def take_initials(text: str, spans: list[Span], lang: str) -> list[Span]:
    if lang not in INITIAL_LANGUAGES or "." not in text:
        return spans
    out = []
    for span in spans:
        if span.type == "PERSON":
            start, end = span.start, span.end
            before = _INITIAL_BEFORE.search(text, max(0, start - 3), start)
            if before and before.group()[0] not in _TITLE_INITIALS and not any(s.end > before.start() and s.start < start and s is not span for s in spans):
                start = before.start()
            after = _INITIALS_AFTER.match(text, end)
            if after and not any(s.start < after.end() and s.end > end and s is not span for s in spans):
                end = after.end()
            span = Span(span.type, start, end, span.score)
        out.append(span)
    return out
