"""Round 28 (issue 12): a whole unit of the text in which the writer describes themselves is one ``xid``.

Rounds 17-27b masked self-descriptions FORM by form (a condition after "I have", a height, "we are two men" …), and
each fresh symmetry set brought new forms. This rule is written at the level of the unit instead: a sentence, or a
clause split at ";", ": ", " - ", a comma or a coordinator ("and", "but", "y", "pero", "et", "mais", "und", "aber"),

- whose SUBJECT is the writer: "I", "we", "yo", "je", "nous", "ich", "wir", "eu", "me and my husband", or a noun
  phrase that describes them ("my family", "ma famille", "meine Familie", "my first language", "mi lengua materna"),
  or in Spanish and Portuguese a first-person verb without a pronoun ("soy", "tengo", "llegué", "sou", "nasci");
- whose PREDICATE describes them, a state: be, have, speak, come from / arrive from, be born, use, wear, live, weigh,
  measure, move about ("je me déplace"), "je fais du 52";
- which names NO event, request, question or outcome: no "?", no second person ("you", "votre", "Ihr", "você"), no
  object pronoun of the writer after the subject ("the guard followed me", "on m'a refusé", "me siguió"), no
  refusal or outcome (outcome._DENIED), no money, no time of day or day word, no order, account, booking, problem
  or question noun, no subordinator ("because", "when", "porque", "quand", "weil"), and at most 12 words;

is read as one ``xid`` by every later step, whatever group it names, so "My family are Hakka Chinese", "I came here
from Eritrea", "English is my third language" and "Je suis en surpoids" read alike. A self-description that is the
complaint keeps its event clause ("I'm Black and the guard followed only me": the second clause names an event).
A state word that is how the writer feels or what they are to the company ("I'm sorry", "je suis déçu", "I'm a
customer") ends the rule (identity._NOT_GROUPS and the words below). Standard library only, one pass over the words.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

_MAX_WORDS = 12
# What ends a unit between two words (the text between them holds one of these).
_BREAK = re.compile(r"[.!?;\n\u2014\u2013]|:\s|:$|\s-\s|,")
_COORDINATORS = frozenset("and but y pero et mais und aber or ou oder sondern".split())  # (not "o": an article too)
# Words before the subject that leave the unit a self-description ("also, I'm …", "por cierto, soy …").
_MARKERS = frozenset("also btw well ps oh anyway besides plus ademas tambien aussi dailleurs ubrigens uebrigens auch "
                     "tambem alias so".split())
_SUBJECTS = frozenset("i we yo nosotros nosotras je j nous moi ich wir eu nos".split())
_SELF_POSSESSIVES = frozenset("my our mi mis nuestra nuestro nuestros ma mon mes notre nos meine mein unsere "
                              "minha meu minhas meus nossa nosso".split())
# Nouns that, after "my", describe the writer (the family they come from, the language they speak first).
_SELF_HEADS = frozenset("family parents familia padres famille parents familie eltern familia pais origins origin "
                        "roots origen origenes raices origine origines wurzeln herkunft origem raizes "
                        "language languages tongue lengua idioma langue sprache muttersprache erstsprache lingua "
                        "idiomas".split())
_LANGUAGE_HEADS = frozenset("language tongue lengua idioma langue sprache muttersprache erstsprache lingua".split())
# The verbs of a state in five languages (folded), as they follow a first-person subject.
# (not "estar": "estoy en el curro", "estou no 3.º ano" say where, not who; not "was": an event)
_BE = frozenset("am m are re soy somos suis sommes bin sind sou somos es son est sont ist e sao is".split())
_HAVE = frozenset("have ve has tengo tenemos tiene tienen ai avons a ont habe hab haben hat tenho temos tem".split())
# A state said by itself: speaking a language, a size or weight.
_SPEAK = frozenset("speak hablo hablamos parle parlons spreche sprechen falo falamos".split())
_MEASURE = frozenset("weigh measure peso mido pese mesure wiege messe meco fais".split())
# Where the writer comes from: only with "from" right after ("I came here from Eritrea", "llegué de Guinea").
_ORIGIN = frozenset("""come came arrived moved vengo venimos vine llegue llegamos viens venons arrive arrivee venu
venue komme kommen kam stamme stammen venho vim cheguei viemos""".split())
_FROM = frozenset("from de d del des du aus von da do dos das".split())
_BORN = frozenset("born naci nacimos nacido nacida ne nee geboren nasci nascido nascida".split())
# Other verbs of state (have, use, wear, live with …) describe the writer only around a listed identity expression
# (identity._find found one in the unit): "I have a stammer", "I use a wheelchair", "moro com a minha esposa".
_CARRIERS = frozenset("""have ve has use wear live rely walk get tengo tenemos uso usamos llevo vivo ai avons utilise
porte vis habe hab haben benutze nutze trage lebe sitze tenho temos uso moro vivo ando""".split()) | _HAVE
_STATE = _SPEAK | _MEASURE | _ORIGIN | _BORN | _CARRIERS | _BE | frozenset({"was", "wurde"})
# Spanish and Portuguese drop the pronoun: a unit may start with a first-person verb of state.
_PRO_DROP = frozenset("""soy somos estoy tengo tenemos hablo hablamos vengo venimos vine llegue llegamos naci nacimos
uso llevo vivo peso mido creci sou estou tenho temos falo falamos venho vim cheguei nasci moro meco ando""".split())
_REFLEXIVE = frozenset("me nous mich uns".split())  # "je me déplace", "me desplazo", "eu me desloco"
_ADVERBS = frozenset("also still both all only just originally actually really too now already ya deja schon ja tambien todavia solo ambos aussi "
                     "encore toujours seulement tous toutes auch noch nur beide tambem ainda so ambos".split())
# After "have": a participle is an event ("I have been waiting", "j'ai reçu"); French and Spanish "have" is also the
# auxiliary, so after "ai"/"avons" a determiner or a number must follow.
_DETERMINERS = frozenset("a an the un una unos unas el la los las le les l une des du de d um uma o os as ein eine "
                         "einen einer einem kein keine my mi ma mon mes meine einen".split())
_PARTICIPLE_EN = re.compile(r"\w+ed|been|had|seen|done|made|paid|sent|told|bought|spent|lost|taken|given|gone|heard")
_PARTICIPLE_DE = re.compile(r"ge\w{3,}(?:t|en)|be\w{3,}(?:t|en)|ver\w{3,}t|er\w{3,}t|\w{3,}iert")
# Words that name an event, a request, an outcome, money, a time, the company or a product: the unit is no
# self-description (five languages, folded).
_BLOCK = frozenset("""
not never no ne n pas nicht kein keine keinen nao nunca jamais nie nada rien nichts nothing
que qui quien who which that dass quem
you your yours u ur vous votre vos usted ustedes su sus tu tus te ti ihr ihre ihnen ihrem ihren ihrer euch voce
voces seu sua seus suas vosso vossa
because when why since until after before porque cuando desde hasta despues antes parce quand pourquoi depuis
jusqu apres avant weil wenn warum seit bis nachdem bevor quando desde ate depois
today yesterday tomorrow tonight morning hoy ayer manana aujourd hui hier demain heute gestern morgen hoje ontem
amanha uhr pm
order orders package parcel delivery refund booking reservation account ticket flight invoice bill payment
subscription question problem issue complaint customer client member order price money card
pedido paquete entrega reembolso reserva cuenta vuelo factura pago suscripcion pregunta problema queja cliente
socio precio dinero tarjeta
commande colis livraison remboursement compte vol facture paiement abonnement probleme plainte client cliente
membre prix argent carte
bestellung paket lieferung erstattung buchung konto flug rechnung zahlung abo frage problem beschwerde kunde
kundin mitglied preis geld karte
encomenda pacote entrega conta voo fatura pagamento assinatura pergunta reclamacao socio preco dinheiro cartao
euro euros eur dollar dollars usd pound pounds gbp reais pesos
writing write trying waiting calling contacting escribo escribiendo llamo ecris appelle schreibe rufe escrevo
ligo please favor svp bitte back zuruck vuelta regreso retour volta hour hours minutes mins km miles away
horas minutos heures stunden minuten
""".split())
_MONEY = re.compile(r"[$\u20ac\u00a3]")
# State words after "be" that are how the writer feels or where they stand, not who they are (identity._NOT_GROUPS
# is added by the caller): "je suis en retard", "I'm in a hurry".
_NOT_STATES = frozenset("""retard colere train attente vacances contact route cours conge hurry touch line queue
trouble charge shock rush contacto espera camino vacaciones kontakt urlaub eile contato espera ferias
very pretty quite bit little so too curious curieux curieuse neugierig curioso curiosa navre navree joignable
reachable erreichbar disponible disponivel grateful thankful dankbar reconnaissant reconnaissante agradecido agradecida
grato grata sorry desolee desole contento contenta satisfied satisfait satisfaite zufrieden satisfeito satisfeita
wrong right sure certain seguro segura sicher""".split())
_PREPOSITIONS = frozenset("en in on au at im em na no bei".split())  # (not "a": an article too)
_DEFINITE = frozenset("the el la los las le les l der die das den dem o os as".split())
_WRITER_OBJECTS = frozenset("me m nos mich mir uns".split())


def _start(words: Sequence[str], a: int, b: int) -> tuple[int, int] | None:
    """(first word of the subject, first word of the predicate) of the unit words[a:b], or None."""
    i = a
    while i < b and i - a < 2 and words[i] in _MARKERS:
        i += 1
    if i >= b:
        return None
    w = words[i]
    if w in _PRO_DROP:
        return i, i
    if w == "me" and i + 1 < b and words[i + 1] in _PRO_DROP:  # "me desplazo en silla de ruedas"
        return i, i + 1
    if w in _SUBJECTS:
        j = i + 1
        if j < b and words[j] in _REFLEXIVE:
            j += 1
        return i, j
    if w in _SELF_POSSESSIVES:  # "my family", "my first language", "ma langue maternelle"
        for j in range(i + 1, min(i + 4, b)):
            if words[j] in _SELF_HEADS:
                k = j + 1
                if k < b and words[k] in ("materna", "maternelle", "nativa", "materno", "nativo"):
                    k += 1
                return i, k
        return None
    # "English is my third language", "el español es mi segunda lengua": subject a language, predicate "my … language"
    if i + 1 < b and words[i + 1] in _BE and any(words[k] in _LANGUAGE_HEADS for k in range(i + 2, min(i + 6, b))) \
            and any(words[k] in _SELF_POSSESSIVES for k in range(i + 2, min(i + 4, b))):
        return i, i + 1
    return None


def _predicate(words: Sequence[str], p: int, b: int, not_groups: frozenset[str], listed: bool,
               subject: str, whole: bool = False) -> bool:
    """The words from ``p`` (up to ``b``) begin with a verb of state whose complement is no feeling, role or event.
    ``listed``: the unit holds an expression identity._find found."""
    while p < b and (words[p] in _ADVERBS or _LY.fullmatch(words[p])):
        p += 1
    if p >= b or words[p] not in _STATE or words[p] == "m" and subject != "i":
        return False
    verb, q = words[p], p + 1
    while q < b and (words[q] in _ADVERBS or _LY.fullmatch(words[q])):
        q += 1
    if q >= b:
        return False
    nxt = words[q]
    if verb in ("was", "wurde"):  # "I was born in …", "ich wurde in … geboren"
        return any(w in _BORN for w in words[q:b])
    if verb in _BORN:
        return True
    if verb in _ORIGIN:  # "I came here from Eritrea"; "je viens du magasin", "I come from the shop" only if listed
        f = q + 1 if nxt in _HERE and q + 1 < b else q
        if words[f] not in _FROM or f + 1 >= b:
            return False
        return listed or words[f] in _FROM_BARE and words[f + 1] not in _DETERMINERS and words[f + 1] not in _DEFINITE
    if verb == "fais":  # "je fais du 52"
        return nxt == "du" and q + 1 < b and words[q + 1].isdigit()
    if verb in _MEASURE:
        return nxt.isdigit() or listed
    if verb in _SPEAK:
        return nxt not in _PREPOSITIONS and nxt not in ("to", "with", "avec", "con", "mit", "com", "for", "por",
                                                        "pour", "fur", "para")
    if verb in _BE:
        if verb in ("suis", "sommes") and nxt in ("arrive", "arrivee", "arrives", "arrivees", "venu", "venue", "venus",
                                                   "venues", "ne", "nee", "nes", "nees"):
            return any(w in _FROM or w in ("en", "au", "a") for w in words[q + 1:q + 3])  # "je suis arrivé d'Haïti"
        if (nxt in _DEFINITE or verb in ("sou", "somos") and nxt in ("a", "o", "as", "os")) \
                and subject not in _SELF_POSSESSIVES and subject not in _LANGUAGE_SUBJECT:
            return False  # a role: "I'm the events lead", "soy la secretaria de …"
        if nxt in _PREPOSITIONS:
            if not (nxt == "en" and subject in ("je", "j", "nous") and q + 1 < b):
                return False
            q, nxt = q + 1, words[q + 1]  # "je suis en surpoids"
        elif nxt in _FROM and not listed:
            return False  # "soy de Madrid" (origin words after "de" are masked when listed)
        elif nxt in _DETERMINERS and q + 1 < b:
            nxt = words[q + 1]
        if nxt.isdigit():  # "I'm 82", "I'm 82 this year"; not "I'm 2 hours away"
            return q + 1 == b or words[q + 1] in _AGE_AFTER
        if nxt in not_groups or nxt in _NOT_STATES or nxt in _SUBJECTS or nxt.endswith(("ing", "ando", "iendo", "endo",
                                                                                        "indo")) \
                or _PARTICIPLE_EN.fullmatch(nxt) and nxt not in ("born", "married") and not listed:
            return False
        return b - q <= 5 or listed  # a long complement is a role or a place ("secretary of the … association")
    if verb in _HAVE and whole and nxt in _INDEFINITE and b - q <= 3:
        return True  # a sentence of its own, "Ich habe eine Tetraspastik.", "I have a stammer."
    return listed  # have, use, wear, live with …: around a listed expression only


def units(words: Sequence[str], gaps: Sequence[str], not_groups: frozenset[str],
          listed: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """(first word, end word) of every self-description unit; ``gaps[k]`` is the text before word ``k`` and
    ``gaps[len(words)]`` the text after the last word; ``listed``: the (first, end) words of the expressions
    identity._find found. Only the units that begin with a possible subject (or a word before a copula) are cut out:
    the other words of a long e-mail are not looked at twice."""
    found: list[tuple[int, int]] = []
    n = len(words)
    if not n:
        return found
    pos = 0  # the first word not inside a unit read so far
    for c in [k for k, (w, after) in enumerate(zip(words, (*words[1:], ""), strict=True))
              if w in _FIRSTS or after in _BE]:
        if c < pos:
            continue
        a = _unit_start(words, gaps, c)
        if a is None:
            continue
        b = _unit_end(words, gaps, c + 1, a + _MAX_WORDS + 3)
        if b is None:
            continue
        hit = _check(words, gaps, a, b, not_groups, any(x < b and y > a for x, y in listed))
        if hit is None:
            continue
        pos = b
        if found and hit[0] == a and found[-1][1] in (a, a - 1) and not _SENTENCE_BREAK.search(gaps[found[-1][1]]):
            found[-1] = (found[-1][0], hit[1])  # "je suis en surpoids, je fais du 52": one self-description
        else:
            found.append(hit)
        while b < n and gaps[b].strip() == "," and (end := _unit_end(words, gaps, b + 1, b + 5)) is not None \
                and _apposition(words, b, end):
            found[-1] = (found[-1][0], end)  # "I'm a pensioner, 82 this year"
            b = pos = end
    return found


_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def _break(words: Sequence[str], gaps: Sequence[str], k: int) -> bool:
    """A unit ends before word ``k``: punctuation stands before it or it is a coordinator."""
    return gaps[k] != " " and bool(_BREAK.search(gaps[k])) or words[k] in _SPLITTERS and _coordinator(words, k)


def _unit_start(words: Sequence[str], gaps: Sequence[str], c: int) -> int | None:
    """First word of the unit whose subject may be word ``c`` (at most two markers before it), else None."""
    j = c
    while True:
        if j == 0 or gaps[j] != " " and _BREAK.search(gaps[j]) or words[j - 1] in _COORDINATORS \
                and _coordinator(words, j - 1):
            return j
        if j > c - 2 and words[j - 1] in _MARKERS and words[j - 1] not in _SPLITTERS:
            j -= 1
            continue
        return None


def _unit_end(words: Sequence[str], gaps: Sequence[str], k: int, most: int) -> int | None:
    """End of the unit going on at word ``k``; None when it is longer than ``most`` words from its start."""
    n = len(words)
    while k < n and not _break(words, gaps, k):
        k += 1
        if k > most:
            return None
    return k if k <= most else None


_SPLITTERS = _COORDINATORS | {"e"}
_FIRSTS = _SUBJECTS | _PRO_DROP | _SELF_POSSESSIVES | _MARKERS | {"me"}
_NOT_BEFORE_AND = _SUBJECTS | _SELF_HEADS | frozenset("materna nativa materno nativo".split())


def _coordinator(words: Sequence[str], k: int) -> bool:
    w = words[k]
    if w == "e":  # Portuguese "and", and "é" (is) once folded: "minha língua materna é …", "eu e minha esposa"
        return k > 0 and words[k - 1] not in _NOT_BEFORE_AND
    return w in _COORDINATORS and not (w == "y" and k > 0 and words[k - 1] in ("il", "n"))  # "il y a"


_APPOSITION_FIRSTS = _DETERMINERS | frozenset("born nacido nacida ne nee geboren nascido nascida".split())


def _apposition(words: Sequence[str], a: int, b: int) -> bool:
    """words[a:b], after a comma that follows a self-description, is a short phrase about the writer ("82 this
    year", "née en 1950"): a number or a determiner first, no verb of state, nothing blocked."""
    return b - a <= 4 and (words[a].isdigit() or words[a] in _APPOSITION_FIRSTS) \
        and not any(w in _BLOCK or w in _STATE for w in words[a:b])


_LY = re.compile(r"\w{3,}(?:ly|ement|mente)")
_HERE = frozenset("here over originally aqui ici hier hierher aca".split())
_FROM_BARE = frozenset("from de d aus von".split())
_AGE_AFTER = frozenset("years year yo ans anos jahre alt old this next".split())
_GERMAN_SUBJECTS = frozenset("ich wir meine mein unsere unser".split())
_INDEFINITE = frozenset("a an un una une um uma ein eine einen".split())
_LANGUAGE_SUBJECT = frozenset("english spanish french german portuguese espanol castellano frances aleman portugues ingles "
                              "anglais espagnol allemand portugais englisch spanisch franzosisch deutsch portugiesisch "
                              "espanhol frances alemao".split())
_SENTENCE_END = re.compile(r"[.!:\n]")


def _sentence(gaps: Sequence[str], s: int, b: int) -> bool:
    """words[s:b] is a sentence of its own (or the first words of the text, up to a full stop)."""
    return (s == 0 or bool(_SENTENCE_END.search(gaps[s]))) and (b == len(gaps) - 1 or bool(_SENTENCE_END.search(gaps[b])))


def _check(words: Sequence[str], gaps: Sequence[str], a: int, b: int,
           not_groups: frozenset[str], listed: bool) -> tuple[int, int] | None:
    if "?" in gaps[b] or words[a] == "xid" and b - a == 1:
        return None
    start = _start(words, a, b)
    if start is None:
        return None
    s, p = start
    if b - s > _MAX_WORDS or not _predicate(words, p, b, not_groups, listed,
                                                  words[s] if s < p else "", _sentence(gaps, s, b)):
        return None
    for k in range(s, b):
        w = words[k]
        if w in _BLOCK or (k > p and w in _WRITER_OBJECTS) or (w.isdigit() and k + 1 < b and words[k + 1] in ("h", "am")):
            return None
        if k > s and _MONEY.search(gaps[k]):
            return None
    if words[s] in _GERMAN_SUBJECTS and _PARTICIPLE_DE.fullmatch(words[b - 1]) and words[b - 1] != "geboren":
        return None  # "ich bin 5 km gefahren", "ich habe … bekommen": an event
    from .outcome import _DENIED  # (outcome imports link and features; imported when first needed)
    if _DENIED.search(" ".join(words[s:b])):
        return None
    return s, b
