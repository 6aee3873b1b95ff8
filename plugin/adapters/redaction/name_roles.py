"""Names in running text, read from the words before them (round 9): whoever the person is, the grammar says so.

- a determiner or possessive, a role, occupation or kinship noun, then a name: "der Busfahrer Zbigniew", "la
  recepcionista Graça", "our new neighbour Kwame", "o primo Pedrinho"; after an occupation (not a kinship noun) the
  word must be a listed name or a verb must follow, since an employer may stand there ("le livreur Chronopost");
  German capitalises its nouns, so there the word must be a listed name or one the letter model (name_words.py,
  round 10) reads as a name ("dem Fahrer Bescheid" is none);
- a kinship word used as a title, no determiner: "Tante Frieda", "Opa Gottlieb", "tía Reme", "Granny Peig";
- apposition, the name set off by commas after such a noun: "Mein Vater, Ernst, sagt", "Mi mujer, Sol, tiene",
  "o meu marido, o Rogério, reclamou", "El encargado, Florín, muy educado", "A minha sogra, D. Ana Gil, tem"; or
  the name first: "Paco, el encargado, dijo", "Ines, my sister, rang";
- a listed first name in lower case after a kinship noun and before a verb: "mi nuera kaylynn habló";
- naming verbs (data/cues.toml naming_verb, read by name_structure.py), and the German name before its verb: "den
  alle nur Kalle nannten";
- Portuguese and Spanish put the definite article before a first name: "a Jussara do caixa", "o Cleiton viu", "com a
  Rute, que", "la Maite dijo". An article, one capitalised word that is no place, company, brand or role, and then a
  comma, "que", a verb or "do/de/del" + a lower-case word is a person when the word is a listed first name that is
  no ordinary word; any other word only mid-sentence and before a comma ("com a Taynah, que").
German (round 10): the southern German article before a first name ("der X hat", "die X Y, …"), a name as the
possessor ("in Xs Garage"), "Familie X" — each word read as a name by the letter model.
The nouns are general vocabulary (data/cues.toml occupation, kinship, role_noun, kin_title); no list of names is
needed for a capitalised word, so a name nobody listed is found by its place in the sentence.
"""
from __future__ import annotations

import re

from plugin.core.model import Span

from .cues import alternation
from .name_lists import ORG_WORDS, capitalised, fold, function_words, is_first, is_name, is_place, unambiguous
from .name_structure import blocked_word, run_after
from .name_words import name_probability

_DETERMINER = (r"the|our|my|your|his|her|their|this|that|a|an|el|la|los|las|un|una|mi|mis|tu|su|nuestr[oa]|"
               r"vuestr[oa]|est[ea]|es[ea]|aquel|aquella|al|del|le|une?|mon|ma|ton|ta|son|sa|notre|votre|leur|ce|cet|"
               r"cette|du|au|der|die|das|den|dem|des|ein|eine[mnrs]?|mein|meine[mnrs]?|dein|deine[mnrs]?|sein|"
               r"mes|tes|ses|nos|vos|leurs|les|mis|tus|sus|los|las|nuestr[oa]s|meus|minhas|teus|tuas|seus|suas|"
               r"nossos|nossas|os|as|"  # (round 11) plural: "mes collègues X et Y", "sus hijos X y Y"
               r"seine[mnrs]?|ihre?[mnrs]?|unser|unsere[mnrs]?|euer|eure[mnrs]?|diese[mnrs]?|o|um|uma|ao|à|pelo|pela|"
               r"meu|minha|teu|tua|seu|sua|nosso|nossa|esse|essa|pro|pra|[^\W\d_]+['’]s")
_DET = rf"(?:(?:{_DETERMINER})[ \t]+|l['’]){{1,2}}"
_ADJ = r"(?:(?-i:[a-zß-ÿ][\w-]*)[ \t]+)?"  # one lower-case word: "our new neighbour", "der dritte Mitbewohner"
_NOUN = rf"(?:{alternation('occupation')}|{alternation('kinship')}|{alternation('role_noun')})"
_CALENDAR = rf"{alternation('months')}|{alternation('holidays')}"
_NAME = r"[A-ZÀ-Þ][\w'’-]*(?:[ \t]+(?:(?:de|da|do|dos|das|del|van|von)[ \t]+)?[A-ZÀ-Þ][\w'’-]*){0,3}"
_ROLE_THEN_NAME = re.compile(rf"(?i)(?<![\w'’-]){_DET}{_ADJ}(?:{_NOUN})(?:e?s)?[ \t]+"  # (round 11) "mes collègues X"
                             r"(?-i:([A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){0,2}|[a-zß-ÿ][\w'’-]*))")
_KIN_TITLE = re.compile(rf"(?i)(?<![\w'’-])(?:{alternation('kin_title')})[ \t]+(?-i:([A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*)?))")
_TITLE = r"(?:D\.|Dª|Dona|Don|Doña|Sr\.?|Sra\.?|Srta\.?|Frau|Herr|Mme\.?|M\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Dra\.?)"
_OF = r"(?:[ \t]+(?:de|do|da|del|de la|von|vom|of|du|dela|dele|dell[ae])(?:[ \t]+[\w'’-]+)?)?"
# (round 27) also after a colon: "die Angaben meiner Schwiegermutter: Hermine Huber, geboren am …"
_APPOSITION = re.compile(rf"(?i)(?<![\w'’-]){_DET}{_ADJ}(?:{_NOUN}){_OF}[ \t]*[,:][ \t]*"
                         rf"(?:(?:o|a|el|la|le|der|die|the)[ \t]+)?(?:{_TITLE}[ \t]+)?"
                         rf"(?-i:({_NAME}|[a-zß-ÿ][\w'’-]+))[ \t]*(?=,)")
_CALLED_BEFORE = re.compile(r"(?<![\w'’-])(?:den|die)[ \t]+(?:alle|wir|sie|man|viele|jeder)[ \t]+(?:nur[ \t]+|immer[ \t]+|"
                            r"bloß[ \t]+)?([A-ZÀ-Þ][\w'’-]+)[ \t]+(?:nannten|nennen|nannte|nennt|riefen|rufen)\b")
# The article before a first name, and what may follow the name: a comma, "que", "do caixa", or a verb.
_ARTICLE = {"pt": r"o|a|ao|à|pelo|pela|com o|com a|pro|pra|pra o|pra a|e o|e a",
            "es": r"el|la|al|con el|con la|y el|y la",
            # southern German and Austrian speech: "der Sepp hat", "die Resi, die", "mit dem Luggi und"
            "de": r"der|die|dem|den|mit dem|mit der|an die|an den|und der|und die"}
_VERB = {"pt": re.compile(r"[a-zà-ÿ]+(?:ou|eu|iu|ava|avam|ia|iam|aram|eram|iram|ôs)(?:-[a-z]+)?|é|era|foi|está|estava|"
                          r"tem|tinha|disse|diz|fez|faz|vai|veio|vem|viu|pode|quer|sabe|deu|ficou|"
                          r"não|já|também|nunca|sempre|ainda|só|lhe|lhes|me|te|se|nos|o|a"),
         "es": re.compile(r"[a-zà-ÿ]+(?:ó|aba|aban|ía|ían|aron|ieron)|es|era|fue|está|estaba|tiene|tenía|dijo|dice|"
                          r"hizo|hace|va|vino|viene|vio|puede|quiere|sabe|dio|no|ya|también|nunca|siempre|todavía|"
                          r"sólo|solo|le|les|me|te|se|nos|lo|la")}
# A verb after a lower-case first name: "mi nuera kaylynn habló", "mon mari wojciech voulait", "my flatmate tariq
# said" (the Portuguese and Spanish verbs above, French imperfect and past participles, English past and "says").
_VERB["fr"] = re.compile(r"[a-zà-ÿ]+(?:ait|aient|é|ée)|a|est|dit|fait|veut|peut|m'a|l'a|n'a|n'est")
_VERB["en"] = re.compile(r"[a-z]+ed|says|said|is|was|has|had|told|took|came|went|rang|sent|thinks|thought")
_VERB["de"] = re.compile(r"hat|ist|war|hatte|sagt|sagte|meint|meinte|wollte|kann|konnte|[a-zäöüß]+te|und|hätte|"
                         r"wird|soll|sollte|muss|musste|weiß|wusste|kommt|kam|ruft|rief|sind|waren")
# Words a possessor or pronoun after a noun ("o colega dele", "l'ami lui"), never a name.
_PRONOUNS = frozenset("dele dela deles delas nele nela lui leur ihm ihn him her them".split())
# German: an unlisted capitalised word is a name when the letter model (name_words.py, round 10) is this sure.
LEARNT_NAME = 0.9
_AFTER_NAME = re.compile(r"[ \t]*(,|\.|que\b|d[eoa]s?[ \t]+[a-zà-ÿ]|del[ \t]+[a-zà-ÿ]|[a-zà-ÿ][\w'’-]*)")


# Greetings open a line before a comma like a name does ("Moin, mein Mann hat"); the letter model cannot tell them.
_GREETINGS = frozenset("hallo hi hey moin servus gruezi gruss gruess tschuess ciao salut salue hello hola ola oi "
                       "bonjour".split())


def _learnt(word: str, lang: str, at_least: float = LEARNT_NAME) -> bool:
    """German: the letter model reads the word as a name, not a noun ("Zdravka", not "Bescheid")."""
    w = fold(word)
    return lang == "de" and w not in _GREETINGS and w not in function_words() and \
        name_probability(word, lang) >= at_least


def _acceptable(word: str, lang: str, followed_by_comma: bool) -> bool:
    """A capitalised word read as a name: no function, role, company, brand, place, month or feast word; in German
    (nouns are capitalised) a listed name or one the letter model calls a name, unless a comma closes it."""
    w = fold(word)
    if blocked_word(word) or w in ORG_WORDS or is_place(w) or re.fullmatch(rf"(?i){_NOUN}|{_CALENDAR}", word):
        return False
    return lang != "de" or followed_by_comma or is_name(w) or _learnt(word, lang)


def _lower_name_before_verb(text: str, m: re.Match[str], lang: str) -> Span | None:
    """"mi nuera kaylynn habló": a listed first name in lower case after a person noun, then a verb."""
    word = m.group(1)
    after = re.match(r"[ \t]+([^\W\d_][\w'’-]*)", text[m.end(1):])
    w = fold(word)
    if not word.islower() or after is None or lang not in _VERB or not (is_first(w) and unambiguous(w)) or \
            w in function_words() or w in _PRONOUNS:
        return None
    return Span("PERSON", m.start(1), m.end(1), 0.7) if _VERB[lang].fullmatch(after.group(1)) else None


_KIN_NOUN = re.compile(rf"(?i)(?<![\w'’-])(?:{alternation('kinship')})[ \t]+$")


def _named_or_acting(text: str, span: Span, lang: str) -> bool:
    """After an occupation a capitalised word may be the employer ("le livreur Chronopost", "the driver DHL"): it is
    a person when it is a listed name or a verb follows it ("el licenciado Cetina dijo")."""
    words = text[span.start:span.end].split()
    if any(is_name(fold(w)) or _learnt(w, lang) for w in words):
        return True
    after = re.match(r"[ \t]+([^\W\d_][\w'’-]*)", text[span.end:])
    return after is not None and lang in _VERB and bool(_VERB[lang].fullmatch(after.group(1)))


def _role_names(text: str, lang: str) -> list[Span]:
    out = []
    for m in _ROLE_THEN_NAME.finditer(text):
        kin = _KIN_NOUN.search(text, m.start(), m.start(1)) is not None
        span = run_after(text, m) or (_lower_name_before_verb(text, m, lang) if kin else None)
        if span is None or fold(text[span.start:span.end]) in _PRONOUNS or not kin and text[span.start].islower():
            continue  # "la chica morena": after an occupation or a person noun, a lower-case word is an adjective
        first = text[span.start:span.end].split()[0]
        if capitalised(first) and not (_acceptable(first, lang, False) and (kin or _named_or_acting(text, span, lang))):
            continue
        out.append(span)
    for m in _KIN_TITLE.finditer(text):
        span = run_after(text, m)
        if span is not None and _acceptable(text[span.start:span.end].split()[0], lang, False):
            out.append(span)
    return out


def _appositions(text: str, lang: str) -> list[Span]:
    out = []
    for m in _APPOSITION.finditer(text) if text.count(",") >= 2 else ():  # (speed) a comma before the name and after
        words = m.group(1).split()
        if m.group(1).islower():
            ok = len(words) == 1 and is_first(fold(words[0])) and unambiguous(fold(words[0])) and \
                fold(words[0]) not in function_words()
        else:
            # in German a run of words must open with a listed name ("mein Mann, Nachname Becker,": a noun opens it);
            # one word closed by commas is the name ("den Fahrer, Bogumił, zur …")
            ok = _acceptable(words[0], lang, len(words) == 1) and all(
                _acceptable(w, lang, True) for w in words[1:] if fold(w) not in ("de", "da", "do", "dos", "das", "del",
                                                                                 "van", "von"))
        if ok and ":" in text[m.start():m.start(1)] and not (is_name(fold(words[0])) and
                                                              fold(words[0]) not in function_words()):
            ok = False  # (round 27) after a colon a label's answer ("Réponse du Vendeur : Oui,"): a listed name only
        if ok:
            out.append(Span("PERSON", m.start(1), m.end(1), 0.75))
    return out


# The name first, then what the person is: "Hannelore, die Frau von Herrn X", "Paco, el encargado, dijo", "Ines, my
# sister, rang" — a capitalised word that opens a clause (after a sentence end, ';' or a line start) or follows "and".
_NAME_THEN_ROLE = re.compile(rf"(?:^|[.!?;:,]|\b(?:and|und|y|et|e))[ \t]*([A-ZÀ-Þ][\w'’-]+),[ \t]+"
                             rf"(?i:{_DET}{_ADJ}(?:{_NOUN}))(?![\w'’-])", re.M)


def _names_then_roles(text: str, lang: str) -> list[Span]:
    out = []
    for m in _NAME_THEN_ROLE.finditer(text):
        word = m.group(1)
        if _acceptable(word, lang, True) and (is_name(fold(word)) or lang != "de" or _learnt(word, lang)):
            out.append(Span("PERSON", m.start(1), m.end(1), 0.7))
    return out


def _articles(text: str, lang: str) -> list[Span]:
    """"a Jussara do caixa", "o Cleiton viu", "la Maite dijo": an article, then a first name and what follows one."""
    if lang not in _ARTICLE:
        return []
    out = []
    pattern = re.compile(rf"(?<![\w'’-])(?:({_ARTICLE[lang]})|(?<=[.!?\n][ \t])({_ARTICLE[lang].title()})|"
                         rf"^({_ARTICLE[lang].title()}))[ \t]+([A-ZÀ-Þ][\w'’-]+)(?![\w'’-])(?![ \t]+[A-ZÀ-Þ])", re.M)
    for m in pattern.finditer(text):
        word = m.group(4)
        after = _AFTER_NAME.match(text, m.end(4))
        if after is None or word.isupper() or not _acceptable(word, lang, False):
            continue
        follow = after.group(1)
        fits = follow in ",." or follow == "que" or follow[:1] == "d" and " " in follow or \
            bool(_VERB[lang].fullmatch(follow))
        listed = is_first(fold(word)) and unambiguous(fold(word))
        if lang == "de":  # German nouns follow every article: a listed first name the model agrees on, or a sure one
            listed = listed and _learnt(word, lang, 0.5) or _learnt(word, lang, 0.95)
            if fits and listed and follow != "." and not is_place(fold(word)):
                out.append(Span("PERSON", m.start(4), m.end(4), 0.7))
            continue
        if fits and (listed or m.group(1) and follow == ","):  # "la Navidad que esperaba" is no one
            out.append(Span("PERSON", m.start(4), m.end(4), 0.7))
    return out


# German speech: "der X Y, …", "die X Y hat" (first name and surname after the article).
_DE_ARTICLE_RUN = re.compile(r"(?<![\w'’-])(?:[Dd]er|[Dd]ie|[Dd]em|[Dd]en)[ \t]+"
                             r"([A-ZÀ-Þ][\w'’-]+)(?:[ \t]+([A-ZÀ-Þ][\w'’-]+))?(?![ \t]+[A-ZÀ-Þ])")
# A name as the possessor (German genitive -s, no apostrophe): "X Koffer" with X = a name + "s", a noun after it;
# four letters at least before the s ("Haus", "Kurs": a short noun ending in s).
_GENITIVE = re.compile(r"(?<![\w'’-])([A-ZÀ-Þ][a-zß-ÿ]{3,}s)[ \t]+([A-ZÀ-Þ][a-zß-ÿ]{2,})(?![\w'’-])"
                       r"(?![ \t]+[A-ZÀ-Þ])"  # not inside a longer capitalised run ("X Bruder Y": the run grows) ...
                       rf"|(?<![\w'’-])([A-ZÀ-Þ][a-zß-ÿ]{{3,}}s)[ \t]+((?i:{_NOUN}))[ \t]+(?=[A-ZÀ-Þ])")  # ... but a person noun's
# name may follow (round 11): "die Mutter von Xs Freundin Annika"


def _german_speech(text: str) -> list[Span]:
    out = []
    for m in _DE_ARTICLE_RUN.finditer(text):
        first, last = m.group(1), m.group(2)
        if not _acceptable(first, "de", False) or not (is_first(fold(first)) and unambiguous(fold(first)) and
                                                       _learnt(first, "de", 0.5) or
                                                       _learnt(first, "de", 0.95)):
            continue
        after = _AFTER_NAME.match(text, m.end())
        follow = after.group(1) if after else ""
        if not (follow == "," or bool(_VERB["de"].fullmatch(follow))):
            continue
        if last and not (_acceptable(last, "de", False) and (is_name(fold(last)) or _learnt(last, "de", 0.5))):
            continue  # "der Sepp Auto": the second word reads as a noun
        out.append(Span("PERSON", m.start(1), m.end(2) if last else m.end(1), 0.7))
    for m in _GENITIVE.finditer(text):
        word, noun = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        stem = word[:-1]
        if fold(word) in function_words() or not _acceptable(stem, "de", False) or \
                name_probability(noun) >= 0.5:
            continue
        if is_first(fold(stem)) and unambiguous(fold(stem)) and _learnt(stem, "de", 0.8) or _learnt(stem, "de", 0.95):
            start = m.start(1) if m.group(1) else m.start(3)
            out.append(Span("PERSON", start, start + len(word), 0.7))
    return out


def find_role_names(text: str, lang: str) -> list[Span]:
    out = _role_names(text, lang) + _appositions(text, lang) + _articles(text, lang) + _names_then_roles(text, lang)
    if lang == "de":
        out += _german_speech(text)
    out += [Span("PERSON", m.start(1), m.end(1), 0.75) for m in _CALLED_BEFORE.finditer(text)
            if _acceptable(m.group(1), "", False)]
    return out
