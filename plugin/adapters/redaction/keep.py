"""Identifiers that must survive redaction: order, ticket, invoice, tracking and account numbers, SKUs, prices,
dates, company names with a legal form, product names after a product noun, before one ("the KALLAX shelf") or after
a brand ("Nissan Versa"), colour and finish names ("Midnight Blue", "coloris Bleu Canard").

Each keep decision is explainable by the rule that made it: a cue word before the value (in five languages,
data/cues.toml), a format (Amazon 3-7-7, UPS 1Z, a date that no birth cue precedes), a legal form ending a
company name ("Ltd", "GmbH", "SA de CV"), a product noun before a brand ("Kühlschrank Bosch KGN39").
Values found through a cue of their own (a date of birth, a password, an id after "DNI") are not subject to it:
see `CUED_TYPES`.

Two mechanisms, both needed:
- `is_identifier(value)`: ANCHORED formats checked against a detected span's whole text. Anchoring matters:
  an unanchored `\\d{4}-\\d{4}` would also free the card 4111-1111-1111-1111 (tests/unit/test_pii_patterns.py holds this).
- `protected_ranges(text)`: values right after a cue word ("order 998877", "tracking number is 1Z...").
  A detected span lying entirely inside such a range is dropped.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from .addresses import STREET_SUFFIXES, STREET_TYPES
from .cues import alternation, words
from .name_lists import (
    ORG_WORDS,
    PARTICLES,
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
from .name_words import name_probability

_DATE = (r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}/\d{1,2}/\d{1,2}")
_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_PRICE = r"[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£¥]|usd|eur|gbp|chf|dollars?|euros?)"
_IDENTIFIER_FORMS = [
    r"#\s?\d[\w-]*",                                     # #12345, #A-4471932
    r"#?[A-Z]{1,2}-\d{5,}",                              # A-4471932
    r"(?:ord|order|inv|invoice|inc|tkt|tck|ticket|case|ref|rma|po|so|req|sr|cs|bkg|res|conf|cust|acct|"
    r"ret|rtn|ship|shp|pkg|trk|sku|item|prd|art|sn|s/n)[-_#: ]?[A-Z0-9]*\d[A-Z0-9-]*",
    r"[A-Z]{2,5}-[A-Z0-9]{1,6}-[A-Z0-9-]*\d[A-Z0-9-]*",   # SKU-AB-1234, PRJ-X-12
    r"1Z[0-9A-Z]{16}",                                   # UPS
    r"1Z(?: ?[0-9A-Z]){16}",                             # UPS as printed in groups ("1Z 4E7 W62 03 9182 7734")
    r"(?:JJD|JD|GM|LX|RR|RX|EA|CP|LZ|UA|RB|CH)\d{9,18}(?:[A-Z]{2})?",  # DHL / postal (UPU S10)
    r"T\d{10}",                                          # UPS freight
    _DATE, _PRICE,
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?",     # times
]
IDENTIFIER = re.compile("^(?:" + "|".join(_IDENTIFIER_FORMS) + ")$", re.I)
DATE = re.compile(rf"^(?:{_DATE})$")

_CUES = (r"order|purchase|invoice|ticket|case|incident|request|reference|ref|tracking|shipment|parcel|"
         r"package|consignment|waybill|awb|sku|item|product|model|serial|confirmation|booking|"
         r"reservation|rma|return|receipt|transaction|subscription|contract|policy|claim|voucher|coupon|"
         r"promo|gift ?card|refund|po|ups|fedex|dhl|usps|royal mail|tnt|gls|dpd|hermes|"
         # (round 18) a member's or subscriber's number ("member number M-448190-W")
         r"member(?:ship)?|loyalty|subscriber|customer")
CUES = _CUES  # (round 34) plates.py: a plate on its own is never one after these words
_CUE_VALUE = re.compile(
    rf"(?i)\b(?:{_CUES})s?(?:\s+(?:number|no\.?|num|nr\.?|id|code|#|ref))?(?:\s+(?:is|was))?\s*[:#=]?\s*"
    r"(#?[A-Z0-9][A-Z0-9/_-]*\d[A-Z0-9/_-]*)"
    r"((?:\s*(?:,|and|&|or)\s*#?[A-Z0-9-]*\d[A-Z0-9-]*)*)")
_TRACKING_SPACED = re.compile(
    r"(?i)\b(?:tracking|fedex|ups|usps|dhl|waybill|awb|consignment|"
    # (round 18) the tracking cues of es/fr/de/pt: "GUÍA: 7741 0295 3386", "n° de suivi 6A12 …", "Sendungsnummer"
    r"gu[ií]a|n[º°o]\.? de gu[ií]a|seguimiento|suivi|colis|sendungsnummer|sendung|rastreio|rastreamento|"
    r"c[óo]digo de rastreio|objeto|registo)"
    r"(?:\s+(?:number|no\.?|#|n[º°o]\.?|número|numéro|nummer))?(?:\s+(?:is|es|est|ist|é))?\s*[:#]?\s*"
    r"(\d{4}(?: \d{4}){2,5}(?: \d{2})?)\b")
# (round 18) A spaced parcel number followed by its carrier: "7731 0498 2215 de DHL Express", "… via UPS".
_TRACKING_CARRIER = re.compile(rf"(?<!\d)(?<!\d )(\d{{4}}(?: \d{{4}}){{2,5}})[ \t]+(?:de|by|via|with|con|por|par|avec|pela|pelos|"
                               rf"pelo|com|mit|von|per)[ \t]+(?:{alternation('carriers')})(?![\w-])")
# (round 18) An identifier read aloud after its cue: "the order number is four four seven one, two nine three", "el
# número de pedido es cuatro cuatro siete…", "die Bestellnummer ist vier vier sieben…", "c'est quatre quatre sept…".
# Digit words of the five languages, capital letters and dash words, three or more (no digits: a card read out stays
# a card); the cue names an order, parcel, invoice, ticket, customer number or contract (never a phone: a phone has its
# own cue); not a bare "account" (a bank's), not a speaker's role ("CLIENTE: nove um dois…").
_DIGIT_WORD = (r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|cero|uno|dos|tres|cuatro|cinco|"
               r"seis|siete|ocho|nueve|zéro|un|deux|trois|quatre|cinq|six|sept|huit|neuf|null|eins|zwei|zwo|drei|vier|"
               r"fünf|sechs|sieben|acht|neun|um|dois|três|quatro|sete|oito|nove|meia|dash|hyphen|guion|guión|tiret|"
               r"bindestrich|strich|traço|hífen|(?-i:[A-Z]))")
_SPOKEN_ID = re.compile(rf"(?i)\b((?:{_CUES}|{alternation('keep_cues')}|{alternation('member_cues')}))"
                        r"([ \t]+(?:number|no\.?|nr\.?|código|code|id|reference|ref))?"
                        r"(?:[ \t]+(?:is|it's|was|es|era|est|c'est|c’est|ist|lautet|é|são|:)|[ \t]*:)[ \t]+"
                        rf"({_DIGIT_WORD}(?:[ \t,.-]+{_DIGIT_WORD}){{2,}})\b")
_BANK_WORDS = frozenset("account acct cuenta compte konto conta".split())
_ROLE_CUES = frozenset("customer client cliente kunde kundin member socio sócio associado abonado assinante abonné "
                       "d'abonné adhérent d'adhérent mitglied abonnent subscriber".split())
_SPACED_DIGITS = re.compile(r"\d{4} \d{4} \d{4}")
_SPACED_GROUPS = re.compile(r"\d{2} \d{2}")
# (round 18) A customer's, contract's, member's, invoice's or order's number written in groups after its own cue:
# "numéro client : 7741 209 338", "Kundennummer lautet 448 190 27", "customer number 4471 2209 18". Six to twelve digits
# (never a card's 13 to 19); not after a bare "account", "Konto" or "conta" (a bank account is personal).
_SPACED_CUE_VALUE = re.compile(
    r"(?i)\b(?:customer|client|member(?:ship)?|contract|policy|invoice|order|tracking)[ \t]+(?:number|no\.?|nr\.?|#|id)|"
    r"\b(?:n[º°o]\.?|numéro|número|nummer)[ \t]+(?:de[ \t]+|d')?(?:cliente|client|socio|sócio|adhérent|contrato|contrat|"
    r"commande|pedido|factura|fatura|facture|suivi|seguimiento|rastreio)\b|"
    r"\b(?:kundennummer|kunden-?nr\.?|vertragsnummer|vertragskonto|mitgliedsnummer|rechnungsnummer|bestellnummer|"
    r"sendungsnummer|auftragsnummer)")
_SPACED_VALUE = re.compile(r"(?:[ \t]+(?:is|es|est|ist|é|lautet|era|war))?[ \t]*[:#]?[ \t]*(\d{2,5}(?:[ \u00a0]\d{2,5}){1,4})(?![\d,.]\d|[ \u00a0]\d)")
# (round 18) A UPU S10 item number (UPU standard S10: two letters, eight digits and a check digit, the posting
# country's ISO code), as carriers print it, spaced or not: "RR 552 018 473 PT", "CP104722381FR", "LX 123 456 789 DE".
_S10 = re.compile(r"(?<![\w-])[A-Z]{2}[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}[ ]?[A-Z]{2}(?![\w-])")
_LEGAL_FORM = (r"Ltd\.?|Limited|LLC|Inc\.?|inc\.|ltd\.|PLC|plc|Pty(?: Ltd)?|GmbH(?: & Co\.? KG)?|AG|KG|e\.V\.|AS|A/S|ASA|AB|"
               r"S\.?A\.?(?: de C\.?V\.?)?|SA de CV|S\.L\.|SL|SARL|SAS|S\.A\.S\.|Lda\.?|Ltda\.?|S\.p\.A\.|SpA|S\.r\.l\.|Srl|"
               r"SRL|BV|B\.V\.|NV|Group|& Co\.?|Co\.(?![ \t]+[A-ZÀ-Þ])|and Sons|"  # (round 18) "Southern Cross Outdoor Co.", not "Co. Cork"
               # round 13: Belgian, Swiss, French, German and Portuguese forms the list lacked
               r"SPRL|Sàrl|SàRL|S\.à r\.l\.|EURL|SNC|SCOP|GbR|OHG|UG(?: \(haftungsbeschränkt\))?|e\.K\.|"
               r"Unipessoal,? Lda\.?|EIRELI|S/A|e\.U\.|"  # (round 37b) Austria's sole trader (eingetragenes Unternehmen)
               # round 14: partnerships and professional firms ("… & Associés SELARL", "… LLP", "… & Fils", "…, Sociedade
               # de Advogados"), the successor forms after "&" in five languages
               r"LLP|PLLC|S\.L\.P\.|SLP|SELARL|SELAS|SCP|PartG(?: mbB)?|Sociedade de Advogados|Avocats|Abogados|Advogados|"
               r"Rechtsanwälte|Solicitors|Attorneys|& (?:Fils|Filles|Söhne|Sohn|Hijos|Filhos|Sons|Associés|Associates|"
               r"Asociados|Associados|Partners?|Cie\.?)")
# (round 13) a particle may stand between the capitalised words: "Atelier Penn ar Bed SARL", "Casa da Luz Lda."
_COMPANY = re.compile(rf"(?:[A-ZÀ-Þ][\w&'’.-]*(?:,? (?:and|y|et|und|e|&) |[ ,-]+)(?:(?:de|du|des|da|do|dos|das|del|von|van|"
                      rf"der|ar|an|la|le|a|of)[ ]+)?){{1,4}}(?:{_LEGAL_FORM})(?![\w])")  # (round 37b) "Rent a Car S.L."
_PLURAL = r"(?:e?s|x|e?n|e)?"  # "composteurs", "regadores", "Sessel", "Lampen" (round 11)
# (round 22) a particle may join the name's words ("aquecedor Serra da Estrela", "Spiel Die Siedler von Catan", "colchón
# Sierra del Norte"); a size or version ends it ("Nazaré Pro 7'2")
_PRODUCT_NAME = (r"[ \t]+((?:[A-ZÀ-Þ][\w-]*|[A-Z0-9-]*\d[\w-]*)"
                 r"(?:[ \t]+(?:(?:da|do|dos|das|de la|del|della|von|of|du|des)[ \t]+(?=[A-ZÀ-Þ]))?"
                 r"(?:[A-ZÀ-Þ][\w-]*|[A-Z0-9-]*\d[\w-]*(?:['’]\d{1,2})?|Pro|Max|Plus|Mini)){0,3})")
_PRODUCT = re.compile(rf"(?:(?i:\b(?:{alternation('product_nouns')}){_PLURAL})|\b(?:{alternation('product_nouns_lower')}){_PLURAL})"
                      + _PRODUCT_NAME)
# (round 18) A product noun of the lower-case list opens a field or a line in capitals ("Assunto: Cadeira Mariza",
# "…;Lámpara Formentor Arcilla;", "3276000412890 Perceuse Tornade 18V"): at a line's start, after a field's colon,
# semicolon, bar or tab, or after a quantity or an article number; not after a house number ("88 Rideau Terrace").
# (speed) the few field openings are found first, the noun is tried only there.
_FIELD_OPEN = re.compile(r"(?m)(?:^|[:;|\t]|\d{8} |\d{13} |\d ?[x×] )[ \t]*(?=[A-ZÀ-Þ])")
_FIELD_PRODUCT = re.compile(rf"(?i:(?:{alternation('product_nouns_lower')}){_PLURAL})" + _PRODUCT_NAME)
# After a number only a product noun names a thing ("douze composteurs X"; not "on level 2 charged X's card").
_PRODUCT_NOUN = re.compile(rf"(?:(?i:{alternation('product_nouns')}|{alternation('product_nouns_after')})|"
                           rf"{alternation('product_nouns_lower')}){_PLURAL}")
_NUMBER = re.compile(r"(?i)\d+|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta|cuarenta|"
                     r"cincuenta|cien|deux|trois|quatre|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|"
                     r"cinquante|cent|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|dreißig|vierzig|"
                     r"fünfzig|hundert|duas|três|quatro|sete|oito|nove|dez|doze|vinte|trinta|quarenta|cinquenta|cem")
# A brand and a model code of capitals then digits or a version ("Jura E8", "Dyson V15", "Orion Hub v2"); never a bare
# number ("Hauptstraße 12").
_MODEL = re.compile(r"\b[A-ZÀ-Þ][a-zà-ÿ]+(?:\s[A-ZÀ-Þ][\w-]+)?\s(?:[A-Z]{1,4}\d{1,5}[A-Z]{0,3}|v\d{1,2}(?:\.\d{1,2})?)\b"
                    r"(?!\s(?:\d[A-Z]{2}|[A-Z0-9]{4}|\d[A-Z]\d)\b)(?:\s(?:Pro|Max|Plus|Mini))?")  # not "Bristol BS6 5NR"
# (round 24) A brand and a model named by a number and a model word ("Veltro Nova 14 Pro", "Aurel 12 Mini", "Pixa 7
# Lite"), or by a number with a decimal ("Tessin Combi 1.5"); never a bare number or a house number after a name
# ("Hauptstraße 12", "Calle Mayor 3"), a street word or a function word.
_MODEL_WORD = re.compile(r"\b([A-ZÀ-Þ][a-zà-ÿ]{2,}(?:[ \t][A-ZÀ-Þ][a-zà-ÿ]+)?)[ \t](?:\d{1,3}[ \t](?:Pro|Mini|Max|Plus|Ultra|Lite|"
                         r"SE|XL|Neo|Edge)|\d{1,2}\.\d)(?![\w.,]\d|[\w%€$£])")


def _models(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _MODEL_WORD.finditer(text):
        words = [fold(w) for w in m.group(1).split()]
        if words[0] in function_words() or _STREET_BEFORE.search(text, max(0, m.start() - 24), m.start()) or \
                re.search(rf"(?i)\b(?:{STREET_TYPES})\b|(?:{STREET_SUFFIXES})$", m.group(1)) or \
                len(words) == 2 and is_first(words[0]) and is_last(words[1]):
            continue
        out.append((m.start(), m.end()))
    return out


# (round 11) a thing bought, a name and a size or version number after an indefinite article: "un Lumen 14", "a
# Tidewell 2"; people are not counted so ("una Calle 14" is no phrase: street words end a name, addresses have cues)
# (round 33) A thing bought named by capitalised words and a size or model code with its unit or letter ("Hearthly 5L",
# "Ridgeback 2P", "Vela 5Q", "Munken Pure 300 g", "Bread Flour 50 lb"): people and streets carry no such code. Not a
# unit or street word before the code ("Apt 4B", "Portal 3A"), not a listed first name with a surname.
_SIZED = re.compile(r"(?<![\w'’@#-])((?:[A-ZÀ-Þ][a-zà-ÿ'’-]+[ \t]+){1,3})(?!\d[A-Z]{2}\b)\d{1,4}(?:[A-Z]{1,2}\b|[ \t]?(?:L|l|ml|g|kg|cm|mm|lb|lbs|oz|"
                    r"GB|TB|W|mAh)\b)(?![\w/-])")
_NOT_SIZED = frozenset("apt apartment flat suite unit room rm floor fl block building bldg box gate seat row line platform "
                       "piso puerta portal escalera bloque planta apto depto dpto andar bloco casa lote sala loja "
                       "appartement étage bâtiment bat porte escalier stiege stock tür haus wohnung top zimmer "
                       "terminal aisle bay dock level pier stand track zone".split())
_EIRCODE_END = re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t][0-9AC-FHKNPRTV-Y]{4}$")
_ARTICLE_MODEL = re.compile(r"(?<![\w'’-])(?:un|una|um|uma|une|ein|eine|einen|a|an)[ \t]+([A-ZÀ-Þ][a-zà-ÿ]{2,}[ \t]+\d{1,3})"
                            r"(?![\w%€$£]|[.,:/-]\d|[ \t]*(?:[€$£%]|h\b|min\b|kg\b|km\b|cm\b|mm\b|ans\b|años\b|anos\b|jahre\b|years?\b))")
_KEEP_CUE_VALUE = re.compile(rf"(?i)\b(?:{alternation('keep_cues')}|{alternation('member_cues')})(?:\s+(?:n[º°o]\.?|nr\.?|number|número|numéro|nummer))?"
                             r"(?:\s+(?:es|est|ist|é|is|era|war|était|lautet))?"  # (round 18) "numéro d'adhérent est 4471-220-B"
                             r"\s*[:#]?\s*(?-i:([A-Z0-9][A-Z0-9/_-]*\d[A-Z0-9/_-]*))")
# (round 11) material, colour, size and use words may stand between the name and the noun: "the X cedar bed", "X
# senior kibble", "X dining table"; none of them a verb, so "Sarah bought a table" stays a person
_MODIFIER = rf"(?:{alternation('product_modifiers')}|{alternation('colours')}|{alternation('product_nouns_after')})"
_PRODUCT_AFTER = re.compile(rf"\b((?:[A-ZÀ-Þ][\w.-]*|[A-Z0-9]*[A-Z][\w.-]*\d[\w.-]*)(?: +(?:[A-ZÀ-Þ][\w.-]*|\d{{1,4}}(?:[LlK]|kg|cm|mm)?|of|the|de|des)){{0,4}})"
                            rf"(?<!\.)(?=((?i: {_MODIFIER}){{0,2}} (?i:{alternation('product_nouns_after')}))\b)")
# (speed) every _PRODUCT_AFTER match holds " <noun>" of this list: a text without one skips the pattern (which tries
# every capitalised run and its lookahead)
_PRODUCT_AFTER_NOUN = re.compile(rf"(?i) (?:{alternation('product_nouns_after')})\b")
# (round 11) An institution named after a person or a place: "l'école Jules-Ferry de Saint-Denis", "CEIP Rosalía de Castro",
# "Hospital de Santa Maria"; the run (with its particles) is the institution's name, not a person.
_INSTITUTION = re.compile(rf"(?i:\b(?:{alternation('institutions')}))[ \t]+((?:(?:de|da|do|del|des|du|am|an der)[ \t]+)?"
                          r"[A-ZÀ-Þ][\w'’-]*(?:[ \t]+(?:(?:de|da|do|dos|das|del|de la|des|du)[ \t]+)?[A-ZÀ-Þ][\w'’-]*){0,3})")
_HONORIFIC = re.compile(rf"(?i:{alternation('titles')})(?![\w])")
# A brand that is also a sign-off at a line start ("LG" = Liebe Grüße, "VG"): the name after it is a person.
_CLOSING_BRAND = re.compile(r"[ \t>*-]*(?:LG|VG|MfG|lg|vg|mfg)[ \t,]+[A-ZÀ-Þ][a-zà-ÿ]")
def _closing_brand(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \t>*-") and bool(_CLOSING_BRAND.match(text, line_start))


_REPLY = re.compile(rf"(?i:\b(?:{alternation('reply_cues')}))[ \t]*((?-i:[A-ZÀ-Þ@][\w&'’.-]*)(?:[ \t]+(?-i:[A-ZÀ-Þ][\w&'’.-]*)){{0,3}})"
                    r"(?=[ \t]*:)")
_BRAND = re.compile(rf"(?i:\b(?:{alternation('brands')}))(?:[ \t]+(?:[A-ZÀ-Þ][\w.-]*|[A-Z0-9-]*\d[\w.-]*)){{1,2}}")
_COLOUR_WORDS = frozenset(words("colours"))
_COLOUR_CUED = re.compile(rf"(?i:\b(?:{alternation('colour_cues')}))[ \t:]+((?:[A-ZÀ-Þ][\w'-]*)(?:[ \t]+[A-ZÀ-Þ][\w'-]*){{0,2}})")
_CAP_PHRASE = re.compile(r"(?<![\w'’-])(?=([A-ZÀ-Þ][\w'’]*(?:[ \t-]+[A-ZÀ-Þ][\w'’]*){1,2}\b))")  # overlapping


def _colour_phrases(text: str) -> list[tuple[int, int]]:
    """Paint and finish names of two or three words, each a colour word ("Midnight Blue", "Gris Oxford", "Weiß
    Hochglanz"). One capitalised colour word alone ("Green", "Rosa") may be a surname: kept only after a colour cue."""
    out = []
    for m in _CAP_PHRASE.finditer(text):
        words = re.split(r"[ \t-]+", m.group(1))
        while len(words) >= 2 and not all(w.lower() in _COLOUR_WORDS for w in words):
            words.pop()  # "Gris Oxford Ltd" -> "Gris Oxford"
        if len(words) >= 2:
            out.append((m.start(1), m.start(1) + len(" ".join(words))))
    return out


_COLOUR_FIRST_NAMES = frozenset(words("colours_after_product"))
_COLOUR_AFTER_WORDS = _COLOUR_WORDS | _COLOUR_FIRST_NAMES
_COLOUR_AFTER = re.compile(rf"(?:[ \t]+(?:{alternation('product_nouns_after')}))?"
                           r"[ \t]+((?:in|en|em|na|in der farbe|couleur|cor|color)[ \t]+)?"
                           r"((?-i:[A-ZÀ-Þ])[\w'-]*(?:[ \t]+[A-ZÀ-Þ][\w'-]*)?)", re.I)


def _colour_after(text: str, products: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The colour word that follows a kept product name ("Matilda pram Rosa"): alone it could be a surname, after
    a product it is the product's colour."""
    out = []
    for _, end in products:
        m = _COLOUR_AFTER.match(text, end)
        if m:
            words = m.group(2).split()
            if m.group(1) and len(words) == 2 and (words[0].lower() in _COLOUR_WORDS or words[1].lower() in _COLOUR_WORDS) \
                    and not re.search(r"['’]s?$", words[1]) \
                    and not (words[0].lower() in _COLOUR_FIRST_NAMES and _first_and_last(m.group(2))):  # "in Rosa Silva's room"
                # (round 15) "sofa in Dove Grey", "cómoda X em Branco Neve": after a product and "in", a two-word
                # name whose head is a colour word is the product's colour, whatever the other word is
                out.append((m.start(2), m.end(2)))
                continue
            while words and words[-1].lower() not in _COLOUR_AFTER_WORDS:
                words.pop()
            if words and all(w.lower() in _COLOUR_AFTER_WORDS for w in words):
                out.append((m.start(2), m.start(2) + len(" ".join(words))))
    return out


# A thing named after a common noun (data/cues.toml determiners): "la cafetera Turia", "mon fauteuil Voltaire", "o
# aquecedor Serra da Estrela", "die Leuchte Warnemünde", "das Hochbett Weser". The noun says what it is; the name
# after it is the model. Not after a noun that introduces a person: kinship, roles, titles, chat roles, and the words
# learnt from the NER training data to open a name (data/person_nouns.txt: "presidente", "chauffeur", "Trainer"), and
# (round 9) occupations and kinship titles ("der Busfahrer Zbigniew", "Tante Frieda").
_NOUN_NAMED = re.compile(rf"(?i:\b({alternation('determiners')})[ \t]+)"
                         r"([^\W\d_][\w'’-]{2,})[ \t]+((?-i:[A-ZÀ-Þ][\w'’-]+)(?:[ \t]+(?:(?:de|da|do|del|di)[ \t]+)?"
                         r"(?-i:[A-ZÀ-Þ][\w'’-]+)){0,2})")
_DE_ARTICLES = frozenset("der die dem den".split())

_POSSESSIVE = re.compile(rf"(?i:{alternation('possessive')})")
_TITLE = re.compile(rf"(?i:{alternation('name_intro')})")
_PERSON_NOUN_KINDS = ("kinship", "role_noun", "chat_role", "name_intro", "team", "possessive", "contact_verb",
                      "occupation", "kin_title")


@functools.cache
def _person_nouns() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "person_nouns.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and ln.strip()[0] not in "#[")


@functools.cache
def _listed_person_nouns() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{alternation(kind)})" for kind in _PERSON_NOUN_KINDS), re.I)


@functools.cache
def _call_intro() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation('call_intro')})", re.I)


def noun_named(text: str) -> list[tuple[int, int]]:
    """Names of things after a common noun. They free a name finding only (rules.keep_filter), never cut an address
    or another value: "à Résidence Les Oliviers" stays an address."""
    return list(_noun_named(text))


@functools.lru_cache(maxsize=32)
def _noun_named(text: str) -> tuple[tuple[int, int], ...]:
    out = []
    for m in _NOUN_NAMED.finditer(text):
        noun, name = m.group(2), m.group(3).split()
        folded = fold(noun)
        # "mes collègues X", "os primos X", "sus hijos X": plural person nouns too
        singulars = {noun[:-1], noun[:-2]} if noun.endswith("es") else {noun[:-1]} if noun[-1] in "sx" else set()
        if noun.isupper() or folded in function_words() or folded in _person_nouns() or \
                _listed_person_nouns().fullmatch(noun) or noun[0].isupper() and is_first(folded) or \
                any(_listed_person_nouns().fullmatch(w) or fold(w) in _person_nouns() for w in singulars):
            continue  # "la vecina Rosa", "der Fahrer Milan", "die Anna Berger", "LA CAFETERA": capitals say nothing
        if _call_intro().fullmatch(text[m.start():m.end(2)]):
            continue  # (round 35) "le atiende Nerea", "le habla Iker": a call's opening names the agent, no thing
        if _NUMBER.fullmatch(m.group(1)) and not _PRODUCT_NOUN.fullmatch(noun):
            continue  # after a number only a product noun ("douze composteurs X"; not "Bei 23 bitte Annegret")
        if _POSSESSIVE.fullmatch(m.group(1)) or _TITLE.fullmatch(name[0]):
            continue  # "o meu sócio Hélder", "mi mamá Doña Refugio": after a possessive or with a title, a person
        words = [fold(w) for w in name if fold(w) not in PARTICLES]
        if len(words) >= 2 and is_first(words[0]) and is_last(words[-1]):
            continue  # "la chica Ana López": a first name and a surname are a person whatever the noun
        if fold(m.group(1)) in _DE_ARTICLES and len(name) == 1 and is_last(words[0]) and \
                name_probability(noun) >= 0.95:
            continue  # "die Svetomira Kovač": the German letter model reads the "noun" as a first name (round 10)
        out.append((m.start(), m.end(3)))  # the determiner and the noun too: "Die Leuchte Warnemünde" is no name
    return tuple(out)


_MONTH_WORDS = alternation("months")
_STANDALONE = re.compile("|".join([
    r"\b\d{3}-\d{7}-\d{7}\b",                         # Amazon-style order number (3-7-7)
    rf"\b\d{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTH_WORDS})\b\.?(?:\s+(?:de\s+)?\d{{4}})?",
    r"\b(?:chf|eur|usd|gbp|mxn|brl|aud|cad)\s?\d[\d.,]*\d|\b\d[\d.,]*\d?\s?(?:mxn|brl|aud|cad)\b",
    r"\b\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?",  # timestamps
    # (round 18) a day-month-year date and its time, as tills and call logs print them: "28.11.2026 09:12:37",
    # "28-11-2026 18:05", "27/11/2026, 11:20"
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\b",
    rf"\b(?:{_DATE})\b",
    # "Mar 9", not the street "Carrer de la Mar 9" / "Rua do Mar 9"
    rf"(?<!\bde la )(?<!\bdel )(?<!\bdo )(?<!\bda )(?<!\bde )\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\.?(?:,?\s+\d{{4}})?\b",
    r"[$€£¥]\s?\d[\d.,]*\d|\b\d[\d.,]*\d\s?(?:[$€£¥]|usd|eur|gbp|chf)",
    r"\b1Z(?: ?[0-9A-Z]){16}\b",  # UPS, its groups spaced or not (round 18)
    r"\bHTTP/\d(?:\.\d)?[ \t]+\d{3}(?:[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3})?",  # a status line (round 11)
    r"\b(?:ORD|INV|TKT|INC|SKU|RMA|REF|PO)-[A-Z0-9-]*\d[A-Z0-9-]*\b",
    r"(?<![\d,] )(?<!\d[A-Z] )#\d[\w-]*|(?<=, )#(?!\d{2}-\d{2,4}(?![\w-]))\d[\w-]*",  # not a unit (", #07-133") or a grid address ("Cl. 10 #5-51")
]), re.I)


# Types found only through their own cue word or an unmistakable format: the keep list never frees them
# ("born 03/14/1991" is a date, and still a birth date).
CUED_TYPES = frozenset({"DATE_OF_BIRTH", "SECRET", "CARD_SECURITY", "BANK_ACCOUNT", "USERNAME", "URL_SECRET",
                        "PASSPORT", "DRIVER_LICENSE", "NATIONAL_ID", "EMAIL_ADDRESS", "IBAN_CODE",
                        "LICENCE_PLATE",  # (round 34) a plate is found by its cue or by a format no reference takes
                        "SALARY"})  # (round 39) pay after its cue or in a pay column


@functools.cache
def _role_mailbox() -> re.Pattern[str]:
    word = rf"(?:{alternation('role_mailbox')}|\d+)"
    return re.compile(rf"(?i){word}(?:[._+-]{word})*@[\w.-]+\.[a-z]{{2,}}")


def role_mailbox(value: str) -> bool:
    """A company's role mailbox ("noreply@…", "service-clients@…", "entregas@…"; cues.toml role_mailbox): every word of
    its local part names a team or a service, none a person."""
    return bool(_role_mailbox().fullmatch(value.strip("<>()[]\"' .,;:")))


# (round 18) A link's query value named by an order, cart, case or customer key ("?orden=PX-90314", "?warenkorb=WK-229104",
# "?dossier=PJ-26-11873", "?acct=BHS-77204"), in the shape of a reference: capitals, a dash and digits, or a baggage
# file's airport, airline and five digits ("?pir=GRUAD91120"). The key is the cue; a token, a signature or a national
# number ("cpf=…", "token=…") has no such key or shape. Not "client=": a dev set marks "?client=GV-88120-X" secret.
_URL_ID_KEY = re.compile(r"(?i)[?&](?:order|orden|pedido|encomenda|commande|bestellung|cart|panier|warenkorb|carrinho|"
                         r"carrito|case|caso|dossier|ticket|booking|reserva|reservation|buchung|acct|account|"
                         r"customer|cliente|kunde|kdnr|id|ref|rep|pir|rma|invoice|factura|facture|rechnung|fatura)=(?:3D)?$")
_URL_ID_VALUE = re.compile(r"[A-Z]{2,6}-(?:[A-Z0-9]{1,6}-)*\d{3,12}(?:-[A-Z0-9]{1,6})*|[A-Z]{5}\d{5}")


def url_identifier(text: str, start: int, end: int) -> bool:
    """The query value text[start:end] is a reference after an order, cart, case or account key (see above)."""
    value = text[start:end]
    if value.startswith("3D"):  # quoted-printable "=3D" left in a pasted e-mail
        value = value[2:]
    return bool(_URL_ID_VALUE.fullmatch(value)) and bool(_URL_ID_KEY.search(text, max(0, start - 24), start))


def is_identifier(value: str) -> bool:
    """True when the whole value has the shape of an identifier, price, date or time."""
    return bool(IDENTIFIER.match(value.strip(" .,;:()[]")))


def is_date(value: str) -> bool:
    return bool(DATE.match(value.strip()))


def _first_and_last(value: str) -> bool:
    """A listed first name followed by a listed surname: a person, whatever noun stands before it."""
    words = [fold(w) for w in value.split() if fold(w) not in PARTICLES]
    return len(words) >= 2 and is_first(words[0]) and unambiguous(words[0]) and is_last(words[-1])


# (round 15) The header of a pasted business chat names the shop the customer wrote to: "WhatsApp · X", "WhatsApp com
# X", "Mensajes de Instagram con X", "Messenger avec X". Not a person's name ("WhatsApp with Dani Ferraz": a listed
# first name opens it).
_CHAT_WITH = re.compile(r"(?im)^[ \t]*(?:[^\W\d][\w ]{0,30}?[ \t])?(?:whatsapp|instagram|messenger|facebook|telegram|chat|dm)"
                        r"(?:[ \t]+business)?[ \t]*(?:[·•|–-]|\b(?:with|con|com|avec|mit)\b)[ \t]*"
                        r"((?-i:[A-ZÀ-Þ])[\w&'’.-]*(?:[ \t]+[\w&'’.-]+){0,4}?)[ \t]*$")


def _chat_business(text: str) -> list[re.Match[str]]:
    return [m for m in _CHAT_WITH.finditer(text) if not is_first(fold(m.group(1).split()[0]))]


# (round 18) A direct message's header names the shop's account it was sent to: "Instagram-DM an @velowerk.bern", "DM de
# Instagram a @zapateria.lunares", "DM do Instagram para @ateliemandacaru". The writer is the other party; the
# addressee of a copied DM thread is the business the ticket is about.
_DM_TO = re.compile(r"(?im)^[ \t\[(]*[^\n@]{0,30}?(?:\bDM|direktnachricht|direct message|message direct|message privé|"
                    r"mensaje directo|mensagem direta)\b[^\n@]{0,30}?(?<![\w])(?:to|an|à|a|para|pour)[ \t]+(@[\w][\w.]*[\w])")
# (round 18) A chat speaker's label with their team or employer in brackets: "Verena (Alpenkauf): …", "15:04 Rúben
# (Apoio): …", "Urs (Werkstatt): …". The word in brackets names no person (no listed first name or surname in it).
_SPEAKER_TEAM = re.compile(r"(?m)^[ \t]*(?:\[?[\d:./, ]{4,22}\]?[ \t]+)?[A-ZÀ-Þ][\w'’-]+[ \t]+"
                           r"\(((?-i:[A-ZÀ-Þ])[\w&'’.-]*(?:[ \t]+[\w&'’.-]+){0,2})\)[ \t]*:|"
                           # (round 24) a workspace chat's header, the speaker, the employer in brackets or after a bar,
                           # then the time or a role ("Ana Ruiz (Facturo)  11:09", "[22:15] Yanis | Pixelforge [Support] :")
                           r"^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]+)?[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,2}[ \t]+"
                           r"(?:\(((?-i:[A-ZÀ-Þ])[\w&'’.-]*(?:[ \t]+[\w&'’.-]+){0,2})\)[ \t]+\d{1,2}[:h.]\d{2}[ \t]*$|"
                           r"\|[ \t]+((?-i:[A-ZÀ-Þ])[\w&'’.-]*(?:[ \t]+[\w&'’.-]+){0,2})[ \t]+\[[^\]\n]{1,20}\][ \t]*:)")


# (round 18) A shop named by what a customer does there or by its service: "shopped at Bellamy", "client chez Mercier",
# "comprei na Renner", "bei Otto bestellt", "the Thornbury warranty", "Bellamy support", "le service client de Mercier".
# Not "bought from" or "booked with" (a marketplace seller, a therapist: people), nor a listed first name and a surname
# ("client chez Ana López"), nor a title ("bei Frau Weber bestellt").
_SHOP_NAME = r"((?-i:[A-ZÀ-Þ][\w&'’-]+)(?:[ \t]+(?-i:[A-ZÀ-Þ][\w&'’-]+)){0,2})"
_SHOP_BEFORE = re.compile(rf"(?i)\b(?:{alternation('shop_cues')})[ \t]+" + _SHOP_NAME)
# (speed) The service word after a shop's name is found first; the name is looked for just before it.
_SHOP_AFTER_WORD = re.compile(rf"(?i)\b(?:({alternation('shop_cues_after')})|bestellt|gekauft|eingekauft|gebucht)\b")
# (round 33) "my Stridewell account", "the TableNest app": a service's name before what the customer holds there
_SERVICE_AFTER_WORD = re.compile(rf"\b(?:{alternation('service_after')})\b")
_COMPANY_NOUN = re.compile(rf"(?i)\b(?:{alternation('company_nouns')})[ \t]+" + _SHOP_NAME)
_FIRM_BEFORE = re.compile(rf"(?i)\b(?:{alternation('firm_cues')})[ \t]+(?:(?:the|la|le|l['’]|el|a|o|die|der|das)[ \t]*)?"
                          + _SHOP_NAME)
# (round 33) A form's company field ("Company: Bluepeak Consulting", "Empresa: Tornillos Ortega", "Société : Verdane
# Conseil", "Unternehmen: Holzbau Keller"): the value to the line's end names the firm, even when it holds a surname.
# Not German "Firma:" in es (a signature) unless the value is capitalised words; not a value with an @ or digits.
_COMPANY_FIELD = re.compile(r"(?im)^[ \t>*-]*(?:company(?:[ \t]+name)?|organi[sz]ation|business(?:[ \t]+name)?|employer|"
                            r"empresa|nombre de la empresa|raz[oó]n social|soci[eé]t[eé]|entreprise|raison sociale|"
                            r"unternehmen|firmenname|arbeitgeber|nome da empresa|empregador)[ \t]*\*?[ \t]*:[ \t]*"
                            r"((?-i:[A-ZÀ-Þ])[^\n@\d:;|,]{1,60}?)[ \t]*(?:$|,)")
_SHOP_WORD = re.compile(r"[A-ZÀ-Þ][\w&'’-]+")


def _name_before(text: str, end: int, bei: bool) -> str | None:
    """The capitalised words (up to three) that end right before `end` and a blank ("Bellamy support", "Bellamy's
    support"); with `bei`, only after "bei" ("bei Otto bestellt"). Read backwards word by word (speed)."""
    chunk = text[max(0, end - 60):end]
    if not chunk or chunk[-1] not in " \t":
        return None
    tokens = re.split(r"[ \t]+", chunk.rstrip(" \t"))
    if not bei and tokens and tokens[-1][-2:] in ("'s", "’s"):
        tokens[-1] = tokens[-1][:-2]
    name: list[str] = []
    while tokens and len(name) < 3 and _SHOP_WORD.fullmatch(tokens[-1]) and (len(tokens) > 1 or end - 60 <= 0):
        name.insert(0, tokens.pop())
    if not name or bei and (not tokens or tokens[-1].lower() != "bei"):
        return None
    return " ".join(name)


# (round 27) French "chez" before a name no list knows as a person's or a place's ("commandé le robot chez Maisonelle",
# "abonné à la fibre chez Orbinet"): people are "chez" a listed first name or surname ("chez Kévin", "chez Dupont").
_CHEZ = re.compile(r"(?<![\w'’-])chez[ \t]+((?-i:[A-ZÀ-Þ][\w&'’-]+)(?:[ \t]+(?-i:[A-ZÀ-Þ][\w&'’-]+))?)")


def _chez_shops(text: str) -> list[str]:
    out = []
    for m in _CHEZ.finditer(text) if "chez" in text else ():
        words = [fold(w) for w in m.group(1).split()]
        if not any(is_name(w) or is_place(w) or is_city(w) or w in function_words() for w in words) and \
                not _HONORIFIC.match(m.group(1)) and not _TITLE.match(m.group(1)):
            out.append(m.group(1))
    return out


def _shops(text: str) -> list[str]:
    names = [m.group(1) for m in _SHOP_BEFORE.finditer(text)] + _chez_shops(text)
    for word in _SHOP_AFTER_WORD.finditer(text):
        before = _name_before(text, word.start(), bei=not word.group(1))
        if before:
            names.append(before)
    for m in _COMPANY_NOUN.finditer(text):  # (round 33) "la société Verdane", "die Firma Holzwerk Brandt"
        first = fold(m.group(1).split()[0])
        if not (is_first(first) and unambiguous(first) and not is_last(first)):
            names.append(m.group(1))
    for m in _FIRM_BEFORE.finditer(text):
        if not any(is_first(fold(w)) and unambiguous(fold(w)) or is_last(fold(w)) for w in m.group(1).split()):
            names.append(m.group(1))
    for word in _SERVICE_AFTER_WORD.finditer(text):
        if text[word.start() - 3:word.start()].rstrip().endswith(("'s", "’s")) or \
                re.match(r"[ \t.]*\d", text[word.end():word.end() + 3]):
            continue  # "Maria's account": a person's; "rue de Lanaudière app 2": a flat's number
        before = _name_before(text, word.start(), bei=False)
        if before and not any(is_first(fold(w)) and unambiguous(fold(w)) or is_last(fold(w)) for w in before.split()):
            names.append(before)
    out = []
    for name in names:
        while " " in name and fold(name.split()[0]) in _GREETINGS | {"hey", "hiya", "good", "morning", "thanks"}:
            name = name.split(" ", 1)[1]  # (round 33) "Hello Pebblecart support": the greeting is no part of the name
        words = [fold(w) for w in name.split()]
        if _first_and_last(name) or _TITLE.match(name) or _HONORIFIC.match(name) or \
                words[0] in function_words() and (len(words) == 1 or words[-1] in function_words()):
            continue  # (round 27) "la tienda Casa Bermudez": a function word of some language may open a longer name
        if all(is_city(w) or is_place(w) for w in words):
            continue  # (round 24) "na loja Curitiba": a branch named by its town; the town stays a place in an address
        out.append(name)
    return out


# (round 27) A chat's speaker label and message ("Lumen Casa: Sentimos mucho…", "Nube Verde : nous vous envoyons…").
_CHAT_TURN = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?([A-ZÀ-Þ][\w&'’-]+(?:[ \t]+[\w&'’-]+){1,3})[ \t]*:[ \t]+(\S.*)$")
# A message in the first person plural (a shop's account speaks as "we") or singular (a person speaks as "I").
_WE = re.compile(r"(?i)(?<![\w'’])(?:we|we're|we'll|our|us|nous|nos|nosotros|sentimos|tenemos|podemos|mandamos|"
                 r"enviamos|vamos|nós|temos|podemos|enviamos|wir|uns|unser\w*)(?![\w'’])")
_I = re.compile(r"(?i)(?<![\w'’])(?:i|i'm|i've|my|je|j['’]|moi|yo|soy|mi|eu|sou|meu|minha|ich|mein\w*)(?![\w])")


def _we_speakers(text: str) -> list[str]:
    """(round 27) A shop's account in a pasted chat: a speaker label of two to four words, one of them an ordinary word
    of de/es/fr/pt or a company word ("Lumen Casa", "Nube Verde", "Velo Werk"), whose messages speak as "we" and
    never as "I", in a chat with another speaker. A person's label ("Marta Ruiz Bellido") holds no ordinary word, and a
    person speaks as "I"."""
    if ":" not in text:
        return []
    turns: dict[str, list[str]] = {}
    for m in _CHAT_TURN.finditer(text):
        turns.setdefault(m.group(1), []).append(m.group(2))
    if len(turns) < 2 and not re.search(r"(?m)^[ \t]*(?:@[\w.]+|\w+)[ \t]*:", text):
        return []
    out = []
    for label, said in turns.items():
        words = [fold(w) for w in label.split()]
        if _TITLE.match(label) or _HONORIFIC.match(label) or _ROLE_LABEL.match(label) or \
                not any(_ordinary(w) or w in ORG_WORDS for w in words[1:]) or \
                _first_and_last(label) and not any(_ordinary(w) for w in words):
            continue
        if any(_WE.search(m) for m in said) and not any(_I.search(m) for m in said):
            out.append(label)
    return out


_ROLE_LABEL = re.compile(rf"(?i)(?:{alternation('chat_role')}|{alternation('role_noun')})\b")


def _speaker_teams(text: str) -> list[str]:
    out = []
    for m in _SPEAKER_TEAM.finditer(text):
        team = m.group(1) or m.group(2) or m.group(3)
        trade = _TRADE_FIRST.match(team + " ") and len(team.split()) > 1  # (round 27) "(Atelier Pomme de Pin)"
        if (trade or not any(is_first(fold(w)) or is_last(fold(w)) for w in team.split())) \
                and not _TITLE.match(team) and not _HONORIFIC.match(team):
            out.append(team)
    return out


# (round 31) A business page's chat labels its turns "Page · Agent:" ("Casa Sol · Asistente virtual:", "Casa Sol · Marta
# (agente):"): the part before the dot that opens two speaker labels or more with different, dateless right parts is
# the page the chat is held on, the brand. A person's label repeats with its time ("Ana Ruiz · 2 h:"), or one agent's
# label with the same brand ("Nerea · Brumaforja [Soporte]:" twice): neither is taken.
_PAGE_LABEL = re.compile(r"(?m)^[ \t]*([A-ZÀ-Þ][\w&'’.-]*(?:[ \t]+[\w&'’.-]+){0,3}?)[ \t]+[·•][ \t]+([^\n:·•]{1,40}?)[ \t]*:")


def _page_labels(text: str) -> list[str]:
    if "·" not in text and "•" not in text:
        return []
    rights: dict[str, set[str]] = {}
    for m in _PAGE_LABEL.finditer(text):
        if not any(c.isdigit() for c in m.group(2)):
            rights.setdefault(m.group(1), set()).add(m.group(2).strip())
    return [page for page, said in rights.items() if len(said) >= 2]


_CAP_WORD = r"[A-ZÀ-Þ][\w&'’-]*"
# (round 22) also after an elided article ("à l'Hôtel du Lac Vert", "d'Atelier Penn"), with the German place particles
# ("Praxis am Limmatquai") and "&" between the words ("Harwick & Lowe Appliances"); an article opening a sentence is
# not part of the name ("La Schreinerei Brandl")
_ARTICLE = r"(?!(?:The|A|An|La|Le|Les|El|Los|Las|O|Os|As|Die|Der|Das|Un|Une|Una|Um|Uma|Ein|Eine)[ \t])"
# (round 24) also a compound whose last part is a shop or trade ("Fahrradladen", "Getränkemarkt", "Bikeshop",
# "Holzwerkstatt", "Weinhandel"): German and English write a shop's kind as one word
# (round 27) also "Alpenmöbel", "Trachtenmoden", "Haustechnik", "Dorfbäckerei": furniture, fashion, trade-craft and the
# German "-erei" of a workshop or shop (Bäckerei, Schreinerei, Gärtnerei) close a compound shop name too
# (round 41) and a practice, a clinic, a pharmacy ("Kleintierpraxis am Zürichberg", "Tierklinik", "Stadtapotheke")
_TRADES = (rf"(?:{alternation('company_words')}|[A-ZÀ-Þ][a-zà-ÿß]{{2,}}(?:laden|markt|handel|werkstatt|shop|store|möbel|"
           r"moden|technik|optik|uhren|schmuck|sport|erei|praxis|klinik|apotheke))")
_TRADE_NAME = re.compile(rf"(?:(?<=\b[lLdD]['’])|(?<![\w'’-]))(?:"
                         rf"{_TRADES}(?:[ \t]+(?:(?:de la|de los|de las|de|da|do|del|des|du|la|los|las|le|am|im|an der|zum|zur)[ \t]+)?"
                         rf"{_CAP_WORD}){{1,3}}(?![\w'’-])|"
                         rf"(?:{_ARTICLE}{_CAP_WORD}[ \t]+(?:&[ \t]+)?){{1,3}}{_TRADES}(?![\w'’-]))")
_ADDRESS_AFTER = re.compile(r",[ \t]*(?:\d{1,5}[ \t]+[^\W\d]|[^\W\d][^,\n\d]{2,40}[ \t]\d{1,5}[a-zA-Z]?(?:,|$|[ \t]*\n))", re.M)
_PLACE_PARTICLE = re.compile(r"(?:du|des|am|im|an der|zum|zur|del)[ \t]")
_TRADE_FIRST = re.compile(rf"{_TRADES}[ \t]+")
_TRADE_END = re.compile(rf"(?<![\w'’-]){_TRADES}$")
# (round 28) A business named after its owner, written after the owner's own name: "Anja Weber von der Bäckerei Weber",
# "Paul Girard de la Boulangerie Girard", "Marta Sousa da Padaria Sousa", "Tom Reilly from Reilly's Hardware": the
# preposition or article before a trade word ends the person and opens the business (a surname particle never stands
# before a trade word: "von der Leyen", "da Silva").
_OWNER_JOIN = re.compile(r"[ \t]+(?:from|of|at|von[ \t]+(?:der|dem|den)|vom|von|bei|der|die|das|de[ \t]+la|de|du|des|del|"
                         rf"da|do|dos|la|le|el)[ \t]+(?=(?:l['’])?{_TRADES}(?![\w'’-]))")


def owner_business(text: str, start: int, end: int) -> re.Match[str] | None:
    """(round 28) Where a person's name ends before the business named after them, inside text[start:end]."""
    if end - start < 8:
        return None
    m = _OWNER_JOIN.search(text, start, min(len(text), end + 40))  # (the trade word may run past the range's end)
    return m if m and m.end() < end else None


# (round 28) A family firm's closing words: "Garage Lemaire Père et Fils", "Padaria Sousa e Filhos", "Talleres Gil e
# Hijos", "Schreinerei Huber & Söhne", "Reilly & Sons"
_FAMILY_FIRM = re.compile(r"(?:[ \t]+P[èe]re)?[ \t]+(?:et|e|y|und|and|&)[ \t]+(?:Fils|Filles|Filhos|Filhas|Hijos|Hijas|"
                          r"Söhne|Sohn|Töchter|Sons|Son|Daughters|Cie\.?|Cia\.?)(?![\w'’-])")


# (round 28) A shop named after its owner in English: "Nails by Keira", "Cakes by Ana" (a craft or trade noun, "by", a
# capitalised name), and "Chez Odette Bakery" (a French "Chez" + name closed by a trade word)
_CRAFT_BY = re.compile(r"(?<![\w'’-])(?:Hair|Nails|Lashes|Brows|Beauty|Cakes|Bakes|Flowers|Blooms|Designs|Photography|"
                       r"Prints|Styles?|Tattoos|Ink|Crafts|Knits|Candles|Jewellery|Jewelry|Interiors)[ \t]+by[ \t]+"
                       r"[A-ZÀ-Þ][\w'’-]+(?![\w'’-])")
_CHEZ_TRADE = re.compile(rf"(?<![\w'’-])Chez[ \t]+(?:{_CAP_WORD}[ \t]+){{1,3}}?{_TRADES}(?![\w'’-])")


# (round 28) A shop named after its owner with a familiar title, in Spanish and Portuguese: "Farmacia Doña Pilar",
# "Padaria da Dona Lurdes", "Oficina do Seu Zeca", "Bar Tío Pepe": a trade word, then the title and one name
_TRADE_TITLE = re.compile(rf"(?<![\w'’-]){_TRADES}(?:[ \t]+{_CAP_WORD})?[ \t]+(?:(?:do|da|de|del)[ \t]+)?"
                          r"(?:Dona|Doña|Don|Seu|Tia|Tio|Tía|Tío)[ \t]+[A-ZÀ-Þ][\w'’-]+(?![\w'’-])")


def _family_firm(text: str, end: int) -> int:
    m = _FAMILY_FIRM.match(text, end)
    return m.end() if m else end


def _owner_first(text: str, lo: int, hi: int) -> int:
    """(round 28) A kept business range that opens with its owner's name ("Marta Sousa da Padaria Sousa & Filhos")
    starts at the trade word; the owner is a person. Only when a listed first name stands before the join."""
    m = owner_business(text, lo, hi)
    if m and any(is_first(fold(w)) and unambiguous(fold(w)) for w in text[lo:m.start()].split()):
        return m.end()
    return lo
# (round 22) Two names joined by "&", and up to two more capitalised words: a firm named after its founders or partners
# ("Pipkin & Rye", "Ashdown & Pell Mobility", "Audit & Conseil"). Not when a listed first name opens either side ("Ana &
# João": a couple), nor on a line of its own after a greeting.
_AMPERSAND = re.compile(r"(?<![\w'’@#-])([A-ZÀ-Þ][\w'’-]+)[ \t]+&[ \t]+([A-ZÀ-Þ][\w'’-]+)(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,2}"
                        r"(?![\w'’-])")


_GREETINGS = frozenset("hi hello dear bonjour bonsoir salut hola buenas buenos hallo liebe lieber guten ola oi bom boa "
                       "caro cara querido querida estimado estimada".split())


def _ampersand_firms(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _AMPERSAND.finditer(text):
        end = m.end()
        for extra in re.finditer(r"[ \t]+([A-ZÀ-Þ][\w'’-]+)", text[m.end(2):m.end()]):
            word = fold(extra.group(1))
            if is_first(word) and unambiguous(word) or word in function_words() or word in _GREETINGS:
                end = m.end(2) + extra.start()  # "Fondue & Co Bonjour Louise": the firm ends before a greeting or a name
                break
        if any(is_first(fold(w)) and unambiguous(fold(w)) and not is_last(fold(w)) for w in m.groups()) or \
                _HONORIFIC.fullmatch(m.group(1)) or _TITLE.fullmatch(m.group(1)):
            continue
        out.append((m.start(), end))
    return out


_STREET_BEFORE = re.compile(rf"(?i)(?:\b\d{{1,5}}[A-Za-z]?|\b(?:{STREET_TYPES}))[ \t,]+$")
_STREET_AFTER = re.compile(rf"(?i)[ \t]+(?:{STREET_SUFFIXES})\b")


# (round 27) after a trade word an ordinary word of de, es, fr or pt names the shop, not a person ("Atelier Pomme de Pin")
_ordinary = ordinary_anywhere


@functools.lru_cache(maxsize=32)  # (round 37b, speed) whole_ids.companies_win asks again for the same text
def _trade_names(text: str) -> tuple[tuple[int, int], ...]:
    """Company names that hold a word of their trade ("Northway Telecom", "Banco Aroeira"); not a run that holds a
    listed first name and surname side by side, a title, or a line break ("Shop Manager Lisa Brown" is a person)."""
    out = []
    matches = list(_TRADE_NAME.finditer(text))
    for m in list(matches):
        trade = _TRADE_END.search(m.group())
        if trade and trade.start() > 0:  # (round 33) "SARL Menuiserie Keraudren": the trade word may open a second name
            again = _TRADE_NAME.match(text, m.start() + trade.start())
            if again and again.end() > m.end():
                matches.append(again)
    for m in matches:
        if _STREET_BEFORE.search(text, max(0, m.start() - 24), m.start()) or _STREET_AFTER.match(text, m.end()):
            continue  # "42 Moss Bank Lane", "Rua Banco …": a street's name
        words = [fold(w) for w in m.group().split() if fold(w) not in PARTICLES]  # "Caja Rural de Teruel": "de" is no name
        trade = _TRADE_FIRST.match(m.group())
        place = trade and _PLACE_PARTICLE.match(m.group(), trade.end())  # "Hôtel du Lac Vert": a place, no person
        if any(is_first(a) and unambiguous(a) and is_last(b) and not (trade and _ordinary(a))
               for a, b in zip(words, words[1:], strict=False)) and not place or any(_HONORIFIC.fullmatch(w) or _TITLE.fullmatch(w) for w in m.group().split()):
            continue
        if not trade and len(words) == 2 and is_first(words[0]) and unambiguous(words[0]) and not is_last(words[0]):
            continue  # (round 22) "an „Hanne Steuerbüro“": a contact saved as a first name and a trade is a person
        owner = m.group().split()[0]
        if not trade and len(words) == 2 and owner.endswith("s") and not owner.endswith("ss") and \
                not owner.endswith(("'s", "’s")) and \
                (is_name(fold(owner[:-1])) or name_probability(owner[:-1]) >= 0.5):
            continue  # "in Radoslavkas Garage": a German possessive, someone's garage (round 22)
        if _ADDRESS_AFTER.match(text, m.end()):
            continue  # (round 22) "Lieferadresse: Gasthof Post, Dorfplatz 3": the name opens an address
        out.append((m.start(), m.end()))
    return tuple(out)


_CARRIER = re.compile(rf"(?<![\w-])(?:{alternation('carriers')})(?![\w-])")
# (round 18) The parcel number right after any listed carrier ("Paquete Estafeta 2015478963", "Colissimo 6A21457896314",
# "Canada Post tracking 7023…"), tried where a carrier was found.
_CARRIER_VALUE = re.compile(r"(?i)(?:[ \t]+(?:express|tracking|suivi|seguimiento|gu[ií]a|rastreio|sendung))?"
                            r"(?:[ \t]+(?:number|no\.?|n[º°o]\.?|nr\.?|#|id|code))?(?:[ \t]+(?:is|was|es|est|ist|é))?"
                            r"[ \t]*[:#]?[ \t]*(#?[A-Z0-9][A-Z0-9/_-]*\d[A-Z0-9/_-]*)")


def _company_again(text: str) -> list[tuple[int, int]]:
    """A company named as such once (a brand's reply, a legal form, a business chat's header) is the company wherever
    its name recurs."""
    ranges, names = [], set()
    for m in _chat_business(text):
        names.add(m.group(1))
    for m in _DM_TO.finditer(text):
        names.add(m.group(1))  # "@velowerk.bern" (with its "@": a handle, matched where it recurs)
    names.update(_speaker_teams(text))  # "Verena (Alpenkauf):", then "Alpenkauf" anywhere
    names.update(_we_speakers(text))  # (round 27) "Lumen Casa: Sentimos mucho…", then "Lumen Casa" anywhere
    names.update(_page_labels(text))  # (round 31) "Casa Sol · Marta (agente):", then "Casa Sol" anywhere
    names.update(_shops(text))  # "shopped at Bellamy", then "Bellamy" anywhere
    for m in _REPLY.finditer(text):
        if _person_replying(m.group(1)):
            continue
        ranges.append((m.start(), m.end(1)))
        names.add(m.group(1).lstrip("@"))
    for lo, hi in _companies(text):
        head = re.sub(rf"[ ,-]*(?:{_LEGAL_FORM})$", "", text[lo:hi]).strip()
        if head:
            names.add(head)
    for name in names:
        ranges.extend((o.start(), o.end()) for o in re.finditer(rf"(?<![\w@.]){re.escape(name)}(?![\w]|\.\w)", text)
                      if " " in name or not _owner_named(text, o.start()))
    return ranges


_WORD_BEFORE = re.compile(r"([A-ZÀ-Þ][\w'’-]+)[ \t]+$")


def _owner_named(text: str, start: int) -> bool:
    """(round 28) A one-word company name that is its owner's surname ("Ferrer S.L.") recurs after the owner's first
    name as the person ("Les escribe Jordi Ferrer Puig"): a listed first name, no surname, just before it."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    word = fold(m.group(1)) if m else ""
    return bool(word) and is_first(word) and unambiguous(word) and not is_last(word)


def _person_replying(name: str) -> bool:
    """(round 25) "Réponse de Maxime Carpentier :", "Resposta de Nuno Batista:": a listed first name that is no English
    or place word, then a surname-shaped word that is no company word — a person replying, not a brand."""
    parts = name.split()
    return len(parts) >= 2 and is_first(fold(parts[0])) and unambiguous(fold(parts[0])) and \
        fold(parts[0]) not in function_words() and not any(fold(p) in ORG_WORDS for p in parts[1:]) and \
        all(p[:1].isupper() and p[1:].islower() for p in parts[1:])


@functools.lru_cache(maxsize=32)  # (round 37b, speed) whole_ids.companies_win asks again for the same text
def _companies(text: str) -> tuple[tuple[int, int], ...]:
    """Company names with a legal form. On a signature line ("– Ana Gil, Gil & Filhos Lda." at a line start) the
    words before the first comma are the signer, not part of the company."""
    out = []
    for m in _COMPANY.finditer(text):
        start = m.start()
        line_start = text.rfind("\n", 0, start) + 1
        comma = m.group().find(",")
        if comma >= 0 and not text[line_start:start].strip(" \t-–—~>") and \
                not re.fullmatch(rf"(?:{_LEGAL_FORM})", m.group()[comma + 1:].strip()):  # "Carvalho & Filhos, Lda." (round 18)
            start += m.group().index(",") + 1
            start += len(text[start:m.end()]) - len(text[start:m.end()].lstrip())
        out.append((start, m.end()))
    return tuple(out)


# Round 12: a phone notification's header line, "Loja Candor · 22:52", "Mail • 09:14": the app or the shop that sent
# it, alone before the time (a sender's name comes between app and time: name_structure._notifications).
_APP_HEADER = re.compile(r"(?m)^[ \t]*([^\W\d][^·•\n]{0,30}?)[ \t]+[·•][ \t]+\d{1,2}[:h.]\d{2}[ \t]*$")


# A template's placeholder left in a drafted message: "[Signature]", "[Your Name]", "[Décrivez le problème]" (a
# capitalised word and lower-case words in square brackets, or a signature word alone).
_PLACEHOLDER = re.compile(r"\[[ \t]*(?:[A-ZÀ-Þ][a-zà-ÿ'’]+(?:[ \t]+[a-zà-ÿ'’]+){1,6}|(?i:(?:your[ \t]+)?name|signature|"
                          r"firma|unterschrift|assinatura|nom|nombre|nome))[ \t]*\]")


# (round 14) "Gumpendorfer Straße 88/2/14": an Austrian house number with staircase and door after a street word is no
# date (the address rules read it as the house number).
_HOUSE_NUMBER = re.compile(r"(?i)(?:stra(?:ss|ß)e|str\.|gasse|weg|platz|allee|ring|gürtel|zeile|damm|ufer|markt|kai)[ \t]+$")


# (round 18) Ordinary words that models read as names: the Austrian and Bavarian greeting "Grüß Gott" and "Gott sei Dank",
# and a note's label in es/pt ("Nota del repartidor:", "[Nota interna", "Nota: A-19203").
_ORDINARY = re.compile(r"\bGr[üu](?:ß|ss)[ \t]+Gott\b|\bGott[ \t]+sei[ \t]+Dank\b|"
                       r"\bNota(?=[ \t]*:|[ \t]+(?:de|del|do|da|dos|das|interna|interno|importante)\b)")


def _before_sentence_end(m: re.Match[str]) -> int:
    """(round 18) A brand's model ends at a sentence's dot: "Nespresso Vertuo. Leonor" is the brand and "Vertuo"."""
    stop = re.search(r"\.[ \t]", m.group())
    return m.start() + stop.start() if stop else m.end()


# (round 22) A hashtag made only of ordinary words or a town's name ("#SinSeñal", "#Internetausfall", "#Salvador"):
# read part by part where its capitals join words; one that holds a name ("#SoutienLouise") is left to the name rules.
_HASHTAG = re.compile(r"(?<![\w#&])#([^\W\d_][^\W_]*)")
_HASHTAG_PART = re.compile(r"[A-ZÀ-Þ]?[a-zà-ÿß]+|[A-ZÀ-Þ]+(?![a-zà-ÿ])")


# (round 29) A shop's or a campaign's hashtag ("#blackfriday", "#BlackFriday2026", "#ad", "#sorteo", "#werbung",
# "#cybermondaydeals"): sale and sponsorship words and feasts (data/cues.toml `sale_tags`, `holidays`), a year after them
@functools.cache
def _sale_tag() -> re.Pattern[str]:
    head = "|".join(sorted({e.replace(" ", "") for e in words("sale_tags") + words("holidays")}, key=len, reverse=True))
    return re.compile(rf"(?i)(?:{head})(?:{head}|\d{{2,4}})*")


def _ordinary_hashtags(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _HASHTAG.finditer(text):
        if _sale_tag().fullmatch(m.group(1)) or _sale_tag().fullmatch(fold(m.group(1))):
            out.append((m.start(1), m.end(1)))  # "#blackfriday" (round 29)
            continue
        parts = [fold(p) for p in _HASHTAG_PART.findall(m.group(1))]
        if parts and all(p in function_words() or is_city(p) or p.isalpha() and p == p.lower() and ordinary_anywhere(p)
                                           for p in parts) and \
                "".join(parts) == fold(m.group(1)):
            out.append((m.start(1), m.end(1)))
    return out


def protected_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of identifiers named by a cue word, and of standalone dates, prices and ids."""
    return list(_protected(text))


@functools.lru_cache(maxsize=32)
def _protected(text: str) -> tuple[tuple[int, int], ...]:
    """Computed once per text: the recognizers, the keep filter and finish.py all ask (about four times a text)."""
    ranges: list[tuple[int, int]] = []
    for m in _CUE_VALUE.finditer(text):
        ranges.append((m.start(1), m.end(1)))
        if m.group(2):  # "orders 1234, 5678 and 9012"
            for extra in re.finditer(r"#?[A-Z0-9-]*\d[A-Z0-9-]*", m.group(2), re.I):
                ranges.append((m.start(2) + extra.start(), m.start(2) + extra.end()))
    ranges.extend((m.start(3), m.end(3)) for m in _SPOKEN_ID.finditer(text)  # "order number is four four seven…"
                  if m.group(1).lower() not in _BANK_WORDS  # not "my account number is …": a bank account is personal
                  and (m.group(2) or m.group(1).lower() not in _ROLE_CUES))  # "CLIENTE: nove um dois": a speaker
    for cue in _SPACED_CUE_VALUE.finditer(text) if _SPACED_GROUPS.search(text) else ():  # "Kundennummer 448 190 27"
        value = _SPACED_VALUE.match(text, cue.end())
        if value and 6 <= sum(c.isdigit() for c in value.group(1)) <= 12:
            ranges.append((value.start(1), value.end(1)))
    if _SPACED_DIGITS.search(text):  # (speed) both patterns hold three groups of four digits
        ranges.extend((m.start(1), m.end(1)) for m in _TRACKING_SPACED.finditer(text))
        ranges.extend((m.start(1), m.end(1)) for m in _TRACKING_CARRIER.finditer(text))  # "7731 0498 2215 de DHL"
    ranges.extend((m.start(), m.end()) for m in _S10.finditer(text))  # "RR 552 018 473 PT"
    ranges.extend((m.start(), m.end()) for m in _STANDALONE.finditer(text)
                  if not _HOUSE_NUMBER.search(text, max(0, m.start() - 20), m.start()))
    ranges.extend((m.start(1), m.end(1)) for m in _KEEP_CUE_VALUE.finditer(text))
    ranges.extend(_companies(text))  # "Möbelhaus Krüger GmbH"
    ranges.extend(m.span(1) for m in _COMPANY_FIELD.finditer(text))  # "Company: Bluepeak Consulting" (round 33)
    for m in _CARRIER.finditer(text):  # "Colissimo", "Canada Post" (round 15)
        ranges.append((m.start(), m.end()))
        value = _CARRIER_VALUE.match(text, m.end())
        if value:
            ranges.append((value.start(1), value.end(1)))  # "Estafeta 2015478963" (round 18)
    ranges.extend(_trade_names(text))  # "Northway Telecom", "Banco Aroeira" (round 15)
    ranges.extend(_ampersand_firms(text))  # "Pipkin & Rye" (round 22)
    ranges.extend(m.span() for m in _CRAFT_BY.finditer(text))  # "Nails by Keira" (round 28)
    ranges.extend(m.span() for m in _CHEZ_TRADE.finditer(text))  # "Chez Odette Bakery" (round 28)
    ranges.extend(m.span() for m in _TRADE_TITLE.finditer(text))  # "Farmacia Doña Pilar" (round 28)
    if "#" in text:
        ranges.extend(_ordinary_hashtags(text))  # "#SinSeñal" (round 22)
    ranges.extend((m.start(1), m.end(1)) for m in _APP_HEADER.finditer(text))  # "Loja Candor · 22:52"
    ranges.extend((m.start(), m.end()) for m in _PLACEHOLDER.finditer(text))  # "[Signature]"
    ranges.extend((m.start(), m.end()) for m in _ORDINARY.finditer(text))  # "Grüß Gott", "Nota del repartidor:"
    ranges.extend((m.start(1), m.end(1)) for m in _INSTITUTION.finditer(text)  # "école Jules-Ferry"
                  if not _TITLE.match(m.group(1)) and not _HONORIFIC.match(m.group(1)))  # "la clínica Dra. X": a person
    ranges.extend(_company_again(text))  # "Reply from Nordvik:", then "Nordvik" (or "Nordvik AS") anywhere
    # "Kühlschrank Bosch KGN39", with its noun (round 18): "Commode Eugénie" opens a subject, "Abo Wetterstation Pro"
    products = list(_PRODUCT.finditer(text))
    products += [p for p in (_FIELD_PRODUCT.match(text, o.end()) for o in _FIELD_OPEN.finditer(text)) if p]
    ranges.extend((m.start(), m.end(1)) for m in products
                  if not _first_and_last(m.group(1)))  # "the sofa Ana López sold": a person whatever the noun
    ranges.extend((m.start(1), m.end(1)) for m in _ARTICLE_MODEL.finditer(text)  # "un Lumen 14"
                  if not re.search(rf"(?i)(?:{STREET_SUFFIXES})[ \t]+\d+$", m.group(1)))  # (round 33) "an Zweierstrasse 118"
    ranges.extend((m.start(), m.end()) for m in _MODEL.finditer(text)  # "Jura E8", "Dyson V15"
                  if not _EIRCODE_END.search(m.group()))  # (round 33) not "Limerick V94 K2XP": a town and its Eircode
    ranges.extend(_models(text))  # "Veltro Nova 14 Pro", "Tessin Combi 1.5" (round 24)
    for m in _SIZED.finditer(text):  # "Hearthly 5L", "Ridgeback 2P" (round 33)
        words = m.group(1).split()
        if fold(words[-1]) in _NOT_SIZED or fold(words[0]) in function_words() or _first_and_last(m.group(1)) or \
                len(words) >= 2 and is_first(fold(words[0])) and is_last(fold(words[-1])) or \
                re.search(rf"(?i)\b(?:{STREET_TYPES})\b|(?:{STREET_SUFFIXES})$", m.group(1).strip()):
            continue
        ranges.append((m.start(), m.end()))
    for m in _PRODUCT_AFTER.finditer(text) if _PRODUCT_AFTER_NOUN.search(text) else ():  # "KALLAX shelf", "Hemnes Kommode"; not over a sentence end
        stop = max((e.end() for e in re.finditer(r"[.!?][ \t]+", m.group(1))), default=0)
        lead = re.match(r"(\S+) +(?=the )", m.group(1)[stop:])
        if lead and (lead.group(1).isupper() or is_first(fold(lead.group(1)))):
            stop += lead.end()  # "its TYRELL the X skateboard deck": the name before "the" is the writer (round 15)
        ranges.append((m.start(1) + stop, m.end(2)))  # "… this is Quinn Low. The Birch lamp": "The Birch lamp" only
    ranges.extend((m.start(), _before_sentence_end(m)) for m in _BRAND.finditer(text)  # "Nissan Versa", "Renault Clio"
                  if not _closing_brand(text, m.start()))  # not "LG Karl-Heinz"
    ranges.extend((m.start(), m.end()) for m in _COLOUR_CUED.finditer(text))  # "coloris Bleu Canard"
    ranges.extend(_colour_phrases(text))  # "Midnight Blue", "Sage Green"
    ranges.extend(_colour_after(text, ranges + list(_noun_named(text))))  # "Hemnes daybed in Rosa", "Dyson V15 Hazel"
    return tuple((_owner_first(text, lo, hi), _family_firm(text, hi)) for lo, hi in ranges)  # (round 28)
