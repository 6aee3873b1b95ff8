"""(round 37b) Identifiers agents need, kept whole, each decision with its reason.

- `keep_prefixed_ids`: an identifier made of a letter prefix and digits ("ASO-0311", "BFE-0044-7719", "AP7730 4418
  2291") is a reference of the shop, the carrier or the account: a phone, bank-account or secret finding that covers
  only its digit tail cuts the reference and frees nothing personal. Such a tail finding is dropped (the identifier stays
  whole). Never after a personal document's acronym ("DNI-", "NIE-", "CPF-"): their digits stay redacted.
- `cut_person_at_company`: "hier Bogdan von Hermes", "Lucía de Correos", "Tom from DPD": a person finding that runs on
  over "von/de/from + a carrier" (cues.toml `carriers`) or a word the tenant keeps (knowledge base, ticket fields) ends
  before the particle: the company is kept, the person stays redacted.
"""
from __future__ import annotations

import functools
import re

from plugin.core.model import Span

from .cues import alternation
from .name_lists import fold

# the finding types that cut a reference's digits off ("0311" of "ASO-0311" read as a secret, a phone or an account)
_TAIL_TYPES = frozenset({"PHONE_NUMBER", "BANK_ACCOUNT", "SECRET"})
# a letter prefix joined by a hyphen, standing alone before it ("ASO-", "BFE-", "CH-"), not a word's end ("E-Banking-")
_HYPHEN_PREFIX = re.compile(r"(?<![\w./@:-])([A-Z]{2,5})-$")
# a prefix token of capitals and digits, at least two of each, before a space ("AP7730 ", "33LP "): no postcode part
# ("2QT", "0B6" hold one digit or one letter too few)
_TOKEN_PREFIX = re.compile(r"(?<![\w./@:-])(?=(?:[A-Z0-9]*[A-Z]){2})(?=(?:[A-Z0-9]*\d){2})([A-Z0-9]{4,8})[ \t]$")
# acronyms of personal documents and bank codes: their digits are personal
_PERSONAL_PREFIX = frozenset(
    "DNI NIE NIF CPF CURP RFC SSN SIN NAS NIR AHV AVS PPS PPSN BSN IBAN BIC NINO CNI RG CC CI TIN ITIN PAN NHS NI "
    "PIN PUK CVV CVC TAN".split())
_DIGIT_TAIL = re.compile(r"\d[\d \t.-]*\d")


def keep_prefixed_ids(text: str, spans: list[Span]) -> list[Span]:
    out = []
    for span in spans:
        if span.type in _TAIL_TYPES and _DIGIT_TAIL.fullmatch(text, span.start, span.end) and \
                not re.match(r"[\w-]", text[span.end:span.end + 1] or " "):
            m = _HYPHEN_PREFIX.search(text, max(0, span.start - 6), span.start)
            if m and m.group(1) not in _PERSONAL_PREFIX:
                continue  # "ASO-0311": the tail of a reference with a letter prefix
            m = _TOKEN_PREFIX.search(text, max(0, span.start - 9), span.start)
            if m and span.type == "PHONE_NUMBER":
                continue  # "AP7730 4418 2291": a parcel's or account's number printed in groups after its letters
        out.append(span)
    return out


_PARTICLE = r"(?:von|vom|de|del|da|do|from|of|chez|bei|with|with the|de la|du)"


@functools.cache
def _carrier_tail() -> re.Pattern[str]:
    return re.compile(rf"[ \t]+{_PARTICLE}[ \t]+(?:{alternation('carriers')})$")


_TAIL_WORDS = re.compile(rf"[ \t]+{_PARTICLE}[ \t]+((?:[A-ZÀ-Þ][\w&'’.-]*)(?:[ \t]+[A-ZÀ-Þ][\w&'’.-]*){{0,3}})$")


def cut_person_at_company(text: str, spans: list[Span], tenant_terms: frozenset[str] = frozenset()) -> list[Span]:
    out = []
    for span in spans:
        if span.type == "PERSON":
            value = text[span.start:span.end]
            m = _carrier_tail().search(value)
            if m is None and tenant_terms:
                t = _TAIL_WORDS.search(value)
                if t and (fold(t.group(1)) in tenant_terms or all(fold(w) in tenant_terms for w in t.group(1).split())):
                    m = t
            if m and m.start() > 0:
                span = Span(span.type, span.start, span.start + m.start(), span.score)  # "Bogdan von Hermes" -> "Bogdan"
        out.append(span)
    return out


# --- (round 37b) words that are no names, each with its reason ---
# Academic and professional titles of Austria and Germany written in capitals before a name ("DI Gottfried X",
# "DI (FH) X", "DDr. X", "Mag.a X"): case-sensitive, so "Di Stefano" keeps its particle.
_CAPITAL_TITLE = re.compile(r"(?:(?:DI|DDI|DDr|Dkfm|Mag\.a|MMag|Ing|BSc|MSc|BA|MA|DI \(FH\))\.?[ \t]+)+(?=[A-ZÀ-Þ])")
# A field's label before its colon ("Firma:", "Fecha:", "Tarif:", "Assunto:"): a form's word, no one's name.
_FIELD_LABELS = frozenset(fold(w) for w in (
    "firma unterschrift signature assinatura signatura fecha date datum data texto texte text tarif tarifa tariff "
    "asunto assunto objet betreff subject motivo motif grund reason status estado statut estatuto zustand "
    "empresa société entreprise unternehmen company companhia produto produit producto produkt artikel artigo "
    "article login cookie host referer origen origem origine herkunft nota notiz note remarque observação "
    "observaciones observações bemerkung anmerkung comentario comentário commentaire kommentar canal kanal channel "
    "nascimento nacimiento naissance geburt geburtsdatum titular inhaber morada endereço dirección adresse anschrift "
    "domicilio resumo resumen résumé zusammenfassung summary usuário usuario utilisateur benutzer benutzername "
    "adhérent adherente socio sócio mitglied "
    # a chat speaker's role before the colon: a student, an operator, a visitor (the person's name is elsewhere)
    "aluno aluna alumno alumna estudante estudiante élève étudiant étudiante student studentin schüler schülerin "
    "operatore operatrice opérateur opératrice operador operadora visitante visiteur visiteuse besucher besucherin "
    "visitor").split())
# the label's colon, after up to two lower-case words ("Fecha de compra:", "Data de entrega:")
_LABEL_AFTER = re.compile(r"(?:[ \t]+[a-zà-ÿ][a-zà-ÿ-]*){0,2}[ \t]*:(?![/\d])")
# A role in brackets after a name ("Uschi (Kassenwartin)", "Marta (tesorera)", "Luc (trésorier)"): the club's or the
# household's office, not a second name. German feminine forms in -in are read through their masculine.
_OFFICE = frozenset(fold(w) for w in (
    "treasurer secretary chair chairman chairwoman chairperson president vice-president captain coordinator "
    "organiser organizer admin administrator moderator trustee steward caretaker "
    "kassenwart kassierer kassier schriftführer vorsitzende vorsitzender vorstand obmann obfrau sprecher leiter "
    "koordinator betreuer trainer hausverwalter verwalter elternvertreter klassensprecher "
    "trésorier trésorière secrétaire président présidente coordinateur coordinatrice responsable animateur animatrice "
    "délégué déléguée syndic gérant gérante "
    "tesorero tesorera secretario secretaria presidente presidenta vocal coordinador coordinadora encargado encargada "
    "delegado delegada administrador administradora "
    "tesoureiro tesoureira secretário secretária síndico síndica coordenador coordenadora responsável "
    "encarregado encarregada gerente").split())
_BRACKETED = re.compile(r"\(([^\W\d_][\w-]*)\)")
# A word of endearment or of judgement written in lower case, alone ("gracias reina", "escaneada, mal", "merci ma
# belle"): a listed first name sometimes, never one written so.
_PLAIN = frozenset(fold(w) for w in (
    "reina rey cariño corazón guapa guapo mija mijo nena nene amor mi amor cielo chula bonita linda lindo "
    "chérie chéri belle beau bichette loulou "
    "schatz schatzi süße süßer liebling maus mausi "
    "querida querido fofa fofo gata gato mana mano miga flor "
    "mal bien bom bem gut bon ok vale genial top").split())


# A weekday's or a month's short name before a date's number ("Thu Jan 15, 2026", "Date: Tue, 17 Nov"): a date, no
# one's name. Short forms only, capitalised, and only before a digit ("Jun", "Mar" alone may be people).
_DATE_WORDS = frozenset(
    "Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Lun Mié Mie Jue Vie Sáb Dom Ene Abr Ago Dic Mer Jeu Ven Sam Dim Janv Févr Avr Juil Déc "
    "Mo Di Mi Do Fr Sa So Mär Okt Dez Seg Ter Qua Qui Sex Fev Out Set".split())
_BEFORE_NUMBER = re.compile(r"[ \t]*[,.]?[ \t]*\d")
# A reference's cue in capitals before its number ("return RMA 55190", "SKU 40-1187"): the id's name, no one's.
_ID_CUE = re.compile(r"(?:RMA|SKU|REF|INV|ORD|TKT|PO|SO|PNR)")
_ID_AFTER = re.compile(r"[ \t]?[#:-]?[ \t]?\d{3,}")


def _office(word: str) -> bool:
    folded = fold(word)
    return folded in _OFFICE or folded.endswith("in") and folded[:-2] in _OFFICE


def drop_not_names(text: str, spans: list[Span], lang: str) -> list[Span]:
    """Every language: the language detector reads a short Spanish form as English ("Firma: …"), and the words are no
    English names either (a UK "DI Smith" is a detective inspector)."""
    out = []
    for span in spans:
        if span.type in ("PERSON", "STREET_ADDRESS", "LOCATION") and _ID_CUE.fullmatch(text, span.start, span.end) and \
                _ID_AFTER.match(text, span.end):
            continue  # "return RMA 55190": the reference's cue
        if span.type == "PERSON":
            value = text[span.start:span.end]
            m = _CAPITAL_TITLE.match(value)
            if m:
                span = Span(span.type, span.start + m.end(), span.end, span.score)  # "DI Gottfried X" -> "Gottfried X"
                value = value[m.end():]
            if " " not in value and (
                    fold(value) in _FIELD_LABELS and _LABEL_AFTER.match(text, span.end)  # "Firma: …"
                    or text[span.start - 1:span.start] == "(" and (br := _BRACKETED.match(text, span.start - 1)) is not None
                    and br.end() == span.end + 1 and _office(value)  # "(Kassenwartin)"
                    or value.islower() and fold(value) in _PLAIN):  # "gracias reina"
                continue
            if all(w.strip(",.") in _DATE_WORDS for w in value.split()) and _BEFORE_NUMBER.match(text, span.end):
                continue  # "Thu Jan 15", "Tue, 17 Nov"
        out.append(span)
    return out


# --- (round 37b) a product's title after an order verb wins over a person finding it overlaps ---
# "I did order the Trellis Arch", "Returned the Wexford Chelsea Boot", "comprei um fone Sonora Buds Pro", "encomendei os
# tenis Beatriz Runner", "j'ai commandé la lampe Honoré Duo": an order verb of five languages, an article or possessive,
# up to three lower-case nouns, then a title of two to five capitalised words (a particle may join them). One
# capitalised word stays a possible person ("ordered the cake Tom wanted"), and so does a listed first name followed by
# a listed surname alone ("bought the gift Tom Smith wanted").
_ORDER_VERB = (r"ordered|bought|purchased|returned|reordered|pre-?ordered|order|buy|purchase|return|"
               r"compr[éeóo]|compramos|compraste|ped[íi]|pedimos|encargu[ée]|encargamos|adquir[íi]|"
               r"command[ée]e?s?|achet[ée]e?s?|commande|réservé|"
               r"bestellt(?:e|en)?|gekauft|kaufte|kauften|bestelle|"
               r"comprei|comprou|compraram|encomendei|encomendamos|encomendou|encomendaram|adquiri")
_ARTICLE = (r"the|a|an|my|our|this|that|el|la|los|las|un|una|unos|unas|mi|mis|este|esta|le|les|une|des|mon|ma|mes|ce|"
            r"cette|den|die|das|dem|einen|eine|ein|meinen|meine|mein|o|os|as|um|uma|uns|umas|meu|minha|meus|minhas|esse|essa")
_ORDER_TITLE = re.compile(
    rf"(?i:\b(?:{_ORDER_VERB})(?:[ \t]+(?:{_ARTICLE}))?)"
    r"((?:[ \t]+(?-i:[a-zà-ÿ][a-zà-ÿ-]+)){0,3})[ \t]+"
    r"((?-i:[A-ZÀ-Þ][\w'’+-]*)(?:[ \t]+(?:(?:of|de|da|do|del|des|du|von)[ \t]+)?(?-i:[A-ZÀ-Þ][\w'’+-]*|\d[\w'’-]*)){1,4})")


_VERB_LOWER = re.compile(rf"\b(?:{_ORDER_VERB})")
_ORDER_STEMS = ("order", "bought", "purchas", "return", "buy", "compr", "pedí", "pedi", "encarg", "adquir", "command",
                "achet", "réserv", "bestell", "kauf", "encomend")


def _order_titles(text: str) -> list[tuple[int, int]]:
    from .name_lists import function_words, is_first, is_last

    lower = text.lower()
    if not any(stem in lower for stem in _ORDER_STEMS):  # (speed) no order verb, no pattern run
        return []
    if len(lower) == len(text):  # (speed) the verbs found case-sensitively in the lower-cased text, the title tried there
        matches = [m for v in _VERB_LOWER.finditer(lower) if (m := _ORDER_TITLE.match(text, v.start()))]
    else:
        matches = list(_ORDER_TITLE.finditer(text))
    out = []
    for m in matches:
        nouns = m.group(1).split()
        if any(fold(n) in function_words() for n in nouns):
            continue  # "bought it for Tom Smith": a preposition, not a product noun
        words = m.group(2).split()
        caps = [w for w in words if w[:1].isupper()]
        if len(caps) == 2 and len(words) == 2 and is_first(fold(caps[0])) and is_last(fold(caps[1])):
            continue
        out.append((m.start(2), m.end(2)))
    return out


def products_win(text: str, spans: list[Span]) -> list[Span]:
    titles = _order_titles(text)
    if not titles:
        return spans
    out = []
    for span in spans:
        if span.type == "PERSON":
            hit = next(((a, b) for a, b in titles if a < span.end and span.start < b), None)
            if hit:
                a, b = hit
                left = text[span.start:max(span.start, a)].rstrip(" \t,;:")
                if any(w[:1].isupper() for w in left.split()) and span.start < a:
                    out.append(Span(span.type, span.start, span.start + len(left), span.score))  # the part before it
                continue  # the product title is kept
        out.append(span)
    return out


def _outside(text: str, span: Span, lo: int, hi: int) -> list[Span]:
    """The parts of a person finding left and right of a kept range that still hold a capitalised word."""
    out = []
    for a, b in ((span.start, min(span.end, lo)), (max(span.start, hi), span.end)):
        part = text[a:b] if a < b else ""
        stripped = part.strip(" \t\n,;:–—-·|()")
        if stripped and any(w[:1].isupper() for w in stripped.split()):
            a += part.index(stripped)
            out.append(Span(span.type, a, a + len(stripped), span.score))
    return out


def companies_win(text: str, spans: list[Span]) -> list[Span]:
    """(round 37b) A company the keep rules name by its legal form or its trade word ("Mutuelle X", "X Couriers",
    "X & Y Ltd") wins over a person finding a later step adds on it (a thread's echo of a word, a speaker's name): the
    keep filter runs before those steps. The parts of the finding outside the company stay redacted."""
    if not any(s.type == "PERSON" for s in spans):
        return spans
    from .keep import _companies, _first_and_last, _trade_names, owner_business

    # "Lucía X de Talleres X S.L.": the business starts at its trade word, its owner before it is a person
    ranges = [(owner.end() if (owner := owner_business(text, a, b)) else a, b) for a, b in _companies(text) + _trade_names(text)]
    if not ranges:
        return spans
    out = []
    for span in spans:
        hit = next(((a, b) for a, b in ranges if a < span.end and span.start < b), None) if span.type == "PERSON" else None
        if hit is None or "," in text[max(span.end, hit[0]):hit[1]] or _first_and_last(text[span.start:span.end]):
            out.append(span)  # "Jelena X, Pflegedienst Y GmbH": a signer before a comma; a first name and a surname
        else:
            out.extend(_outside(text, span, *hit))
    return out


# --- (round 37b) a parcel's number read as a phone ---
# "guía paquetería 7781 0044 3920", "Guía de Estafeta 7043 …", "via DPD, 1550 2287 4410 93", "Sendung 99.00.118204.77105":
# twelve digits or more in groups, after a parcel word or a carrier on the same line, with no phone word between; never
# a number written with "+", "00" or brackets (a phone's country or area code).
_PARCEL_CUE = re.compile(r"(?i)(?<![\w-])(?:tracking|parcel|package|shipment|consignment|courier|suivi|colis|envoi|"
                         r"gu[ií]a|paqueter[ií]a|seguimiento|env[ií]o|sendung(?:snummer)?|paket|rastreio|rastreamento|"
                         r"encomenda|objeto)(?![\w-])")
_PHONE_WORD = re.compile(r"(?i)(?<![\w-])(?:tel|tél|tlf|tfno|phone|call|ring|reach|mobile|cell|cel|móvil|movil|celular|"
                         r"llam\w*|appel\w*|rappel\w*|joindre|portable|handy|erreichbar|anruf\w*|telefon\w*|telefone|"
                         r"teléfono|telemóvel|fone|ligar?|liga|contact\w*|whats\w*|zap|fax)(?![\w-])")


@functools.cache
def _carrier_word() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation('carriers')})(?![\w-])")


def keep_parcel_numbers(text: str, spans: list[Span]) -> list[Span]:
    out = []
    for span in spans:
        value = text[span.start:span.end]
        if span.type == "PHONE_NUMBER" and sum(c.isdigit() for c in value) >= 12 and \
                not value.startswith(("+", "00", "(")) and re.fullmatch(r"[\d .]+", value):
            line = text.rfind("\n", 0, span.start) + 1
            before = text[max(line, span.start - 40):span.start]
            cue = [m.end() for m in _PARCEL_CUE.finditer(before)] + [m.end() for m in _carrier_word().finditer(before)]
            if cue and not _PHONE_WORD.search(before, max(cue)):
                continue  # a parcel's number after its cue or carrier
        out.append(span)
    return out

