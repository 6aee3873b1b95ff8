"""Round 25: self-descriptions carried by a verb other than "to be", read as one identity expression.

"ich bin Druse" reads ``xid``; "ich habe Morbus Crohn", "j'apprends encore le français", "mido un metro cuarenta y
cinco", "tengo diecinueve años" and "je suis enceinte de sept mois" said as much about the writer and were read
word by word, so a template's route could change with the fill. Each form below is written from the grammar of the
five languages (a first-person frame, then the kind of phrase that form takes), never from evaluation rows:

- a health condition or disability after a have-frame ("I have", "I've got", "I suffer from", "I live with",
  "tengo", "padezco", "j'ai", "je souffre de", "ich habe", "ich leide an", "tenho", "sofro de" …): a condition is a
  listed condition word, a head noun for one ("disease", "enfermedad", "maladie", "Krankheit", "doença",
  "syndrome", "trastorno", "Morbus" …) or a word with a medical suffix ("-itis", "-osis/-ose", "-parese",
  "-plegie", "-lepsie", "-algie", "-pathie", "-ämie" …), at most two words after the frame's article; ordinary
  objects ("I have a question", "ich habe eine Bestellung", "j'ai un colis", "tenho uma dúvida") are none of these;
- still learning a language ("I'm still learning English", "todavía estoy aprendiendo español", "j'apprends encore le
  français", "ich lerne noch Deutsch", "ainda estou aprendendo português"): the language is a listed term;
- height and weight ("I'm 1.45 m", "I weigh 130 kilos", "mido un metro cuarenta y cinco", "je mesure 1,45 m",
  "ich bin 1,45 m groß", "meço 1,45 m", "peso mais de 130 quilos"): a first-person measuring frame, a number in
  digits or words and a unit;
- an age in words ("nineteen years old", "diecinueve años", "dix-neuf ans", "neunzehn Jahre", "dezenove anos"):
  number words 13-110 followed by a word for years (digits were masked before);
- pregnancy with its months or weeks in either order ("ich bin im siebten Monat schwanger", "estoy embarazada de
  siete meses", "I'm 30 weeks pregnant"): see ``pregnancy_span``.

Standard library only; all sets are built at import.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

# --- number words 1-199, five languages (folded: no accents, "ß" -> "ss"; hyphens split words) ----------------------


def _en() -> dict[tuple[str, ...], int]:
    units = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
            "seventeen eighteen nineteen".split()
    tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()
    out: dict[tuple[str, ...], int] = {(w,): n for n, w in enumerate(units, 1)}
    for k, t in enumerate(tens, 2):
        out[(t,)] = 10 * k
        for u in range(1, 10):
            out[(t, units[u - 1])] = 10 * k + u
    for lead in ((), ("a",), ("one",)):
        out[(*lead, "hundred")] = 100
        for words, n in list(out.items()):
            if n < 100:
                out[(*lead, "hundred", *words)] = 100 + n
                out[(*lead, "hundred", "and", *words)] = 100 + n
    return out


def _es() -> dict[tuple[str, ...], int]:
    units = "uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis " \
            "diecisiete dieciocho diecinueve veinte veintiuno veintidos veintitres veinticuatro veinticinco " \
            "veintiseis veintisiete veintiocho veintinueve".split()
    tens = "treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
    out: dict[tuple[str, ...], int] = {(w,): n for n, w in enumerate(units, 1)}
    out[("un",)] = out[("una",)] = 1
    out[("veintiun",)] = 21
    for k, t in enumerate(tens, 3):
        out[(t,)] = 10 * k
        for u in range(1, 10):
            out[(t, "y", units[u - 1])] = 10 * k + u
        out[(t, "y", "un")] = out[(t, "y", "una")] = 10 * k + 1
    out[("veintiuna",)] = 21
    out[("cien",)] = 100
    for words, n in list(out.items()):
        if n < 100:
            out[("ciento", *words)] = 100 + n
    return out


def _fr() -> dict[tuple[str, ...], int]:
    units = "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split()
    out: dict[tuple[str, ...], int] = {(w,): n for n, w in enumerate(units, 1)}
    out[("une",)] = 1
    for u in (7, 8, 9):
        out[("dix", units[u - 1])] = 10 + u
    tens = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
            "septante": 70, "huitante": 80, "octante": 80, "nonante": 90}
    below_20 = {w: n for w, n in out.items() if n < 20}
    for t, v in tens.items():
        out[(t,)] = v
        out[(t, "et", "un")] = out[(t, "et", "une")] = v + 1
        for u in range(2, 10):
            out[(t, units[u - 1])] = v + u
    for words, n in below_20.items():  # soixante-dix … soixante-dix-neuf, soixante et onze
        out[("soixante", *words)] = 60 + n
        out[("quatre", "vingt", *words)] = 80 + n
    out[("soixante", "et", "onze")] = 71
    out[("quatre", "vingts",)] = out[("quatre", "vingt")] = 80
    out[("cent",)] = 100
    for words, n in list(out.items()):
        if n < 100:
            out[("cent", *words)] = 100 + n
    return out


def _de() -> dict[tuple[str, ...], int]:
    units = "eins zwei drei vier funf sechs sieben acht neun zehn elf zwolf dreizehn vierzehn funfzehn sechzehn " \
            "siebzehn achtzehn neunzehn".split()
    out: dict[tuple[str, ...], int] = {(w,): n for n, w in enumerate(units, 1)}
    out[("ein",)] = out[("eine",)] = 1
    tens = "zwanzig dreissig vierzig funfzig sechzig siebzig achtzig neunzig".split()
    for k, t in enumerate(tens, 2):
        out[(t,)] = 10 * k
        for u in range(1, 10):
            out[(("ein" if u == 1 else units[u - 1]) + "und" + t,)] = 10 * k + u
    for lead in ("", "ein"):
        out[(lead + "hundert",)] = 100
        for (w,), n in [(k, v) for k, v in out.items() if len(k) == 1 and v < 100]:
            out[(lead + "hundert" + w,)] = out[(lead + "hundertund" + w,)] = 100 + n
    return out


def _pt() -> dict[tuple[str, ...], int]:
    units = "um dois tres quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete " \
            "dezoito dezenove".split()
    out: dict[tuple[str, ...], int] = {(w,): n for n, w in enumerate(units, 1)}
    for w, n in (("uma", 1), ("duas", 2), ("quatorze", 14), ("dezasseis", 16), ("dezassete", 17), ("dezanove", 19)):
        out[(w,)] = n
    tens = "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa".split()
    for k, t in enumerate(tens, 2):
        out[(t,)] = 10 * k
        for u in range(1, 10):
            out[(t, "e", units[u - 1])] = 10 * k + u
    out[("cem",)] = 100
    for words, n in list(out.items()):
        if n < 100:
            out[("cento", "e", *words)] = 100 + n
    return out


NUMBERS: dict[tuple[str, ...], int] = {}
for _table in (_en(), _es(), _fr(), _de(), _pt()):
    NUMBERS.update(_table)
_NUMBER_FIRSTS = frozenset(k[0] for k in NUMBERS)
_NUMBER_LONGEST = max(map(len, NUMBERS))
# The first words of an age in words (13-110); never an article ("a hundred", "un", "ein" are read only after one of
# these or after a frame).
AGE_FIRSTS = frozenset(k[0] for k, v in NUMBERS.items() if 13 <= v <= 110) - {"a", "one", "un", "une", "ein", "um",
                                                                               "uma"}


def number(words: list[str], i: int) -> tuple[int, int] | None:
    """(end word, value) of the number written at word ``i``, in digits or in words (the longest reading)."""
    word = words[i]
    if word.isdigit():
        return i + 1, int(word)
    if word not in _NUMBER_FIRSTS:
        return None
    for n in range(min(_NUMBER_LONGEST, len(words) - i), 0, -1):
        value = NUMBERS.get(tuple(words[i:i + n]))
        if value is not None:
            return i + n, value
    return None


# --- shared word sets --------------------------------------------------------------------------------------------------

# Articles and possessives between a frame and what it carries ("j'ai LA maladie", "ich habe EINE Zerebralparese").
DETERMINERS = frozenset("a an the my un una el la los las le les l des du une um uma o os as ein eine einen einer "
                        "das den dem der die mi mis mon ma mes meine meinen meu minha meus minhas".split())
# Words that end what a clause carries: conjunctions, subject pronouns, copulas, "since"/"for" and the like.
STOPS = frozenset("""and y e et und but pero mais aber mas or o ou oder so also because porque parce weil car i yo je
ich eu we nosotros nous wir you usted vous sie voce is es est ist are son sont sind sao was fue etait war foi which
who que qui der die das since desde depuis seit ha hace for para pour fur por with con avec mit com from about sobre
zu when cuando quand wenn quando if si se wenn falls please por favor bitte svp this that these esto eso ce cette
dieser diese isso isto to a""".split())

# --- a health condition or disability after a have-frame --------------------------------------------------------------

HAVE_FRAMES = frozenset({
    ("i", "have"), ("i", "ve"), ("ive",), ("i", "ve", "got"), ("ive", "got"), ("i", "have", "got"), ("i", "got"),
    ("i", "suffer", "from"), ("i", "live", "with"), ("i", "was", "diagnosed", "with"), ("i", "ve", "been",
                                                                                      "diagnosed", "with"),
    ("tengo",), ("padezco",), ("padezco", "de"), ("sufro", "de"), ("vivo", "con"), ("me", "diagnosticaron"),
    ("j", "ai"), ("je", "souffre", "de"), ("je", "souffre", "d"), ("je", "vis", "avec"), ("je", "suis", "atteint",
                                                                                            "de"),
    ("je", "suis", "atteinte", "de"), ("je", "suis", "atteint", "d"), ("je", "suis", "atteinte", "d"),
    ("ich", "habe"), ("ich", "hab"), ("ich", "leide", "an"), ("ich", "leide", "unter"), ("ich", "lebe", "mit"),
    ("tenho",), ("eu", "tenho"), ("sofro", "de"), ("vivo", "com"), ("convivo", "com"),
    ("living", "with"), ("viviendo", "con"), ("vivant", "avec"), ("vivendo", "com"),
    # round 27b: a condition one wears or carries ("llevo una ostomía", "I wear a stoma bag", "je porte une stomie")
    ("llevo",), ("i", "wear"), ("je", "porte"), ("ich", "trage"), ("uso",), ("eu", "uso"),
})
# Head nouns: the words for a disease, condition, disorder, syndrome, impairment; "Morbus"; a few heads that are
# conditions in themselves.
# (No German "Störung" alone: "ich habe eine Störung" is a telephone line that is down; no "injury", "lesión",
# "affection": a claim, a passing hurt, a feeling.)
CONDITION_HEADS = frozenset("""disease illness condition disorder syndrome cancer impairment palsy allergy
enfermedad trastorno sindrome cancer discapacidad paralisis deficiencia alergia dolencia patologia
maladie syndrome handicap infirmite paralysie deficience allergie pathologie
krankheit erkrankung syndrom krebs behinderung lahmung allergie morbus
doenca transtorno disturbio sindrome deficiencia paralisia alergia patologia""".split())
# Conditions named by a word no suffix test finds (folded).
CONDITIONS = frozenset("""diabetes asthma tinnitus dyslexia dyspraxia adhd ptsd ocd hiv aids dementia lupus sickle
migraine migraines depression anxiety insomnia autism dwarfism crohn crohns coeliac celiac parkinson parkinsons
alzheimer alzheimers tourette tourettes ms als copd eczema vertigo incontinence stammer stutter spina epilepsy cancer
asma acufenos zumbido dislexia tdah tept toc vih sida demencia migrana migranas depresion ansiedad insomnio autismo
enanismo celiaquia vertigo incontinencia tartamudez ceguera sordera hipoacusia epilepsia
diabete asthme acouphenes dyslexie tdah tspt toc sida demence migraine depression anxiete insomnie autisme nanisme
vertiges incontinence begaiement cecite surdite epilepsie
legasthenie ads adhs ptbs demenz migrane depressionen angststorung essstorung schlafstorung belastungsstorung schlaflosigkeit autismus kleinwuchs
schuppenflechte schwindel inkontinenz stottern rheuma gicht taubheit blindheit
enxaqueca depressao ansiedade insonia nanismo gagueira gaguez cegueira surdez lupus
arthrite hepatite sinusite bronchite colite meningite polyarthrite spondylarthrite cystite gastrite tendinite dermatite
artrite mucoviscidose lordose anemia anemie anamie ceceo lisp stoma ostomy ostomie ostomia""".split())
_CONDITION_SUFFIX = re.compile(r"\w{3,}(?:itis|iasis|osis|oses|ose|parese|paresie|paresia|paresis|plegie|plegia"
                               r"|plegique|lepsie|lepsy|lepsia|algie|algia|pathie|pathy|patia|phrenie|phrenia|frenia"
                               r"|emia|amie|emie|trophie|trophy|trofia|ismus|plasie|plasia|stomy|stomie|stomia)")
# Words the suffix test would take that are no conditions.
_NOT_CONDITIONS = frozenset("""sympathy empathy telepathy antipathy apathy sympathie empathie antipathie simpatia
empatia antipatia apatia glucose diagnose prognose hypnose lactose cellulose virtuose osmose nose academia
nostalgia nostalgie osmosis grandiose morose""".split())
# "trouble" is a French head ("un trouble du spectre autistique") and an English everyday word ("I have trouble
# logging in"): a head only before "du/de/des/d'".
_FRENCH_TROUBLE = frozenset({"du", "de", "des", "d"})
# "condition" of goods ("I have the condition of the parcel") is none.
_NOT_AFTER = {"condition": frozenset({"of"}), "lesion": frozenset({"de"})}


_SIGHT = frozenset("vision visao vue sight sehkraft".split())
_LOW = frozenset("low poor partial baja reducida escasa baixa reduzida basse faible mauvaise reduite schwache "
                 "eingeschrankte geringe".split())


def _is_condition(words: list[str], k: int) -> bool:
    word = words[k]
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if word in _SIGHT:
        return k > 0 and words[k - 1] in _LOW  # "tengo baja visión", "I have low vision"
    if word == "trouble":
        return nxt in _FRENCH_TROUBLE
    if word in CONDITION_HEADS or word in CONDITIONS:
        return nxt not in _NOT_AFTER.get(word, ())
    if word.endswith(("dose", "pose")) or word.endswith("hose") and not word.endswith("chose"):
        return word in CONDITIONS  # "Steckdose", "déposé", "proposé", "Badehose"; "psychose" is one
    return word not in _NOT_CONDITIONS and (
        _CONDITION_SUFFIX.fullmatch(word) is not None or word.endswith(_GERMAN_HEADS))


# German compounds end with their head ("Halbseitenlähmung", "Herzkrankheit", "Sehbehinderung", "Nussallergie").
_GERMAN_HEADS = ("lahmung", "krankheit", "erkrankung", "behinderung", "syndrom", "allergie")


@cache
def _index(frames: frozenset[tuple[str, ...]]) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """The lengths of ``frames`` by first word and by last word, longest first (masking runs on every message: a
    frame is looked for only where its first or last word stands)."""
    by_first: dict[str, set[int]] = {}
    by_last: dict[str, set[int]] = {}
    for f in frames:
        by_first.setdefault(f[0], set()).add(len(f))
        by_last.setdefault(f[-1], set()).add(len(f))
    return ({w: tuple(sorted(n, reverse=True)) for w, n in by_first.items()},
            {w: tuple(sorted(n, reverse=True)) for w, n in by_last.items()})


def _frame_end(words: list[str], i: int, frames: frozenset[tuple[str, ...]], longest: int = 0) -> int | None:
    """End of the longest of ``frames`` that starts at word ``i``."""
    if i >= len(words):
        return None
    for n in _index(frames)[0].get(words[i], ()):
        if i + n <= len(words) and (n == 1 or tuple(words[i:i + n]) in frames):
            return i + n
    return None


def _frame_ending(words: list[str], p: int, frames: frozenset[tuple[str, ...]]) -> int | None:
    """Start of the longest of ``frames`` that ends right before word ``p``."""
    if p <= 0:
        return None
    for n in _index(frames)[1].get(words[p - 1], ()):
        if p - n >= 0 and (n == 1 or tuple(words[p - n:p]) in frames):
            return p - n
    return None


# Possessives and "the" end a tail too ("I have asthma the staff …", "tengo diabetes mi hijo …").
_TAIL_STOPS = STOPS | frozenset("the my mi mis mon ma mes meine meinen mein meu minha your tu votre ihr seu sua his her "
                                "our".split())


def tail(words: list[str], end: int, joined: Callable[[int], bool], most: int) -> int:
    """The words that complete the phrase ("… de Crohn", "… motrice cérébrale", "… no ouvido"): up to ``most``
    words written together with it (no punctuation between) that are no stop words."""
    stop = end + most
    while end < len(words) and end < stop and joined(end) and words[end] not in _TAIL_STOPS \
            and words[end] not in ("xid", "xmail", "xname"):
        end += 1
    return end


_HAVE_LONGEST = max(map(len, HAVE_FRAMES))
SPECTRUM_FIRSTS = frozenset({"i", "im", "estoy", "je", "ich", "estou", "sou", "tartamudeo", "yo", "gaguejo", "eu"})
_BETWEEN_STOPS = STOPS - DETERMINERS


def have_before(words: list[str], start: int, joined: Callable[[int], bool]) -> int | None:
    """Start of a have-frame that ends at ``start`` or at most four words before it (written together with it, no
    stop word but articles between)."""
    return frame_before(words, start, joined, HAVE_FRAMES, 4)


def frame_before(words: list[str], start: int, joined: Callable[[int], bool], frames: frozenset[tuple[str, ...]],
                 most: int) -> int | None:
    """Start of one of ``frames`` that ends at ``start`` or at most ``most`` words before it (written together with
    it; articles, and for ``most`` > 2 describing words, between; no stop word)."""
    if _frame_end(words, start, frames) is not None:
        return start  # the frame is in the span already ("tengo un acento …": "tengo" is a self-description frame)
    for back in range(most + 1):
        p = start - back
        if p <= 0 or (back and (words[p] in _BETWEEN_STOPS or words[p].isdigit() or not joined(p + 1)
                                or most <= 2 and words[p] not in DETERMINERS)):
            return None
        if (begin := _frame_ending(words, p, frames)) is not None:
            return begin
    return None


# Round 25: other verbs that carry a listed identity word about the writer: a mobility aid used or sat in ("I use a
# wheelchair", "ich sitze im Rollstuhl", "voy en silla de ruedas"), religious dress worn ("I wear a hijab", "je porte
# le voile", "ich trage Kopftuch"), where the writer or the family comes from ("I come from Ghana", "vengo de
# Marruecos", "je viens du Maroc", "ich komme aus Ghana", "venho de Angola", "my family is from Pakistan"). Each only
# with the axis its verb carries (``CARRIERS``), only the first person, and only articles between.
USE_FRAMES = frozenset({("i", "use"), ("i", "m", "in"), ("i", "am", "in"), ("i", "get", "around", "in"), ("uso",),
                        ("voy", "en"), ("ando", "en"), ("ando", "con"), ("estoy", "en"), ("je", "suis", "en"),
                        ("j", "utilise"), ("je", "me", "deplace", "en"), ("ich", "sitze", "im"),
                        ("ich", "sitze", "in"), ("ich", "sitze"), ("ich", "bin", "im"), ("ich", "nutze"), ("ich", "benutze"),
                        ("eu", "uso"), ("ando", "de"), ("ando", "com"), ("ando", "em"), ("estou", "em"),
                        ("i", "walk", "with"), ("camino", "con"), ("je", "marche", "avec"), ("ich", "gehe", "mit"),
                        ("ich", "laufe", "mit")})
WEAR_FRAMES = frozenset({("i", "wear"), ("llevo",), ("uso",), ("eu", "uso"), ("je", "porte"), ("ich", "trage")})
ORIGIN_FRAMES = frozenset({
    ("i", "come", "from"), ("i", "m", "from"), ("i", "am", "from"), ("i", "was", "born", "in"),
    ("my", "family", "is", "from"), ("my", "family", "comes", "from"), ("my", "parents", "are", "from"),
    ("vengo", "de"), ("vengo", "del"), ("soy", "de"), ("soy", "del"), ("naci", "en"), ("mi", "familia", "es", "de"),
    ("mi", "familia", "viene", "de"),
    ("je", "viens", "de"), ("je", "viens", "du"), ("je", "viens", "d"), ("je", "viens", "des"), ("je", "suis", "de"),
    ("je", "suis", "du"), ("je", "suis", "d"), ("je", "suis", "originaire", "de"), ("je", "suis", "originaire", "du"),
    ("je", "suis", "originaire", "d"), ("je", "suis", "ne", "en"), ("je", "suis", "ne", "au"),
    ("je", "suis", "nee", "en"), ("je", "suis", "nee", "au"), ("ma", "famille", "est", "de"),
    ("ma", "famille", "vient", "de"), ("ma", "famille", "vient", "du"),
    ("ich", "komme", "aus"), ("ich", "stamme", "aus"), ("ich", "bin", "aus"), ("meine", "familie", "kommt", "aus"),
    ("meine", "familie", "stammt", "aus"),
    ("venho", "de"), ("venho", "do"), ("venho", "da"), ("sou", "de"), ("sou", "do"), ("sou", "da"), ("nasci", "em"),
    ("nasci", "no"), ("nasci", "na"), ("minha", "familia", "e", "de"), ("minha", "familia", "vem", "de"),
    ("je", "suis", "d", "origine"), ("je", "suis", "issu", "d"), ("je", "suis", "issue", "d"), ("je", "suis", "issu",
                                                                                                 "de"),
    ("je", "suis", "issue", "de"), ("soy", "de", "origen"), ("sou", "de", "origem"),
})
WEAR_FRAMES |= {(conj, verb) for conj in ("and", "y", "et", "und", "e")
                for verb in ("wear", "llevo", "uso", "porte", "trage")}  # "ich bin Muslimin und trage Kopftuch"
# Speaking a language, how well ("ich spreche nur gebrochen Deutsch", "I speak broken English", "hablo poco
# español", "je parle mal le français", "falo pouco português"): up to three words between (see SPEAK_BETWEEN).
SPEAK_FRAMES = frozenset({("i", "speak"), ("i", "only", "speak"), ("hablo",), ("solo", "hablo"), ("je", "parle"),
                          ("je", "ne", "parle"), ("ich", "spreche"), ("ich", "rede"), ("falo",), ("eu", "falo"),
                          ("so", "falo")})
CARRIERS: dict[str, frozenset[tuple[str, ...]]] = {
    "disability": USE_FRAMES, "religion": WEAR_FRAMES, "national_origin": ORIGIN_FRAMES, "race": ORIGIN_FRAMES,
    "accent_language": ORIGIN_FRAMES}  # (a people's name is often its language's: "d'origine malgache")
SPEAK_CARRIED = frozenset({"accent_language", "national_origin"})
# A wheelchair's other words ("silla de ruedas", "fauteuil roulant", "cadeira de rodas").
AID_TAILS = {"silla": ("de", "ruedas"), "cadeira": ("de", "rodas"), "fauteuil": ("roulant",)}


def aid_tail(words: list[str], end: int) -> int:
    rest = AID_TAILS.get(words[end - 1])
    if rest and tuple(words[end:end + len(rest)]) == rest:
        return end + len(rest)
    return end


# Being on the autism spectrum, said with its own preposition in each language; stuttering.
SPECTRUM = frozenset({("i", "m", "on", "the", "spectrum"), ("i", "am", "on", "the", "spectrum"),
                      ("im", "on", "the", "spectrum"), ("estoy", "en", "el", "espectro"),
                      ("je", "suis", "dans", "le", "spectre"), ("je", "suis", "sur", "le", "spectre"),
                      ("ich", "bin", "im", "spektrum"), ("ich", "bin", "auf", "dem", "spektrum"),
                      ("estou", "no", "espectro"), ("sou", "do", "espectro"),
                      # a first-person verb of a speech condition: "I stutter", "ich stottere", "tartamudeo"
                      ("i", "stutter"), ("i", "stammer"), ("i", "lisp"), ("ich", "stottere"), ("ich", "lispele"),
                      ("tartamudeo",), ("yo", "tartamudeo"), ("je", "begaie"), ("je", "begaye"), ("gaguejo",),
                      ("eu", "gaguejo")})


def condition(words: list[str], i: int, joined: Callable[[int], bool]) -> int | None:
    """End of "<have-frame> <condition>" (or of being on the spectrum) starting at word ``i``, else None."""
    if (end := _frame_end(words, i, SPECTRUM, 5)) is not None:
        return end
    j = _frame_end(words, i, HAVE_FRAMES, _HAVE_LONGEST)
    if j is None:
        return None
    for _ in range(2):
        if j < len(words) and words[j] in DETERMINERS:
            j += 1
    for k in range(j, min(j + 3, len(words))):
        if k > j and (not joined(k) or words[k - 1] in STOPS or words[k - 1].isdigit()):
            return None
        if _is_condition(words, k):
            return tail(words, k + 1, joined, 3)
    return None


# --- still learning a language --------------------------------------------------------------------------------------

STILL = frozenset("still just only todavia aun solo encore toujours seulement noch gerade erst ainda".split())
LEARN_FRAMES = frozenset({
    ("i", "m", "learning"), ("i", "am", "learning"), ("im", "learning"), ("i", "m", "still", "learning"),
    ("i", "am", "still", "learning"), ("i", "m", "only", "learning"), ("i", "m", "just", "learning"),
    ("estoy", "aprendiendo"), ("sigo", "aprendiendo"), ("aprendo",),
    ("j", "apprends"), ("je", "suis", "en", "train", "d", "apprendre"),
    ("ich", "lerne"),
    ("estou", "aprendendo"), ("to", "aprendendo"), ("estou", "a", "aprender"), ("aprendo",),
})
_LEARN_LONGEST = max(map(len, LEARN_FRAMES))
LEARN_FIRSTS = frozenset(f[0] for f in LEARN_FRAMES) | (STILL - {"just", "only"})


def learning(words: list[str], i: int, terms: dict[str, str]) -> int | None:
    """End of "(still) <learning-frame> (still) (the) <language>" starting at word ``i``, else None."""
    j = i + 1 if words[i] in STILL else i
    j2 = _frame_end(words, j, LEARN_FRAMES, _LEARN_LONGEST)
    if j2 is None:
        return None
    j = j2
    if j < len(words) and words[j] in STILL:
        j += 1
    if j < len(words) and words[j] in DETERMINERS:
        j += 1
    if j < len(words) and terms.get(words[j]) in ("accent_language", "national_origin"):
        return j + 2 if j + 1 < len(words) and words[j + 1] in STILL else j + 1
    return None


# --- height and weight ------------------------------------------------------------------------------------------------

MEASURE_FRAMES = frozenset({("i", "m"), ("i", "am"), ("im",), ("i", "weigh"), ("i", "stand"), ("mido",), ("peso",),
                            ("je", "mesure"), ("je", "pese"), ("je", "fais"), ("ich", "bin"), ("ich", "wiege"),
                            ("ich", "messe"), ("meco",)})
_MEASURE_LONGEST = max(map(len, MEASURE_FRAMES))
MEASURE_FIRSTS = frozenset(f[0] for f in MEASURE_FRAMES)
_ABOUT = frozenset("more than over under less about around almost nearly just only barely mas de menos casi unos "
                   "unas cerca apenas solo plus moins environ presque seulement que uber unter etwa ungefahr fast "
                   "knapp nur mais quase cerca apenas so".split())
UNITS = frozenset("m cm metre metres meter meters metro metros centimetre centimetres centimeter centimeters "
                  "centimetro centimetros zentimeter kg kgs kilo kilos kilogram kilograms kilogramm kilogramos "
                  "kilogrammes kilogramas quilo quilos lb lbs pound pounds pfund stone st ft foot feet inch inches "
                  "pouces".split())
_NOUN_BEFORE = DETERMINERS | frozenset("del do da de su seu sua".split())
_AFTER_UNIT = frozenset("tall gross grand grande alto alta altura haut hauteur de d of".split())


def _number_run(words: list[str], i: int) -> int | None:
    """End of a number at ``i``; "1,45" is two digit words."""
    got = number(words, i) if i < len(words) else None
    if got is None:
        return None
    end = got[0]
    if end < len(words) and words[i].isdigit() and words[end].isdigit():
        end += 1
    return end


def measure(words: list[str], i: int) -> int | None:
    """End of "<measuring frame> (about) <number> <unit> (<number> (<unit>)) (tall)" at word ``i``, else None."""
    j = _frame_end(words, i, MEASURE_FRAMES, _MEASURE_LONGEST)
    if j is None or (j == i + 1 and i > 0 and words[i - 1] in _NOUN_BEFORE):  # "el peso 2 kg" is no first person
        return None
    for _ in range(3):
        if j < len(words) and words[j] in _ABOUT:
            j += 1
    j2 = _number_run(words, j)
    if j2 is None:
        # "1m45", "1m", "45kg" are one word with their unit
        if j < len(words) and re.fullmatch(r"\d+(?:m|cm|kg|kgs|lbs|ft|st)\d*", words[j]):
            j2 = j + 1
        else:
            return None
    elif j2 < len(words) and words[j2] in UNITS:
        j2 += 1
    else:
        return None
    j = j2
    if j < len(words) and (after := _number_run(words, j)) is not None:
        j = after
        if j < len(words) and words[j] in UNITS:
            j += 1
    if j < len(words) and words[j] in _AFTER_UNIT and words[j] not in ("de", "d", "of"):
        j += 1
    elif j + 1 < len(words) and words[j] in ("de", "d") and words[j + 1] in ("altura", "alto", "haut", "hauteur"):
        j += 2
    return j


# --- an age in words --------------------------------------------------------------------------------------------------

AGE_WORDS = frozenset("years year anos ano ans jahre jahren jahrig jahrige".split())


def age_in_words(words: list[str], i: int) -> int | None:
    """End of "<13-110 in words> <years> (old)" at word ``i``, else None."""
    got = number(words, i)
    if got is None or not 13 <= got[1] <= 110 or got[0] >= len(words) or words[got[0]] not in AGE_WORDS:
        return None
    end = got[0] + 1
    return end + 1 if end < len(words) and words[end] in ("old", "alt") else end


# --- pregnancy with its months or weeks ---------------------------------------------------------------------------

PERIODS = frozenset("month months monat monats monaten mes meses mois semaine semaines week weeks woche wochen semana "
                    "semanas ssw".split())
ORDINALS = frozenset("""first second third fourth fifth sixth seventh eighth ninth primer primero segundo tercer tercero
cuarto quinto sexto septimo setimo octavo noveno premier deuxieme troisieme quatrieme cinquieme sixieme septieme
huitieme neuvieme ersten zweiten dritten vierten funften sechsten siebten siebenten achten neunten erste zweite dritte
vierte funfte sechste siebte achte neunte primeiro terceiro quarto oitavo nono""".split())
_ORDINAL_DIGITS = re.compile(r"\d{1,2}(?:st|nd|rd|th|o|a|e|eme|er|te|ten)?")
_PREGNANCY_LEFT = frozenset("im in the my mi mon ma meu minha au no na en el la le der of de d do da".split())
# A first person before pregnancy ("estoy embarazada", "estou grávida") is part of the expression.
PREGNANCY_FRAMES = frozenset({("estoy",), ("estou",), ("i", "m"), ("i", "am"), ("im",), ("je", "suis"), ("ich", "bin"),
                              ("sou",), ("soy",), ("to",), ("tou",)})


def _period_word(word: str) -> bool:
    return word in PERIODS or word in ORDINALS or word in _NUMBER_FIRSTS or _ORDINAL_DIGITS.fullmatch(word) is not None


def pregnancy_span(words: list[str], start: int, end: int) -> tuple[int, int]:
    """A pregnancy word's span widened over its months or weeks, before ("im siebten Monat schwanger", "30 weeks
    pregnant") or after ("embarazada de siete meses", "enceinte de six mois"), and over a first person before."""
    k, left = start, start
    while k > 0 and start - k < 5 and (_period_word(words[k - 1]) or words[k - 1] in _PREGNANCY_LEFT):
        k -= 1
        if words[k] in PERIODS:
            left = k
    if left < start:  # the period word found: take the number or ordinal and article before it as well
        while left > 0 and left > k and (_period_word(words[left - 1]) or words[left - 1] in _PREGNANCY_LEFT):
            left -= 1
    start = left
    for n in (2, 1):
        if start - n >= 0 and tuple(words[start - n:start]) in PREGNANCY_FRAMES:
            start -= n
            break
    if end < len(words) and words[end] in ("de", "of", "im", "in", "d"):
        j = end + 1
        while j < len(words) and j <= end + 4 and words[j] not in PERIODS and _period_word(words[j]):
            j += 1
        if j < len(words) and j > end + 1 and words[j] in PERIODS:
            end = j + 1
    return start, end


# Round 25: "I come from a Dalit family", "vengo de una familia dalit", "je viens d'une famille dite intouchable",
# "ich komme aus einer Dalit-Familie", "venho de uma família dalit", "soy de una casta …": an origin frame, an
# article, then a word for a family or a caste with the word that says which (before or after it).
FAMILY_WORDS = frozenset("family families familia familias famille familles familie familien caste castes casta "
                         "castas kaste kasten".split())
_ORIGIN_LONGEST = max(map(len, ORIGIN_FRAMES))


def family_origin(words: list[str], i: int, joined: Callable[[int], bool]) -> int | None:
    """End of "<origin frame> (a) (<word>) <family|caste> (<word> …)" at word ``i``, else None."""
    j = _frame_end(words, i, ORIGIN_FRAMES, _ORIGIN_LONGEST)
    if j is None:
        return None
    if j < len(words) and words[j] in DETERMINERS:
        j += 1
    for k in range(j, min(j + 3, len(words))):
        if k > j and (not joined(k) or words[k - 1] in STOPS):
            return None
        if words[k] in FAMILY_WORDS or len(words[k]) > 7 and words[k].endswith("familie"):
            return tail(words, k + 1, joined, 3) if k == j else k + 1
    return None


# --- round 27b: nursing a baby; a body size said with "de" ---------------------------------------------------------

# Breastfeeding, said in the first person ("I'm breastfeeding my 5-month-old", "tô amamentando meu filho de 5 meses",
# "j'allaite encore ma fille de huit mois", "ich stille noch meine Tochter", "estoy dando el pecho a mi hijo"): the
# frame, the verb and the child it names (with its age) are one self-description of family status.
NURSING_FRAMES = frozenset({
    ("i", "m", "breastfeeding"), ("i", "am", "breastfeeding"), ("im", "breastfeeding"), ("i", "breastfeed"),
    ("i", "m", "nursing"), ("i", "am", "nursing"), ("estoy", "amamantando"), ("amamanto",), ("estoy", "dando", "el",
                                                                                               "pecho"),
    ("doy", "el", "pecho"), ("doy", "pecho"), ("j", "allaite"), ("ich", "stille"), ("to", "amamentando"),
    ("tou", "amamentando"), ("estou", "amamentando"), ("amamento",), ("eu", "amamento")})
NURSING_FIRSTS = frozenset(f[0] for f in NURSING_FRAMES)
_NURSING_LONGEST = max(map(len, NURSING_FRAMES))
_CHILD_WORDS = frozenset("""baby babies son daughter child kid twins newborn bebe bebes hijo hija hijos hijas nino nina
fils fille bebe enfant jumeaux sohn tochter kind baby zwillinge filho filha filhos nene neném nenem crianca""".split())


def nursing(words: list[str], i: int) -> int | None:
    """End of a first-person "breastfeeding (my child) (of N months)" starting at word ``i``, else None."""
    end = _frame_end(words, i, NURSING_FRAMES, _NURSING_LONGEST)
    if end is None:
        return None
    k = end
    while k < len(words) and k - end < 6 and (words[k] in STILL or words[k] in DETERMINERS or words[k] in _CHILD_WORDS
                                              or words[k] in _TAIL_POSSESSIVES or words[k] in ("a", "al", "à", "de",
                                                                                               "of", "old", "month")
                                              or _period_word(words[k]) or words[k].isdigit()):
        k += 1
    if words[end - 1] == "stille" and not any(w in _CHILD_WORDS for w in words[end:k]):
        return None  # "ich stille meinen Durst": German "stillen" is nursing only with the child it names
    return k


_TAIL_POSSESSIVES = frozenset("my mi mis mon ma mes meine meinen meinem mein meu minha meus minhas".split())
# "soy de talla baja", "soy de baja estatura", "je suis de petite taille", "sou de baixa estatura": a body size said
# with "de" and a word for size.
SIZE_FRAMES = frozenset({("soy", "de"), ("sou", "de"), ("je", "suis", "de"), ("i", "m", "of"), ("i", "am", "of")})
_SIZE_WORDS = frozenset("talla estatura complexion taille stature estatura compleicao tamanho height build".split())
_SIZE_ADJECTIVES = frozenset("""baja bajo alta alto grande pequena pequeno petite petit grande haute basse baixa baixo
short small tall large big robusta robusto forte fuerte""".split())


def size_with_de(words: list[str], i: int) -> int | None:
    """End of "soy de talla baja" / "je suis de petite taille" starting at word ``i``, else None."""
    end = _frame_end(words, i, SIZE_FRAMES, 3)
    if end is None or end + 1 >= len(words):
        return None
    a, b = words[end], words[end + 1]
    if (a in _SIZE_WORDS and b in _SIZE_ADJECTIVES) or (a in _SIZE_ADJECTIVES and b in _SIZE_WORDS):
        return end + 2
    return None
