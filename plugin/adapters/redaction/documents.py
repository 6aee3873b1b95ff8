"""Identity documents and bank details: dates of birth, driving licences, passports (number and MRZ), national and
tax ids, UK bank accounts with sort code, card expiry and CVC.

Two kinds of rule, both language-aware through the cue words in data/cues.toml:
- a cue ("date of birth", "Geburtsdatum", "DNI", "senha"...) followed within a few words by a value of the right
  shape: the value is hidden whatever its country;
- a format that is unmistakable without a cue (CURP, codice fiscale, a Spanish DNI/NIE with its check letter, a UK
  NI number, a Swiss AHV number, a Brazilian CPF, an MRZ line): hidden wherever it stands.
Presidio's own country recognizers (ES_NIF, IT_FISCAL_CODE, UK_NINO, ...) run beside these in the analyzer
(recognizers.py); these rules are what InMemoryRedactor has without Presidio.
"""
from __future__ import annotations

import re

from plugin.core.guards import luhn
from plugin.core.model import Span

from .cues import alternation, names_other_value
from .patterns import CARD, NUMBER_WORD

_MONTHS = alternation("months")
_NUM_DATE = r"\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}"
_WORD_DATE = (rf"\d{{1,2}}(?:st|nd|rd|th|er|º|°)?\.?\s+(?:of\s+|de\s+)?(?:{_MONTHS})\.?,?\s+(?:de\s+)?\d{{4}}"
              rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}")
DATE = rf"(?:{_WORD_DATE}|{_NUM_DATE})"
# Forms only a birth cue makes a date of birth (round 11): the day in words ("the fourteenth of March 1988", "el
# veintiuno de marzo de 1990"), a compact vCard BDAY (19930611), a month and a year ("née en mars 1987").
_ORDINAL = (r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
            r"(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth|(?:twenty|thirty)-(?:first|second|third|"
            r"fourth|fifth|sixth|seventh|eighth|ninth)|primero|premier|erste[nr]?|primeiro")
_SPELT_DATE = (rf"(?:{_ORDINAL}|{NUMBER_WORD}|[a-zäöüß]+(?:ten|sten|ter))(?:[ \t]+(?:of|de|du))?[ \t]+(?:{_MONTHS})\.?,?[ \t]+(?:de[ \t]+|del[ \t]+)?"
               r"\d{4}")
_COMPACT_DATE = r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
# (round 21) After a birth cue only: a month's short form in es/fr/de/pt with a day and a year ("4 ene 1970", "8 juil.
# 1992", "3 fev 1979", "12. Okt. 1961", "5-dic-88"), and a booking system's compact date ("06MAR81", "14ENE1986").
_SHORT_MONTHS = (r"ene|feb|mar|abr|may|jun|jul|ago|sep|sept|set|oct|out|nov|dic|dez|janv|févr|fevr|avr|mai|juil|"
                 r"août|aout|déc|dec|jän|jan|mär|mrz|apr|okt|fev|jun")
_SHORT_MONTH_DATE = (rf"\d{{1,2}}\.?(?:[ \t]+(?:de[ \t]+)?|-)(?:{_SHORT_MONTHS})\.?(?:[ \t]+(?:de[ \t]+)?|-)(?:(?:19|20)\d{{2}}|'?\d{{2}})"
                     r"(?![\d:/]|[.,]\d)")
_BOOKING_DATE = r"\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|ENE|ABR|AGO|DIC)(?:19|20)?\d{2}(?![\w])"
# Also year first with dots or slashes (1985/03/03), a month's abbreviation between dashes (3-Mar-1985), a two-digit
# year after a month's name (3rd March 85), and a day and month without a year ("Birthday: 3 March").
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|º|°)?\.?"
_BIRTH_DATE = (rf"(?:{DATE}|\d{{4}}[./]\d{{1,2}}[./]\d{{1,2}}(?![\d/.])|\d{{1,2}}-(?:{_MONTHS})-(?:\d{{4}}|\d{{2}})(?!\d)"
               rf"|{_SPELT_DATE}|{_COMPACT_DATE}|(?:{_MONTHS})\.?[ \t]+(?:de[ \t]+)?(?:19|20)\d{{2}}(?!\d)"
               rf"|{_DAY}[ \t]+(?:of[ \t]+|de[ \t]+)?(?:{_MONTHS})\.?,?[ \t]+(?:del?[ \t]+)?'?\d{{2}}(?![\d:/]|[.,]\d)"
               rf"|{_DAY}[ \t]+(?:of[ \t]+|de[ \t]+)?(?:{_MONTHS})\b\.?|(?:{_MONTHS})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?![\d:.,/]\d)"
               rf"|{_SHORT_MONTH_DATE}|{_BOOKING_DATE})")
# A birth year alone after a birth verb or a year-of-birth label ("born in 1985", "nacida en 1979", "geboren 1962").
_BIRTH_YEAR = re.compile(rf"(?i)\b(?:{alternation('birth_year')})[ \t:]*((?:19|20)\d{{2}})(?![\d/.,:-]?\d)")
# Between a cue and its value: punctuation, "is", "was", "the", "der", "el", "le", at most three short words.
_GAP = r"[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*[:=#|│-]?[ \t]*(?:(?:is|was|ist|es|est|é|era|lautet|the|der|den|el|le|la|em|on|am|no\.?|nr\.?|n[º°o]\.?|number|numéro|número|nummer)[ \t:]+){0,3}"
# Between a cue and its value, farther: a clause of up to 70 characters ending in a colon, a comma or a linking word
# ("date of birth, since your team asked: 9 May 1938", "nació en Valladolid, Yucatán, el 7 de agosto de 1944",
# "Reisepass für Identprüfung: C7K2P91XZ"), with no linking word before its end ("is not …, the error is 500") and
# no word that makes the value something else (cues.toml other_value: "born in Leeds, ordered on 12/03/2026").
_LINK_WORDS = r"is|was|are|es|era|fue|est|était|etait|c'était|ist|war|lautet|lautete|é|foi|son|sont|sind|são"
_FAR = (rf"(?:(?!\b(?:{_LINK_WORDS})\b)[^\n.!?:;]){{0,70}}?(?:[:,(]|\b(?:{_LINK_WORDS}|el|le|em|am|on|no dia)\b)"
        r"[ \t]*(?:(?:the|el|le|la|der|den|o|a|am|em|on|no dia)[ \t]+)?")
_DOB = re.compile(rf"(?i)\b(?:{alternation('dob')})(?![\w])(?:{_GAP}(?:[^\n\d]{{0,20}}?)|(?P<far>{_FAR}))({_BIRTH_DATE})")
# The date first, its cue after: "14/03/1988 is my date of birth", "04.05.1941 (Geburtsdatum)". A possessive or
# nothing between: "02/03/2026 is the birthday present" is a purchase's date, and so is a birthday's gift or party.
_DOB_BEFORE = re.compile(rf"(?i)(?<![\w/.-])({DATE})[ \t]*(?:\(|,|-|–)?[ \t]*(?:(?:{_LINK_WORDS}|=)[ \t]+)?"
                         r"(?:(?:my|mi|ma|mon|mein|meine|minha|meu|his|her|sa|son|su|seu|sua|ihr|ihre|sein|seine)[ \t]+)?"
                         rf"(?:{alternation('dob')})(?![\w])(?![ \t]+(?:present|gift|party|card|cake|regalo|fiesta|"
                         r"tarta|cadeau|fête|fete|gâteau|geschenk|feier|party|kuchen|presente|festa|bolo))")
# A chat asks for the birth date and the next line answers: "Agent: … confirm your date of birth?\nCustomer: 14/02/1979".
# (round 16) The chat's question may end with a full stop or a request ("… your date of birth to confirm it's you.",
# "… e da data de nascimento, por favor."), and the answer may run on ("Du: 17.05.1981. bezahlt hab ich …",
# "Você: 133070891, 29/02/1988", "Tú: rocío …, 7 de agosto del 82"): the first birth-shaped date on the next line.
_DOB_REPLY = re.compile(rf"(?i)\b(?:{alternation('dob')})(?![\w])[^\n\d]{{0,40}}[?.:!][ \t]*\n[^\n]{{0,60}}?"
                        rf"(?<![\w/.-])({_BIRTH_DATE})(?![\w/-]|\.\d)")
# (round 16) A scanned form's label broken across lines ("Date of⏎birth:", "Fecha de nacimien-⏎to:", "Geburts-⏎datum:"):
# the birth-date rules also read the text with such breaks joined (offsets mapped back).
_LABEL_BREAK = re.compile(r"(?<=[^\W\d_])(?:-\n|\n)(?=[^\W\d_])")
_DOB_ASKED = re.compile(rf"(?im)\b(?:{alternation('dob')})(?![\w])[^\n\d]{{0,30}}\?[ \t]*\n[^\n]{{0,40}}?(?<![\w/.-])({DATE})"
                        r"[ \t.!]*$")

# (round 11) Further from its cue, in the same sentence, a date is a birth date when its year is one: "the date of birth
# on the account is wrong, it should be 02/09/1961", "das Geburtsdatum meines Vaters verlangt (14.03.1941)". A year
# of the last ten years is a recent date (an order, a visit), not a birth.
_DOB_FAR = re.compile(rf"(?i)\b(?:{alternation('dob')})(?![\w])[^\n\d.!?;]{{0,70}}?(?<![\w/.-])({DATE})(?![\w/.-]\d)")
_BIRTH_YEARS = range(1900, 2016)
# (speed) the birth cue _DOB, _DOB_ASKED, _DOB_REPLY, _DOB_FAR and _SPOKEN_DOB all begin with (not _DOB_BEFORE: its cue
# follows the date): a text without one skips them
_DOB_CUE = re.compile(rf"(?i)\b(?:{alternation('dob')})(?![\w])")
# (round 12) A birth date said aloud, as a phone system's speech line writes it: the year in words too ("may the
# third nineteen seventy", "el dos de junio del ochenta y uno", "le trois mars soixante-dix", "am zweiten Mai
# neunzehnhundertsiebzig", "cinco de junho de oitenta e um"), after a birth cue in the same sentence.
# (round 18) the thousands and hundreds of a year said in Romance languages ("mil novecientos noventa", "mille neuf
# cent soixante-neuf", "mil novecentos e cinquenta e oito") and "nineteen hundred", "neunzehnhundert…"
_THOUSANDS = (r"mil|mille|milles|thousand|tausend|"
              r"(?:dos|tres|cuatro|seis|sete|ocho|nove)cientos|quinientos|setecientos|novecientos|"
              r"(?:duz|trez|quatroc|seisc|setec|oitoc|novec)entos|quinhentos|cents?|cento|ciento")
_YEAR_WORDS = (rf"(?:{NUMBER_WORD}|{_THOUSANDS}|[a-zäöüß]*(?:hundert|zig|ßig)[a-zäöüß]*)"
               rf"(?:[ \t-]+(?:(?:y|et|e|and|und)[ \t]+)?(?:{NUMBER_WORD}|hundred|{_THOUSANDS}))*")
_DAY_WORD = rf"(?:{_ORDINAL}|{NUMBER_WORD}(?:[ \t]+(?:y|e|et)[ \t]+{NUMBER_WORD})?|[a-zäöüß]+(?:ten|sten|ter|ème|º))"
_SPOKEN_DOB = re.compile(rf"(?i)\b(?:{alternation('dob')})(?![\w])[^\n\d.!?\"“”«»]{{0,40}}?(?<![\w-])"
                         rf"((?:the[ \t]+)?(?:(?:{_DAY_WORD}|\d{{1,2}}(?:st|nd|rd|th|er|º|°)?\.?)[ \t]+(?:(?:de|of)[ \t]+)?(?:{_MONTHS})|(?:{_MONTHS})[ \t]+(?:the[ \t]+)?{_DAY_WORD})"
                         rf"[ \t,]+(?:(?:de|del|of)[ \t]+)?{_YEAR_WORDS})(?![\w-])")

# (round 17) A birth date said aloud as the answer on the next line of a call or chat ("date of birth?⏎CALLER: march
# ninth nineteen eighty-four", "¿Su fecha de nacimiento?⏎CLIENTE: el doce de agosto del setenta y ocho", "Geburtsdatum?⏎
# KUNDIN: neunter Oktober siebenundfünfzig"): month and day in either order, "the" optional, the year in words or
# digits; the article before it ("le", "el", "am", "on the") is part of the date.
_SPOKEN_DAY = rf"(?:{_DAY_WORD}|[a-zäöüß]+ter|\d{{1,2}}(?:st|nd|rd|th|er|º|°)?\.?)"
_SPOKEN_VALUE = (rf"(?:(?:le|el|am|on|the|em|no dia|o|on the)[ \t]+)?"
                 rf"(?:{_SPOKEN_DAY}[ \t]+(?:(?:de|of)[ \t]+)?(?:{_MONTHS})|(?:{_MONTHS})[ \t]+(?:the[ \t]+)?{_SPOKEN_DAY})"
                 rf"[ \t,]+(?:(?:de|del|of)[ \t]+)?(?:{_YEAR_WORDS}|(?:19|20)?\d{{2}}(?!\d))")
_SPOKEN_DOB_REPLY = re.compile(rf"(?i)\b(?:{alternation('dob')})(?![\w])[^\n\d]{{0,40}}[?.:!+][ \t+]*\n[ \t]*"
                               r"(?:\[[^\]\n]{1,24}\][ \t]*|\d{1,2}:\d{2}[ \t–-]+)?(?:[^\W\d_][\w .'’()-]{0,24}[ \t]*:[ \t]*)?"
                               rf"({_SPOKEN_VALUE})(?![\w-])")
# (round 17) The date first and the birth after it, spoken or typed: "ich bin am vierzehnten März 87 geboren", "the
# fourteenth of March eighty-seven is my birthday", "vierzehnter März siebenundachtzig, Geburtsdatum".
_SPOKEN_BEFORE = re.compile(rf"(?i)(?<![\w/.-])({_SPOKEN_VALUE}|{_SPELT_DATE})(?![\w-])[ \t]*[,(–-]?[ \t]*"
                            rf"(?:(?:{_LINK_WORDS})[ \t]+)?(?:(?:my|mi|ma|mon|mein|meine|minha|meu|his|her|sa|son|su|ihr|sein|das|der)[ \t]+)?"
                            rf"(?:{alternation('dob')}|geboren|nacid[oa]|née?|nascid[oa])(?![\w])(?![ \t]+(?:present|gift|party|card|"
                            r"cake|regalo|fiesta|cadeau|fête|geschenk|feier|kuchen|presente|festa|bolo))")
# A birth date's year said after a comma or an apostrophe ("born march 14th, '87"): the year joins the date.
# (four digits, or two after an apostrophe or ending the sentence: "born 3 March, 14 items ordered" stays)
_YEAR_AFTER = re.compile(r",?[ \t]*(?:(?:19|20)\d{2}(?![\w/.:,]\d|\w)|['’]\d{2}(?!\w)|\d{2}(?=[ \t]*(?:[.!?\n]|$)))")
# (round 17) A month in Roman numerals, as Spanish and Italian forms write it: "3-VII-1946", "12.XI.1980".
_ROMAN_DOB = re.compile(rf"(?i)\b(?:{alternation('dob')})(?![\w]){_GAP}(?-i:(\d{{1,2}}[ \t]?[./-][ \t]?"
                        r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)[ \t]?[./-][ \t]?(?:19|20)?\d{2}))(?![\w/.-]\d|\w)")
# (round 17) The article before a cued birth date belongs to it when the date answers a question ("Vous : le 23 août
# 1990"): the _DOB_REPLY span grows over "le", "el", "am", "on (the)", "no dia".
# Only an article that opens the answer (after the speaker's colon): "née le 3 février" keeps "le" as a word.
_ARTICLE_BEFORE = re.compile(r"(?im)(?:^|:)[ \t]*((?:le|el|am|on|on the|the|no dia)[ \t]+)$")


# (round 21) A form copied line by line: the label alone on its line (a colon or not), the value opening the next
# ("Date of birth⏎12/03/1980", "Fecha de nacimiento:⏎4 ene 1970", "Reisepassnummer⏎C01X9LK72", "N.º da carta de
# condução⏎L-1928374 5").
_DOB_NEXT_LINE = re.compile(rf"(?im)^[ \t]*(?:{alternation('dob')})[ \t]*(?:\([^)\n]{{0,20}}\))?[ \t]*:?[ \t]*\r?\n[ \t]*"
                            rf"({_BIRTH_DATE})(?![\w/.-]\d|\w)")
_DOC_NEXT_LINE = re.compile(rf"(?im)^[ \t]*(?:n[°º.]*[ \t]*(?:d[aoe][ \t]+)?|no\.[ \t]*|nr\.[ \t]*|num[ée]ro[ \t]+(?:de[ \t]+|do[ \t]+|da[ \t]+)?|"
                            r"n[uú]mero[ \t]+(?:de[ \t]+|do[ \t]+|da[ \t]+)?)?"
                            rf"(?:{alternation('licence')}|{alternation('passport')}|{alternation('national_id')})"
                            r"(?:[ \t]+(?:no\.?|number|nr\.?|n[º°]\.?|nummer|número|numéro))?[ \t]*:?[ \t]*\r?\n[ \t]*"
                            r"(?-i:([A-Z0-9](?:[A-Z0-9]|[ .\-/](?=[A-Z0-9])){4,24}))[ \t]*$")


def _birth_year(value: str) -> bool:
    years = re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", value)
    return bool(years) and int(years[-1]) in _BIRTH_YEARS


_ID_VALUE = r"([A-Z0-9](?:[A-Z0-9]|[ .\-/](?=[A-Z0-9])){4,24})"
_DOC_CUE = re.compile(rf"(?i)\b(?:{alternation('licence')}|{alternation('passport')}|{alternation('national_id')})"
                      rf"(?![\w]|-[A-Z]{{2,3}}-|-[A-Z0-9]*\d)(?:{_GAP}(?:[^\n\d]{{0,16}}?)|(?P<far>{_FAR}))(?-i:{_ID_VALUE})")  # "SIN-ES-2026-…" is a claim number
# (round 16) A chat asks for an id and the next line answers: "… indique o seu NIF.⏎Você: 140866760", "… o CPF do
# titular?⏎Você: 70523279299". The answer opens its line (after a speaker or a time) and holds five digits or more.
_ID_REPLY = re.compile(rf"(?i)\b(?:{alternation('licence')}|{alternation('passport')}|{alternation('national_id')})"
                       r"(?![\w-])[^\n\d]{0,40}[?.:!][ \t]*\n[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*|\d{1,2}:\d{2}[ \t]+)?"
                       r"(?:[^\W\d_][\w .'’-]{0,24}[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*:[ \t]*)?"
                       rf"(?-i:{_ID_VALUE})(?![\w/.-])")
_KIND = (("licence", "DRIVER_LICENSE"), ("passport", "PASSPORT"), ("national_id", "NATIONAL_ID"))

# Formats that need no cue. Each is checked further by `_checked` where a check digit exists.
_FORMATS: list[tuple[str, re.Pattern[str]]] = [
    ("NATIONAL_ID", re.compile(r"(?<![\w])[A-Z][AEIOUX][A-Z]{2}\d{6}[HM][A-Z]{5}[0-9A-Z]\d(?![\w])")),   # CURP
    ("NATIONAL_ID", re.compile(r"(?<![\w])[A-ZÑ&]{4}\d{6}[A-Z0-9]{3}(?![\w])")),                            # RFC
    ("NATIONAL_ID", re.compile(r"(?<![\w])[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z](?![\w])")),          # codice fiscale
    ("NATIONAL_ID", re.compile(r"(?<![\w-])(?:\d{8}|[XYZ]\d{7})-?[A-HJ-NP-TV-Z](?![\w-])")),                 # DNI / NIE
    ("NATIONAL_ID", re.compile(r"(?<![\w])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
                               r" ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w])")),                                     # UK NINO
    ("NATIONAL_ID", re.compile(r"(?<![\w.])756\.?\d{4}\.?\d{4}\.?\d{2}(?![\w]|\.\d)")),                       # AHV/AVS
    ("NATIONAL_ID", re.compile(r"(?<![\w.-])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\w-])")),                            # CPF
    ("NATIONAL_ID", re.compile(r"(?<![\w])[12] ?\d{2} ?(?:0[1-9]|1[0-2]) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\w])")),  # NIR
    ("NATIONAL_ID", re.compile(r"(?<![\w])\d{8} ?\d ?[A-Z]{2}\d(?![\w])")),                                   # PT Cartão de Cidadão
    ("DRIVER_LICENSE", re.compile(r"(?<![\w])[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}(?:\s?\d{2})?(?![\w])")),      # UK DVLA
    ("PASSPORT", re.compile(r"(?<![A-Za-z0-9<])([A-Z0-9<]{28,44})(?![A-Za-z0-9<])")),                       # MRZ line
]
_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"

_SORT_CODE = re.compile(r"(?i)\bsort[ -]?code\b[ \t:]*(?:is[ \t]+)?(\d{2}[- ]\d{2}[- ]\d{2})\b")
_BANK_ACCOUNT = re.compile(rf"(?i)\b(?:{alternation('bank_account')})(?![\w]){_GAP}(\d(?:[ ]?\d){{5,15}})(?![\w-])")
# (round 16) a comma may stand between the cue and the value: a screen reader's or a form's dump reads "label, value"
# ("edit text, Expiry, 11/28", "„Eingabefeld, Prüfnummer, 552"")
_EXPIRY = re.compile(rf"(?i)\b(?:{alternation('expiry')})\.?(?![\w])(?:[ \t]*,)?{_GAP}(?:(?:fin|end|ende|fim|el|em)[ \t]+)?"
                     r"(\d{1,2}[ ]?[/-][ ]?(?:\d{4}|\d{2})|(?:0[1-9]|1[0-2])\d{2})(?![\w/-])")  # 08/27, 08-27, 0827
_CVC = re.compile(rf"(?i)\b(?:{alternation('cvc')})(?![\w])(?:[ \t]+(?:of|de|del|da|do|der|auf)[ \t]+(?:(?:the|my|la|mi|ma|meiner|o|a|"
                  r"der|dem)[ \t]+)?(?:card|tarjeta|carte|karte|cartão|cartao))?"
                  rf"(?:[ \t]*,)?{_GAP}(?:(?:are|son|sont|sind|são|sao)[ \t:]+)?(\d{{3,4}})(?![\w])")
# Right after a card number (round 11): its expiry and its code, with or without their cue words ("4111 … 1111,
# 09/28, 771", "4970 … 7899 expire fin 08/27, cryptogramme 447"). Only the words of an expiry or a code, and
# connectors, may stand between: "card 4111 … 1111 for order 1234" hides no order.
# (round 12) Or on the next item of a list or the next cell of a table: a clipboard dump or a form copied line by
# line ("• 4111 …⏎• 10/29⏎• 552", "(1) …⏎(2) 10/29", "2) 07/28", "│ 4111 … │ 07/28 │"); across a line break the
# value must fill its item (a price or a sentence on the next line is something else).
_TAIL_WORDS = (rf"(?:(?:{alternation('expiry')}|{alternation('cvc')}|and|y|et|und|e|date|code|fin|end|ende|fim|el|le|em|on"
               r"|en|hinten|au dos|atrás|atras|on the back"
               r"|bis|until|till|hasta|até|ate|jusqu'(?:à|au|en))\.?[ \t]*[:=]?[ \t]*){0,3}")  # (round 35) "bis 08/28"
_TAIL_VALUE = r"(\d{1,2}[ ]?[/-][ ]?(?:\d{4}|\d{2})(?![\w/-])|\d{3,4}(?![\w/.,-]?\d))"
_CARD_TAIL = re.compile(rf"(?i)[ \t]*[,;/|│┃(-]?[ \t]*{_TAIL_WORDS}{_TAIL_VALUE}")
_LIST_MARK = r"(?:[-*•·→>»|│┃]|\[\d{1,2}\]|\(?\d{1,2}[).])"
_CARD_TAIL_ITEM = re.compile(rf"(?i)[ \t|│┃]*\r?\n[ \t]*(?:{_LIST_MARK}[ \t]*)?{_TAIL_WORDS}{_TAIL_VALUE}[ \t|│┃]*(?=\r?\n|$)")


def _dni_ok(value: str) -> bool:
    v = value.replace("-", "").upper()
    digits = v[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return digits.isdigit() and _DNI_LETTERS[int(digits) % 23] == v[-1]


def _checked(kind: str, pattern_index: int, value: str) -> bool:
    if pattern_index == 3:  # DNI/NIE: only with the right check letter (else a product code)
        return _dni_ok(value)
    if pattern_index == 10:  # MRZ: a run of fillers, or it is a line of capitals
        return "<<" in value
    if pattern_index == 1:  # RFC: a birth date in the middle (YYMMDD)
        mm, dd = int(value[6:8]), int(value[8:10])
        return 1 <= mm <= 12 and 1 <= dd <= 31
    return True


def _trim_value(value: str) -> str:
    # (round 23) a value ends before a word of three letters or more: in capitals the pattern runs on over the
    # sentence ("NIE Z7934283R VIVO EN CALLE …")
    return re.split(r"[ ](?=[^\W\d_]{3,}(?:[ .,;]|$))", value)[0].rstrip(" .-/")


def _with_article(text: str, start: int) -> int:
    m = _ARTICLE_BEFORE.search(text, max(0, start - 12), start)
    return m.start(1) if m else start


def find_documents(text: str) -> list[Span]:
    # the value is the last group (the far gap, when there is one, is a group before it)
    # (a birth cue's whole gap is checked: "né à Lyon, commandé le 12/05/2026" is an order's date)
    cued = bool(_DOB_CUE.search(text))  # (speed) else none of the patterns that begin with a birth cue can match
    out = [Span("DATE_OF_BIRTH", m.start(m.re.groups), m.end(m.re.groups), 0.9)
           for pattern in ((_DOB, _DOB_ASKED) if cued else ())
           for m in pattern.finditer(text) if not names_other_value(text[m.start():m.start(m.re.groups)])]
    out += [Span("DATE_OF_BIRTH", m.start(1), m.end(1), 0.9) for m in _DOB_BEFORE.finditer(text)
            if not names_other_value(m.group(0))]
    out += [Span("DATE_OF_BIRTH", _with_article(text, m.start(1)), m.end(1), 0.85) for m in (_DOB_REPLY.finditer(text) if cued else ())
            if not names_other_value(m.group(0)[: m.start(1) - m.start()])]
    # (round 18, speed) these three need a birth cue too: _SPOKEN_DOB_REPLY and _ROMAN_DOB begin with one, and
    # _SPOKEN_BEFORE's cue words (dob, geboren, nacido/a, né(e), nascido/a) are all in cues.toml dob, after a space or
    # a sign; gated, the rules cost about 0.8 ms less per ticket without a birth cue, the same findings
    if cued:
        out += [Span("DATE_OF_BIRTH", m.start(1), m.end(1), 0.8) for m in _SPOKEN_DOB_REPLY.finditer(text)
                if not names_other_value(m.group(0)[: m.start(1) - m.start()])]
        out += [Span("DATE_OF_BIRTH", m.start(1), m.end(1), 0.85) for m in _ROMAN_DOB.finditer(text)]
        out += [Span("DATE_OF_BIRTH", m.start(1), m.end(1), 0.8) for m in _SPOKEN_BEFORE.finditer(text)]
    out += _broken_label_dobs(text)
    if "\n" in text:
        out += [Span("DATE_OF_BIRTH", m.start(1), m.end(1), 0.85) for m in (_DOB_NEXT_LINE.finditer(text) if cued else ())]
        for m in _DOC_NEXT_LINE.finditer(text):
            value = _trim_value(m.group(1))
            if re.search(r"\d", value) and len(re.sub(r"\W", "", value)) >= 5:
                cue = m.group(0)[: m.start(1) - m.start()]
                kind = next((t for key, t in _KIND if re.search(rf"\b(?:{alternation(key)})", cue, re.I)), "NATIONAL_ID")
                out.append(Span(kind, m.start(1), m.start(1) + len(value), 0.85))
    out += [Span("DATE_OF_BIRTH", m.start(1), m.end(1), 0.8) for m in _BIRTH_YEAR.finditer(text)]
    out += [Span("DATE_OF_BIRTH", m.start(1), m.end(1), 0.85) for m in (_DOB_FAR.finditer(text) if cued else ())
            if _birth_year(m.group(1))]
    out += [Span("DATE_OF_BIRTH", m.start(1), m.end(1), 0.8) for m in (_SPOKEN_DOB.finditer(text) if cued else ())
            if not names_other_value(text[m.start():m.start(1)])]
    for m in _ID_REPLY.finditer(text):
        value = _trim_value(m.group(1))
        if len(re.findall(r"\d", value)) >= 5 and not names_other_value(m.group(0)[: m.start(1) - m.start()]):
            cue = m.group(0)[: m.start(1) - m.start()]
            kind = next((t for key, t in _KIND if re.search(rf"\b(?:{alternation(key)})", cue, re.I)), "NATIONAL_ID")
            out.append(Span(kind, m.start(1), m.start(1) + len(value), 0.85))
    for m in _DOC_CUE.finditer(text):
        value_start = m.start(m.re.groups)
        value = _trim_value(m.group(m.re.groups))
        if names_other_value(m.group("far") or ""):
            continue  # the far gap only: "NIF para a fatura: 237…" is the customer's NIF
        if not re.search(r"\d", value) or len(re.sub(r"\W", "", value)) < 5:
            continue
        cue = m.group(0)[: value_start - m.start()]
        kind = next((t for key, t in _KIND if re.search(rf"\b(?:{alternation(key)})", cue, re.I)), "NATIONAL_ID")
        if kind == "NATIONAL_ID" and re.search(r"(?i)\b(?:ssn|social)", cue):
            kind = "US_SSN"
        out.append(Span(kind, value_start, value_start + len(value), 0.85))
    for i, (kind, pattern) in enumerate(_FORMATS):
        for m in pattern.finditer(text):
            group = 1 if pattern.groups else 0
            if _checked(kind, i, m.group(group)):
                out.append(Span(kind, m.start(group), m.end(group), 0.8))
    out += _next_births(text, out)
    # (round 21) two cues may find the same value ("birth:" inside "date of birth:"): each value once, in order
    unique: dict[tuple[str, int, int], Span] = {}
    for span in out:
        unique.setdefault((span.type, span.start, span.end), span)  # the first finding of a value wins
    return [_with_year(text, s) for s in unique.values()]


# (round 38) A second birth date right after a first one on its line, corrected or for another person ("richtig ist der
# 9. Februar 1984, nicht der 2. September 1984", "la mía es 03/01/1975; la de mi esposa es 17/07/1979", "23.02.1984. et
# pour elle 30.10.1992"): a whole date with a year of birth within 70 characters, no word of another value (an order,
# a delivery, a date from which something holds: "since", "valid", "expires") and no other date between.
_NEXT_DATE = re.compile(rf"(?i)(?<![\w/.-])({DATE}|\d{{1,2}}\.[ \t]*(?:{_MONTHS})[ \t]+(?:19|20)\d{{2}})(?![\w/-]|\.\d)")
_NOT_BIRTH_GAP = re.compile(r"(?i)\b(?:since|seit|desde|depuis|d[eè]s|from|ab|until|bis|hasta|jusqu|at[ée]|valid|v[áa]lid|"
                            r"g[üu]ltig|expir|caduc|venc|ablauf|issued|ausgestellt|emitid|d[ée]livr|member|mitglied|socio|"
                            r"membre|s[óo]cio|client|kunde|cliente|contract|vertrag|contrato|contrat|today|heute|hoy|aujourd|hoje)")


def _next_births(text: str, found: list[Span]) -> list[Span]:
    out = []
    for span in found:
        if span.type != "DATE_OF_BIRTH":
            continue
        line_end = text.find("\n", span.end)
        hi = min(len(text) if line_end == -1 else line_end, span.end + 70)
        m = _NEXT_DATE.search(text, span.end, hi)
        if m is None or not _birth_year(m.group(1)) or not re.search(r"(?:19|20)\d{2}", m.group(1)):
            continue
        gap = text[span.end:m.start(1)]
        if re.search(r"\d", gap) or names_other_value(gap) or _NOT_BIRTH_GAP.search(gap):
            continue
        out.append(Span("DATE_OF_BIRTH", m.start(1), m.end(1), 0.8))
    return out


_DIA_BEFORE = re.compile(r"(?i)(?<![\w])(?:dia|día)[ \t]+$")


def _with_year(text: str, span: Span) -> Span:
    """A birth date without its year grows over a year said right after it ("born march 14th, '87"); (round 23) a
    spoken date takes the word "dia"/"día" before it ("nasci dia quinze de abril de 1971")."""
    if span.type == "DATE_OF_BIRTH" and not text[span.start:span.start + 1].isdigit():
        day = _DIA_BEFORE.search(text, max(0, span.start - 6), span.start)
        span = Span(span.type, day.start(), span.end, span.score) if day else span
    if span.type != "DATE_OF_BIRTH" or re.search(r"(?:19|20)\d{2}\b|'\d{2}\b", text[span.start:span.end]):
        return span
    m = _YEAR_AFTER.match(text, span.end)
    return Span(span.type, span.start, m.end(), span.score) if m else span


# A bank code with its value ("routing 021000021", "BLZ 37040044", "agência 1234", "CCC 2100 0418 45 0200051332"),
# and then an account number next to it on the same line ("account is 43981276", "conta 56789-0", "Konto 1234567890").
# (round 12) Also after a clause ("CLABE para el depósito: …"), and an agency and account written as one pair
# ("agência/conta 1234 / 56789-0").
_BANK_CODE = re.compile(rf"(?i)\b(?:{alternation('bank_code')})(?![\w])(?:{_GAP}|(?P<far>{_FAR}))"
                        r"(\d(?:(?:[ -]|[ ]?/[ ]?)?\d){1,25})(?![\w-])")
# (round 14) "c/c" and "cc" (conta corrente / cuenta corriente) name the account next to an agency as well
_ACCOUNT_ABBR = r"account|acct|acc|a/c|c/c"  # an account's word and abbreviations (joining a bank code, _PAIR_GAP)
_ACCOUNT_NEAR = re.compile(rf"(?i)\b(?:{_ACCOUNT_ABBR}|cc|conta|konto(?:nummer)?|compte|cuenta|number|nummer|número|numéro)"
                           r"(?![\w/])[^\n\d]{0,25}?(\d(?:[ .-]?\d){3,20})(?![\w-])")
_BANK_WINDOW = 80


def _accounts_near(text: str, start: int, end: int) -> list[Span]:
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    lo, hi = max(line_start, start - _BANK_WINDOW), min(len(text) if line_end == -1 else line_end, end + _BANK_WINDOW)
    return [Span("BANK_ACCOUNT", m.start(1), m.end(1), 0.8) for m in _ACCOUNT_NEAR.finditer(text, lo, hi)]


# (round 14) Between a bank code and the account right after it only a connector stands ("20-44-91 account 6301…",
# "3317-2 c/c 40981-6"): the pair is one value, hidden as one span.
# A written-out "conta corrente" stays a word of its own: only "account" and the abbreviations join.
_PAIR_GAP = re.compile(rf"[ \t]*,?[ \t]*(?:(?i:{_ACCOUNT_ABBR})(?:[ \t]+(?i:no\.?|number|n[º°o]\.?))?[ \t:]*)?")


def _paired(text: str, start: int, end: int, accounts: list[Span]) -> list[Span]:
    out = []
    for account in accounts:
        gap = _PAIR_GAP.fullmatch(text, end, account.start) if account.start >= end else None
        out.append(Span(account.type, start, account.end, account.score) if gap else account)
    return out


def _broken_label_dobs(text: str) -> list[Span]:
    """Birth dates after a label that a line break splits: the text read with each break joined (a hyphen and its
    line break removed, a bare line break read as a space), the spans mapped back to the text's offsets."""
    if "\n" not in text or not _LABEL_BREAK.search(text):
        return []
    joined: list[str] = []
    where: list[int] = []
    last = 0
    for m in _LABEL_BREAK.finditer(text):
        joined.append(text[last:m.start()])
        where.extend(range(last, m.start()))
        if m.group() == "\n":
            joined.append(" ")
            where.append(m.start())
        last = m.end()
    joined.append(text[last:])
    where.extend(range(last, len(text) + 1))
    flat = "".join(joined)
    out = []
    for m in _DOB.finditer(flat):
        group = m.re.groups
        if not names_other_value(flat[m.start():m.start(group)]):
            out.append(Span("DATE_OF_BIRTH", where[m.start(group)], where[m.end(group) - 1] + 1, 0.85))
    return out


# (round 38) A bank code's value and right after it the account's word and number ("routing 021000021, checking
# 0049317722", "BSB 062-000 acct 1234 5678", "ag. 1234-5 c/c 6789-0"): the pair is one value, hidden as one span from
# the code's value on (as _paired does; the account of a checking or savings word is found here only).
# (A written-out "conta" / "cuenta" after an agency is a pair only half the time in people's own notes: left as two values.)
_ACCOUNT_AFTER = re.compile(r"(?i)[ \t]*,?[ \t]*(?:account|acct|acc|a/c|c/c|cc|checking|savings)(?![\w/])"
                            r"(?:[ \t]+(?:no\.?|number|n[º°o]\.?))?[ \t]*:?[ \t]*(\d(?:[ .-]?\d){3,20})(?![\w-])")


def find_bank_details(text: str) -> list[Span]:
    out = [Span("BANK_ACCOUNT", m.start(1), m.end(1), 0.85) for m in _SORT_CODE.finditer(text)]
    for m in _BANK_CODE.finditer(text):
        if not names_other_value(m.group("far") or ""):
            out += [Span("BANK_ACCOUNT", m.start(2), m.end(2), 0.85), *_paired(text, m.start(2), m.end(2),
                                                                              _accounts_near(text, m.start(), m.end()))]
            pair = _ACCOUNT_AFTER.match(text, m.end(2))
            if pair and not m.group("far"):
                out.append(Span("BANK_ACCOUNT", m.start(2), pair.end(1), 0.86))
    out += [Span("BANK_ACCOUNT", m.start(1), m.end(1), 0.8) for m in _BANK_ACCOUNT.finditer(text)]
    out += [Span("CARD_SECURITY", m.start(1), m.end(1), 0.8) for m in _EXPIRY.finditer(text)]
    out += [Span("CARD_SECURITY", m.start(1), m.end(1), 0.8) for m in _CVC.finditer(text)]
    out += _round38_card_codes(text)
    return out + _card_tails(text)


# (round 38) A passport's number further on from its word, on the same line: after a question, a clause or another
# number ("passport no for the customs? PK1234567", "mon passeport X1234567 et celui de mon fils X1234568", "the
# passport number ends in 16, not 15 – N1234516"): every value of a passport's shape there (one or two letters and
# seven or eight digits, or the French two digits, two letters, five digits).
_PASSPORT_CUE = re.compile(rf"(?i)\b(?:{alternation('passport')})(?![\w])")
_PASSPORT_SHAPE = re.compile(r"(?<![\w/-])(?:[A-Z]{1,2}\d{7,8}|\d{2}[A-Z]{2}\d{5})(?![\w/-])")


# (round 38) A Mexican CLABE, 18 digits, within 40 characters after its word ("la CLABE para el depósito 0121…")
_CLABE = re.compile(r"(?i)\bclabe\b[^\n\d]{0,40}?(?<!\d)(\d{18})(?!\d)")


def find_far_documents(text: str) -> list[Span]:
    out = [Span("BANK_ACCOUNT", m.start(1), m.end(1), 0.85) for m in (_CLABE.finditer(text) if "LABE" in text.upper() else ())]
    for cue in _PASSPORT_CUE.finditer(text):
        end = text.find("\n", cue.end())
        end = min(len(text) if end == -1 else end, cue.end() + 100)
        out += [Span("PASSPORT", m.start(), m.end(), 0.8) for m in _PASSPORT_SHAPE.finditer(text, cue.end(), end)]
    return out


# (round 38) The code in brackets further on in its cue's sentence ("asked me for the cryptogram on the phone (947)",
# "she read out the CVC as well (352)"), and an expiry with its code as a pair after a card's word in the same sentence
# ("o código do cartão – eu dei, 05/30 e 265", "la tarjeta: caduca, 07/29 y 318").
_CVC_BRACKET = re.compile(rf"(?i)\b(?:{alternation('cvc')})(?![\w])[^\n.!?()]{{0,60}}\([ \t]*"
                          r"(?:(?:it's|it is|it was|c'est|c'était|es|era|é|era|ist|war|the code is)[ \t]+)?(\d{3,4})(?![\w/.,-]?\d)")
_EXPIRY_CODE = re.compile(r"(?i)\b(?:card|tarjeta|carte|karte|cart[ãa]o|cvc|cvv|cryptogramme|c[oó]digo|code)(?![\w])[^\n.!?]{0,60}?"
                          r"(?<![\w/.-])((?:0[1-9]|1[0-2])[ ]?/[ ]?(?:\d{2}|20\d{2}))[ \t]+(?:e|y|et|und|and|,)[ \t]+"
                          r"(\d{3,4})(?![\w/.,-]?\d)")


def _round38_card_codes(text: str) -> list[Span]:
    out = [Span("CARD_SECURITY", m.start(1), m.end(1), 0.8) for m in (_CVC_BRACKET.finditer(text) if "(" in text else ())]
    for m in _EXPIRY_CODE.finditer(text) if "/" in text else ():  # (speed) a bracket, a slash
        out += [Span("CARD_SECURITY", m.start(1), m.end(1), 0.8), Span("CARD_SECURITY", m.start(2), m.end(2), 0.8)]
    return out


def _card_end(card: re.Match[str]) -> int | None:
    """Where a card number ends: the whole run, or (round 35) the run without its last group when that group is the
    expiry's month run on ("5176 3490 2218 4764 11/27": the run read "… 4764 11")."""
    if luhn(re.sub(r"\D", "", card.group(0))):
        return card.end()
    head = re.match(r"(.*\d)[ ]\d{1,2}$", card.group(0))
    if head and 12 <= sum(c.isdigit() for c in head.group(1)) and luhn(re.sub(r"\D", "", head.group(1))):
        return card.start() + len(head.group(1))
    return None


def _card_tails(text: str) -> list[Span]:
    """The expiry and the code written right after a card number (at most two values: one of each)."""
    out = []
    for card in CARD.finditer(text):
        pos = _card_end(card)
        if pos is None:
            continue
        for _ in range(2):
            m = _CARD_TAIL.match(text, pos) or _CARD_TAIL_ITEM.match(text, pos)
            if m is None:
                break
            out.append(Span("CARD_SECURITY", m.start(1), m.end(1), 0.8))
            pos = m.end()
    return out
